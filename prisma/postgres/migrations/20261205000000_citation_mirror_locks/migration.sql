-- The citation mirror's triggers (20261204160000_citation_claim_mirror) read the claim and its article from their
-- statement's snapshot. Two writes that meet could each miss the other's and leave a citation's copy stale for good:
-- a citation stored while its claim's status changes took the status from before; a claim's status changed while
-- its article was deleted wrote "shown" from before the deletion. Each trigger now reads those rows with FOR SHARE,
-- which waits for a transaction changing them and then reads what it committed (or makes that transaction wait for
-- this one, whose own change it then sees). SQLite runs one writer at a time and needs none of this.

-- A new citation (or one moved to another claim) takes its claim's status and standing.
CREATE OR REPLACE FUNCTION "citation_take_claim_standing"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  standing RECORD;
BEGIN
  SELECT c."status", (c."deletedAt" IS NULL AND a."deletedAt" IS NULL) AS shown, (c."anchor" = 'orphaned') AS orphaned
    INTO standing
    FROM "Claim" c JOIN "Article" a ON a."id" = c."articleId"
    WHERE c."id" = NEW."claimId"
    FOR SHARE OF c, a;
  -- No such claim: the foreign key refuses the row with its own error.
  IF FOUND THEN
    NEW."claimStatus" := standing."status";
    NEW."claimShown" := standing.shown;
    NEW."claimOrphaned" := standing.orphaned;
  END IF;
  RETURN NEW;
END $$;

-- A claim's status change, removal or restoring, and its leaving or re-entering the article's text. The article is
-- read first, under lock, so a deletion or restoring of it is either seen here or waits until this change is in.
CREATE OR REPLACE FUNCTION "claim_standing_to_citations"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  article_deleted BOOLEAN;
BEGIN
  SELECT a."deletedAt" IS NOT NULL INTO article_deleted FROM "Article" a WHERE a."id" = NEW."articleId" FOR SHARE;
  UPDATE "Citation" SET
    "claimStatus" = NEW."status",
    "claimShown" = (NEW."deletedAt" IS NULL AND NOT coalesce(article_deleted, false)),
    "claimOrphaned" = (NEW."anchor" = 'orphaned')
  WHERE "claimId" = NEW."id";
  RETURN NULL;
END $$;

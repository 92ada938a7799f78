-- The citation mirror's triggers (20261204160000_citation_claim_mirror) read the claim and its article from their
-- statement's snapshot. Two writes that met could each miss the other's and leave a citation's copy stale for good:
-- a citation stored while its claim's status changed took the status from before; a claim's status changed while
-- its article was deleted wrote "shown" from before the deletion. Now the triggers lock what they read, article
-- before claim as every other writer does (a new version, a merge, a split take the article first), so one of two
-- such writes waits for the other and then reads what it committed. SQLite runs one writer at a time.

-- A new citation (or one moved to another claim) takes its claim's status and standing: the article and the claim
-- are held (FOR SHARE) until the citation is in, so a deletion of the article or a verdict on the claim either
-- comes first and is read here, or waits and then finds the citation to update.
CREATE OR REPLACE FUNCTION "citation_take_claim_standing"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  standing RECORD;
BEGIN
  -- A claim never moves to another article, so its article's id needs no lock to be read.
  PERFORM 1 FROM "Article" a WHERE a."id" = (SELECT c."articleId" FROM "Claim" c WHERE c."id" = NEW."claimId")
    FOR SHARE;
  SELECT c."status", (c."deletedAt" IS NULL AND a."deletedAt" IS NULL) AS shown, (c."anchor" = 'orphaned') AS orphaned
    INTO standing
    FROM "Claim" c JOIN "Article" a ON a."id" = c."articleId"
    WHERE c."id" = NEW."claimId"
    FOR SHARE OF c;
  -- No such claim: the foreign key refuses the row with its own error.
  IF FOUND THEN
    NEW."claimStatus" := standing."status";
    NEW."claimShown" := standing.shown;
    NEW."claimOrphaned" := standing.orphaned;
  END IF;
  RETURN NEW;
END $$;

-- An article deleted or restored: its claims are held first (FOR SHARE, in id order), so a claim's status change
-- under way is committed before its citations are counted in or out here, and one that comes later waits for this
-- transaction and then sees the article as it left it.
CREATE OR REPLACE FUNCTION "article_standing_to_citations"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM 1 FROM "Claim" c WHERE c."articleId" = NEW."id" ORDER BY c."id" FOR SHARE;
  UPDATE "Citation" ci SET "claimShown" = (NEW."deletedAt" IS NULL AND c."deletedAt" IS NULL)
  FROM "Claim" c
  WHERE c."id" = ci."claimId" AND c."articleId" = NEW."id";
  RETURN NULL;
END $$;

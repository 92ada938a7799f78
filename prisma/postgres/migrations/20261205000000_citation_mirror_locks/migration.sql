-- The citation mirror's triggers (20261204160000_citation_claim_mirror) read the claim and its article from their
-- statement's snapshot. Two writes that met could each miss the other's and leave a citation's copy stale for good:
-- a citation stored while its claim's status changed took the status from before; a claim's status changed while
-- its article was deleted wrote "shown" from before the deletion. Now the triggers lock what they read, so one of two
-- such writes waits for the other and then reads what it committed, in an order that does not meet other writers in
-- a deadlock: a link holds only the claim; an article's deletion holds the article and then its claims, as a new
-- version, a merge and a split do. SQLite runs one writer at a time.

-- A new citation (or one moved to another claim) takes its claim's status and standing. The claim is held first, as
-- the link's own transaction is about to hold it anyway (it counts the claim's sources again): a verdict on the claim
-- either comes first and is read here, or waits and then finds the citation to update; two links to one claim take
-- turns rather than both holding the claim shared and each waiting to change it. The claim and its article are then
-- read in a statement of their own, which sees what any transaction it waited for committed (the article is not
-- held: an article's deletion holds the claims first, below, and so waits for this link).
CREATE OR REPLACE FUNCTION "citation_take_claim_standing"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  standing RECORD;
BEGIN
  PERFORM 1 FROM "Claim" c WHERE c."id" = NEW."claimId" FOR NO KEY UPDATE;
  SELECT c."status", (c."deletedAt" IS NULL AND a."deletedAt" IS NULL) AS shown, (c."anchor" = 'orphaned') AS orphaned
    INTO standing
    FROM "Claim" c JOIN "Article" a ON a."id" = c."articleId"
    WHERE c."id" = NEW."claimId";
  -- No such claim: the foreign key refuses the row with its own error.
  IF FOUND THEN
    NEW."claimStatus" := standing."status";
    NEW."claimShown" := standing.shown;
    NEW."claimOrphaned" := standing.orphaned;
  END IF;
  RETURN NEW;
END $$;

-- An article deleted or restored: its claims are held first (FOR SHARE, in id order), so a claim's status change or a
-- link under way is committed before its citations are counted in or out here, and one that comes later waits for
-- this transaction and then sees the article as it left it. (The verbs change "deletedAt" in a statement of its own,
-- without the unique "contentHash": that statement holds the article only against other changes of it, not against a
-- claim's figures row being added for it, which a claim change holding its claim may be doing meanwhile.)
CREATE OR REPLACE FUNCTION "article_standing_to_citations"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM 1 FROM "Claim" c WHERE c."articleId" = NEW."id" ORDER BY c."id" FOR SHARE;
  UPDATE "Citation" ci SET "claimShown" = (NEW."deletedAt" IS NULL AND c."deletedAt" IS NULL)
  FROM "Claim" c
  WHERE c."id" = ci."claimId" AND c."articleId" = NEW."id";
  RETURN NULL;
END $$;

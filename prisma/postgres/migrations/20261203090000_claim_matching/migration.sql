-- Claim matching (lib/matching): the language-neutral key of each claim, and the words a text search index keeps to
-- find the claims that may state the same thing without reading every claim. Existing claims start empty and get
-- theirs from `claims rematch`, which also renews keys made by an older lexicon.

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN "matchKey" TEXT NOT NULL DEFAULT '';
ALTER TABLE "Claim" ADD COLUMN "matchTerms" TEXT NOT NULL DEFAULT '';

-- The index: full text over the terms with the "simple" configuration (no stemming or stop words: the terms are
-- ours, already plain). Not in prisma/models.prisma: the schema is shared with SQLite, which has FTS5 instead.
-- Without GIN's pending list (fastupdate): with it, every insert was quick but every lookup read the whole list of
-- entries not yet merged, 11 ms a lookup after a busy hour of ingests instead of 2.5 (a match runs hundreds).
CREATE INDEX "Claim_matchTerms_idx" ON "Claim" USING gin (to_tsvector('simple', "matchTerms")) WITH (fastupdate = off);


-- When the claims of an article were last matched against the archive, null until then (matched after ingest).
ALTER TABLE "Article" ADD COLUMN "matchedAt" TIMESTAMP(3);

-- "Seen before": a claim of another article that states the same thing, kept from the side of each claim.
CREATE TABLE "ClaimLink" (
    "claimId" TEXT NOT NULL,
    "otherId" TEXT NOT NULL,
    "score" DOUBLE PRECISION NOT NULL,
    "figuresDisagree" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ClaimLink_pkey" PRIMARY KEY ("claimId", "otherId")
);
CREATE INDEX "ClaimLink_otherId_idx" ON "ClaimLink"("otherId");
CREATE INDEX "ClaimLink_figuresDisagree_idx" ON "ClaimLink"("figuresDisagree");
ALTER TABLE "ClaimLink" ADD CONSTRAINT "ClaimLink_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ClaimLink" ADD CONSTRAINT "ClaimLink_otherId_fkey" FOREIGN KEY ("otherId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The claim a change came from: the match whose verdict was carried over.
ALTER TABLE "ClaimEvent" ADD COLUMN "relatedClaimId" TEXT;
CREATE INDEX "ClaimEvent_relatedClaimId_idx" ON "ClaimEvent"("relatedClaimId");
ALTER TABLE "ClaimEvent" ADD CONSTRAINT "ClaimEvent_relatedClaimId_fkey" FOREIGN KEY ("relatedClaimId") REFERENCES "Claim"("id") ON DELETE SET NULL ON UPDATE CASCADE;

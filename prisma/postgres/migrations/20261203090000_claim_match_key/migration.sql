-- Claim matching (lib/matching): each claim's language-neutral key, and the words a text search index keeps to
-- find the claims that may state the same thing without reading every claim. Existing claims start empty and get
-- theirs from `claims rematch`, which also renews keys made by an older lexicon.

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN "matchKey" TEXT NOT NULL DEFAULT '';
ALTER TABLE "Claim" ADD COLUMN "matchTerms" TEXT NOT NULL DEFAULT '';

-- The index: full text over the terms with the "simple" configuration (no stemming or stop words: the terms are
-- ours, already plain). Not in prisma/models.prisma: the schema is shared with SQLite, which has FTS5 instead.
CREATE INDEX "Claim_matchTerms_idx" ON "Claim" USING gin (to_tsvector('simple', "matchTerms"));


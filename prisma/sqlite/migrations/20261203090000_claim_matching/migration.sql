-- Claim matching (lib/matching): the language-neutral key of each claim, and the words a text search index keeps to
-- find the claims that may state the same thing without reading every claim. Existing claims start empty and get
-- theirs from `claims rematch`, which also renews keys made by an older lexicon.

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN "matchKey" TEXT NOT NULL DEFAULT '';
ALTER TABLE "Claim" ADD COLUMN "matchTerms" TEXT NOT NULL DEFAULT '';

-- The index: FTS5 over Claim.matchTerms as an external-content table (the terms are stored once, in Claim), with
-- no positions (detail=none: candidates are found by which terms a claim has, never by where). The triggers keep it
-- in step with every insert, delete and change of the terms, in the transaction of the writer. Not in
-- prisma/models.prisma: Prisma has no virtual tables, and PostgreSQL has its own index.
CREATE VIRTUAL TABLE "ClaimMatchIndex" USING fts5("matchTerms", content='Claim', content_rowid='rowid', detail=none);

CREATE TRIGGER "Claim_matchIndex_insert" AFTER INSERT ON "Claim" WHEN new."matchTerms" <> '' BEGIN
  INSERT INTO "ClaimMatchIndex"(rowid, "matchTerms") VALUES (new.rowid, new."matchTerms");
END;

CREATE TRIGGER "Claim_matchIndex_delete" AFTER DELETE ON "Claim" WHEN old."matchTerms" <> '' BEGIN
  INSERT INTO "ClaimMatchIndex"("ClaimMatchIndex", rowid, "matchTerms") VALUES ('delete', old.rowid, old."matchTerms");
END;

CREATE TRIGGER "Claim_matchIndex_update" AFTER UPDATE OF "matchTerms" ON "Claim" BEGIN
  INSERT INTO "ClaimMatchIndex"("ClaimMatchIndex", rowid, "matchTerms")
    SELECT 'delete', old.rowid, old."matchTerms" WHERE old."matchTerms" <> '';
  INSERT INTO "ClaimMatchIndex"(rowid, "matchTerms") SELECT new.rowid, new."matchTerms" WHERE new."matchTerms" <> '';
END;


-- When the claims of an article were last matched against the archive, null until then (matched after ingest).
ALTER TABLE "Article" ADD COLUMN "matchedAt" DATETIME;

-- "Seen before": a claim of another article that states the same thing, kept from the side of each claim.
CREATE TABLE "ClaimLink" (
    "claimId" TEXT NOT NULL,
    "otherId" TEXT NOT NULL,
    "score" REAL NOT NULL,
    "figuresDisagree" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("claimId", "otherId"),
    CONSTRAINT "ClaimLink_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ClaimLink_otherId_fkey" FOREIGN KEY ("otherId") REFERENCES "Claim" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX "ClaimLink_otherId_idx" ON "ClaimLink"("otherId");
CREATE INDEX "ClaimLink_figuresDisagree_idx" ON "ClaimLink"("figuresDisagree");

-- The claim a change came from: the match whose verdict was carried over. SQLite adds a column with a foreign key
-- only when its default is null, which this one is.
ALTER TABLE "ClaimEvent" ADD COLUMN "relatedClaimId" TEXT REFERENCES "Claim" ("id") ON DELETE SET NULL ON UPDATE CASCADE;
CREATE INDEX "ClaimEvent_relatedClaimId_idx" ON "ClaimEvent"("relatedClaimId");

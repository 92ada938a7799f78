-- Article versions (lib/articles/add-article-version.ts): every version's text, which one the article's body is, and
-- where each claim stands in it. Written by hand with ADD COLUMN: Prisma's script rebuilt the Claim table, which would
-- drop the triggers that keep its text search and matching indexes.

-- CreateTable
CREATE TABLE "ArticleVersion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "articleId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "fetchedHtml" TEXT,
    "fetchedAt" DATETIME,
    "createdById" TEXT,
    "kept" INTEGER NOT NULL DEFAULT 0,
    "changed" INTEGER NOT NULL DEFAULT 0,
    "orphaned" INTEGER NOT NULL DEFAULT 0,
    "added" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ArticleVersion_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ArticleVersion_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
CREATE UNIQUE INDEX "ArticleVersion_articleId_number_key" ON "ArticleVersion"("articleId", "number");

-- AlterTable
ALTER TABLE "Article" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "ClaimEvent" ADD COLUMN "articleVersion" INTEGER;
ALTER TABLE "Claim" ADD COLUMN "prefix" TEXT NOT NULL DEFAULT '';
ALTER TABLE "Claim" ADD COLUMN "suffix" TEXT NOT NULL DEFAULT '';
ALTER TABLE "Claim" ADD COLUMN "anchor" TEXT NOT NULL DEFAULT 'current';
ALTER TABLE "Claim" ADD COLUMN "previousQuote" TEXT;
ALTER TABLE "Claim" ADD COLUMN "articleVersion" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "Claim" ADD COLUMN "changedAfterVerdict" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "Claim" ADD COLUMN "recheckById" TEXT REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE;
CREATE INDEX "Claim_recheckById_idx" ON "Claim"("recheckById");

-- Every stored article is its own version 1. Its claims' selectors are filled in by the next version (from the old body).
INSERT INTO "ArticleVersion" ("id", "articleId", "number", "title", "body", "fetchedHtml", "fetchedAt", "createdById", "createdAt")
SELECT 'v1' || "id", "id", 1, "title", "body", "fetchedHtml", "fetchedAt", "createdById", "createdAt" FROM "Article";

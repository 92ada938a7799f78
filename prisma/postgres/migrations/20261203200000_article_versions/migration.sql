-- Article versions (lib/articles/add-article-version.ts): every version's text, which one the article's body is, and
-- where each claim stands in it. Prisma also generated DROP INDEX lines for the trigram indexes of claim text (not in
-- the Prisma schema): removed, as in the earlier migrations.
-- No semicolons in these comments: the migration is split into statements at every one.



-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "anchor" TEXT NOT NULL DEFAULT 'current',
ADD COLUMN     "articleVersion" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "changedAfterVerdict" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "prefix" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "previousQuote" TEXT,
ADD COLUMN     "recheckById" TEXT,
ADD COLUMN     "suffix" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "ClaimEvent" ADD COLUMN     "articleVersion" INTEGER;

-- CreateTable
CREATE TABLE "ArticleVersion" (
    "id" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "fetchedHtml" TEXT,
    "fetchedAt" TIMESTAMP(3),
    "createdById" TEXT,
    "kept" INTEGER NOT NULL DEFAULT 0,
    "changed" INTEGER NOT NULL DEFAULT 0,
    "orphaned" INTEGER NOT NULL DEFAULT 0,
    "added" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ArticleVersion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ArticleVersion_articleId_number_key" ON "ArticleVersion"("articleId", "number");

-- CreateIndex
CREATE INDEX "Claim_recheckById_idx" ON "Claim"("recheckById");

-- AddForeignKey
ALTER TABLE "ArticleVersion" ADD CONSTRAINT "ArticleVersion_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleVersion" ADD CONSTRAINT "ArticleVersion_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_recheckById_fkey" FOREIGN KEY ("recheckById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;



-- Every stored article is its own version 1.
INSERT INTO "ArticleVersion" ("id", "articleId", "number", "title", "body", "fetchedHtml", "fetchedAt", "createdById", "createdAt")
SELECT 'v1' || "id", "id", 1, "title", "body", "fetchedHtml", "fetchedAt", "createdById", "createdAt" FROM "Article";

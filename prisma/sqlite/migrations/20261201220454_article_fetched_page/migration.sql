-- The page an article was fetched from (its HTML as decoded text) and when (lib/input/fetch-article-page.ts).

-- AlterTable
ALTER TABLE "Article" ADD COLUMN "fetchedAt" DATETIME;
ALTER TABLE "Article" ADD COLUMN "fetchedHtml" TEXT;

-- The page an article was fetched from (its HTML as decoded text) and when. Prisma also generated DROP INDEX lines
-- for the trigram indexes of claim text (not in the Prisma schema): removed, as in the earlier migrations.
-- No semicolons in these comments: the migration is split into statements at every one.

-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "fetchedAt" TIMESTAMP(3),
ADD COLUMN     "fetchedHtml" TEXT;

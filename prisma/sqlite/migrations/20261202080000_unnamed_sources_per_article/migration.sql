-- Unnamed sources ("officials", "informierte Kreise") belong to the one article that cites them: a source's name is
-- unique within its scope ("" for the registry, an article's id for that article's unnamed sources).

-- AlterTable
ALTER TABLE "Source" ADD COLUMN "scope" TEXT NOT NULL DEFAULT '';

-- DropIndex
DROP INDEX "Source_name_key";

-- CreateIndex
CREATE UNIQUE INDEX "Source_name_scope_key" ON "Source"("name", "scope");

-- CreateIndex
CREATE INDEX "Source_scope_idx" ON "Source"("scope");

-- AlterTable: no claim cites an unnamed source yet (the type is new), so every existing claim keeps false.
ALTER TABLE "Claim" ADD COLUMN "unnamedOnly" BOOLEAN NOT NULL DEFAULT false;

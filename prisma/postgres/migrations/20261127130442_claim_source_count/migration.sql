-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "sourceCount" INTEGER NOT NULL DEFAULT 0;

-- CreateIndex
CREATE INDEX "Claim_createdAt_idx" ON "Claim"("createdAt");

-- Existing claims: count the citations they already have.
UPDATE "Claim" SET "sourceCount" = (SELECT COUNT(*) FROM "Citation" WHERE "Citation"."claimId" = "Claim"."id");

-- DropIndex
DROP INDEX "Claim_assigneeId_idx";

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN "assignedAt" DATETIME;

-- CreateIndex
CREATE INDEX "Claim_assigneeId_assignedAt_idx" ON "Claim"("assigneeId", "assignedAt");

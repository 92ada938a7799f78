-- DropIndex
DROP INDEX "Claim_assigneeId_idx";

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "assignedAt" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "Claim_assigneeId_assignedAt_idx" ON "Claim"("assigneeId", "assignedAt");

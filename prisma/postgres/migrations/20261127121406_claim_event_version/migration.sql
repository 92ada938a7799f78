-- AlterTable
ALTER TABLE "ClaimEvent" ADD COLUMN     "claimVersion" INTEGER;

-- A one-time password someone else saw must be replaced before anything else. (Prisma's diff also proposes dropping
-- the trigram indexes of 20261127193000: they are raw SQL the shared schema cannot describe, so they stay.)
-- AlterTable
ALTER TABLE "User" ADD COLUMN     "mustChangePassword" BOOLEAN NOT NULL DEFAULT false;

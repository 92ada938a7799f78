-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Claim" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "articleId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "quote" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "hedged" BOOLEAN NOT NULL DEFAULT false,
    "status" TEXT NOT NULL DEFAULT 'unverified',
    "statusReason" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "origin" TEXT NOT NULL DEFAULT 'extracted',
    "extractorVersion" TEXT,
    "quantities" TEXT NOT NULL DEFAULT '[]',
    "sourceCount" INTEGER NOT NULL DEFAULT 0,
    "assigneeId" TEXT,
    "assignedAt" DATETIME,
    "deletedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Claim_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Claim_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Claim" ("articleId", "assignedAt", "assigneeId", "createdAt", "deletedAt", "end", "extractorVersion", "hedged", "id", "kind", "label", "origin", "position", "quantities", "quote", "start", "status", "statusReason", "text", "updatedAt", "version") SELECT "articleId", "assignedAt", "assigneeId", "createdAt", "deletedAt", "end", "extractorVersion", "hedged", "id", "kind", "label", "origin", "position", "quantities", "quote", "start", "status", "statusReason", "text", "updatedAt", "version" FROM "Claim";
DROP TABLE "Claim";
ALTER TABLE "new_Claim" RENAME TO "Claim";
CREATE INDEX "Claim_articleId_position_idx" ON "Claim"("articleId", "position");
CREATE INDEX "Claim_status_idx" ON "Claim"("status");
CREATE INDEX "Claim_createdAt_idx" ON "Claim"("createdAt");
CREATE INDEX "Claim_assigneeId_assignedAt_idx" ON "Claim"("assigneeId", "assignedAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- Existing claims: count the citations they already have.
UPDATE "Claim" SET "sourceCount" = (SELECT COUNT(*) FROM "Citation" WHERE "Citation"."claimId" = "Claim"."id");

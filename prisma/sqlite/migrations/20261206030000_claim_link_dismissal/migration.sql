-- A desk's "not the same claim" (lib/claims/dismiss-claim-match.ts): the pair of claims a person unlinked, with why,
-- so that matching does not link them again until the dismissal is undone.
-- CreateTable
CREATE TABLE "ClaimLinkDismissal" (
    "claimId" TEXT NOT NULL,
    "otherId" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "note" TEXT,
    "actorId" TEXT,
    "score" REAL,
    "figuresDisagree" BOOLEAN NOT NULL DEFAULT false,
    "inStory" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("claimId", "otherId"),
    CONSTRAINT "ClaimLinkDismissal_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ClaimLinkDismissal_otherId_fkey" FOREIGN KEY ("otherId") REFERENCES "Claim" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ClaimLinkDismissal_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "ClaimLinkDismissal_otherId_idx" ON "ClaimLinkDismissal"("otherId");



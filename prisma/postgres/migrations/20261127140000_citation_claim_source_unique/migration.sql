-- A claim cites a source once, and the index lets "claims citing source X" be found by claim first.
-- DropIndex
DROP INDEX "Citation_claimId_idx";

-- CreateIndex
CREATE UNIQUE INDEX "Citation_claimId_sourceId_key" ON "Citation"("claimId", "sourceId");

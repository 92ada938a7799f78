-- The claims list, newest first (lib/claims/search-claims.ts): an index in the list's own order (createdAt, then
-- start), so a page and the list's count walk it and stop, and one for the hedging filter, which finds few claims.
-- DropIndex
DROP INDEX "Claim_createdAt_idx";

-- CreateIndex
CREATE INDEX "Claim_createdAt_start_idx" ON "Claim"("createdAt" DESC, "start");

-- CreateIndex
CREATE INDEX "Claim_hedged_createdAt_start_idx" ON "Claim"("hedged", "createdAt" DESC, "start");

-- "My queue" reads the verdicts a person carried over, and the claims they came from, from this index alone
-- (lib/claims/verdicts-from-unlinked-matches.ts).
-- CreateIndex
CREATE INDEX "ClaimEvent_actorId_type_claimId_relatedClaimId_idx" ON "ClaimEvent"("actorId", "type", "claimId", "relatedClaimId");

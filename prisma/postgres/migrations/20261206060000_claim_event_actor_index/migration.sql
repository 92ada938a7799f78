-- "My queue" reads the verdicts a person carried over by person and kind of change (lib/claims/verdicts-from-unlinked-matches.ts).
-- CreateIndex
CREATE INDEX "ClaimEvent_actorId_type_createdAt_idx" ON "ClaimEvent"("actorId", "type", "createdAt");

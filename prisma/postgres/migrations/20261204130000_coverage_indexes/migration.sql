-- The newsroom coverage page (lib/coverage): its list of figures that disagree walks the flagged links newest first
-- and stops after a page (the index on the flag alone sorted every flagged link: 2.9 s at a million), and its counts
-- read every claim from one narrow index instead of the rows, which carry the text, anchor and match key.
-- DropIndex
DROP INDEX "ClaimLink_figuresDisagree_idx";

-- CreateIndex
CREATE INDEX "ClaimLink_figuresDisagree_createdAt_claimId_otherId_idx" ON "ClaimLink"("figuresDisagree", "createdAt" DESC, "claimId", "otherId");

-- CreateIndex
CREATE INDEX "Claim_coverage_idx" ON "Claim"("articleId", "deletedAt", "anchor", "status", "hedged", "sourceCount", "independentSources", "unnamedOnly", "changedAfterVerdict", "id");

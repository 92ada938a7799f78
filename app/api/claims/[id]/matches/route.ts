import { apiHandler } from "@/lib/api/api-handler";
import { ClaimMatchesResponseSchema } from "@/lib/claims/claim-match-schemas";
import { listClaimMatches } from "@/lib/claims/list-claim-matches";
import { getDb } from "@/lib/db/client";

export const dynamic = "force-dynamic";

/**
 * GET /api/claims/:id/matches[?limit=N] — claims of other articles that state the same thing, best first (5, at most
 * 20): score, reasons, status, verdict, the article, both claims' figures and `figuresDisagree`. 404 when unknown.
 */
export const GET = apiHandler<{ id: string }, typeof ClaimMatchesResponseSchema>(
  "article.read",
  async ({ actor, params, query }) => listClaimMatches(getDb(), actor, { claimId: params.id, limit: query.limit }),
  { response: ClaimMatchesResponseSchema },
);

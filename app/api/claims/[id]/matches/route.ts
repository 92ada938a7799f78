import { apiHandler } from "@/lib/api/api-handler";
import { ClaimMatchesResponseSchema } from "@/lib/claims/claim-match-schemas";
import { listClaimMatches, type ListClaimMatchesSchema } from "@/lib/claims/list-claim-matches";
import type { z } from "zod";
import { getDb } from "@/lib/db/client";

export const dynamic = "force-dynamic";

type ClaimMatchesInput = z.input<typeof ListClaimMatchesSchema>;

/**
 * GET /api/claims/:id/matches[?limit=N][&language=de] — claims of other articles that state the same thing, best first
 * (5, at most 50): score, reasons, status, verdict, the article, both claims' figures and `figuresDisagree`, the
 * reasons and figures in English or German. 404 when unknown.
 */
export const GET = apiHandler<{ id: string }, typeof ClaimMatchesResponseSchema>(
  "article.read",
  async ({ actor, params, query }) =>
    listClaimMatches(getDb(), actor, {
      claimId: params.id,
      limit: query.limit,
      // Any text: the verb's schema refuses what is not "en" or "de" with a 400.
      language: query.language as ClaimMatchesInput["language"],
    }),
  { response: ClaimMatchesResponseSchema },
);

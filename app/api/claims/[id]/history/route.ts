import { listClaimHistory } from "@/lib/claims/list-claim-history";
import { getDb } from "@/lib/db/client";
import { apiHandler } from "@/lib/api/api-handler";

export const dynamic = "force-dynamic";

/** GET /api/claims/:id/history — the claim's events, newest first (at most 200); 404 when unknown or its article is deleted */
export const GET = apiHandler<{ id: string }>("article.read", async ({ actor, params }) =>
  listClaimHistory(getDb(), actor, params.id),
);

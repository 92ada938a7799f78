import { mergeClaims } from "@/lib/claims/merge-claims";
import { getDb } from "@/lib/db/client";
import { apiHandler } from "@/lib/api/api-handler";

export const dynamic = "force-dynamic";

/** POST /api/claims/:id/merge {version, withId, withVersion} — merges the claim with its neighbour */
export const POST = apiHandler<{ id: string }>("claim.edit", async ({ actor, params, json }) =>
  mergeClaims(getDb(), actor, { ...(await json()), claimId: params.id }),
);

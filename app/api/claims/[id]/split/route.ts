import { splitClaim } from "@/lib/claims/split-claim";
import { getDb } from "@/lib/db/client";
import { apiHandler } from "@/lib/api/api-handler";

export const dynamic = "force-dynamic";

/** POST /api/claims/:id/split {at, version} — `at` is an offset into the claim's quote */
export const POST = apiHandler<{ id: string }>("claim.edit", async ({ actor, params, json }) =>
  splitClaim(getDb(), actor, { ...(await json()), claimId: params.id }),
);

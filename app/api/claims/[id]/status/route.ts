import { setClaimStatus, type SetClaimStatusInput } from "@/lib/claims/set-claim-status";
import { getDb } from "@/lib/db/client";
import { apiHandler } from "@/lib/api/api-handler";

export const dynamic = "force-dynamic";

/** POST /api/claims/:id/status {status, reason?, version} — 409 with who changed what when the version is stale */
export const POST = apiHandler<{ id: string }>(
  "claim.setStatus",
  async ({ actor, params, json }) =>
    setClaimStatus(getDb(), actor, { ...(await json<SetClaimStatusInput>()), claimId: params.id }),
  { maxBytes: 16 * 1024 },
);

import { restoreClaim } from "@/lib/claims/remove-claim";
import { getDb } from "@/lib/db/client";
import { apiHandler } from "@/lib/api/api-handler";

export const dynamic = "force-dynamic";

/** POST /api/claims/:id/restore {version} — brings back a removed or merged-away claim */
export const POST = apiHandler<{ id: string }>("claim.edit", async ({ actor, params, json }) =>
  restoreClaim(getDb(), actor, { ...(await json()), claimId: params.id }),
);

import { editClaim } from "@/lib/claims/edit-claim";
import { removeClaim } from "@/lib/claims/remove-claim";
import { getDb } from "@/lib/db/client";
import { apiHandler } from "@/lib/api/api-handler";

export const dynamic = "force-dynamic";

/** PATCH /api/claims/:id {text?, label?, version} — 409 with who changed what when the version is stale */
export const PATCH = apiHandler<{ id: string }>("claim.edit", async ({ actor, params, json }) =>
  editClaim(getDb(), actor, { ...(await json()), claimId: params.id }),
);

/** DELETE /api/claims/:id?version=N&reason=… — soft: POST …/restore brings it back */
export const DELETE = apiHandler<{ id: string }>("claim.edit", async ({ actor, params, query }) =>
  removeClaim(getDb(), actor, { version: query.version ?? "", reason: query.reason, claimId: params.id }),
);

import { setCitationRole, unlinkSource } from "@/lib/claims/change-citation";
import { getDb } from "@/lib/db/client";
import { apiHandler } from "@/lib/api/api-handler";

export const dynamic = "force-dynamic";

type Params = { id: string; citationId: string };

/** PATCH /api/claims/:id/citations/:citationId {role, relayOfId?} — marks the citation as origin or relay */
export const PATCH = apiHandler<Params>("source.link", async ({ actor, params, json }) =>
  setCitationRole(getDb(), actor, { ...(await json()), claimId: params.id, citationId: params.citationId }),
);

/** DELETE /api/claims/:id/citations/:citationId — unlinks the source; it stays in the registry */
export const DELETE = apiHandler<Params>("source.link", async ({ actor, params }) =>
  unlinkSource(getDb(), actor, { claimId: params.id, citationId: params.citationId }),
);

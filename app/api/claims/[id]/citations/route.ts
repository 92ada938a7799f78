import { linkSource } from "@/lib/claims/link-source";
import { getDb } from "@/lib/db/client";
import { apiHandler } from "@/lib/api/api-handler";

export const dynamic = "force-dynamic";

/** POST /api/claims/:id/citations {sourceId | source: {name, type, aliases}, role?, relayOfId?} */
export const POST = apiHandler<{ id: string }>(
  "source.link",
  async ({ actor, params, json }) => linkSource(getDb(), actor, { ...(await json()), claimId: params.id }),
  { status: 201 },
);

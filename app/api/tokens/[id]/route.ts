import { getDb } from "@/lib/db/client";
import { apiHandler } from "@/lib/api/api-handler";
import { revokeApiToken } from "@/lib/tokens/revoke-api-token";

export const dynamic = "force-dynamic";

/** DELETE /api/tokens/:id — revokes one of the caller's tokens. */
export const DELETE = apiHandler<{ id: string }>(
  "token.manage",
  async ({ actor, params }) => revokeApiToken(getDb(), actor, { tokenId: params.id }),
  { status: 204 },
);

import { getDb } from "@/lib/db/client";
import { apiHandler } from "@/lib/api/api-handler";
import { createApiToken } from "@/lib/tokens/create-api-token";
import { listApiTokens } from "@/lib/tokens/list-api-tokens";
import { CreatedTokenResponseSchema, TokenListResponseSchema } from "@/lib/users/user-api-schemas";

export const dynamic = "force-dynamic";

/** GET /api/tokens — the caller's own tokens (never the secrets). */
export const GET = apiHandler("token.manage", async ({ actor }) => ({ tokens: await listApiTokens(getDb(), actor) }), {
  response: TokenListResponseSchema,
});

/** POST /api/tokens {name} — a new token for the caller, returned this once. */
export const POST = apiHandler(
  "token.manage",
  async ({ actor, json }) =>
    createApiToken(getDb(), actor, { name: String((await json<{ name?: unknown }>()).name ?? "") }),
  { status: 201, maxBytes: 4096, response: CreatedTokenResponseSchema },
);

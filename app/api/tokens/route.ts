import { getDb } from "@/lib/db/client";
import { requireApiActor } from "@/lib/api/api-actor";
import { errorResponse, jsonResponse } from "@/lib/http/json-response";
import { readJsonBody } from "@/lib/http/read-json-body";
import { createApiToken } from "@/lib/tokens/create-api-token";
import { listApiTokens } from "@/lib/tokens/list-api-tokens";
import { CreatedTokenResponseSchema, TokenListResponseSchema } from "@/lib/users/user-api-schemas";

export const dynamic = "force-dynamic";

/** GET /api/tokens — the caller's own tokens (never the secrets). */
export async function GET(request: Request) {
  try {
    const actor = await requireApiActor(request, "token.manage");
    return jsonResponse(TokenListResponseSchema, { tokens: await listApiTokens(getDb(), actor) });
  } catch (error) {
    return errorResponse(error);
  }
}

/** POST /api/tokens {name} — a new token for the caller, returned this once. */
export async function POST(request: Request) {
  try {
    const actor = await requireApiActor(request, "token.manage");
    const body = (await readJsonBody(request, 4096)) as { name?: unknown };
    const created = await createApiToken(getDb(), actor, String(body?.name ?? ""));
    return jsonResponse(CreatedTokenResponseSchema, created, 201);
  } catch (error) {
    return errorResponse(error);
  }
}

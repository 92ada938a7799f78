import { randomBytes } from "node:crypto";
import { z } from "zod";
import { API_TOKEN_PREFIX, hashApiToken } from "@/lib/auth/verify-api-token";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/input/parse-input";
import { recordAuthEvent } from "@/lib/auth/record-auth-event";
import { TOKEN_NAME_MAX } from "./token-limits";

export const NewTokenSchema = z.object({
  name: z
    .string({ error: "Name the token (what it is for)." })
    .trim()
    .min(1, "Name the token (what it is for).")
    .max(TOKEN_NAME_MAX, `Keep the name under ${TOKEN_NAME_MAX} characters.`),
});
const MAX_ACTIVE_TOKENS = 20;

/** The reason code of a refused token name (messages/*.json: domainErrors.invalid_token_name). */
export const newTokenRefusal = () => "invalid_token_name";

/**
 * A new API token for the acting user, carrying their role. The token is returned once; only its SHA-256 hash is
 * stored (a random 256-bit token needs no slow hash), so nobody can read it back from the database.
 */
export async function createApiToken(
  db: Db,
  actor: Actor,
  input: z.input<typeof NewTokenSchema>,
): Promise<{ id: string; token: string; prefix: string }> {
  requirePermission(actor, "token.manage");
  // A leaked token must not be able to outlive its revocation by making new ones.
  if (actor.viaToken)
    throw new AppError("forbidden", "An API token cannot make tokens; sign in to make one.", undefined, "token_mints");
  const { name } = parseInput(NewTokenSchema, input, "name", newTokenRefusal);
  const active = await db.apiToken.count({ where: { userId: actor.id, revokedAt: null } });
  if (active >= MAX_ACTIVE_TOKENS)
    throw new AppError(
      "conflict",
      `You have ${MAX_ACTIVE_TOKENS} active tokens; revoke one first.`,
      "name",
      "token_limit",
      {
        max: String(MAX_ACTIVE_TOKENS),
      },
    );
  const token = `${API_TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
  const prefix = token.slice(0, API_TOKEN_PREFIX.length + 6);
  const created = await db.$transaction(async (tx) => {
    const row = await tx.apiToken.create({
      data: { userId: actor.id, name, tokenHash: hashApiToken(token), prefix },
      select: { id: true },
    });
    await recordAuthEvent(tx, {
      type: "token_created",
      userId: actor.id,
      actorId: actor.id,
      detail: `${prefix}… ${name}`,
    });
    return row;
  });
  return { id: created.id, token, prefix };
}

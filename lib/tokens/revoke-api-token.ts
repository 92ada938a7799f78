import { z } from "zod";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { recordAuthEvent } from "@/lib/auth/record-auth-event";
import { recordId } from "@/lib/input/record-id";
import { parseInput } from "@/lib/input/parse-input";

export const TokenRefSchema = z.object({ tokenId: recordId("token") });

/** Revokes one of the actor's own tokens; it stops working at once. Revoked tokens stay listed, for the record. */
export async function revokeApiToken(db: Db, actor: Actor, input: z.input<typeof TokenRefSchema>): Promise<void> {
  requirePermission(actor, "token.manage");
  const { tokenId } = parseInput(TokenRefSchema, input, "tokenId");
  const token = await db.apiToken.findFirst({
    where: { id: tokenId, userId: actor.id },
    select: { id: true, prefix: true, revokedAt: true },
  });
  if (!token) throw new AppError("not_found", "You have no token with this id.", "id", "no_token");
  if (token.revokedAt) return;
  await db.$transaction(async (tx) => {
    await tx.apiToken.update({ where: { id: token.id }, data: { revokedAt: new Date() } });
    await recordAuthEvent(tx, {
      type: "token_revoked",
      userId: actor.id,
      actorId: actor.id,
      detail: `${token.prefix}…`,
    });
  });
}

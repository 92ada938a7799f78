import { requirePermission, type Actor } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

/** Revokes one of the actor's own tokens; it stops working at once. Revoked tokens stay listed, for the record. */
export async function revokeApiToken(db: Db, actor: Actor, tokenId: string): Promise<void> {
  requirePermission(actor, "token.manage");
  const token = await db.apiToken.findFirst({
    where: { id: tokenId, userId: actor.id },
    select: { id: true, prefix: true, revokedAt: true },
  });
  if (!token) throw new AppError("not_found", "You have no token with this id.", "id");
  if (token.revokedAt) return;
  await db.$transaction([
    db.apiToken.update({ where: { id: token.id }, data: { revokedAt: new Date() } }),
    db.authEvent.create({
      data: { type: "token_revoked", userId: actor.id, actorId: actor.id, detail: `${token.prefix}…` },
    }),
  ]);
}

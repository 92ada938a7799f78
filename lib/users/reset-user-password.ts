import type { z } from "zod";
import { parseInput } from "@/lib/input/parse-input";
import { UserRefSchema } from "./unlock-user";
import type { Auth } from "@/lib/auth/auth";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { oneTimePassword } from "./one-time-password";
import { recordAuthEvent } from "@/lib/auth/record-auth-event";

/**
 * For a person who forgot their password: an admin sets a new one-time password (hashed by Better Auth) and every
 * session and API token of that account ends, all in one transaction. The password is returned once, to be handed over; nothing else keeps it. The admin
 * has seen it, so the person must choose their own at their next sign-in.
 */
export async function resetUserPassword(
  db: Db,
  auth: Auth,
  actor: Actor,
  input: z.input<typeof UserRefSchema>,
): Promise<{ email: string; password: string }> {
  requirePermission(actor, "user.manage");
  const { userId } = parseInput(UserRefSchema, input, "userId");
  const user = await db.user.findUnique({ where: { id: userId }, select: { id: true, email: true } });
  if (!user) throw new AppError("not_found", "There is no such account.", "id", "no_account");
  const password = oneTimePassword();
  const hash = await (await auth.$context).password.hash(password);
  // The new hash is written in the same transaction as the rest (as Better Auth's own updatePassword writes it: the
  // account's "credential" row): a reset that fails half-way leaves the old password, its sessions and tokens as
  // they were, never a password nobody was told with the old sessions still open.
  await db.$transaction(async (tx) => {
    const written = await tx.account.updateMany({
      where: { userId: user.id, providerId: "credential" },
      data: { password: hash },
    });
    if (written.count === 0)
      throw new AppError("invalid_input", "This account signs in without a password.", "id", "no_password");
    await tx.user.update({ where: { id: user.id }, data: { mustChangePassword: true } });
    await tx.session.deleteMany({ where: { userId: user.id } });
    await tx.apiToken.updateMany({ where: { userId: user.id, revokedAt: null }, data: { revokedAt: new Date() } });
    await recordAuthEvent(tx, { type: "password_reset", userId: user.id, actorId: actor.id });
  });
  return { email: user.email, password };
}

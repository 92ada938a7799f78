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
 * session and API token of that account ends. The password is returned once, to be handed over; nothing else keeps it. The admin
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
  const ctx = await auth.$context;
  await ctx.internalAdapter.updatePassword(user.id, await ctx.password.hash(password));
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { mustChangePassword: true } });
    await tx.session.deleteMany({ where: { userId: user.id } });
    await tx.apiToken.updateMany({ where: { userId: user.id, revokedAt: null }, data: { revokedAt: new Date() } });
    await recordAuthEvent(tx, { type: "password_reset", userId: user.id, actorId: actor.id });
  });
  return { email: user.email, password };
}

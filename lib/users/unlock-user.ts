import { z } from "zod";
import { requireActing, requirePermission, type Acting, type Actor } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { recordAuthEvent } from "@/lib/auth/record-auth-event";
import { recordId } from "@/lib/input/record-id";
import { parseInput } from "@/lib/input/parse-input";

export const UserRefSchema = z.object({ userId: recordId("account") });

/**
 * Lifts every sign-in lock on an account (lib/auth/login-lockout.ts counts only guesses after the latest unlock), for
 * an owner locked out by someone else's guessing. Logged with who did it.
 */
export async function unlockUser(
  db: Db,
  actor: Acting,
  input: z.input<typeof UserRefSchema>,
): Promise<{ email: string }> {
  const actorId = requireActing(actor, "user.manage");
  const { userId } = parseInput(UserRefSchema, input, "userId");
  const user = await db.user.findUnique({ where: { id: userId }, select: { id: true, email: true } });
  if (!user) throw new AppError("not_found", "There is no such account.", "id", "no_account");
  await recordAuthEvent(db, { type: "account_unlocked", userId: user.id, email: user.email, actorId });
  return { email: user.email };
}

/** The ids of accounts refused a sign-in for a lock in the last day and not unlocked since (for the admin page). */
export async function listLockedUserIds(db: Db, actor: Actor): Promise<Set<string>> {
  requirePermission(actor, "user.manage");
  const since = new Date(Date.now() - 24 * 60 * 60_000);
  const events = await db.authEvent.findMany({
    where: { type: { in: ["login_locked", "account_unlocked"] }, createdAt: { gte: since } },
    orderBy: { createdAt: "asc" },
    select: { type: true, email: true },
  });
  const locked = new Set<string>();
  for (const e of events) {
    if (!e.email) continue;
    if (e.type === "login_locked") locked.add(e.email);
    else locked.delete(e.email);
  }
  if (locked.size === 0) return new Set();
  const users = await db.user.findMany({ where: { email: { in: [...locked] } }, select: { id: true } });
  return new Set(users.map((u) => u.id));
}

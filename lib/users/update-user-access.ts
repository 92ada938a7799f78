import { z } from "zod";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { RoleSchema } from "@/lib/auth/role-schema";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { recordAuthEvent } from "@/lib/auth/record-auth-event";
import { recordId } from "@/lib/input/record-id";
import { parseInput } from "@/lib/input/parse-input";

export const UserAccessChangeSchema = z
  .object({ userId: recordId("account"), role: RoleSchema.optional(), disabled: z.boolean().optional() })
  .refine(
    (v) => v.role !== undefined || v.disabled !== undefined,
    "Change the role or whether the account is disabled.",
  );
export type UserAccessChange = z.input<typeof UserAccessChangeSchema>;

/**
 * Changes an account's role or disables/enables it. A disabled account's sessions are deleted at once, and every
 * request checks the flag, so it loses access at its next request. Nobody can lock out the last active admin.
 */
export async function updateUserAccess(db: Db, actor: Actor, change: UserAccessChange): Promise<void> {
  requirePermission(actor, "user.manage");
  const { userId, role, disabled } = parseInput(UserAccessChangeSchema, change, "role");
  const user = await db.user.findUnique({ where: { id: userId }, select: { id: true, role: true, banned: true } });
  if (!user) throw new AppError("not_found", "There is no such account.", "id", "no_account");
  const losesAdmin =
    user.role === "admin" && !user.banned && ((role !== undefined && role !== "admin") || disabled === true);
  if (losesAdmin) {
    const admins = await db.user.count({ where: { role: "admin", banned: false } });
    if (admins <= 1)
      throw new AppError(
        "conflict",
        "This is the last active admin; make someone else admin first.",
        "role",
        "last_admin",
      );
  }
  if (userId === actor.id && disabled === true)
    throw new AppError("conflict", "You cannot disable your own account.", "disabled", "own_account");

  await db.$transaction(async (tx) => {
    if (role !== undefined && role !== user.role) {
      await tx.user.update({ where: { id: userId }, data: { role } });
      await recordAuthEvent(tx, { type: "role_changed", userId, actorId: actor.id, detail: `${user.role} → ${role}` });
    }
    if (disabled !== undefined && disabled !== user.banned) {
      await tx.user.update({
        where: { id: userId },
        data: { banned: disabled, banReason: disabled ? `disabled by ${actor.email}` : null },
      });
      if (disabled) await tx.session.deleteMany({ where: { userId } });
      await recordAuthEvent(tx, { type: disabled ? "user_disabled" : "user_enabled", userId, actorId: actor.id });
    }
  });
}

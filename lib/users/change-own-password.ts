import { APIError } from "better-auth/api";
import type { Auth } from "@/lib/auth/auth";
import { recordPasswordAttempt } from "@/lib/auth/login-lockout";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { clientIp } from "@/lib/http/request-context";
import { PasswordChangeSchema, passwordIssueReason, type PasswordChange } from "@/lib/auth/password-policy";

export type { PasswordChange };
import { recordAuthEvent } from "@/lib/auth/record-auth-event";

/**
 * A signed-in person replaces their own password, knowing the current one (which may be the one-time password an
 * admin handed over). `headers` must carry that person's session cookie: Better Auth checks the current password,
 * hashes the new one and ends every other session of the account, keeping this one; its API tokens are revoked. A wrong current password counts
 * against the same limits as a failed sign-in and changes nothing.
 */
export async function changeOwnPassword(
  db: Db,
  auth: Auth,
  actor: Actor,
  input: PasswordChange,
  headers: Headers,
): Promise<void> {
  requirePermission(actor, "account.password");
  const parsed = PasswordChangeSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new AppError(
      "invalid_input",
      issue.message,
      String(issue.path[0] ?? "newPassword"),
      passwordIssueReason(issue),
    );
  }
  const { currentPassword, newPassword } = parsed.data;
  const ip = clientIp(headers);
  const lock = await recordPasswordAttempt(db, {
    email: actor.email,
    ip,
    userId: actor.id,
    detail: "password change",
  });
  if (lock) {
    throw new AppError("too_many_requests", lock.message, "currentPassword", "locked", {
      minutes: String(lock.minutes),
    });
  }
  try {
    await auth.api.changePassword({ body: { currentPassword, newPassword, revokeOtherSessions: true }, headers });
  } catch (error) {
    if (!(error instanceof APIError)) throw error;
    if (error.body?.code === "INVALID_PASSWORD") {
      await recordAuthEvent(db, { type: "password_change_failed", userId: actor.id, email: actor.email, ip });
      throw new AppError("invalid_input", "Your current password is not right.", "currentPassword", "wrong_current");
    }
    if (error.status === "UNAUTHORIZED")
      throw new AppError("unauthenticated", "Sign in again to change your password.");
    if (error.status === "BAD_REQUEST") throw new AppError("invalid_input", error.message, "newPassword", "invalid");
    throw error;
  }
  // Better Auth has written the new hash through its own client; if this step failed, the person would only be asked
  // to choose a password once more.
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.id }, data: { mustChangePassword: false } });
    // Whoever knew the old password may have made a token with it: those end with it.
    await tx.apiToken.updateMany({ where: { userId: actor.id, revokedAt: null }, data: { revokedAt: new Date() } });
    await recordAuthEvent(tx, {
      type: "password_changed",
      userId: actor.id,
      actorId: actor.id,
      email: actor.email,
      ip,
    });
  });
}

import type { Db, Tx } from "@/lib/db/client";

export type AuthEventType =
  | "article_purged"
  | "login_ok"
  | "login_failed"
  /** A password guess, written before the password is checked (lib/auth/login-lockout.ts counts these). */
  | "password_attempt"
  /** A guess refused unchecked: the (account, address) pair, or the address, is locked. */
  | "login_locked"
  /** An admin lifted every lock on the account. */
  | "account_unlocked"
  | "logout"
  | "user_created"
  | "role_changed"
  | "user_disabled"
  | "user_enabled"
  | "token_created"
  | "token_revoked"
  | "password_reset"
  | "password_changed"
  /** A wrong current password when changing one's own: counts against the sign-in limits like login_failed. */
  | "password_change_failed";

/**
 * Appends to the authentication log — the only way anything writes to it (pass the transaction when the event
 * belongs to a change). The log is only ever appended to: nothing updates or deletes its rows.
 */
export async function recordAuthEvent(
  db: Db | Tx,
  event: {
    type: AuthEventType;
    userId?: string | null;
    email?: string | null;
    ip?: string | null;
    actorId?: string | null;
    detail?: string | null;
  },
): Promise<void> {
  await db.authEvent.create({ data: event });
}

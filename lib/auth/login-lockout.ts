import type { Db } from "@/lib/db/client";

/** After this many failed sign-ins for one account within the window, it is locked until the window passes. */
export const ACCOUNT_FAILURE_LIMIT = 10;
/** An address trying many accounts is stopped too (it does not lock those accounts for their owners). */
export const ADDRESS_FAILURE_LIMIT = 50;
export const LOCKOUT_WINDOW_MINUTES = 15;
/** From the third recent failure on, each attempt waits longer before it is answered (capped). */
const SLOWDOWN_AFTER = 3;
const SLOWDOWN_STEP_MS = 200;
const SLOWDOWN_MAX_MS = 2_000;
/**
 * A wrong current password on the change-password form guesses the same secret as a wrong sign-in, so both count:
 * a stolen session cannot be used to try passwords without limit.
 */
const FAILURE_TYPES = ["login_failed", "password_change_failed"];

export async function slowDownAfterFailures(db: Db, email: string): Promise<void> {
  const since = new Date(Date.now() - LOCKOUT_WINDOW_MINUTES * 60_000);
  const failures = await db.authEvent.count({
    where: { type: { in: FAILURE_TYPES }, email, createdAt: { gte: since } },
  });
  if (failures < SLOWDOWN_AFTER) return;
  await new Promise((resolve) =>
    setTimeout(resolve, Math.min(SLOWDOWN_MAX_MS, (failures - SLOWDOWN_AFTER + 1) * SLOWDOWN_STEP_MS)),
  );
}

/**
 * Why a sign-in must be refused right now, or null. Counts failures in the append-only auth log, so every app
 * server behind a load balancer sees the same count and a restart does not reset it.
 */
export async function lockoutFor(db: Db, email: string, ip: string): Promise<string | null> {
  const since = new Date(Date.now() - LOCKOUT_WINDOW_MINUTES * 60_000);
  const [forAccount, forAddress] = await Promise.all([
    db.authEvent.count({ where: { type: { in: FAILURE_TYPES }, email, createdAt: { gte: since } } }),
    db.authEvent.count({ where: { type: { in: FAILURE_TYPES }, ip, createdAt: { gte: since } } }),
  ]);
  if (forAccount >= ACCOUNT_FAILURE_LIMIT) {
    return `Too many failed sign-ins for this account. It is locked for ${LOCKOUT_WINDOW_MINUTES} minutes; try again later or ask an administrator.`;
  }
  if (forAddress >= ADDRESS_FAILURE_LIMIT) {
    return `Too many failed sign-ins from this address. Try again in ${LOCKOUT_WINDOW_MINUTES} minutes.`;
  }
  return null;
}

import type { Db } from "@/lib/db/client";
import { recordAuthEvent } from "@/lib/auth/record-auth-event";

/** Guesses at one account from one address before that pair is locked. */
export const ACCOUNT_FAILURE_LIMIT = 10;
/** An address trying many accounts is stopped too (it does not lock those accounts for their owners). */
export const ADDRESS_FAILURE_LIMIT = 50;
export const LOCKOUT_WINDOW_MINUTES = 15;
/** Each further ten guesses double the lock, up to a day; after a quiet day the count starts again. */
const LOCK_MAX_MINUTES = 24 * 60;
const MEMORY_MS = LOCK_MAX_MINUTES * 60_000;
/** From the third recent failure on, each attempt waits longer before it is answered (capped). */
const SLOWDOWN_AFTER = 3;
const SLOWDOWN_STEP_MS = 200;
const SLOWDOWN_MAX_MS = 2_000;

/** Why a guess is refused unchecked: the reason and minutes for the interface to say in its language, and the
 * English sentence for the API and the log. */
export interface PasswordLock {
  reason: "account_locked" | "address_locked";
  minutes: number;
  message: string;
}

export interface PasswordAttempt {
  email: string;
  ip: string;
  /** The account's id when known (a password change), for the log. */
  userId?: string | null;
  /** This browser signed in to the account before (lib/auth/known-device.ts): no (account, address) lock for it. */
  isKnownDevice?: boolean;
  detail?: string;
}

/** The lock in minutes after `failures` guesses from one address: 15, then 30 after 20, 60 after 30 … up to a day. */
export function lockMinutes(failures: number): number {
  if (failures < ACCOUNT_FAILURE_LIMIT) return 0;
  const doublings = Math.floor(failures / ACCOUNT_FAILURE_LIMIT) - 1;
  return Math.min(LOCK_MAX_MINUTES, LOCKOUT_WINDOW_MINUTES * 2 ** Math.min(doublings, 10));
}

const windowStart = (now: number) => new Date(now - LOCKOUT_WINDOW_MINUTES * 60_000);

/** The latest event of these types for the account, or the epoch. */
async function latest(db: Db, where: { type: string; email: string; ip?: string }): Promise<Date> {
  const found = await db.authEvent.findFirst({ where, orderBy: { createdAt: "desc" }, select: { createdAt: true } });
  return found?.createdAt ?? new Date(0);
}

/**
 * Records a password guess (a sign-in, or the current password on the change-password form) BEFORE the password is
 * checked, then counts — so parallel guesses each see all those before them, and no more than the limit are ever
 * checked. Returns why this guess must be refused unchecked, or null. Locks are per (account, address): someone
 * guessing from elsewhere cannot lock the owner out, a correct password from a known device always passes, and an
 * admin can lift a lock (lib/users/unlock-user.ts). The counts come from the append-only auth log, so every app
 * server sees the same and a restart resets nothing.
 */
export async function recordPasswordAttempt(db: Db, attempt: PasswordAttempt): Promise<PasswordLock | null> {
  const { email, ip } = attempt;
  await recordAuthEvent(db, {
    type: "password_attempt",
    email,
    ip,
    userId: attempt.userId ?? null,
    detail: attempt.detail,
  });
  const now = Date.now();
  const unlocked = await latest(db, { type: "account_unlocked", email });
  const signedIn = await latest(db, { type: "login_ok", email, ip });
  const since = new Date(Math.max(now - MEMORY_MS, unlocked.getTime(), signedIn.getTime()));
  const guesses = await db.authEvent.findMany({
    where: { type: "password_attempt", email, ip, createdAt: { gte: since } },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
    take: 2,
  });
  const count = await db.authEvent.count({ where: { type: "password_attempt", email, ip, createdAt: { gte: since } } });
  // This guess is one of them; the lock runs from the one before it.
  const before = count - 1;
  const lock = lockMinutes(before);
  const previous = guesses[1]?.createdAt ?? guesses[0]?.createdAt ?? new Date(0);
  if (!attempt.isKnownDevice && lock > 0 && now - previous.getTime() < lock * 60_000) {
    await recordAuthEvent(db, {
      type: "login_locked",
      email,
      ip,
      userId: attempt.userId ?? null,
      detail: `${lock} min`,
    });
    return {
      reason: "account_locked",
      minutes: lock,
      message: `Too many failed sign-ins for this account from this address. It is locked for ${lock} minutes; try again later or ask an administrator to unlock it.`,
    };
  }
  // Across accounts, only guesses found wrong count: an office behind one address signs in many times a day.
  const fromAddress = await db.authEvent.count({
    where: { type: { in: ["login_failed", "password_change_failed"] }, ip, createdAt: { gte: windowStart(now) } },
  });
  if (!attempt.isKnownDevice && fromAddress >= ADDRESS_FAILURE_LIMIT) {
    await recordAuthEvent(db, { type: "login_locked", email, ip, detail: "address" });
    return {
      reason: "address_locked",
      minutes: LOCKOUT_WINDOW_MINUTES,
      message: `Too many failed sign-ins from this address. Try again in ${LOCKOUT_WINDOW_MINUTES} minutes.`,
    };
  }
  if (before >= SLOWDOWN_AFTER && !attempt.isKnownDevice) {
    const wait = Math.min(SLOWDOWN_MAX_MS, (before - SLOWDOWN_AFTER + 1) * SLOWDOWN_STEP_MS);
    await new Promise((resolve) => setTimeout(resolve, wait));
  }
  return null;
}

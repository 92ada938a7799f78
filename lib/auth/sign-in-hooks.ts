import { APIError, createAuthMiddleware } from "better-auth/api";
import type { Db } from "@/lib/db/client";
import { clientIp } from "@/lib/http/request-context";
import { recordAuthEvent } from "@/lib/auth/record-auth-event";
import { recordPasswordAttempt } from "./login-lockout";

const SIGN_IN_PATH = "/sign-in/email";
/** Signed with the auth secret; names the account this browser last signed in to (a "known device"). */
const DEVICE_COOKIE = "claimtrack.device";
const DEVICE_COOKIE_DAYS = 180;

export const DISABLED_ACCOUNT_MESSAGE = "This account is disabled. Ask an administrator to enable it.";

const emailOf = (body: unknown) =>
  String((body as { email?: unknown } | undefined)?.email ?? "")
    .trim()
    .toLowerCase();

/**
 * Run around every email sign-in, whichever way it arrives (the login form or a direct POST to the auth API): the
 * guess is counted before the password is checked, locked (account, address) pairs and disabled accounts are
 * refused unchecked, and the outcome goes to the append-only auth log.
 */
export function signInHooks(appDb: () => Db) {
  const before = createAuthMiddleware(async (ctx) => {
    if (ctx.path !== SIGN_IN_PATH) return;
    const db = appDb();
    const email = emailOf(ctx.body);
    const ip = clientIp(ctx.headers ?? new Headers());
    const user = await db.user.findUnique({ where: { email }, select: { id: true, banned: true } });
    // Said before the password is checked, so the message tells nothing about whether a guess was right.
    if (user?.banned) {
      await recordAuthEvent(db, { type: "login_failed", userId: user.id, email, ip, detail: "disabled" });
      throw new APIError("FORBIDDEN", { message: DISABLED_ACCOUNT_MESSAGE, code: "ACCOUNT_DISABLED" });
    }
    const device = await ctx.getSignedCookie(DEVICE_COOKIE, ctx.context.secret);
    const lock = await recordPasswordAttempt(db, {
      email,
      ip,
      userId: user?.id,
      isKnownDevice: !!user && device === user.id,
      detail: "sign-in",
    });
    if (lock)
      throw new APIError("TOO_MANY_REQUESTS", { message: lock.message, code: lock.reason, minutes: lock.minutes });
  });

  const after = createAuthMiddleware(async (ctx) => {
    if (ctx.path !== SIGN_IN_PATH) return;
    const db = appDb();
    const email = emailOf(ctx.body);
    const ip = clientIp(ctx.headers ?? new Headers());
    const returned = ctx.context.returned;
    if (returned instanceof APIError) {
      await recordAuthEvent(db, { type: "login_failed", email, ip, detail: returned.message });
      return;
    }
    const userId = ctx.context.newSession?.user.id ?? null;
    await recordAuthEvent(db, { type: "login_ok", userId, email, ip });
    if (userId) {
      await ctx.setSignedCookie(DEVICE_COOKIE, userId, ctx.context.secret, {
        httpOnly: true,
        sameSite: "lax",
        path: "/",
        secure: ctx.context.baseURL.startsWith("https:"),
        maxAge: DEVICE_COOKIE_DAYS * 24 * 60 * 60,
      });
    }
  });

  return { before, after };
}

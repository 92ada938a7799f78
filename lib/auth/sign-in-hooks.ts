import { APIError, createAuthMiddleware } from "better-auth/api";
import { getDb } from "@/lib/db/client";
import { clientIp } from "@/lib/http/request-context";
import { recordAuthEvent } from "@/lib/users/record-auth-event";
import { lockoutFor, slowDownAfterFailures } from "./login-lockout";

const SIGN_IN_PATH = "/sign-in/email";

const emailOf = (body: unknown) =>
  String((body as { email?: unknown } | undefined)?.email ?? "")
    .trim()
    .toLowerCase();

/**
 * Runs before every email sign-in, whichever way it arrives (the login form or a direct POST to the auth API):
 * refuses locked accounts and addresses, and slows repeated failures down.
 */
export const beforeSignIn = createAuthMiddleware(async (ctx) => {
  if (ctx.path !== SIGN_IN_PATH) return;
  const db = getDb();
  const email = emailOf(ctx.body);
  const ip = clientIp(ctx.headers ?? new Headers());
  const lock = await lockoutFor(db, email, ip);
  if (lock) {
    await recordAuthEvent(db, { type: "login_locked", email, ip });
    throw new APIError("TOO_MANY_REQUESTS", { message: lock });
  }
  await slowDownAfterFailures(db, email);
});

/** Records the outcome of every email sign-in in the append-only auth log. */
export const afterSignIn = createAuthMiddleware(async (ctx) => {
  if (ctx.path !== SIGN_IN_PATH) return;
  const db = getDb();
  const email = emailOf(ctx.body);
  const ip = clientIp(ctx.headers ?? new Headers());
  const returned = ctx.context.returned;
  if (returned instanceof APIError) {
    await recordAuthEvent(db, { type: "login_failed", email, ip, detail: returned.message });
  } else {
    await recordAuthEvent(db, { type: "login_ok", userId: ctx.context.newSession?.user.id ?? null, email, ip });
  }
});

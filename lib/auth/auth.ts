import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { admin } from "better-auth/plugins";
import { adminAc, userAc } from "better-auth/plugins/admin/access";
import { createDb } from "@/lib/db/client";
import { databaseProvider, databaseUrl } from "@/lib/db/database-url";
import { getEnv } from "@/lib/env";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@/lib/users/password-policy";
import { authSecret } from "./auth-secret";
import { afterSignIn, beforeSignIn } from "./sign-in-hooks";
import { USER_FIELDS } from "./user-fields";

const SESSION_DAYS = 7;

function build() {
  const env = getEnv();
  const baseURL = env.CLAIMTRACK_URL ?? `http://127.0.0.1:${env.PORT}`;
  return betterAuth({
    // Its own client: Better Auth reads password hashes and session tokens, which the app's client never returns.
    database: prismaAdapter(createDb(databaseUrl(), { withSecrets: true }), {
      provider: databaseProvider(databaseUrl()),
    }),
    secret: authSecret(),
    baseURL,
    trustedOrigins: [baseURL, baseURL.replace("127.0.0.1", "localhost")],
    emailAndPassword: {
      enabled: true,
      // Accounts are created by an admin (or /setup for the first one), never by sign-up.
      disableSignUp: true,
      minPasswordLength: PASSWORD_MIN_LENGTH,
      maxPasswordLength: PASSWORD_MAX_LENGTH,
    },
    user: { additionalFields: USER_FIELDS },
    // Its public change-password endpoint knows neither our sign-in limits, nor the audit log, nor one-time
    // passwords: people change theirs through lib/users/change-own-password.ts, which calls it on the server.
    disabledPaths: ["/change-password"],
    session: { expiresIn: 60 * 60 * 24 * SESSION_DAYS, updateAge: 60 * 60 * 24 },
    rateLimit: { enabled: true, window: 60, max: 200, customRules: { "/sign-in/email": { window: 60, max: 60 } } },
    advanced: { defaultCookieAttributes: { sameSite: "lax", httpOnly: true } },
    hooks: { before: beforeSignIn, after: afterSignIn },
    plugins: [
      admin({
        defaultRole: "viewer",
        adminRoles: ["admin"],
        roles: { admin: adminAc, editor: userAc, factchecker: userAc, viewer: userAc },
        bannedUserMessage: "This account is disabled. Ask an administrator to enable it.",
      }),
      nextCookies(),
    ],
  });
}

export type Auth = ReturnType<typeof build>;

const cache = globalThis as unknown as { claimtrackAuth?: Auth };

/** One Better Auth instance per process, created on first use (so builds and tests need no secret up front). */
export function getAuth(): Auth {
  cache.claimtrackAuth ??= build();
  return cache.claimtrackAuth;
}

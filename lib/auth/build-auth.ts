import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { APIError } from "better-auth/api";
import { nextCookies } from "better-auth/next-js";
import type { Db } from "@/lib/db/client";
import type { DatabaseProvider } from "@/lib/db/database-url";
import { CLIENT_IP_HEADER } from "@/lib/http/request-context";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@/lib/auth/password-limits";
import { DISABLED_ACCOUNT_MESSAGE, signInHooks } from "./sign-in-hooks";
import { USER_FIELDS } from "./user-fields";

const SESSION_DAYS = 7;
/** Better Auth's own per-address limit on the sign-in endpoint, besides our per-account lockout. */
export const SIGN_IN_RATE_LIMIT = { window: 60, max: 10 };

interface AuthConfig {
  /** Better Auth's own client: it reads password hashes and session tokens, which the app's client never returns. */
  authDb: Db;
  provider: DatabaseProvider;
  /** Where the sign-in hooks count attempts and write the audit log (the app's own client). */
  appDb: () => Db;
  secret: string;
  baseURL: string;
}

/**
 * Better Auth as Claimtrack uses it — one definition for the server and the tests. Only email sign-in, sign-out and
 * the session are used; every account change (create, role, disable, password) goes through lib/users, which
 * checks the role, keeps the last admin, applies the password policy and writes the audit log. That is why the
 * admin plugin is not loaded (its endpoints skipped all four and could impersonate) and update-user is disabled.
 */
export function buildAuth({ authDb, provider, appDb, secret, baseURL }: AuthConfig) {
  const hooks = signInHooks(appDb);
  return betterAuth({
    database: prismaAdapter(authDb, { provider }),
    secret,
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
    // update-user would let anyone rename themselves (to a colleague's name) without a trace in the log.
    disabledPaths: ["/change-password", "/update-user", "/change-email", "/delete-user", "/set-password"],
    session: { expiresIn: 60 * 60 * 24 * SESSION_DAYS, updateAge: 60 * 60 * 24 },
    rateLimit: { enabled: true, window: 60, max: 200, customRules: { "/sign-in/email": SIGN_IN_RATE_LIMIT } },
    advanced: {
      defaultCookieAttributes: { sameSite: "lax", httpOnly: true },
      // The client address as lib/http/request-context.ts worked it out (never a header the client chose).
      ipAddress: { ipAddressHeaders: [CLIENT_IP_HEADER] },
    },
    hooks,
    databaseHooks: {
      session: {
        create: {
          // Whatever path creates a session, a disabled account gets none.
          before: async (session) => {
            const user = await appDb().user.findUnique({ where: { id: session.userId }, select: { banned: true } });
            if (!user || user.banned) throw new APIError("FORBIDDEN", { message: DISABLED_ACCOUNT_MESSAGE });
          },
        },
      },
    },
    plugins: [nextCookies()],
  });
}

export type Auth = ReturnType<typeof buildAuth>;

import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { admin } from "better-auth/plugins";
import { adminAc, userAc } from "better-auth/plugins/admin/access";
import type { Auth } from "@/lib/auth/auth";
import { USER_FIELDS } from "@/lib/auth/user-fields";
import { createDb, type Db } from "@/lib/db/client";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@/lib/users/password-policy";
import type { TestDb } from "./test-db";

/**
 * Better Auth on a test database with the library, fields, password bounds and plugins of lib/auth/auth.ts (without
 * its sign-in hooks, which write to the app's own database). `withSecrets` is its client, which reads hashes.
 */
export function createTestAuth(t: TestDb): { auth: Auth; withSecrets: Db } {
  const withSecrets = createDb(t.url, { withSecrets: true });
  const auth = betterAuth({
    database: prismaAdapter(withSecrets, { provider: t.provider }),
    secret: "test-secret-test-secret-test-secret-0123",
    baseURL: "http://127.0.0.1:3000",
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      minPasswordLength: PASSWORD_MIN_LENGTH,
      maxPasswordLength: PASSWORD_MAX_LENGTH,
    },
    user: { additionalFields: USER_FIELDS },
    plugins: [
      admin({ defaultRole: "viewer", roles: { admin: adminAc, editor: userAc, factchecker: userAc, viewer: userAc } }),
    ],
  }) as unknown as Auth;
  return { auth, withSecrets };
}

/** Signs in through Better Auth and returns request headers carrying that session's cookie (and a client address). */
export async function signInHeaders(auth: Auth, email: string, password: string, ip = "10.1.1.1"): Promise<Headers> {
  const { headers } = await auth.api.signInEmail({ body: { email, password }, returnHeaders: true });
  const cookie = headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  return new Headers({ cookie, "x-forwarded-for": ip });
}

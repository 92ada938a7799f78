import { buildAuth, type Auth } from "@/lib/auth/build-auth";
import { createDb, type Db } from "@/lib/db/client";
import { PEER_HEADER } from "@/lib/http/request-context";
import type { TestDb } from "./test-db";

/**
 * Better Auth on a test database, built by the same lib/auth/build-auth.ts as the server (hooks, disabled paths and
 * all). `withSecrets` is its client, which reads hashes.
 */
export function createTestAuth(t: Pick<TestDb, "url" | "provider" | "db">): { auth: Auth; withSecrets: Db } {
  const withSecrets = createDb(t.url, { withSecrets: true });
  const auth = buildAuth({
    authDb: withSecrets,
    provider: t.provider,
    appDb: () => t.db,
    secret: "test-secret-test-secret-test-secret-0123",
    baseURL: "http://127.0.0.1:3000",
  });
  return { auth, withSecrets };
}

/** Signs in through Better Auth and returns request headers carrying that session's cookie (and a client address). */
export async function signInHeaders(auth: Auth, email: string, password: string, ip = "10.1.1.1"): Promise<Headers> {
  const { headers } = await auth.api.signInEmail({
    body: { email, password },
    headers: new Headers({ [PEER_HEADER]: ip }),
    returnHeaders: true,
  });
  const cookie = headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  return new Headers({ cookie, [PEER_HEADER]: ip });
}

import { createDb, getDb } from "@/lib/db/client";
import { databaseProvider, databaseUrl } from "@/lib/db/database-url";
import { getEnv } from "@/lib/env";
import { authSecret } from "./auth-secret";
import { buildAuth, type Auth } from "./build-auth";

export type { Auth };

function build(): Auth {
  const env = getEnv();
  return buildAuth({
    authDb: createDb(databaseUrl(), { withSecrets: true }),
    provider: databaseProvider(databaseUrl()),
    appDb: getDb,
    secret: authSecret(),
    baseURL: env.CLAIMTRACK_URL ?? `http://127.0.0.1:${env.PORT}`,
  });
}

const cache = globalThis as unknown as { claimtrackAuth?: Auth };

/** One Better Auth instance per process, created on first use (so builds and tests need no secret up front). */
export function getAuth(): Auth {
  cache.claimtrackAuth ??= build();
  return cache.claimtrackAuth;
}

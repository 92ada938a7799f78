import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as PostgresClient } from "@/lib/generated/prisma-postgres/client";
import { PrismaClient as SqliteClient } from "@/lib/generated/prisma-sqlite/client";
import { databaseProvider, databaseUrl, sqliteFilePath, type DatabaseProvider } from "./database-url";

/**
 * The database handle every domain function takes. Both generated clients come from the same models
 * (prisma/models.prisma), so the SQLite client's type describes the PostgreSQL one too.
 */
export type Db = SqliteClient;
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

// Writers wait this long for a SQLite lock held by another writer before giving up with a clear error.
const SQLITE_BUSY_TIMEOUT_MS = 5_000;

/**
 * Secrets no query of the app returns: password hashes, session and verification tokens, API token hashes.
 * They can still be matched in a where clause; only Better Auth's own client (lib/auth) reads them.
 */
const SECRET_FIELDS = {
  account: { password: true, accessToken: true, refreshToken: true, idToken: true },
  session: { token: true },
  verification: { value: true },
  apiToken: { tokenHash: true },
} as const;

// On globalThis like the client cache below: Next.js may bundle this module more than once, and every copy must
// know which engine the one shared client talks to.
const providers = globalThis as unknown as { claimtrackProviders?: WeakMap<Db, DatabaseProvider> };
const PROVIDERS = (providers.claimtrackProviders ??= new WeakMap<Db, DatabaseProvider>());

export function createDb(url = databaseUrl(), { withSecrets = false } = {}): Db {
  const options = withSecrets ? {} : { omit: SECRET_FIELDS };
  const provider = databaseProvider(url);
  let db: Db;
  if (provider === "postgresql") {
    const adapter = new PrismaPg({ connectionString: url, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
    db = new PostgresClient({ adapter, ...options }) as unknown as Db;
  } else {
    const adapter = new PrismaBetterSqlite3({ url: `file:${sqliteFilePath(url)}`, timeout: SQLITE_BUSY_TIMEOUT_MS });
    db = new SqliteClient({ adapter, ...options }) as unknown as Db;
  }
  PROVIDERS.set(db, provider);
  return db;
}

/**
 * Which engine a handle talks to, for the few queries that differ: PostgreSQL compares text case-sensitively unless
 * asked (`mode: "insensitive"`), a mode SQLite's LIKE does not know and does not need.
 */
export function providerOf(db: Db): DatabaseProvider {
  return PROVIDERS.get(db) ?? "sqlite";
}

/** One client per process (cached on globalThis so Next's dev reloads do not open a new pool each time). */
const cache = globalThis as unknown as { claimtrackDb?: Db };

export function getDb(): Db {
  cache.claimtrackDb ??= createDb();
  return cache.claimtrackDb;
}

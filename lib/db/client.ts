import { existsSync } from "node:fs";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import Database from "better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as PostgresClient } from "@/lib/generated/prisma-postgres/client";
import { PrismaClient as SqliteClient } from "@/lib/generated/prisma-sqlite/client";
import { keepPlannerStatisticsCurrent, PLANNER_STATISTICS_EVERY_MS } from "./planner-statistics";
import { restrictFileAccess } from "./restrict-file-access";
import { idListSql } from "./id-list-sql";
import { databasePoolSize, databaseProvider, databaseUrl, sqliteFilePath, type DatabaseProvider } from "./database-url";

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

/**
 * `busyTimeoutMs` is for tests that hold a lock on purpose: they check what happens past the timeout, and need not
 * wait the production five seconds for it each time; `plannerStatisticsEveryMs` for the test of that refresh.
 */
export function createDb(
  url = databaseUrl(),
  {
    withSecrets = false,
    busyTimeoutMs = SQLITE_BUSY_TIMEOUT_MS,
    plannerStatisticsEveryMs = PLANNER_STATISTICS_EVERY_MS,
  } = {},
): Db {
  const options = withSecrets ? {} : { omit: SECRET_FIELDS };
  const provider = databaseProvider(url);
  let db: Db;
  if (provider === "postgresql") {
    const adapter = new PrismaPg({ connectionString: url, max: databasePoolSize() });
    db = retryTransactions(new PostgresClient({ adapter, ...options }) as unknown as Db, isDeadlock, DEADLOCK_RETRY_MS);
  } else {
    enableWriteAheadLog(sqliteFilePath(url));
    restrictFileAccess(sqliteFilePath(url));
    const adapter = new PrismaBetterSqlite3({ url: `file:${sqliteFilePath(url)}`, timeout: busyTimeoutMs });
    db = retryTransactions(new SqliteClient({ adapter, ...options }) as unknown as Db, isDatabaseBusy, busyTimeoutMs);
    // The app's client only: the sign-in client (withSecrets) is a second connection of the same process, and its
    // refresh could wait on the main thread for a write lock the app's own connection holds between batches.
    if (!withSecrets) keepPlannerStatisticsCurrent(db, sqliteFilePath(url), plannerStatisticsEveryMs);
  }
  PROVIDERS.set(db, provider);
  return db;
}

/** The database's own error code under Prisma's ("SQLITE_BUSY", "40P01"), as the driver adapter reports it. */
export const driverErrorCode = (error: unknown): string | undefined =>
  (error as { meta?: { driverAdapterError?: { cause?: { originalCode?: string } } } })?.meta?.driverAdapterError?.cause
    ?.originalCode;

/** SQLITE_BUSY, as the driver adapter reports it (Prisma wraps it as P1008 "Operation has timed out"). */
export const isDatabaseBusy = (error: unknown) =>
  driverErrorCode(error) === "SQLITE_BUSY" || /SQLITE_BUSY|database is locked/.test(String((error as Error)?.message));

/**
 * A PostgreSQL transaction the server ended to break a deadlock (40P01), or one Prisma reports as a write conflict or
 * deadlock (P2034): it was rolled back whole. Two transactions that change claims of one article can meet on the
 * article's kept figures (ArticleFigures) in opposite orders, say a change to all matching claims and a merge.
 */
export const isDeadlock = (error: unknown) => {
  const e = error as { code?: unknown; message?: unknown };
  return driverErrorCode(error) === "40P01" || e?.code === "P2034" || /deadlock detected/.test(String(e?.message));
};

/** How long a transaction PostgreSQL ended for a deadlock is run again before its error stands. */
const DEADLOCK_RETRY_MS = 5_000;

/**
 * A transaction that failed without writing anything is run again, with growing pauses, until `withinMs` has passed;
 * then the error stands (a clean 503 upstream). SQLite answers a transaction that has read and then wants to write
 * with SQLITE_BUSY at once, without waiting, while another process holds the write lock (waiting could deadlock);
 * PostgreSQL ends one of two transactions that wait for each other.
 */
function retryTransactions(db: Db, failedWhole: (error: unknown) => boolean, withinMs: number): Db {
  const transaction = db.$transaction.bind(db) as (...args: unknown[]) => Promise<unknown>;
  const retrying = async (...args: unknown[]) => {
    // Only a function can be run again; a batch of queries is handed over as it is.
    if (typeof args[0] !== "function") return transaction(...args);
    const deadline = Date.now() + withinMs;
    for (let pause = 10; ; pause = Math.min(pause * 2, 250)) {
      try {
        return await transaction(...args);
      } catch (error) {
        if (!failedWhole(error) || Date.now() + pause > deadline) throw error;
        await new Promise((resolve) => setTimeout(resolve, pause));
      }
    }
  };
  return Object.assign(db, { $transaction: retrying as Db["$transaction"] });
}

/**
 * SQLite's write-ahead log: readers (pages, exports, a backup) no longer wait for a writer and a writer no longer waits
 * for readers; only writers queue (up to the busy timeout). The mode is stored in the file, so setting it once per
 * process is enough; a database not created yet gets it the next time. Planner statistics are refreshed here too, and
 * then every ten minutes (planner-statistics.ts).
 */
function enableWriteAheadLog(path: string): void {
  if (!existsSync(path)) return;
  const raw = new Database(path, { timeout: SQLITE_BUSY_TIMEOUT_MS });
  try {
    raw.pragma("journal_mode = WAL");
    // Table statistics for the query planner, where missing or stale: without them SQLite took the assignee index for
    // "no assignee" (every claim) and read 450k claims through it. Cheap when the statistics are current.
    raw.pragma("optimize = 0x10002");
  } catch (error) {
    // Another process holds the database in a transaction: it keeps its current mode until the next start.
    console.warn(`SQLite write-ahead log not enabled for now: ${error instanceof Error ? error.message : error}`);
  } finally {
    raw.close();
  }
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

/**
 * Holds an article's row until the transaction ends (PostgreSQL), so that a new version of the article, which takes
 * it first, and a change that reads the article's text to place a claim (add, split, merge) never interleave: one
 * waits for the other and then reads what it wrote. SQLite needs nothing: its writers take turns, and a transaction
 * that read before another's write is run again from the start. FOR NO KEY UPDATE, as an UPDATE of the article
 * takes it: it waits for another change of the article, not for a claim change adding a figures row for it (whose
 * key check would otherwise wait here while holding a claim this transaction may want next — a deadlock).
 */
export async function lockArticle(db: Db, tx: Tx, articleId: string): Promise<void> {
  if (providerOf(db) === "postgresql")
    await tx.$queryRaw`SELECT 1 FROM "Article" WHERE "id" = ${articleId} FOR NO KEY UPDATE`;
}

/**
 * Holds every claim of an article, orphaned ones too, in id order (PostgreSQL), for a new version: it moves the claims
 * on its text and then renumbers the rest, and a claim taken later with a lower id crossed a change that takes its
 * claims in id order (a status set on all matching claims) in a deadlock.
 */
export async function lockArticleClaims(db: Db, tx: Tx, articleId: string): Promise<void> {
  if (providerOf(db) === "postgresql")
    await tx.$queryRaw`SELECT 1 FROM "Claim" WHERE "articleId" = ${articleId} ORDER BY "id" FOR NO KEY UPDATE`;
}

/**
 * Holds an article's text until the transaction ends (PostgreSQL), for a change that reads it to place words but does
 * not change the article (a source's mention): a new version, which takes the article first, waits for it, or it
 * waits for the version and then reads the new text and the claims where the version put them. Shared, so two such
 * changes of one article do not wait for each other. Taken before any claim, in the article → claim order.
 */
export async function holdArticleText(db: Db, tx: Tx, articleId: string): Promise<void> {
  if (providerOf(db) === "postgresql") await tx.$queryRaw`SELECT 1 FROM "Article" WHERE "id" = ${articleId} FOR SHARE`;
}

/**
 * Holds a claim's row until the transaction ends (PostgreSQL), before a change of its citations: the change recounts
 * the claim's sources next, and a citation held first while waiting for the claim met an article's deletion (which
 * holds the claims, then their citations) or a verdict in a deadlock. Claim before citation, as a link does.
 */
export async function lockClaim(db: Db, tx: Tx, claimId: string): Promise<void> {
  await lockClaims(db, tx, [claimId]);
}

/**
 * Holds several claims' rows, in id order (PostgreSQL): a change of several claims that took them in another order
 * (by version, by their place in the text) crossed another that takes them in id order — an article's deletion, a new
 * version, an assignment — and the two deadlocked.
 */
export async function lockClaims(db: Db, tx: Tx, claimIds: string[]): Promise<void> {
  if (providerOf(db) !== "postgresql" || claimIds.length === 0) return;
  await tx.$queryRawUnsafe(
    `SELECT 1 FROM "Claim" WHERE "id" IN (${idListSql("postgresql", "$1")}) ORDER BY "id" FOR NO KEY UPDATE`,
    JSON.stringify(claimIds),
  );
}

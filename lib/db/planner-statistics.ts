import type { Db } from "./client";

/** How often a running process looks whether SQLite's planner statistics need refreshing. */
export const PLANNER_STATISTICS_EVERY_MS = 10 * 60_000;

/**
 * SQLite plans each query with the table statistics its connection holds, read when it opened (sqlite_stat1). A server
 * that opened a small or empty database keeps planning for that database while it grows: on the bench's 450k-claim
 * archive one claims-list filter took 727 ms in the process that had opened it empty, 31 ms in a fresh one. So this
 * asks SQLite which tables' statistics are missing or ten times off what the connection now sees (`PRAGMA optimize`
 * with 0x01: it lists, runs nothing, takes no lock), and only then analyses them on the app's own connection, which
 * plans with the new figures from then on. 0x10: with an analysis limit, so a table of a million rows costs
 * milliseconds, not seconds, on the server's thread; 0x10000: every table, not only those this connection queried. In
 * a transaction, so it waits for any of this client's own transactions instead of running inside one. Returns whether
 * it analysed. PostgreSQL needs none of this: autovacuum analyses tables as they grow.
 */
export async function refreshPlannerStatistics(db: Db): Promise<boolean> {
  const due = await db.$queryRawUnsafe<unknown[]>("PRAGMA optimize(0x10013)");
  if (due.length === 0) return false;
  await db.$transaction((tx) => tx.$executeRawUnsafe("PRAGMA optimize(0x10012)"));
  return true;
}

/**
 * Refreshes the statistics every `everyMs` for as long as the client is connected. The timer never keeps a process
 * alive, and a refresh that fails (another process holding the write lock) is tried again at the next turn.
 */
export function keepPlannerStatisticsCurrent(db: Db, everyMs = PLANNER_STATISTICS_EVERY_MS): Db {
  const timer = setInterval(() => {
    refreshPlannerStatistics(db).catch((error: unknown) =>
      console.warn(
        `SQLite planner statistics not refreshed for now: ${error instanceof Error ? error.message : error}`,
      ),
    );
  }, everyMs);
  timer.unref();
  const disconnect = db.$disconnect.bind(db);
  return Object.assign(db, {
    $disconnect: () => {
      clearInterval(timer);
      return disconnect();
    },
  });
}

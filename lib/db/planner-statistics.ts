import type { Db } from "./client";

/** How often a running process looks whether SQLite's planner statistics need refreshing. */
export const PLANNER_STATISTICS_EVERY_MS = 10 * 60_000;

/**
 * SQLite plans each query with the table statistics its connection read when it opened (sqlite_stat1). A server that
 * opened a small or empty database keeps planning for that database while it grows, even after another process has
 * analysed the file: on the bench's 450k-claim archive one claims-list filter took 727 ms in the process that had
 * opened it empty, 31 ms in a fresh one. `PRAGMA optimize` on the app's own connection reloads the statistics and
 * analyses the tables that have changed a lot since; it bounds its own work (an analysis limit) and does nothing when
 * the statistics still hold. PostgreSQL needs none of this: autovacuum analyses tables as they grow.
 */
export async function refreshPlannerStatistics(db: Db): Promise<void> {
  // 0x10000: look at every table, not only those this connection has queried since it opened.
  await db.$executeRawUnsafe("PRAGMA optimize = 0x10002");
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

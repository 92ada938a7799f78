import { Worker } from "node:worker_threads";
import type { Db } from "./client";

/** How often a running process looks whether SQLite's planner statistics need refreshing. */
export const PLANNER_STATISTICS_EVERY_MS = 10 * 60_000;

/**
 * SQLite plans each query with the table statistics its connection holds, read when it opened (sqlite_stat1). A server
 * that opened a small or empty database keeps planning for that database while it grows: on the bench's 450k-claim
 * archive one claims-list filter took 727 ms in the process that had opened it empty, 31 ms in a fresh one. So this
 * asks SQLite whether any table's statistics are missing or ten times off what the connection sees (`PRAGMA
 * optimize` with 0x01: it lists and runs nothing, in no time and without a lock). Only then are they analysed, on a
 * thread of their own: a whole analysis of the bench's archive takes seconds (an analysis limit would make it quick,
 * but its sampled figures read "no assignee" as a tenth of the claims, not all of them, and bring the slow plan back).
 * Then the app's connection reads the new statistics (`ANALYZE sqlite_schema`, a fraction of a millisecond, in a
 * transaction: it takes the write lock a moment). Returns whether the statistics were due. PostgreSQL needs none of
 * this: autovacuum analyses tables as they grow.
 */
export async function refreshPlannerStatistics(db: Db, file: string): Promise<boolean> {
  const due = await db.$queryRawUnsafe<{ optimize: string }[]>("PRAGMA optimize(0x10003)");
  // Not the full-text indexes' own tables (no query plans with them): one of them is listed again after every analysis.
  if (due.every((row) => FULL_TEXT_SHADOW_TABLE.test(row.optimize))) return false;
  await analyzeOffThread(file);
  await db.$transaction((tx) => tx.$executeRawUnsafe('ANALYZE "sqlite_schema"'));
  return true;
}

const FULL_TEXT_SHADOW_TABLE = /"Claim(Text|Match)Index_[a-z]+"$/;

// A worker of its own, with its own connection: better-sqlite3 runs a statement on the thread that calls it.
const ANALYZE_SOURCE = `
const { workerData } = require("node:worker_threads");
const Database = require("better-sqlite3");
const db = new Database(workerData.file, { timeout: workerData.busyTimeoutMs });
try { db.pragma("optimize = 0x10002"); } finally { db.close(); }`;

function analyzeOffThread(file: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(ANALYZE_SOURCE, { eval: true, workerData: { file, busyTimeoutMs: 5_000 } });
    worker.once("error", reject);
    worker.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`analysis stopped with code ${code}`))));
  });
}

/**
 * Refreshes the statistics every `everyMs` for as long as the client is connected. The timer never keeps a process
 * alive, a turn that comes while the last refresh still runs is skipped, and a refresh that fails (another process
 * holding the write lock) is tried again at the next turn. Disconnecting waits for a refresh under way: its worker
 * holds a connection of its own to the file, which must not outlive the client (a test's folder removed meanwhile
 * was found not empty).
 */
export function keepPlannerStatisticsCurrent(db: Db, file: string, everyMs = PLANNER_STATISTICS_EVERY_MS): Db {
  let running: Promise<void> | null = null;
  const timer = setInterval(() => {
    if (running) return;
    running = refreshPlannerStatistics(db, file)
      .then(() => undefined)
      .catch((error: unknown) =>
        console.warn(
          `SQLite planner statistics not refreshed for now: ${error instanceof Error ? error.message : error}`,
        ),
      )
      .finally(() => {
        running = null;
      });
  }, everyMs);
  timer.unref();
  const disconnect = db.$disconnect.bind(db);
  return Object.assign(db, {
    $disconnect: async () => {
      clearInterval(timer);
      await running;
      return disconnect();
    },
  });
}

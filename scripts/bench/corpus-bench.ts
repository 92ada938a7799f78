import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { seedBuiltinSources } from "@/lib/sources/seed-builtin-sources";
import { CLAIM_STATUSES } from "@/lib/claims/claim-status";
import type { Db } from "@/lib/db/client";
import { createTestDb, type TestDb } from "@/test/support/test-db";

const run = promisify(execFile);
const SEED = 7;

export interface CorpusBenchRow {
  database: string;
  articles: number;
  claims: number;
  citations: number;
  /** Articles per second: one ingester, then four processes at once on the same database. */
  single: number;
  concurrent: number;
}

/** Runs ingest workers over [from, to) and returns the wall time; each worker takes every `workers`-th article. */
async function ingestRange(url: string, from: number, to: number, workers: number): Promise<number> {
  const started = performance.now();
  await Promise.all(
    Array.from({ length: workers }, (_, w) =>
      run(
        "node_modules/.bin/tsx",
        ["scripts/bench/ingest-worker.ts", url, String(SEED), String(from + w), String(to), String(workers)],
        {
          maxBuffer: 1 << 20,
        },
      ),
    ),
  );
  return (performance.now() - started) / 1000;
}

/**
 * N synthetic articles (German and English, varied sources, cues, quantities, boilerplate) ingested through the real
 * domain function into `t` (migrated, built-in sources seeded): the first half by one process, the second by four
 * processes at once. Throughput and the size of what was stored.
 */
export async function seedCorpus(t: TestDb, n: number, database: string): Promise<CorpusBenchRow> {
  const half = Math.floor(n / 2);
  const singleSeconds = await ingestRange(t.url, 0, half, 1);
  const concurrentSeconds = await ingestRange(t.url, half, n, 4);
  const [articles, claims, citations] = await Promise.all([
    t.db.article.count(),
    t.db.claim.count(),
    t.db.citation.count(),
  ]);
  return {
    database,
    articles,
    claims,
    citations,
    single: half / singleSeconds,
    concurrent: (n - half) / concurrentSeconds,
  };
}

/**
 * A newsroom's archive is not all unverified: spreads the eight statuses over the claims (in id order, so the same
 * corpus gets the same spread), the way the filtered list, search and coverage measures meet them.
 */
export async function spreadStatuses(db: Db): Promise<void> {
  const ids = (await db.claim.findMany({ select: { id: true }, orderBy: { id: "asc" } })).map((c) => c.id);
  const BATCH = 500; // SQLite allows 999 parameters per statement
  for (let i = 0; i < ids.length; i += BATCH) {
    const batch = ids.slice(i, i + BATCH);
    for (const [k, status] of CLAIM_STATUSES.entries())
      await db.claim.updateMany({ where: { id: { in: batch.filter((_, j) => (i + j) % 8 === k) } }, data: { status } });
  }
}

/** `npm run bench -- --seed-corpus N`: only the synthetic-archive ingest, in a database dropped afterwards. */
export async function benchCorpus(n: number, database: string): Promise<CorpusBenchRow> {
  const t = await createTestDb();
  try {
    await seedBuiltinSources(t.db);
    return await seedCorpus(t, n, database);
  } finally {
    await t.drop();
  }
}

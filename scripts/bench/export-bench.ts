import type { Actor } from "@/lib/auth/permissions";
import { exportClaims } from "@/lib/export/export-claims";
import { seedBuiltinSources } from "@/lib/sources/seed-builtin-sources";
import { createTestDb } from "@/test/support/test-db";
import { fillTo100k } from "./review-bench";

export interface ExportBenchRow {
  database: string;
  claims: number;
  runs: { what: string; seconds: number; peakMb: number; megabytes: number }[];
}

/** Runs `fn` while sampling the process's resident memory; returns its time and the peak above the start. */
async function measure(fn: () => Promise<number>): Promise<{ seconds: number; peakMb: number; megabytes: number }> {
  global.gc?.();
  const base = process.memoryUsage().rss;
  let peak = base;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
  const start = performance.now();
  const bytes = await fn();
  const seconds = (performance.now() - start) / 1000;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  return { seconds, peakMb: (peak - base) / 2 ** 20, megabytes: bytes / 2 ** 20 };
}

/**
 * Exports 100k claims as CSV and JSON through the real export (streamed, as /api/export does), beside a raw
 * query-and-serialize of the same rows in one go: the cost of doing it properly, and its memory.
 */
export async function benchExport(seed: string, database: string): Promise<ExportBenchRow> {
  const t = await createTestDb();
  try {
    await seedBuiltinSources(t.db);
    await fillTo100k(t.db, seed);
    const claims = await t.db.claim.count();
    const user = await t.db.user.create({ data: { email: "ex@bench.test", name: "Exporter", role: "editor" } });
    const actor: Actor = { ...user, role: "editor" };
    const drain = async (format: string) => {
      let bytes = 0;
      for await (const chunk of exportClaims(t.db, actor, { format }).chunks)
        bytes += typeof chunk === "string" ? Buffer.byteLength(chunk) : chunk.byteLength;
      return bytes;
    };
    const raw = async () =>
      Buffer.byteLength(
        JSON.stringify(
          await t.db.claim.findMany({
            include: { article: { select: { title: true } }, citations: { include: { source: true } }, evidence: true },
          }),
        ),
      );
    return {
      database,
      claims,
      runs: [
        { what: "raw query + JSON.stringify", ...(await measure(raw)) },
        { what: "CSV export", ...(await measure(() => drain("csv"))) },
        { what: "JSON export", ...(await measure(() => drain("json"))) },
      ],
    };
  } finally {
    await t.drop();
  }
}

import { execFileSync } from "node:child_process";
import type { TestDb } from "@/test/support/test-db";

export interface ExportRun {
  what: string;
  seconds: number;
  /** The measuring process's peak resident memory, all in. */
  peakMb: number;
  /** Of which grown during the export (above the process after connecting). */
  growthMb: number;
  megabytes: number;
  /** Why the measurement could not finish (the raw baseline meets V8's string limit on a large archive). */
  error?: string;
}

export interface ExportBenchRow {
  database: string;
  claims: number;
  runs: ExportRun[];
}

/** Runs one measurement in a fresh Node process, so each peak is its own and not what an earlier run left behind. */
function measureApart(what: string, url: string): ExportRun {
  try {
    const out = execFileSync("node_modules/.bin/tsx", ["scripts/bench/export-measure.ts", what, url], {
      encoding: "utf8",
      maxBuffer: 1 << 20,
      stdio: ["ignore", "pipe", "pipe"],
    });
    return { what, ...(JSON.parse(out.trim().split("\n").at(-1)!) as Omit<ExportRun, "what">) };
  } catch (error) {
    // A crashed measurement is a result too; the other rows of the run are kept.
    const stderr = String((error as { stderr?: unknown }).stderr ?? error);
    const reason = stderr.split("\n").find((l) => /Error/.test(l)) ?? stderr.slice(0, 200);
    return { what, seconds: NaN, peakMb: NaN, growthMb: NaN, megabytes: 0, error: `crashed: ${reason.trim()}` };
  }
}

/**
 * Exports every claim of the archive `t` as CSV, JSON and PDF through the real export (streamed, as /api/export does),
 * beside a raw query-and-serialize of the same rows in one go: the cost of doing it properly, and its memory.
 */
export async function benchExport(t: TestDb, database: string): Promise<ExportBenchRow> {
  const claims = await t.db.claim.count();
  await t.db.user.create({ data: { email: "ex@bench.test", name: "Exporter", role: "editor" } });
  return {
    database,
    claims,
    runs: [
      { ...measureApart("raw", t.url), what: "raw query + JSON.stringify" },
      { ...measureApart("csv", t.url), what: "CSV export" },
      { ...measureApart("json", t.url), what: "JSON export" },
      { ...measureApart("pdf", t.url), what: "PDF report" },
    ],
  };
}

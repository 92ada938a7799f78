import { seedBuiltinSources } from "@/lib/sources/seed-builtin-sources";
import { createTestDb } from "@/test/support/test-db";
import { benchApp, type AppBenchRow } from "./app-bench";
import { seedCorpus, spreadStatuses, type CorpusBenchRow } from "./corpus-bench";
import { benchExport, type ExportBenchRow } from "./export-bench";
import { benchMatching, type MatchBenchRow } from "./match-bench";
import { benchReview, type ReviewBenchRow } from "./review-bench";

export interface ArchiveRows {
  corpus: CorpusBenchRow;
  app: AppBenchRow;
  review: ReviewBenchRow;
  exports: ExportBenchRow;
  matching: MatchBenchRow;
}

/**
 * Every app measure on one grown archive: `articles` synthetic articles ingested (throughput measured), statuses
 * spread, then ingest, renders, review actions, coverage and exports on it. One archive per engine, dropped after.
 */
export async function benchArchive(seed: string, database: string, articles: number): Promise<ArchiveRows> {
  const t = await createTestDb();
  try {
    await seedBuiltinSources(t.db);
    console.error(`${database}: ingesting ${articles} synthetic articles…`);
    const corpus = await seedCorpus(t, articles, database);
    await spreadStatuses(t.db);
    console.error(`${database}: ${corpus.claims} claims; measuring the app…`);
    const app = await benchApp(t, seed, database);
    const review = await benchReview(t, database);
    console.error(`${database}: exports…`);
    const exports = await benchExport(t, database);
    console.error(`${database}: matching…`);
    const matching = await benchMatching(t.db);
    return { corpus, app, review, exports, matching };
  } finally {
    // A database that will not drop must not cost the numbers measured on it (it did, twice, on PostgreSQL).
    await t.drop().catch((error: unknown) => {
      const why = error instanceof Error ? error.message : String(error);
      console.error(
        `${database}: the archive's database was not dropped (${why}); drop it by hand: ${t.url.replace(/\/\/[^@/]*@/, "//")}`,
      );
    });
  }
}

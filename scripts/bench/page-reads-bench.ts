import type { Actor } from "@/lib/auth/permissions";
import { readReviewPage } from "@/lib/articles/read-review-page";
import { listFigureDisagreements, listFigureDisagreementsInScope } from "@/lib/claims/list-figure-disagreements";
import { countDismissedMatches } from "@/lib/claims/count-dismissed-matches";
import {
  countSourceCitations,
  pageOfArticleCoverage,
  sumArticleCoverage,
} from "@/lib/coverage/count-newsroom-coverage";
import { getNewsroomCoverage } from "@/lib/coverage/get-newsroom-coverage";
import { readNewsroomCoveragePage } from "@/lib/coverage/read-newsroom-coverage-page";
import { createDb, type Db } from "@/lib/db/client";
import { percentile } from "./stats";

const READER: Actor = { id: "bench-reader", name: "Bench reader", email: "reader@bench.test", role: "admin" };
const RUNS = 5;

/**
 * `npm run bench -- --page-reads-on DATABASE_URL`: each read of the newsroom coverage page and of the review page of
 * the archive's largest article, timed on its own (p50 of five runs after one warm-up), on an archive kept from an
 * earlier run. The full bench times the pages whole; this says which read a slow page spends its time in.
 */
export async function benchPageReadsOn(url: string): Promise<string> {
  const db = createDb(url);
  try {
    const largest = await largestArticle(db);
    const reads: [string, () => Promise<unknown>][] = [
      ["coverage: figures of all articles", () => sumArticleCoverage(db, {})],
      ["coverage: the first page of articles", () => pageOfArticleCoverage(db, {}, { size: 50, number: 1 })],
      ["coverage: citations per source", () => countSourceCitations(db, {})],
      ["coverage: figures that disagree", () => listFigureDisagreements(db, READER)],
      // Filtered (flagged-links-in-scope.ts): an outlet holds a sixth of the synthetic archive, one day of its 700 a
      // 700th, a status an eighth; an outlet nobody has, nothing.
      [
        "coverage: figures that disagree, one outlet",
        () => listFigureDisagreementsInScope(db, READER, { scope: { outlet: "Reuters" } }),
      ],
      [
        "coverage: figures that disagree, one day",
        () => listFigureDisagreementsInScope(db, READER, { scope: { from: "2025-06-01", to: "2025-06-01" } }),
      ],
      [
        "coverage: figures that disagree, status false",
        () => listFigureDisagreementsInScope(db, READER, { scope: { status: "false" } }),
      ],
      [
        "coverage: figures that disagree, an outlet with no articles",
        () => listFigureDisagreementsInScope(db, READER, { scope: { outlet: "Nobody" } }),
      ],
      ["coverage: unlinked matches, one outlet", () => countDismissedMatches(db, READER, { outlet: "Reuters" })],
      ["coverage: figures and sources (getNewsroomCoverage)", () => getNewsroomCoverage(db, READER, {})],
      ["coverage: the same, one status", () => getNewsroomCoverage(db, READER, { status: "false" })],
      ["coverage page: every read", () => readNewsroomCoveragePage(db, READER, {})],
      ["coverage page, one outlet: every read", () => readNewsroomCoveragePage(db, READER, { outlet: "Reuters" })],
      [
        `review page of a ${largest.claims}-claim article: every read`,
        () => readReviewPage(db, READER, { articleId: largest.id, cards: 41 }),
      ],
    ];
    const lines: string[] = [];
    for (const [what, read] of reads) {
      const ms: number[] = [];
      for (let i = 0; i <= RUNS; i++) {
        const start = performance.now();
        await read();
        if (i > 0) ms.push(performance.now() - start);
      }
      lines.push(`${what}: p50 ${percentile(ms, 50).toFixed(0)} ms (max ${Math.max(...ms).toFixed(0)})`);
    }
    return lines.join("\n");
  } finally {
    await db.$disconnect();
  }
}

async function largestArticle(db: Db): Promise<{ id: string; claims: number }> {
  const [row] = await db.claim.groupBy({
    by: ["articleId"],
    where: { deletedAt: null },
    _count: { _all: true },
    orderBy: { _count: { articleId: "desc" } },
    take: 1,
  });
  if (!row) throw new Error("the archive holds no claims");
  return { id: row.articleId, claims: row._count._all };
}

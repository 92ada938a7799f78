/**
 * `npx tsx scripts/bench/review-render.ts` (PostgreSQL: with TEST_DATABASE_URL=postgresql://…/postgres): the review
 * page of one 527-claim article, rendered 30 times by the production build (`npm run build` first), signed in.
 * Prints the HTML size and p50 / p95. The full `npm run bench` measures the same page on a 10k-article archive; this
 * one answers "did my change make the review page faster?" in a minute, on an empty database.
 */
import { readFileSync } from "node:fs";
import { createTestDb } from "@/test/support/test-db";
import { benchReviewArticle, timeRenders } from "./app-bench";
import { startBenchServer } from "./bench-server";
import { percentile } from "./stats";

const seed = readFileSync(new URL("../../test/fixtures/articles/de-suedkorea-truppen.txt", import.meta.url), "utf8");
const t = await createTestDb();
try {
  const review = await benchReviewArticle(t, seed);
  const server = await startBenchServer(t.url, 3300);
  try {
    const page = await fetch(`${server.base}/articles/${review.articleId}`, { headers: { cookie: server.cookie } });
    const kb = (await page.text()).length / 1024;
    const times = await timeRenders(server, `/articles/${review.articleId}`, "claim-card");
    console.log(
      `${t.provider}: review page of ${review.claims} claims, ${kb.toFixed(0)} KB of HTML, ` +
        `p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms`,
    );
  } finally {
    server.stop();
  }
} finally {
  await t.drop();
}

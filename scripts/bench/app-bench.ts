import { ingestArticle } from "@/lib/articles/ingest-article";
import { scheduleArticleMatching } from "@/lib/claims/match-queue";
import type { TestDb } from "@/test/support/test-db";
import { benchPort, startBenchServer, type BenchServer } from "./bench-server";
import { timeKeypress } from "./keypress-bench";
import { percentile } from "./stats";
import { buildCorpus } from "./build-corpus";
import { OPERATOR } from "@/lib/auth/permissions";

const INGEST_RUNS = 15;
const RENDER_RUNS = 30;
const MAX_BYTES = 5 * 1024 * 1024;

export interface AppBenchRow {
  database: string;
  ingestP50: number;
  ingestP95: number;
  renderP50: number;
  renderP95: number;
  claimsRendered: number;
  listP50: number;
  listP95: number;
  claimsPageP50: number;
  claimsPageP95: number;
  coveragePageP50: number;
  coveragePageP95: number;
  serverPeakMb: number;
  /** Keypress (j) to the next frame painted with the new selection, on a 1,000-claim article; SQLite run only. */
  keyP50?: number;
  keyP95?: number;
  keyClaims?: number;
}

/** Unique articles of about `words` words made from the seed paragraphs (numbers and names varied per copy). */
export function articleOfWords(seed: string, words: number, salt: number): string {
  const paragraphs = buildCorpus([seed], words * 8).flatMap((a, i) =>
    a.text
      .split("\n")
      .slice(1, -3)
      .map((p) => p.replace(/\.?$/, ` (Meldung ${salt}-${i}).`)),
  );
  const out: string[] = [];
  let count = 0;
  for (const p of paragraphs) {
    if (count >= words) break;
    out.push(p);
    count += p.split(/\s+/).length;
  }
  return out.join("\n");
}

/**
 * On the archive `t` (already filled): ingest of 5,000-word articles into it, then the production server's render of
 * the article list, a 500-claim review page, the filtered claims list and the newsroom coverage page, keypress to
 * paint on a 1,000-claim article (SQLite run), and the server's peak memory over all of it.
 */
export async function benchApp(t: TestDb, seed: string, database: string): Promise<AppBenchRow> {
  const ingestMs: number[] = [];
  for (let i = 0; i < INGEST_RUNS + 1; i++) {
    const body = articleOfWords(seed, 5000, i);
    const start = performance.now();
    const result = await ingestArticle(
      t.db,
      OPERATOR,
      { title: `Bench ${i}`, body, language: "de" },
      // As the web ingests: the person has their page when the article is stored; matching follows.
      { maxBytes: MAX_BYTES, matching: "background" },
    );
    if (result.status !== "created") throw new Error("bench article was not new");
    if (i > 0) ingestMs.push(performance.now() - start); // the first run warms the JIT and connection pool
    // Measured on its own (match-bench.ts): not left to run into the next ingest's time.
    await scheduleArticleMatching(t.db, result.articleId);
  }
  const review = await benchReviewArticle(t, seed);
  const keyboard = await ingestWithClaims(t, seed, 21_000, 1000);
  const server = await startBenchServer(t.url, await benchPort());
  try {
    const page = (path: string, mark: string) => timeRenders(server, path, mark);
    const render = await page(`/articles/${review.articleId}`, "claim-card");
    const list = await page("/", `class="data"`);
    const claimsPage = await page("/claims?status=false", `class="data"`);
    const coverage = await timeRenders(server, "/coverage", "<h1", 5);
    const key = database === "SQLite" ? await timeKeypress(server, keyboard.articleId) : {};
    return {
      database,
      ingestP50: percentile(ingestMs, 50),
      ingestP95: percentile(ingestMs, 95),
      renderP50: percentile(render, 50),
      renderP95: percentile(render, 95),
      claimsRendered: review.claims,
      listP50: percentile(list, 50),
      listP95: percentile(list, 95),
      claimsPageP50: percentile(claimsPage, 50),
      claimsPageP95: percentile(claimsPage, 95),
      coveragePageP50: percentile(coverage, 50),
      coveragePageP95: percentile(coverage, 95),
      serverPeakMb: server.peakMemoryMb(),
      ...key,
    };
  } finally {
    server.stop();
  }
}

/** The article whose review page is measured: about 500 claims. */
export const benchReviewArticle = (t: TestDb, seed: string) => ingestWithClaims(t, seed, 11_000, 500);

/** Ingests an article long enough for at least `claims` claims. */
async function ingestWithClaims(t: TestDb, seed: string, words: number, claims: number) {
  const r = await ingestArticle(
    t.db,
    OPERATOR,
    { title: `Bench ${claims}`, body: articleOfWords(seed, words, words), language: "de" },
    { maxBytes: MAX_BYTES },
  );
  const n = await t.db.claim.count({ where: { articleId: r.articleId } });
  if (n < claims) throw new Error(`the ${claims}-claim article has only ${n} claims`);
  return { articleId: r.articleId, claims: n };
}

/** Times full server renders of a page, signed in (a redirect to /login would measure the wrong page). */
export async function timeRenders(
  server: BenchServer,
  path: string,
  mark: string,
  runs = RENDER_RUNS,
): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs + 3; i++) {
    const start = performance.now();
    const response = await fetch(`${server.base}${path}`, { headers: { cookie: server.cookie }, redirect: "manual" });
    const html = await response.text();
    if (response.status !== 200 || !html.includes(mark)) throw new Error(`${path} returned ${response.status}`);
    if (i >= 3) times.push(performance.now() - start);
  }
  return times;
}

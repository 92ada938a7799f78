import { ingestArticle } from "@/lib/articles/ingest-article";
import { seedBuiltinSources } from "@/lib/sources/seed-builtin-sources";
import { createTestDb, type TestDb } from "@/test/support/test-db";
import { startBenchServer } from "./bench-server";
import { buildCorpus } from "./build-corpus";

const INGEST_RUNS = 15;
const RENDER_RUNS = 30;
const MAX_BYTES = 5 * 1024 * 1024;
const PORT = 3200;

export interface AppBenchRow {
  database: string;
  ingestP50: number;
  ingestP95: number;
  renderP50: number;
  renderP95: number;
  claimsRendered: number;
}

export const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};

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

/** Ingest and article-page render timings on one database (a fresh, migrated one). */
export async function benchApp(seed: string, database: string): Promise<AppBenchRow> {
  const t: TestDb = await createTestDb();
  try {
    await seedBuiltinSources(t.db);
    const ingestMs: number[] = [];
    for (let i = 0; i < INGEST_RUNS + 1; i++) {
      const body = articleOfWords(seed, 5000, i);
      const start = performance.now();
      const result = await ingestArticle(
        t.db,
        { title: `Bench ${i}`, body, language: "de" },
        { maxBytes: MAX_BYTES, actor: "operator" },
      );
      if (result.status !== "created") throw new Error("bench article was not new");
      if (i > 0) ingestMs.push(performance.now() - start); // the first run warms the JIT and connection pool
    }
    // An article with at least 500 claims for the render measurement.
    const big = await ingestArticle(
      t.db,
      { title: "Bench 500", body: articleOfWords(seed, 11_000, 999), language: "de" },
      { maxBytes: MAX_BYTES, actor: "operator" },
    );
    const claimsRendered = await t.db.claim.count({ where: { articleId: big.articleId } });
    if (claimsRendered < 500) throw new Error(`the render article has only ${claimsRendered} claims`);
    const renderMs = await timeRenders(t.url, `/articles/${big.articleId}`);
    return {
      database,
      ingestP50: percentile(ingestMs, 50),
      ingestP95: percentile(ingestMs, 95),
      renderP50: percentile(renderMs, 50),
      renderP95: percentile(renderMs, 95),
      claimsRendered,
    };
  } finally {
    await t.drop();
  }
}

/** Times full server renders of the page, signed in (a redirect to /login would measure the wrong page). */
async function timeRenders(databaseUrl: string, path: string): Promise<number[]> {
  const server = await startBenchServer(databaseUrl, PORT);
  try {
    const times: number[] = [];
    for (let i = 0; i < RENDER_RUNS + 3; i++) {
      const start = performance.now();
      const response = await fetch(`${server.base}${path}`, { headers: { cookie: server.cookie }, redirect: "manual" });
      const html = await response.text();
      if (response.status !== 200 || !html.includes("claim-card"))
        throw new Error(`render returned ${response.status}`);
      if (i >= 3) times.push(performance.now() - start);
    }
    return times;
  } finally {
    server.stop();
  }
}

import { createHash, randomUUID } from "node:crypto";
import { chromium } from "playwright-core";
import { ingestArticle } from "@/lib/articles/ingest-article";
import type { Actor } from "@/lib/auth/permissions";
import { CLAIM_STATUSES } from "@/lib/claims/claim-status";
import { searchClaims, type ClaimFilter } from "@/lib/claims/search-claims";
import { setClaimStatus } from "@/lib/claims/set-claim-status";
import { getNewsroomCoverage } from "@/lib/coverage/get-newsroom-coverage";
import type { Db } from "@/lib/db/client";
import { seedBuiltinSources } from "@/lib/sources/seed-builtin-sources";
import { createTestDb } from "@/test/support/test-db";
import { articleOfWords, percentile } from "./app-bench";
import { startBenchServer } from "./bench-server";

const TARGET_CLAIMS = 100_000;
const MAX_BYTES = 5 * 1024 * 1024;
const PORT = 3201;

export interface ReviewBenchRow {
  database: string;
  claims: number;
  statusP50: number;
  statusP95: number;
  filterP50: number;
  filterP95: number;
  searchP50: number;
  searchP95: number;
  /** Newsroom coverage over every claim, and over one status. */
  coverageAllP50: number;
  coverageAllP95: number;
  coverageFalseP50: number;
  coverageFalseP95: number;
  /** Keypress (j) to the next frame painted with the new selection, on a 1,000-claim article; SQLite run only. */
  keyP50?: number;
  keyP95?: number;
  keyClaims?: number;
}

/** Runs `fn` after three warm-up runs; a number it returns is its own measurement (setup left out). */
const time = async (runs: number, fn: (i: number) => Promise<unknown>) => {
  const ms: number[] = [];
  for (let i = 0; i < runs + 3; i++) {
    const start = performance.now();
    const measured = await fn(i);
    if (i >= 3) ms.push(typeof measured === "number" ? measured : performance.now() - start);
  }
  return { p50: percentile(ms, 50), p95: percentile(ms, 95) };
};

/**
 * Fills the database to 100k claims: real extractions of a few generated articles, then copies of their claims and
 * citations under new articles (statuses spread over all eight), written in batches.
 */
export async function fillTo100k(db: Db, seed: string): Promise<void> {
  const templates: string[] = [];
  for (let i = 0; i < 4; i++) {
    const r = await ingestArticle(
      db,
      { title: `Template ${i}`, body: articleOfWords(seed, 5000, 500 + i), language: "de" },
      { maxBytes: MAX_BYTES, actor: "operator" },
    );
    templates.push(r.articleId);
  }
  const claims = await db.claim.findMany({ where: { articleId: { in: templates } }, include: { citations: true } });
  const body = (await db.article.findUniqueOrThrow({ where: { id: templates[0]! } })).body;
  for (let copy = 0; (await db.claim.count()) < TARGET_CLAIMS; copy++) {
    const article = await db.article.create({
      data: {
        title: `Bench copy ${copy}`,
        body,
        language: "de",
        contentHash: createHash("sha256").update(`${copy}:${body}`).digest("hex"),
        extractorVersion: "bench",
      },
    });
    const rows = claims.map((c, i) => ({ ...c, id: randomUUID(), status: CLAIM_STATUSES[(copy + i) % 8]! }));
    await db.claim.createMany({
      data: rows.map(({ citations: _c, ...c }) => ({ ...c, articleId: article.id, createdAt: new Date() })),
    });
    await db.citation.createMany({
      data: rows.flatMap((c) => c.citations.map(({ id: _id, ...x }) => ({ ...x, id: randomUUID(), claimId: c.id }))),
    });
  }
}

/**
 * Status change, filtered list, text search and newsroom coverage timings over 100k claims; on SQLite also
 * keypress-to-paint.
 */
export async function benchReview(seed: string, database: string): Promise<ReviewBenchRow> {
  const t = await createTestDb();
  try {
    await seedBuiltinSources(t.db);
    const big = await ingestArticle(
      t.db,
      { title: "Bench 1000", body: articleOfWords(seed, 21_000, 9_000), language: "de" },
      { maxBytes: MAX_BYTES, actor: "operator" },
    );
    await fillTo100k(t.db, seed);
    const claims = await t.db.claim.count();
    // The browser measurement first: it adds the first account (an admin) through the CLI, which needs an empty table.
    const key = database === "SQLite" && big.status === "created" ? await timeKeypress(t.url, big.articleId) : {};
    const user = await t.db.user.create({ data: { email: "rev@bench.test", name: "Reviewer", role: "factchecker" } });
    const actor: Actor = { ...user, role: "factchecker" };
    const ids = (await t.db.claim.findMany({ select: { id: true }, take: 5000, skip: 7 })).map((c) => c.id);
    const status = await time(200, async (i) => {
      const id = ids[(i * 37) % ids.length]!;
      const { version } = await t.db.claim.findUniqueOrThrow({ where: { id }, select: { version: true } });
      const start = performance.now();
      await setClaimStatus(t.db, actor, id, { status: CLAIM_STATUSES[i % 8]!, version });
      return performance.now() - start;
    });
    const ap = await t.db.source.findFirstOrThrow({ where: { name: "Associated Press" } });
    const filters: ClaimFilter[] = [
      { status: "false" },
      { status: "unverified", sourcing: "single" },
      { sourcing: "none", hedged: "yes" },
      { sourceId: ap.id },
      { kind: "opinion", assignee: "none" },
      { status: "in_progress", page: 20 },
    ];
    const filter = await time(120, (i) => searchClaims(t.db, actor, filters[i % filters.length]!));
    const words = ["Pjöngjang", "botschafter", "Soldaten", "Meldung 503-2", "Zugang zum Pazifik", "kein Treffer xyz"];
    const search = await time(60, (i) => searchClaims(t.db, actor, { q: words[i % words.length]! }));
    const coverageAll = await time(5, () => getNewsroomCoverage(t.db, actor, {}));
    const coverageFalse = await time(20, () => getNewsroomCoverage(t.db, actor, { status: "false" }));
    const row: ReviewBenchRow = {
      coverageAllP50: coverageAll.p50,
      coverageAllP95: coverageAll.p95,
      coverageFalseP50: coverageFalse.p50,
      coverageFalseP95: coverageFalse.p95,
      database,
      claims,
      statusP50: status.p50,
      statusP95: status.p95,
      filterP50: filter.p50,
      filterP95: filter.p95,
      searchP50: search.p50,
      searchP95: search.p95,
    };
    return { ...row, ...key };
  } finally {
    await t.drop();
  }
}

/**
 * Opens the review page of the 1,000-claim article in Chromium and presses j 60 times: from the key event to the
 * first frame painted after the selection moved (requestAnimationFrame after the aria-current change, then one more
 * frame, the paint).
 */
async function timeKeypress(databaseUrl: string, articleId: string) {
  const server = await startBenchServer(databaseUrl, PORT);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" });
  try {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    await context.addCookies(
      server.cookie.split("; ").map((pair) => {
        const [name = "", value = ""] = pair.split("=");
        return { name, value, url: server.base };
      }),
    );
    const page = await context.newPage();
    await page.goto(`${server.base}/articles/${articleId}`, { timeout: 120_000 });
    const keyClaims = await page.locator(".claim-card").count();
    // Keys do nothing until the page is interactive: press j until a claim is selected, then measure.
    for (let i = 0; i < 300 && !(await page.locator(".claim-card[aria-current='true']").count()); i++) {
      await page.keyboard.press("j");
      await page.waitForTimeout(100);
    }
    await page.evaluate(() => {
      const w = window as unknown as { keyTimes: number[]; pending?: number };
      w.keyTimes = [];
      window.addEventListener("keydown", (e) => (w.pending = e.timeStamp), { capture: true });
      new MutationObserver(() => {
        if (w.pending === undefined) return;
        const from = w.pending;
        w.pending = undefined;
        requestAnimationFrame(() => requestAnimationFrame(() => w.keyTimes.push(performance.now() - from)));
      }).observe(document.body, { attributes: true, attributeFilter: ["aria-current"], subtree: true });
    });
    for (let i = 0; i < 63; i++) {
      await page.keyboard.press("j");
      await page.waitForTimeout(50);
    }
    const times = (await page.evaluate(() => (window as unknown as { keyTimes: number[] }).keyTimes)).slice(3);
    if (times.length < 30) throw new Error(`only ${times.length} key presses moved the selection`);
    return { keyP50: percentile(times, 50), keyP95: percentile(times, 95), keyClaims };
  } finally {
    await browser.close();
    server.stop();
  }
}

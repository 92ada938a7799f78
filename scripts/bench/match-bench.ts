import { OPERATOR } from "@/lib/auth/permissions";
import { matchArticle } from "@/lib/claims/match-article";
import { rematchClaims } from "@/lib/claims/rematch-claims";
import type { Db } from "@/lib/db/client";
import { percentile } from "./stats";
import { syntheticArticle } from "./synthetic-corpus";

const RUNS = 20;
/**
 * Runs not timed, before the timed ones: an article's matching now runs on both worker threads (keys, ranking), and
 * each compiles that code in its first jobs, as a server does in its first minutes. `--matching-on` (a process that
 * did nothing before) prints the first run's time beside the percentiles: a server just started.
 */
const WARM_UPS = 3;
const REKEYED = 20_000;

export interface MatchBenchRow {
  /** Matching a new 5,000-word article's claims against the archive, without storing it. */
  matchP50: number;
  matchP95: number;
  claimsPerArticle: number;
  /** Of those claims, how many were seen before (found a match), on average. */
  seenPerArticle: number;
  /**
   * `claims rematch` after REKEYED claims lost their keys (as after a lexicon change): walking every claim, keying
   * those, matching their articles anew.
   */
  rematchSeconds: number;
  rematchWalked: number;
  rematchArticles: number;
}

/**
 * A new article of about 5,000 words of the archive's own news (so its claims meet thousands of look-alikes, the hard
 * case for candidate lookup): synthetic articles of another seed, joined until long enough, German and English.
 */
export function newArticleOfWords(words: number, n: number): { body: string; language: "de" | "en" } {
  const language = n % 2 === 0 ? "de" : "en";
  const parts: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const article = syntheticArticle(991, n * 1000 + i);
    if (article.language !== language) continue;
    parts.push(article.body);
    count += article.body.split(/\s+/).length;
  }
  return { body: parts.join("\n\n"), language };
}

/** On the filled archive: matchArticle for RUNS new 5,000-word articles, then a rematch of REKEYED claims. */
export async function benchMatching(db: Db): Promise<MatchBenchRow> {
  const { times, claims, seen } = await timeMatches(db);
  const old = await db.claim.findMany({ select: { id: true }, orderBy: { id: "asc" }, take: REKEYED });
  for (let i = 0; i < old.length; i += 500)
    await db.claim.updateMany({
      where: { id: { in: old.slice(i, i + 500).map((c) => c.id) } },
      data: { matchKey: "" },
    });
  const started = performance.now();
  const rematch = await rematchClaims(db, OPERATOR);
  const rematchSeconds = (performance.now() - started) / 1000;
  return {
    matchP50: percentile(times, 50),
    matchP95: percentile(times, 95),
    claimsPerArticle: Math.round(claims / RUNS),
    seenPerArticle: Math.round(seen / RUNS),
    rematchSeconds,
    rematchWalked: rematch.claims,
    rematchArticles: rematch.articlesLinked,
  };
}

/** matchArticle for RUNS new 5,000-word articles after WARM_UPS others: the times, the first's, claims found and seen. */
async function timeMatches(db: Db) {
  const times: number[] = [];
  let cold = 0;
  let claims = 0;
  let seen = 0;
  for (let n = 0; n < WARM_UPS + RUNS; n++) {
    const article = newArticleOfWords(5000, n);
    const started = performance.now();
    const result = await matchArticle(db, OPERATOR, article);
    const ms = performance.now() - started;
    if (n === 0) cold = ms;
    if (n < WARM_UPS) continue;
    times.push(ms);
    claims += result.claims.length;
    seen += result.claims.filter((c) => c.matches.length > 0).length;
  }
  return { times, cold, claims, seen };
}

/**
 * `npm run bench -- --matching-on DATABASE_URL`: only the match times, on an archive kept from an earlier run (its
 * keys current: `claims rematch` first after a lexicon change), reading only.
 */
export async function benchMatchingOn(url: string): Promise<string> {
  const { createDb } = await import("@/lib/db/client");
  const db = createDb(url);
  try {
    const { times, cold, claims, seen } = await timeMatches(db);
    return (
      `${await db.claim.count()} claims: match a new 5,000-word article (${Math.round(claims / RUNS)} claims, ` +
      `${Math.round(seen / RUNS)} seen before) p50 ${percentile(times, 50).toFixed(0)} ms, p95 ` +
      `${percentile(times, 95).toFixed(0)} ms (first after start ${cold.toFixed(0)} ms); ` +
      `runs ${times.map((t) => t.toFixed(0)).join(" ")}`
    );
  } finally {
    await db.$disconnect();
  }
}

/**
 * `npm run bench -- --keep-archive N`: an archive of N synthetic articles (TEST_DATABASE_URL picks the engine, as for
 * the tests), kept for `--search-on` and `--matching-on`; prints its URL. About half an hour for 10,000 articles. On
 * PostgreSQL it is renamed claimtrack_kept_…, which no test run drops (remove it with DROP DATABASE when done).
 */
export async function keepArchive(n: number): Promise<string> {
  const { createTestDb, keepPostgresTestDb } = await import("@/test/support/test-db");
  const { seedBuiltinSources } = await import("@/lib/sources/seed-builtin-sources");
  const { seedCorpus, spreadStatuses } = await import("./corpus-bench");
  const t = await createTestDb();
  await seedBuiltinSources(t.db);
  const corpus = await seedCorpus(t, n, t.provider);
  await spreadStatuses(t.db);
  await t.db.$disconnect();
  const url = t.provider === "postgresql" ? await keepPostgresTestDb(t.url) : t.url;
  return `${corpus.articles} articles, ${corpus.claims} claims kept at ${url}`;
}

/** `npm run bench -- --matching N`: only the matching measures, on an archive of N synthetic articles, dropped after. */
export async function benchMatchingOnly(n: number, database: string): Promise<string> {
  const { createTestDb } = await import("@/test/support/test-db");
  const { seedBuiltinSources } = await import("@/lib/sources/seed-builtin-sources");
  const { seedCorpus } = await import("./corpus-bench");
  const t = await createTestDb();
  try {
    await seedBuiltinSources(t.db);
    const corpus = await seedCorpus(t, n, database);
    const m = await benchMatching(t.db);
    return (
      `${database}, ${corpus.claims} claims: match a new 5,000-word article (${m.claimsPerArticle} claims, ` +
      `${m.seenPerArticle} seen before) p50 ${m.matchP50.toFixed(0)} ms, p95 ${m.matchP95.toFixed(0)} ms; ` +
      `rematch ${m.rematchWalked} claims walked, 20k keyed and ${m.rematchArticles} articles matched anew in ` +
      `${m.rematchSeconds.toFixed(1)} s`
    );
  } finally {
    await t.drop();
  }
}

import { OPERATOR } from "@/lib/auth/permissions";
import { matchArticle } from "@/lib/claims/match-article";
import { rematchClaims } from "@/lib/claims/rematch-claims";
import type { Db } from "@/lib/db/client";
import { percentile } from "./stats";
import { syntheticArticle } from "./synthetic-corpus";

const RUNS = 10;
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
  const times: number[] = [];
  let claims = 0;
  let seen = 0;
  for (let n = 0; n <= RUNS; n++) {
    const article = newArticleOfWords(5000, n);
    const started = performance.now();
    const result = await matchArticle(db, OPERATOR, article);
    // The first run warms the JIT, the worker thread and the word counts' cache.
    if (n === 0) continue;
    times.push(performance.now() - started);
    claims += result.claims.length;
    seen += result.claims.filter((c) => c.matches.length > 0).length;
  }
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

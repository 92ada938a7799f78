import { setImmediate } from "node:timers/promises";
import type { Db } from "@/lib/db/client";
import { describeLink } from "@/lib/matching/align-story";
import type { ClaimMatch } from "@/lib/matching/compare-claims";
import type { ClaimForMatching, MatchKey, MatchLanguage } from "@/lib/matching/match-key";
import { parseKey, type StoredMatchFields } from "@/lib/matching/match-terms";
import { rankStoredCandidates, type StoredCandidates, type StoredMatch } from "@/lib/matching/rank-matches";
import type { ClaimMatchView } from "./claim-match-schemas";
import { isVerdict, toClaimStatus } from "./claim-status";
import { alignWithStory } from "./align-with-story";
import { candidateMemo, findMatchCandidates, type MatchCandidate } from "./match-candidates";
import { offThread } from "./matching-off-thread";
import { verdictsCarriedOver, type VerdictOrigin } from "./verdicts-carried-over";

export { parseKey };

/** At most this many matches per claim: a desk reads the best few, and a verdict comes from the closest. */
export const MATCHES_PER_CLAIM = 5;

/**
 * Up to this many claims are ranked (and keyed) on the caller's thread: a claim's own matches, an edit's few claims.
 * More go to the worker threads, RANKED_PER_JOB at a time and at most JOBS_AHEAD parts at once, so another person's
 * extraction waits behind a few short parts at most.
 */
export const IN_PLACE = 8;
const RANKED_PER_JOB = 64;
/** Parts of one article on the worker threads at once: one per worker (lib/input/run-off-thread.ts has two). */
const JOBS_AHEAD = 2;

/**
 * For each key, the stored claims of other articles that state the same thing, best first, at most `limit`. The
 * archive is read through its text search index (findMatchCandidates), a few lookups per key. The ranking of an
 * article's claims, which grows with its claims and their candidates, runs on the worker threads (lib/input): the web
 * server matches an article after answering, and its requests must not wait between the statements. Part by part:
 * while the workers rank one part's candidates, the next part's are looked up, so the two overlap.
 */
export async function rankAgainstArchive(
  db: Db,
  keys: MatchKey[],
  excludeArticleId?: string,
  limit = MATCHES_PER_CLAIM,
): Promise<StoredMatch[][]> {
  if (keys.length <= IN_PLACE)
    return rankStoredCandidates(keys, candidatesOf(await findMatchCandidates(db, keys, excludeArticleId)), limit);
  const parts = Array.from(
    { length: Math.ceil(keys.length / RANKED_PER_JOB) },
    (_, i) => async () => keys.slice(i * RANKED_PER_JOB, (i + 1) * RANKED_PER_JOB),
  );
  return rankInParts(db, parts, excludeArticleId, limit);
}

/**
 * The ranking of keys that come part by part (`keyParts[i]()` keys part i, on a worker thread when the claims are
 * not keyed yet): each part's candidates are looked up as soon as its keys are there, and ranked on a worker thread
 * while the next part's are looked up, so keying, looking up and ranking overlap. The next part's keys are asked for
 * before this part is looked up, and a part waits for the ranking of the one JOBS_AHEAD before it: the workers are
 * never handed the whole article at once.
 */
async function rankInParts(
  db: Db,
  keyParts: (() => Promise<MatchKey[]>)[],
  excludeArticleId: string | undefined,
  limit: number,
): Promise<StoredMatch[][]> {
  const memo = candidateMemo();
  const ranked: Promise<StoredMatch[][]>[] = [];
  // Each is awaited in turn: one refused while an earlier part is looked up must not count as one nobody handles.
  const keying = (i: number) => {
    const keys = keyParts[i]!();
    keys.catch(() => undefined);
    return keys;
  };
  let next = keyParts.length > 0 ? keying(0) : null;
  for (let i = 0; next; i++) {
    const part = await next;
    next = i + 1 < keyParts.length ? keying(i + 1) : null;
    if (ranked.length >= JOBS_AHEAD) await ranked[ranked.length - JOBS_AHEAD];
    // A lookup that fails leaves at most the parts already ranking and the next part's keys to finish unread.
    const found = await findMatchCandidates(db, part, excludeArticleId, memo);
    const rankedPart = offThread<StoredMatch[][]>({ kind: "rank", keys: part, candidates: candidatesOf(found), limit });
    // Awaited below, after the next parts' lookups: a refusal meanwhile must not count as one nobody handles.
    rankedPart.catch(() => undefined);
    // Let the event loop turn: the workers' answers (and the jobs queued behind them) wait for it, and SQLite's
    // lookups, synchronous under their promises, would otherwise hold it until the last part.
    await setImmediate();
    ranked.push(rankedPart);
  }
  return (await Promise.all(ranked)).flat();
}

/** Candidates as the ranking takes them: each stored claim once, however many of the keys it is a candidate for. */
function candidatesOf(found: MatchCandidate[][]): StoredCandidates {
  const stored = new Map(found.flat().map((c) => [c.id, c.matchKey]));
  return { stored: [...stored], perKey: found.map((list) => list.map((c) => c.id)) };
}

/**
 * rankAgainstArchive with what a desk shows of each match: the claim's status and verdict, its article, the reasons
 * and both claims' figures (the details in one query for all).
 */
export async function matchAgainstArchive(
  db: Db,
  keys: MatchKey[],
  excludeArticleId?: string,
  limit = MATCHES_PER_CLAIM,
  language: MatchLanguage = "en",
): Promise<ClaimMatchView[][]> {
  return describeMatches(db, keys, await rankAgainstArchive(db, keys, excludeArticleId, limit), language);
}

/**
 * matchAgainstArchive for claims not keyed yet (an article matched without storing it): keyed on the worker threads
 * part by part, each part looked up as soon as its keys are there.
 */
export async function matchClaimsAgainstArchive(
  db: Db,
  claims: ClaimForMatching[],
  language: MatchLanguage = "en",
): Promise<ClaimMatchView[][]> {
  const keys: MatchKey[][] = [];
  const keyParts = Array.from({ length: Math.ceil(claims.length / RANKED_PER_JOB) }, (_, i) => async () => {
    const part = claims.slice(i * RANKED_PER_JOB, (i + 1) * RANKED_PER_JOB);
    const fields = await offThread<StoredMatchFields[]>({ kind: "key", claims: part });
    return (keys[i] = fields.map((f) => parseKey(f.matchKey)!));
  });
  const ranked = await rankInParts(db, keyParts, undefined, MATCHES_PER_CLAIM);
  // And, as the stored links would hold them, the closest claims of other reports of the article's story.
  const keyed = keys.flat().map((key, i) => ({ id: `${NOT_STORED}${i}`, key }));
  const { links } = await alignWithStory(db, NOT_STORED, keyed, ranked);
  for (const { claimId, otherId, match } of links)
    ranked[Number(claimId.slice(NOT_STORED.length))]!.push({ id: otherId, match, inStory: true });
  // As the stored links are listed: the rules' matches first, MATCHES_PER_CLAIM in all.
  const listed = ranked.map((matches) => matches.slice(0, MATCHES_PER_CLAIM));
  return describeMatches(db, keys.flat(), listed, language);
}

/** The ids a claim matched without storing it stands under while its article's story is aligned. */
const NOT_STORED = "not-stored:";

/** Ranked matches with their claims' details, described in the reader's language. */
async function describeMatches(
  db: Db,
  keys: MatchKey[],
  ranked: StoredMatch[][],
  language: MatchLanguage,
): Promise<ClaimMatchView[][]> {
  const ids = [...new Set(ranked.flat().map((r) => r.id))];
  const details = new Map(
    (
      await db.claim.findMany({
        where: { id: { in: ids } },
        select: {
          id: true,
          text: true,
          status: true,
          statusReason: true,
          matchKey: true,
          article: { select: MATCH_ARTICLE_FIELDS },
        },
      })
    ).map((c) => [c.id, c]),
  );
  const carried = await verdictsCarriedOver(db, [...details.values()]);
  return ranked.map((matches, i) =>
    matches.flatMap(({ id, match, inStory }) => {
      const claim = details.get(id);
      if (!claim) return [];
      // Ranked in English (on the worker thread): described again, the few shown, in the reader's language.
      const other = language === "en" ? null : parseKey(claim.matchKey);
      const described =
        other && describeLink(keys[i]!, other, { inStory: Boolean(inStory), score: match.score }, language);
      return [matchView(claim, described || match, carried.get(id), inStory)];
    }),
  );
}

/** What a match shows of the other claim's article (ClaimMatchResponseSchema's `article`). */
export const MATCH_ARTICLE_FIELDS = {
  id: true,
  title: true,
  outlet: true,
  url: true,
  language: true,
  publishedAt: true,
  createdAt: true,
} as const;

/** A matching claim as the API, the card and the command line show it. */
export function matchView(
  claim: { id: string; text: string; status: string; statusReason: string | null; article: ClaimMatchView["article"] },
  match: ClaimMatch,
  reasonFrom?: VerdictOrigin,
  inStory = false,
): ClaimMatchView {
  const status = toClaimStatus(claim.status);
  return {
    claimId: claim.id,
    text: claim.text,
    status,
    verdict: isVerdict(status) ? status : null,
    statusReason: claim.statusReason,
    reasonFrom: reasonFrom ?? null,
    article: claim.article,
    score: match.score,
    reasons: match.reasons,
    same: match.same,
    figures: match.figures.map((f) => ({ kind: f.unitClass, here: f.a, there: f.b, disagree: f.disagree })),
    figuresDisagree: match.figuresDisagree,
    inStory,
  };
}

import type { Db } from "@/lib/db/client";
import { compareClaims, type ClaimMatch } from "@/lib/matching/compare-claims";
import type { MatchKey, MatchLanguage } from "@/lib/matching/match-key";
import { parseKey } from "@/lib/matching/match-terms";
import { rankStoredCandidates, type StoredMatch } from "@/lib/matching/rank-matches";
import { AppError } from "@/lib/errors";
import type { OffThreadJob } from "@/lib/input/off-thread-protocol";
import { runOffThread } from "@/lib/input/run-off-thread";
import type { ClaimMatchView } from "./claim-match-schemas";
import { isVerdict, toClaimStatus } from "./claim-status";
import { findMatchCandidates } from "./match-candidates";

export { parseKey };

/** At most this many matches per claim: a desk reads the best few, and a verdict comes from the closest. */
export const MATCHES_PER_CLAIM = 5;

/**
 * Up to this many claims are ranked (and keyed) on the caller's thread: a claim's own matches, an edit's few claims.
 * More go to the worker thread, RANKED_PER_JOB at a time, so an ingest's extraction waits for one part at most.
 */
export const IN_PLACE = 8;
const RANKED_PER_JOB = 64;

/**
 * For each key, the stored claims of other articles that state the same thing, best first, at most `limit`. The
 * archive is read through its text search index (findMatchCandidates), a few lookups per key. The ranking of an
 * article's claims, which grows with its claims and their candidates, runs on the worker thread (lib/input): the web
 * server matches an article after answering, and its requests must not wait between the statements.
 */
export async function rankAgainstArchive(
  db: Db,
  keys: MatchKey[],
  excludeArticleId?: string,
  limit = MATCHES_PER_CLAIM,
): Promise<StoredMatch[][]> {
  const found = await findMatchCandidates(db, keys, excludeArticleId);
  // Each stored claim once, however many of the keys it is a candidate for.
  const stored = new Map(found.flat().map((c) => [c.id, c.matchKey]));
  const candidates = { stored: [...stored], perKey: found.map((list) => list.map((c) => c.id)) };
  if (keys.length <= IN_PLACE) return rankStoredCandidates(keys, candidates, limit);
  const ranked: StoredMatch[][] = [];
  for (let i = 0; i < keys.length; i += RANKED_PER_JOB) {
    const perKey = candidates.perKey.slice(i, i + RANKED_PER_JOB);
    const ids = new Set(perKey.flat());
    const part = { stored: candidates.stored.filter(([id]) => ids.has(id)), perKey };
    ranked.push(
      ...(await offThread<StoredMatch[][]>({
        kind: "rank",
        keys: keys.slice(i, i + RANKED_PER_JOB),
        candidates: part,
        limit,
      })),
    );
  }
  return ranked;
}

/**
 * Matching work on the worker thread, its refusal said as what it is: the worker's own words are about a text to
 * shorten, which is not what a person did here.
 */
export async function offThread<T>(job: OffThreadJob): Promise<T> {
  try {
    return await runOffThread<T>(job, "claims");
  } catch (error) {
    if (!(error instanceof AppError) || error.status >= 500) throw error;
    throw new AppError(
      "unprocessable",
      "Matching these claims against the archive did not finish in time. Try again later; if it keeps failing, " +
        "split the article into parts.",
      "claims",
      error.reason,
    );
  }
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
  const ranked = await rankAgainstArchive(db, keys, excludeArticleId, limit);
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
          article: { select: { id: true, title: true, outlet: true, url: true, language: true, publishedAt: true } },
        },
      })
    ).map((c) => [c.id, c]),
  );
  return ranked.map((matches, i) =>
    matches.flatMap(({ id, match }) => {
      const claim = details.get(id);
      if (!claim) return [];
      // Ranked in English (on the worker thread): described again, the few shown, in the reader's language.
      const other = language === "en" ? null : parseKey(claim.matchKey);
      return [matchView(claim, (other && compareClaims(keys[i]!, other, language)) || match)];
    }),
  );
}

/** A matching claim as the API, the card and the command line show it. */
export function matchView(
  claim: { id: string; text: string; status: string; statusReason: string | null; article: ClaimMatchView["article"] },
  match: ClaimMatch,
): ClaimMatchView {
  const status = toClaimStatus(claim.status);
  return {
    claimId: claim.id,
    text: claim.text,
    status,
    verdict: isVerdict(status) ? status : null,
    statusReason: claim.statusReason,
    article: claim.article,
    score: match.score,
    reasons: match.reasons,
    same: match.same,
    figures: match.figures.map((f) => ({ kind: f.unitClass, here: f.a, there: f.b, disagree: f.disagree })),
    figuresDisagree: match.figuresDisagree,
  };
}

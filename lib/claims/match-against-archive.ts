import type { Db } from "@/lib/db/client";
import type { ClaimMatch } from "@/lib/matching/compare-claims";
import type { MatchKey } from "@/lib/matching/match-key";
import { rankMatches, type RankedMatch } from "@/lib/matching/rank-matches";
import type { ClaimMatchView } from "./claim-match-schemas";
import { isVerdict, toClaimStatus } from "./claim-status";
import { findMatchCandidates, type MatchCandidate } from "./match-candidates";

/** At most this many matches per claim: a desk reads the best few, and a verdict comes from the closest. */
export const MATCHES_PER_CLAIM = 5;

/** A stored claim as ranking sees it. */
export interface KeyedClaim {
  id: string;
  key: MatchKey;
}

/**
 * For each key, the stored claims of other articles that state the same thing, best first, at most `limit`. The
 * archive is read through its text search index (findMatchCandidates), a few lookups per key.
 */
export async function rankAgainstArchive(
  db: Db,
  keys: MatchKey[],
  excludeArticleId?: string,
  limit = MATCHES_PER_CLAIM,
): Promise<RankedMatch<KeyedClaim>[][]> {
  // A stored key is parsed once, however many of the keys it is a candidate for.
  const parsed = new Map<string, MatchKey | null>();
  const keyOf = (c: MatchCandidate) => {
    if (!parsed.has(c.id)) parsed.set(c.id, parseKey(c.matchKey));
    return parsed.get(c.id)!;
  };
  const candidates = await findMatchCandidates(db, keys, excludeArticleId);
  return keys.map((key, i) =>
    rankMatches(
      key,
      candidates[i]!.flatMap((c) => {
        const stored = keyOf(c);
        return stored ? [{ id: c.id, key: stored }] : [];
      }),
      limit,
    ),
  );
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
): Promise<ClaimMatchView[][]> {
  const ranked = await rankAgainstArchive(db, keys, excludeArticleId, limit);
  const ids = [...new Set(ranked.flat().map((r) => r.candidate.id))];
  const details = new Map(
    (
      await db.claim.findMany({
        where: { id: { in: ids } },
        select: {
          id: true,
          text: true,
          status: true,
          statusReason: true,
          article: { select: { id: true, title: true, outlet: true, url: true, language: true, publishedAt: true } },
        },
      })
    ).map((c) => [c.id, c]),
  );
  return ranked.map((matches) =>
    matches.flatMap(({ candidate, match }) => {
      const claim = details.get(candidate.id);
      return claim ? [matchView(claim, match)] : [];
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

/** A stored key, or null for a claim stored before matching (until `claims rematch`) or a row that is not one. */
export function parseKey(stored: string): MatchKey | null {
  if (!stored) return null;
  try {
    const key = JSON.parse(stored) as MatchKey;
    return Array.isArray(key.entities) && Array.isArray(key.words) ? key : null;
  } catch {
    return null;
  }
}

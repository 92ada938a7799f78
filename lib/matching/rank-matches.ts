import { describeMatch, scoreClaims, type ClaimMatch } from "./compare-claims";
import type { MatchKey } from "./match-key";

export interface RankedMatch<T> {
  candidate: T;
  match: ClaimMatch;
}

/**
 * The candidates that state what `key` states, best first: by score, then the order given (the database gives the
 * newest first). Every candidate is scored; only the ones kept are described. Linear in the candidates, which the
 * index lookups bound.
 */
export function rankMatches<T extends { key: MatchKey }>(
  key: MatchKey,
  candidates: T[],
  limit: number,
): RankedMatch<T>[] {
  return candidates
    .flatMap((candidate, order) => {
      const scored = scoreClaims(key, candidate.key);
      return scored ? [{ candidate, scored, order }] : [];
    })
    .sort((a, b) => b.scored.score - a.scored.score || a.order - b.order)
    .slice(0, limit)
    .map(({ candidate, scored }) => ({ candidate, match: describeMatch(key, candidate.key, scored) }));
}

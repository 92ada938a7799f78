import { compareClaims, type ClaimMatch } from "./compare-claims";
import type { MatchKey } from "./match-key";

export interface RankedMatch<T> {
  candidate: T;
  match: ClaimMatch;
}

/**
 * The candidates that state what `key` states, best first: by score, then (equal scores) the one whose figures
 * agree, then the order given (the database gives the newest first). Linear in the candidates, which the index
 * lookups bound.
 */
export function rankMatches<T extends { key: MatchKey }>(
  key: MatchKey,
  candidates: T[],
  limit: number,
): RankedMatch<T>[] {
  return candidates
    .flatMap((candidate, order) => {
      const match = compareClaims(key, candidate.key);
      return match ? [{ candidate, match, order }] : [];
    })
    .sort(
      (a, b) =>
        b.match.score - a.match.score ||
        Number(a.match.figuresDisagree) - Number(b.match.figuresDisagree) ||
        a.order - b.order,
    )
    .slice(0, limit)
    .map(({ candidate, match }) => ({ candidate, match }));
}

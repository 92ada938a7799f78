import { describeMatch, scoreClaims, type ClaimMatch } from "./compare-claims";
import type { MatchKey } from "./match-key";
import { parseKey } from "./match-terms";

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

/** A stored claim that states what a key states: its id, and how the two compare. */
export interface StoredMatch {
  id: string;
  match: ClaimMatch;
  /** Found by aligning two reports of one story (align-story.ts), not by the rules. */
  inStory?: true;
}

/** Stored claims to rank, each once (its id and stored key), and for each key the ids of its candidates. */
export interface StoredCandidates {
  stored: [id: string, matchKey: string][];
  perKey: string[][];
}

/**
 * rankMatches for many keys against stored candidates: each stored key parsed once, however many keys it is a
 * candidate for; a key that does not parse (stored before matching) is no candidate. What the worker thread runs for
 * an article's claims (lib/claims/match-against-archive.ts).
 */
export function rankStoredCandidates(
  keys: MatchKey[],
  { stored, perKey }: StoredCandidates,
  limit: number,
): StoredMatch[][] {
  const parsed = new Map(stored.map(([id, matchKey]) => [id, parseKey(matchKey)]));
  return keys.map((key, i) =>
    rankMatches(
      key,
      perKey[i]!.flatMap((id) => {
        const candidate = parsed.get(id);
        return candidate ? [{ id, key: candidate }] : [];
      }),
      limit,
    ).map(({ candidate, match }) => ({ id: candidate.id, match })),
  );
}

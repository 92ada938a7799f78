import { CONCEPTS } from "./lexicon";
import { COUNTRY_OF, matchKeyOf, type ClaimForMatching, type MatchKey } from "./match-key";

/**
 * The words a text search index keeps for a claim, so the database can find match candidates without reading every
 * claim: one plain token per thing the key names (letters and digits only, so SQLite's FTS5 and PostgreSQL's
 * "simple" parser both keep it whole). Kinds are told apart by their first letter:
 * - `e…` an entity, `c…` a concept, `u…` what a figure counts;
 * - `p…x…` an entity with an event of the same claim: two claims share one exactly when they share an entity and
 *   an event, the rule compareClaims starts from, so this is the term candidates are looked up by;
 * - `w…` a word as foldWord writes it, the same in either language ("Inflation" and "inflation", "Erdbeben" and
 *   "earthquake").
 */
export interface MatchTerms {
  /** Entity-and-event terms: a claim sharing none of them is no match unless most of its words are the same. */
  pairs: string[];
  /** The rest: entities, concepts, figure kinds. */
  things: string[];
  /**
   * The things every pair term stands for too (a claim holding `p<entity>x<event>` holds `e<entity>` and `c<event>`):
   * the one entity, or the one event, when the claim has only one.
   */
  heldByEveryPair: string[];
  words: string[];
  /** The entity terms of `things` the claim takes from its article's lead, not its own words (MatchKey.inherited). */
  inherited: string[];
  /**
   * The entity terms of `things` another of them implies: a country whose city or region the claim names (every
   * claim that names Berlin holds Germany too), so a lookup that requires the city need not require the country.
   */
  implied: string[];
  /** The pair terms of such a city or region: every claim that holds one holds its country's pair as well. */
  impliedPairs: string[];
}

const EVENTS = new Set(CONCEPTS.filter((c) => c.event).map((c) => c.id));
const plain = (id: string) => id.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");

export function matchTermsOf(key: MatchKey): MatchTerms {
  const events = key.concepts.filter((c) => EVENTS.has(c));
  const placesWithCountry = key.entities.filter((e) => key.entities.includes(COUNTRY_OF.get(e) ?? ""));
  return {
    pairs: key.entities.flatMap((e) => events.map((c) => `p${plain(e)}x${plain(c)}`)),
    things: [
      ...key.entities.map((e) => `e${plain(e)}`),
      ...key.concepts.map((c) => `c${plain(c)}`),
      ...[...new Set(key.figures.map((f) => f.unitClass))].map((u) => `u${plain(u)}`),
    ],
    words: [...new Set(key.words.map((w) => `w${plain(w)}`).filter((w) => w.length > 3))],
    heldByEveryPair: [
      ...(key.entities.length === 1 ? [`e${plain(key.entities[0]!)}`] : []),
      ...(events.length === 1 ? [`c${plain(events[0]!)}`] : []),
    ],
    inherited: (key.inherited ?? []).map((e) => `e${plain(e)}`),
    implied: placesWithCountry.map((e) => `e${plain(COUNTRY_OF.get(e)!)}`),
    impliedPairs: placesWithCountry.flatMap((e) => events.map((c) => `p${plain(e)}x${plain(c)}`)),
  };
}

/** All of a claim's terms as the one string its index row holds. */
export function matchTermsText(key: MatchKey): string {
  const { pairs, things, words } = matchTermsOf(key);
  return [...pairs, ...things, ...words].join(" ");
}

/** What a claim row stores for matching: its key as JSON and the terms its index row holds. */
export interface StoredMatchFields {
  matchKey: string;
  matchTerms: string;
}

/**
 * Which lexicon and rules made a stored key: raise it with every change to lexicon.ts or match-key.ts that changes
 * keys, and `claims rematch` renews the keys of the claims stored before.
 */
export const MATCH_KEY_VERSION = 8;
const STORED_PREFIX = `{"v":${MATCH_KEY_VERSION},`;

/** Linear in the claim's length, like matchKeyOf. */
export function storedMatchFieldsOf(claim: ClaimForMatching): StoredMatchFields {
  const key = matchKeyOf(claim);
  return { matchKey: JSON.stringify({ v: MATCH_KEY_VERSION, ...key }), matchTerms: matchTermsText(key) };
}

/** Whether a stored key was made by the current lexicon and rules. */
export const isCurrentMatchKey = (stored: string): boolean => stored.startsWith(STORED_PREFIX);

/** A claim as the database stores it: its quantities as JSON text, its article's language as a string. */
export interface StoredClaimWords {
  text: string;
  quantities: string;
}

/** What matching reads of a stored claim (the language is its article's, the context its lead's: articleContextOf). */
export const storedClaimForMatching = (
  claim: StoredClaimWords,
  language: string,
  context: string[] = [],
): ClaimForMatching => ({
  text: claim.text,
  language: language as ClaimForMatching["language"],
  quantities: JSON.parse(claim.quantities) as ClaimForMatching["quantities"],
  context,
});

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

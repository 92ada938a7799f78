import { CONCEPTS } from "./lexicon";
import { COUNTRY_OF, matchKeyOf, type ClaimForMatching, type MatchKey } from "./match-key";

/**
 * The words a text search index keeps for a claim, so the database can find match candidates without reading every
 * claim: one plain token per thing the key names (letters and digits only, so SQLite's FTS5 and PostgreSQL's
 * "simple" parser both keep it whole). Kinds are told apart by their first letter:
 * - `e…` an entity, `c…` a concept, `u…` what a figure counts;
 * - `p…x…` an entity with an event of the same claim: two claims share one exactly when they share an entity and
 *   an event, the rule compareClaims starts from, so this is the term candidates are looked up by;
 * - `t…x…x…` such a pair with one more thing of the claim (a concept not an event, or a figure kind): the pair and
 *   the thing in one index list, so the closest lookup reads one short list where it intersected two long ones;
 * - `w…` a word as foldWord writes it, the same in either language ("Inflation" and "inflation", "Erdbeben" and
 *   "earthquake").
 */
export interface MatchTerms {
  /** Entity-and-event terms: a claim sharing none of them is no match unless most of its words are the same. */
  pairs: string[];
  /** The rest: entities, concepts, figure kinds. */
  things: string[];
  /** The claim's events, as its pair terms write them (pairOf). */
  events: string[];
  /** The things of `things` each pair is stored with as well (tripleOf): the concepts not events, the figure kinds. */
  pairedThings: string[];
  /** Every pair with every paired thing, as tripleOf writes them. */
  triples: string[];
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
  /** The entity terms of `things` that are such a city or region (fewer claims name one than name its country). */
  cities: string[];
}

const EVENTS = new Set(CONCEPTS.filter((c) => c.event).map((c) => c.id));
const plain = (id: string) => id.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");

export function matchTermsOf(key: MatchKey): MatchTerms {
  const events = key.concepts.filter((c) => EVENTS.has(c));
  const placesWithCountry = key.entities.filter((e) => key.entities.includes(COUNTRY_OF.get(e) ?? ""));
  const pairs = key.entities.flatMap((e) => events.map((c) => pairOf(`e${plain(e)}`, plain(c))));
  const pairedThings = [
    ...key.concepts.filter((c) => !EVENTS.has(c)).map((c) => `c${plain(c)}`),
    ...[...new Set(key.figures.map((f) => f.unitClass))].map((u) => `u${plain(u)}`),
  ];
  return {
    pairs,
    events: events.map(plain),
    things: [
      ...key.entities.map((e) => `e${plain(e)}`),
      ...key.concepts.map((c) => `c${plain(c)}`),
      ...[...new Set(key.figures.map((f) => f.unitClass))].map((u) => `u${plain(u)}`),
    ],
    pairedThings,
    triples: pairs.flatMap((pair) => pairedThings.map((thing) => tripleOf(pair, thing))),
    words: [...new Set(key.words.map(wordTermOf).filter((w) => w.length > 3))],
    heldByEveryPair: [
      ...(key.entities.length === 1 ? [`e${plain(key.entities[0]!)}`] : []),
      ...(events.length === 1 ? [`c${plain(events[0]!)}`] : []),
    ],
    inherited: (key.inherited ?? []).map((e) => `e${plain(e)}`),
    implied: placesWithCountry.map((e) => `e${plain(COUNTRY_OF.get(e)!)}`),
    cities: placesWithCountry.map((e) => `e${plain(e)}`),
    impliedPairs: placesWithCountry.flatMap((e) => events.map((c) => `p${plain(e)}x${plain(c)}`)),
  };
}

/** The term of a word as foldWord writes it ("earth" is "wearth"). */
export const wordTermOf = (word: string): string => `w${plain(word)}`;

/** The pair term of an entity (as its term writes it: "enorthkorea") and an event ("send"): "pnorthkoreaxsend". */
export const pairOf = (entity: string, event: string): string => `p${entity.slice(1)}x${event}`;

/**
 * The term of a pair with one more thing ("pnorthkoreaxsend" with "ctroops": "tnorthkoreaxsendxctroops"). A claim
 * holds it exactly when it holds both, so a lookup may ask for it in their place.
 */
export const tripleOf = (pair: string, thing: string): string => `t${pair.slice(1)}x${thing}`;

/** An index lookup: the claims holding one term of each list of `anyOf`, all of `all`, and every term of one group. */
export interface TermLookup {
  anyOf?: string[][];
  all?: string[];
  groups?: string[][];
}

/**
 * The closest lookup of a claim with an entity-and-event pair (null without one): the claims holding one of its
 * pairs and every other thing it names, the matching rule's first condition and all the lexicon found. Not what
 * a claim elsewhere need not name, each one more long index list to intersect: the things every pair holds already;
 * the places and bodies the claim leaves to its article's lead; a country its city implies ("Berlin" holds
 * "Germany"), nor the city's pair beside the country's. Asked the way that reads the shortest lists, for the same
 * claims:
 * - A claim holding every entity the lookup requires holds one of the pairs exactly when it holds one of the events,
 *   so the pairs of one required entity (the likeliest rare one: a city or region before a country) stand for all,
 *   and that entity is not asked for again.
 * - A pair and a thing are asked for as their one stored term (tripleOf): intersecting a story's long pair list with
 *   a long concept list to find the few claims holding both was most of a lookup's cost.
 * `wider`, where the closest asks for more than a pair: the claims sharing a pair at all, for when the closest finds
 * few.
 */
export function closestLookupsOf(t: MatchTerms): { closest: TermLookup; wider?: TermLookup } | null {
  if (t.pairs.length === 0) return null;
  const skip = new Set([...t.heldByEveryPair, ...t.inherited, ...t.implied]);
  const rest = t.things.filter((thing) => !skip.has(thing));
  const pairs = t.pairs.filter((pair) => !t.impliedPairs.includes(pair));
  if (rest.length === 0) return { closest: { anyOf: [pairs] } };
  const required = rest.filter((thing) => thing.startsWith("e"));
  const anchor = required.find((e) => t.cities.includes(e)) ?? required[0];
  const anchorPairs = anchor ? t.events.map((event) => pairOf(anchor, event)) : pairs;
  const others = rest.filter((thing) => thing !== anchor);
  const paired = others.filter((thing) => t.pairedThings.includes(thing));
  const anyOf = paired.length > 0 ? paired.map((thing) => anchorPairs.map((p) => tripleOf(p, thing))) : [anchorPairs];
  return {
    closest: { anyOf, all: others.filter((thing) => !paired.includes(thing)) },
    wider: { anyOf: [pairs] },
  };
}

/** All of a claim's terms as the one string its index row holds. */
export function matchTermsText(key: MatchKey): string {
  const { pairs, things, triples, words } = matchTermsOf(key);
  return [...pairs, ...things, ...triples, ...words].join(" ");
}

/** What a claim row stores for matching: its key as JSON and the terms its index row holds. */
export interface StoredMatchFields {
  matchKey: string;
  matchTerms: string;
}

/**
 * Which lexicon and rules made a stored key: raise it with every change to lexicon.ts or match-key.ts that changes
 * keys, and with a change to the rules (compare-claims.ts) that links pairs they did not: `claims rematch` renews the
 * keys of the claims stored before and matches their articles anew.
 */
export const MATCH_KEY_VERSION = 42;
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

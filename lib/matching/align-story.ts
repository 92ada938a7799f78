import {
  compareClaims,
  describeMatch,
  isCountry,
  keptApart,
  sharedOf,
  UNKNOWN_WORD_WEIGHT,
  unitsOf,
  WEIGHT,
  type ClaimMatch,
} from "./compare-claims";
import { TRANSLATED } from "./fold-word";
import type { MatchKey, MatchLanguage } from "./match-key";

/**
 * Two reports of one story, read side by side: each claim of one is linked with the claim of the other that is its
 * closest, where each is the other's closest (mutual best) and they share enough of what they name. This is how
 * parallel texts are aligned sentence by sentence: what makes two sentences one is not only what they hold, but that
 * nothing else in the other text fits them better.
 *
 * Why: two outlets' reports of one story word their claims apart ("Six intensive-care patients were moved" against
 * "Four patients from the ICU were transferred"), and the claim-level rules (compareClaims), which must hold against
 * the whole archive, link few such pairs across the languages. Within two reports already known to tell one story
 * (they share claims the rules link, see linkClaims), a claim's closest counterpart is very likely its own. Claims that
 * cannot be one stay apart (places apart, sides swapped), and a country alone is never enough.
 */

/** Below this likeness two claims of one story are not linked, however close each is to the other. */
export const IN_STORY_LIKENESS = 0.25;

/** A country every claim of a story may name weighs less than the ranking's other entities (WEIGHT, compare-claims). */
const COUNTRY_WEIGHT = 0.5;

export interface StoryPair {
  /** Index among the first report's claims. */
  own: number;
  /** Index among the second report's claims. */
  other: number;
  likeness: number;
}

/**
 * How alike two claims of one story are, 0–1: what they share of the entities they name themselves (not the ones both
 * take from their articles' leads, which every claim of a story shares), the lexicon's concepts, the kinds of figure
 * and their words, weighted as the ranking weighs them, over all of those. 0 when they cannot be one claim or share
 * nothing but a country.
 */
export function storyLikeness(a: MatchKey, b: MatchKey): number {
  const [x, y] = [prepare(a), prepare(b)];
  const likeness = likenessOf(x, y);
  return likeness > 0 && apart(x, y) ? 0 : likeness;
}

/** A claim's key as alignment compares it, counted once per claim rather than once per pair. */
interface Prepared {
  key: MatchKey;
  /** The entities it names itself, and the places the lexicon does not know ("in Myrdal"), with their weights. */
  entities: Map<string, number>;
  entityWeight: number;
  concepts: Set<string>;
  units: Set<string>;
  words: Set<string>;
  /** Its words the translation table writes in both languages, and the others (compared across the languages). */
  translated: number;
  untranslated: string[];
}

function prepare(key: MatchKey): Prepared {
  const entities = new Map<string, number>([
    ...key.entities
      .filter((e) => !key.inherited?.includes(e))
      .map((e): [string, number] => [e, isCountry(e) ? COUNTRY_WEIGHT : WEIGHT.entity]),
    // As foldWord writes them: a place as much as one the lexicon knows.
    ...(key.places ?? []).map((p): [string, number] => [`${UNKNOWN_PLACE}${p}`, WEIGHT.entity]),
  ]);
  const untranslated = key.words.filter((w) => !TRANSLATED.has(w));
  return {
    key,
    entities,
    entityWeight: sum(entities.values()),
    concepts: new Set(key.concepts),
    units: new Set(unitsOf(key)),
    words: new Set(key.words),
    translated: key.words.length - untranslated.length,
    untranslated,
  };
}

/** storyLikeness before its last check (whether the two cannot be one claim), which only a likely pair needs. */
function likenessOf(a: Prepared, b: Prepared): number {
  let sharedEntities = 0;
  let beyondCountries = false;
  for (const [e, weight] of a.entities)
    if (b.entities.has(e)) {
      sharedEntities += weight;
      beyondCountries ||= weight !== COUNTRY_WEIGHT;
    }
  const sharedConcepts = countShared(a.concepts, b.concepts);
  const sharedUnits = countShared(a.units, b.units);
  const sharedWords = countShared(a.words, b.words);
  if (!beyondCountries && sharedConcepts + sharedUnits + sharedWords === 0) return 0;
  // Across the languages, a word the translation table cannot write in the other language counts a quarter, unless
  // the other claim holds it too (a name, a loan word).
  const wordWeight = (key: Prepared, other: Prepared) =>
    a.key.language === b.key.language
      ? key.words.size
      : key.translated +
        key.untranslated.reduce((n, w) => n + (other.words.has(w) ? WEIGHT.word : UNKNOWN_WORD_WEIGHT), 0);
  const shared =
    sharedEntities + sharedConcepts * WEIGHT.concept + sharedUnits * WEIGHT.unit + sharedWords * WEIGHT.word;
  const all =
    a.entityWeight +
    b.entityWeight -
    sharedEntities +
    (a.concepts.size + b.concepts.size - sharedConcepts) * WEIGHT.concept +
    (a.units.size + b.units.size - sharedUnits) * WEIGHT.unit +
    wordWeight(a, b) +
    wordWeight(b, a) -
    sharedWords * WEIGHT.word;
  return all === 0 ? 0 : shared / all;
}

/** Places apart or sides swapped (compareClaims' keptApart): two claims however much they share. */
function apart(a: Prepared, b: Prepared): boolean {
  return keptApart(
    a.key,
    b.key,
    a.key.entities.filter((e) => b.key.entities.includes(e)),
    a.key.concepts.filter((c) => b.concepts.has(c)),
  );
}

/**
 * The pairs of two reports' claims that are each other's closest (a pair `linked` already counts as closest of all:
 * a claim the rules linked is not aligned again elsewhere) and at least IN_STORY_LIKENESS alike, leaving out the pairs
 * already linked. The cost is a few set lookups per pair of claims: the caller bounds the reports' sizes.
 */
export function alignStory(
  own: MatchKey[],
  other: MatchKey[],
  linked: (own: number, other: number) => boolean,
): StoryPair[] {
  return alignPrepared(own.map(prepare), other.map(prepare), linked);
}

function alignPrepared(
  mine: Prepared[],
  theirs: Prepared[],
  linked: (own: number, other: number) => boolean,
): StoryPair[] {
  // Pairs too unlike to be aligned count as nothing; a likely pair is checked for places apart or sides swapped.
  const likeness = mine.map((a, i) =>
    theirs.map((b, j) => {
      if (linked(i, j)) return 1;
      const value = likenessOf(a, b);
      return value < IN_STORY_LIKENESS || apart(a, b) ? 0 : value;
    }),
  );
  const bestOf = (values: number[]) => values.reduce((best, v, k) => (v > values[best]! ? k : best), 0);
  const bestOwn = theirs.map((_, j) => bestOf(likeness.map((row) => row[j]!)));
  return mine.flatMap((_, i) => {
    const row = likeness[i]!;
    if (row.length === 0) return [];
    const j = bestOf(row);
    const value = row[j]!;
    return bestOwn[j] === i && value >= IN_STORY_LIKENESS && !linked(i, j)
      ? [{ own: i, other: j, likeness: Math.round(value * 1000) / 1000 }]
      : [];
  });
}

/** Another report of the story: its claims' keys, and which pairs with the first report's claims are linked already. */
export interface OtherReport {
  keys: MatchKey[];
  /** [index among the first report's claims, index among this report's]. */
  linked: [number, number][];
}

/** A pair alignStory found, described as a match is (what both name, their figures and whether those disagree). */
export interface AlignedPair {
  own: number;
  other: number;
  match: ClaimMatch;
}

/** One report aligned with each of the others of its story (what linkClaims stores; a worker-thread job). */
export function alignReports(own: MatchKey[], others: OtherReport[]): AlignedPair[][] {
  const mine = own.map(prepare);
  return others.map(({ keys, linked }) => {
    const isLinked = new Set(linked.map(([i, j]) => `${i} ${j}`));
    return alignPrepared(mine, keys.map(prepare), (i, j) => isLinked.has(`${i} ${j}`)).map(
      ({ own: i, other: j, likeness }) => ({
        own: i,
        other: j,
        match: describeInStory(own[i]!, keys[j]!, likeness),
      }),
    );
  });
}

/**
 * A stored link as a person reads it: the rules' comparison, or for a pair aligned in its story (ClaimLink.inStory)
 * describeInStory, whatever the rules say of the pair. Null when the rules no longer link the two.
 */
export function describeLink(
  a: MatchKey,
  b: MatchKey,
  { inStory, score }: { inStory: boolean; score: number },
  language: MatchLanguage = "en",
): ClaimMatch | null {
  return inStory ? describeInStory(a, b, score, language) : compareClaims(a, b, language);
}

/** A link alignStory made, as a person reads it: what the two claims name alike, and their figures side by side. */
export function describeInStory(
  a: MatchKey,
  b: MatchKey,
  likeness: number,
  language: MatchLanguage = "en",
): ClaimMatch {
  return describeMatch(a, b, { score: likeness, shared: sharedOf(a, b) }, language);
}

const UNKNOWN_PLACE = "place:";

function countShared(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
}

const sum = (values: Iterable<number>) => {
  let total = 0;
  for (const v of values) total += v;
  return total;
};

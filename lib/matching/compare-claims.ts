import { periodsApart } from "./figure-frames";
import { foldWords, TRANSLATED } from "./fold-word";
import { CONCEPTS, ENTITIES } from "./lexicon";
import {
  COUNTRY_OF,
  foldedFormsOf,
  labelOf,
  UNIT_WORD,
  type Figure,
  type MatchKey,
  type MatchLanguage,
} from "./match-key";

/** Two figures of one kind, side by side, and whether they can both be true. */
export interface FigurePair {
  unitClass: string;
  a: string;
  b: string;
  disagree: boolean;
}

export interface ClaimMatch {
  /** 0–1: how much of what the two claims are about they share (weighted: entities and concepts over words). */
  score: number;
  /** The labels of what both claims name ("North Korea", "troops", "sent"). */
  same: string[];
  figures: FigurePair[];
  /** A figure of the same kind that cannot be both: "more than 1,000" against "more than 10,000" soldiers. */
  figuresDisagree: boolean;
  /** One line a person reads: "same: North Korea, Russia, troops, sent; figures: > 1,000 vs > 10,000 troops". */
  reasons: string;
}

export const WEIGHT = { entity: 2, concept: 2, unit: 1.5, word: 1 };
/** Below this share of what the two are about, claims that name the same things are not one claim. */
export const MATCH_THRESHOLD = 0.3;
/** Two claims whose words are this alike are one claim even when the lexicon knows none of them. */
const SAME_WORDS = 0.6;
/** With a name or a third word in common, this share of the same words makes one claim (see scoreClaims). */
const SOME_WORDS = 0.3;
/**
 * Across the languages the share counts only the words the translation table could have written alike (see
 * scoreClaims), fewer than a claim has: a larger share of them is asked for.
 */
const SOME_WORDS_ACROSS = 0.4;
/** How much a word counts across the languages that the translation table cannot write in the other one. */
export const UNKNOWN_WORD_WEIGHT = 0.25;
/** With a figure both give alike, a smaller share will do: the figure says more than any one word. */
const FEW_WORDS = 0.15;
/** How many of the shorter claim's words the longer must have, and what share of them, to be one claim by its words. */
const CONTAINED_WORDS = 4;
const CONTAINED_SHARE = 0.7;

/**
 * Whether two claims state the same thing, and how they differ. A match needs more than a shared name: at least one
 * entity and one thing that happens in common (sent, killed, summoned), or (within one language) most of their words.
 * So "North Korea tests a missile" and "North Korea's harvest fails" are not one claim, nor "Seoul summoned the Russian
 * ambassador" and "the Russian ambassador attended a reception" (a country and a thing, but nothing that happened).
 */
export function compareClaims(a: MatchKey, b: MatchKey, language: MatchLanguage = "en"): ClaimMatch | null {
  const scored = scoreClaims(a, b);
  return scored && describeMatch(a, b, scored, language);
}

/** What two claims share, and how much: the cheap half of compareClaims, for ranking many candidates. */
export interface ScoredPair {
  score: number;
  shared: { entities: string[]; concepts: string[]; units: string[] };
}

/** The entities, concepts and kinds of figure two claims both name. */
export const sharedOf = (a: MatchKey, b: MatchKey): ScoredPair["shared"] => ({
  entities: intersect(a.entities, b.entities),
  concepts: intersect(a.concepts, b.concepts),
  units: intersect(unitsOf(a), unitsOf(b)),
});

export function scoreClaims(a: MatchKey, b: MatchKey): ScoredPair | null {
  const sameLanguage = a.language === b.language;
  const shared = sharedOf(a, b);
  // Words are compared in either language (foldWord puts them in one spelling), but weigh in the score only within
  // one: across two, most words differ however alike the claims are, and the score is what ranks the matches.
  const commonWords = intersect(a.words, b.words).length;
  // Across the languages, a word the translation table could not have put in one spelling says little against a match
  // (a German word it does not know, an English word no German one becomes): it counts a quarter. Not nothing: the
  // words of what happened are often the ones it does not know, and without them a shared place, union and port
  // would make a strike and a centenary one claim.
  const [inA, inB] = [holds(a.words), holds(b.words)];
  const knownOf = (words: string[], inOther: (word: string) => boolean) =>
    sameLanguage ? words : words.filter((w) => TRANSLATED.has(w) || inOther(w));
  const comparable = (key: MatchKey, inOther: (word: string) => boolean) => {
    const known = knownOf(key.words, inOther).length;
    return known + UNKNOWN_WORD_WEIGHT * (key.words.length - known);
  };
  const allWords = comparable(a, inB) + comparable(b, inA) - commonWords;
  const sharedWords = sameLanguage ? commonWords : 0;
  const unionWords = sameLanguage ? allWords : 0;
  const union = {
    entities: a.entities.length + b.entities.length - shared.entities.length,
    concepts: a.concepts.length + b.concepts.length - shared.concepts.length,
    units: unitsOf(a).length + unitsOf(b).length - shared.units.length,
  };
  const weigh = (entities: number, concepts: number, units: number, words: number) =>
    entities * WEIGHT.entity + concepts * WEIGHT.concept + units * WEIGHT.unit + words * WEIGHT.word;
  const total = weigh(union.entities, union.concepts, union.units, unionWords);
  const score =
    total === 0 ? 0 : weigh(shared.entities.length, shared.concepts.length, shared.units.length, sharedWords) / total;
  // A city's or a body's name is among the words two claims share (a claim's words leave out the names of its
  // entities); a country's is not: one country is named in every story from it.
  const specific = (entities: string[]) => entities.filter((e) => !isCountry(e)).length;
  const commonNames = specific(shared.entities);
  const allNames = specific([...new Set([...a.entities, ...b.entities])]);
  const wordShare = allWords === 0 ? 0 : (commonWords + commonNames) / (allWords + allNames);
  // Places apart or sides swapped: two claims, however many words they share.
  if (keptApart(a, b, shared.entities, shared.concepts)) return null;
  // A change of a figure ("rose", "fell") is the same event only of the same thing: inflation and rents both rise.
  const whatChanged = intersect(a.words, b.words).filter((w) => !CHANGE_WORDS.has(w)).length;
  const sameEvent = shared.concepts.some((c) => isEvent(c) && (!isChange(c) || whatChanged > 0));
  // One country and one event, and nothing else in common — no second name, thing, figure or word but the event's
  // own ("banned": a protest, a wheat export) — is what two
  // stories from one country share as often as two wordings of one claim ("Germany": a hospital hacked, airports
  // struck; both "attacked", both "halted").
  // The entities of an article's lead count for nothing here: two claims of one story share them by construction
  // ("They were trying to hurt people," he said, and "several crew members were injured", both of the lead's sea).
  const ownShared = shared.entities.filter((e) => !a.inherited?.includes(e) && !b.inherited?.includes(e));
  // The words both share that are not the shared events' own, nor words both leads have ("hospital" in every claim of
  // a hospital's story), unless both claims are their leads: then those words are what both state. Only here, where
  // they would be all two claims share beside an event: what changed, the share of words and the words rule still
  // count them (left out there too, they cost sets ten and eleven six annotated pairs).
  const bothLeads = a.restatesLead && b.restatesLead;
  const storyWide = (w: string) => !bothLeads && Boolean(a.storyWords?.includes(w) && b.storyWords?.includes(w));
  const beyondEvents = intersect(a.words, b.words).filter(
    (w) => !shared.concepts.some((c) => FORMS_OF.get(c)?.has(w)) && !storyWide(w),
  );
  const countryAndEventOnly =
    (ownShared.length === 0 || (ownShared.length === 1 && isCountry(ownShared[0]!))) &&
    shared.concepts.length === 1 &&
    shared.units.length === 0 &&
    beyondEvents.length === 0;
  // An event of every story of its kind (an investigation opened, people missing) and places: two more words needed.
  const weakEventOnly =
    shared.concepts.length > 0 &&
    shared.concepts.every((c) => WEAK.has(c)) &&
    shared.units.length === 0 &&
    shared.entities.every(isPlace) &&
    beyondEvents.length < 2;
  const aboutTheSame = shared.entities.length > 0 && sameEvent && !countryAndEventOnly && !weakEventOnly;
  // A story the lexicon has no event for: the same place and two of the same words beside its name ("Valencia"
  // alone is not enough, nor a country and one word), or three without a place. A number both give counts as one
  // of those words ("2.4 percent" in both, and "inflation") and makes a smaller share of their words enough; so does
  // a body both name ("Tesla", "the UN"): what a claim is about, like its words, not where it happened.
  // An outcome's: two forecasts or two penalties that may be given of one number ("up to 10 years in prison") are
  // what every such story says.
  // The places and bodies of an article's lead do not count among the things in common or make two of them enough:
  // every claim of its story shares them (a statistics office's lead made "core inflation, which excludes food and
  // energy" and "food and services drove prices" one claim; judged blind, 15 of the 20 links this removed from four
  // sets by others were different facts). Two things do where a figure both give alike stands beside an entity both
  // name, even one only a lead names (never a figure and one word alone: "food prices rose 2.4 %" is not "energy
  // prices rose 2.4 %"). A count of one kind still takes its place from the lead (countsInCommon, below).
  const outcomes = (key: MatchKey) => key.figures.filter((f) => !f.expected);
  const sameFigure = shared.units.some((u) => sameNumber(u, outcomes(a), outcomes(b)));
  const wordsNeeded = ownShared.some(isPlace) || (sameFigure && shared.entities.length > 0) ? 2 : 3;
  const sameBodies = ownShared.filter((e) => !isPlace(e)).length;
  // The word of a change ("rose") is the event, not a thing both name: "permits rose 9.8 %" is not "rents rose 9.8 %".
  // A count of one kind both give is one more thing in common, whatever its number ("13 million containers" against
  // "8 million": whether the numbers agree is the figures flag's question). Not people, a share or money, which half
  // the news counts; only beside a shared word that is not the count's own ("200 Häuser zerstört" and "3,000 houses
  // without power" are two counts of one story); and only where they share a place ("40 houses destroyed" anywhere
  // is not "1,200 houses destroyed" in one town).
  const kinds = shared.units.filter((u) => !GENERIC_UNITS.has(u));
  const countsInCommon = kinds.length > 0 && shared.entities.some(isPlace) && beyondUnits(a, b) > 0 ? kinds : [];
  const sameKind = countsInCommon.length > 0;
  const alike = whatChanged + sameBodies + (sameFigure || sameKind ? 1 : 0);
  const sameWords =
    alike >= wordsNeeded && wordShare >= (sameFigure ? FEW_WORDS : sameLanguage ? SOME_WORDS : SOME_WORDS_ACROSS);
  // Most of the same words alone make one claim within a language; across two, where few words can be compared,
  // only with the place-and-words rule (sameWords).
  const mostWords = sameLanguage && wordShare >= SAME_WORDS;
  // And where that count is the same number ("3,800 jobs", "3.800 Arbeitsplätze"): one claim however many other
  // words a long sentence adds.
  const sameCount = countsInCommon.some((u) => sameNumber(u, a.figures, b.figures));
  // Most of the shorter claim's words in the longer one: one outlet's sentence is often another's with a clause more
  // ("… and damaging the vessel, officials said"), where a share of both claims' words is small however alike they
  // are. Counted without the words both leads have (every claim of a story may say them) and, across the languages,
  // among the words the translation table could have written alike; never fewer than CONTAINED_WORDS.
  const [aOwn, bOwn] = [a.words.filter((w) => !storyWide(w)), b.words.filter((w) => !storyWide(w))];
  const inCommon = intersect(aOwn, bOwn).length;
  const shorter = Math.min(knownOf(aOwn, inB).length, knownOf(bOwn, inA).length);
  const contained = inCommon >= CONTAINED_WORDS && inCommon >= CONTAINED_SHARE * shorter;
  if (!((aboutTheSame && score >= MATCH_THRESHOLD) || sameWords || mostWords || sameCount || contained)) return null;
  return { score: Math.round(score * 1000) / 1000, shared };
}

/**
 * Two claims that cannot be one however much they share. One thing happening in two places is two claims: when both
 * name places, they must share one (the UN's count for Gaza is not its count for Syria), and when both name a city or
 * region, that too (Russia's attack on Kharkiv is not its strike on Odesa); a place the lexicon does not know counts
 * too ("in Sudan" against the UN's count for Gaza). And the sides of a directed event swapped (rolesReversed).
 */
export function keptApart(a: MatchKey, b: MatchKey, sharedEntities: string[], sharedConcepts: string[]): boolean {
  const apart = (kind: (entity: string) => boolean) =>
    a.entities.some(kind) && b.entities.some(kind) && !sharedEntities.some(kind);
  const placesOf = (key: MatchKey) => [...key.entities.filter(isPlace), ...(key.places ?? [])];
  const [aPlaces, bPlaces] = [placesOf(a), placesOf(b)];
  // Not against a claim whose places are only its article's lead's: a village the lexicon does not know may lie
  // in the lead's region ("in Myrdal" against the lead's Norway), and nothing says it does not.
  const namesPlaces = (key: MatchKey) => placesOf(key).some((p) => !key.inherited?.includes(p));
  const unknownApart =
    Boolean(a.places || b.places) && namesPlaces(a) && namesPlaces(b) && !aPlaces.some((p) => bPlaces.includes(p));
  return apart(isPlace) || apart(isLocal) || unknownApart || rolesReversed(a, b, sharedConcepts);
}

/**
 * The half of compareClaims a person reads: what both name, both figures of each kind, one line of reasons, in the
 * reader's language (the lexicon's labels and the numbers as that language writes them).
 */
export function describeMatch(
  a: MatchKey,
  b: MatchKey,
  { score, shared }: ScoredPair,
  language: MatchLanguage = "en",
): ClaimMatch {
  // Figures of two periods ("in March", "in February") may differ and both be right: listed, never flagged.
  const twoPeriods = periodsApart(a.periods, b.periods);
  const figures = shared.units
    .map((unitClass) => pairFigures(unitClass, a.figures, b.figures, language))
    .map((pair) => (twoPeriods && pair.disagree ? { ...pair, disagree: false } : pair));
  const units = shared.units.map((u) => unitLabelOf(u, a, b, language));
  const label = (id: string) => labelOf(id, language);
  const same = [...new Set([...[...shared.entities, ...shared.concepts].map(label), ...units])];
  const words = REASON_WORDS[language];
  const differing = figures.filter((f) => f.a !== f.b).map((f) => `${f.a} ${words.versus} ${f.b}`);
  const reasons = [
    same.length ? `${words.same}: ${same.join(", ")}` : "",
    differing.length ? `${words.figures}: ${differing.join("; ")}` : "",
  ]
    .filter(Boolean)
    .join("; ");
  return {
    score,
    same,
    figures,
    figuresDisagree: figures.some((f) => f.disagree),
    reasons: reasons || words.sameWords,
  };
}

const REASON_WORDS: Record<MatchLanguage, { same: string; figures: string; versus: string; sameWords: string }> = {
  en: { same: "same", figures: "figures", versus: "vs", sameWords: "the same words" },
  de: { same: "gleich", figures: "Zahlen", versus: "gegen", sameWords: "dieselben Worte" },
};

/**
 * Two outcomes, or two expectations, and two whole counts or two counts of the badly hurt (figure-frames.ts): figures
 * that can be compared at all.
 */
const sameStanding = (x: Figure, y: Figure) =>
  Boolean(x.expected) === Boolean(y.expected) && Boolean(x.partial) === Boolean(y.partial);

/** Whether both claims give one number of a kind, as written or rounded ("1,300 jobs", "rund 1.300 Stellen"). */
function sameNumber(unitClass: string, aFigures: Figure[], bFigures: Figure[]): boolean {
  const of = (figures: Figure[]) => figures.filter((f) => f.unitClass === unitClass);
  const theirs = of(bFigures);
  // Of the same standing: a forecast that equals an outcome is not the same figure given twice.
  return of(aFigures).some((x) =>
    theirs.some(
      (y) => sameStanding(x, y) && Math.abs(x.value - y.value) <= 0.02 * Math.max(Math.abs(x.value), Math.abs(y.value)),
    ),
  );
}

/**
 * The two claims' figures of one kind. They disagree when no figure of one can be true with any figure of the other
 * of the same standing (outcome or expectation); a claim with two figures of a kind ("from 900 to 1,200") agrees if
 * either fits.
 */
function pairFigures(unitClass: string, aFigures: Figure[], bFigures: Figure[], language: MatchLanguage): FigurePair {
  const mine = aFigures.filter((f) => f.unitClass === unitClass);
  const theirs = bFigures.filter((f) => f.unitClass === unitClass);
  // An outcome is compared with outcomes and a forecast with forecasts: "rose 0.5 %" and "had expected 0.3 %" both hold;
  // and a total with totals, a figure for each of something with its like ("pro Stunde"). Only for the flag: German
  // writes "monatlich" where English writes "a month", and one number given twice is the same number however framed.
  const pairs = mine.flatMap((x) =>
    theirs.filter((y) => sameStanding(x, y) && x.per === y.per).map((y) => [x, y] as const),
  );
  const agree = pairs.length === 0 || pairs.some(([x, y]) => overlap(rangeOf(x), rangeOf(y)));
  // Each side with its own unit where the lexicon has none: "12,000 buildings" beside "12.000 Gebäude".
  const show = (figures: Figure[]) =>
    `${figures.map((f) => describeFigure(f, language)).join(", ")} ${ownUnitLabel(unitClass, figures, language)}`;
  return { unitClass, a: show(mine), b: show(theirs), disagree: !agree };
}

/**
 * The values a figure allows, as news writes them: "more than 1,000" is a lower bound stated near the truth (a
 * reporter with 5,000 would say so), read as 1,000 to 2,000; "up to 1,000" as 500 to 1,000; "about 1,500" by how it
 * was rounded (approximateWidth); an exact figure ±2 % (rounding). Wider than a strict reading, so only figures that
 * are far apart disagree.
 */
export function rangeOf(figure: Figure): [number, number] {
  const v = figure.value;
  // Widths from the size of the figure, so a fall of 0.3 % reads like a rise of 0.3 %; the bounds in order either way.
  const size = Math.abs(v);
  const [low, high] = ((): [number, number] => {
    switch (figure.comparator) {
      case ">":
      case ">=":
        return [v, v + size];
      case "<":
      case "<=":
        return [v - size / 2, v];
      case "~":
        return [v - approximateWidth(size), v + approximateWidth(size)];
      case "range":
        return [v, figure.max ?? v];
      default:
        return [v - size * 0.02, v + size * 0.02];
    }
  })();
  return low <= high ? [low, high] : [high, low];
}

/** What a claim's own figures count, as it wrote it where the lexicon has no label (UNIT_WORD). */
const ownUnitLabel = (unitClass: string, figures: Figure[], language: MatchLanguage) =>
  unitClass.startsWith(UNIT_WORD)
    ? (figures.find((f) => f.unitClass === unitClass)?.unit ?? "")
    : labelOf(unitClass, language);

/**
 * How the reasons name what both claims' figures count: the lexicon's label, or the unit as a claim wrote it
 * (UNIT_WORD), the one in the reader's language where one of the two is ("houses" to an English reader, not "Häuser").
 */
const unitLabelOf = (unitClass: string, a: MatchKey, b: MatchKey, language: MatchLanguage) => {
  if (!unitClass.startsWith(UNIT_WORD)) return labelOf(unitClass, language);
  const [first, second] = b.language === language && a.language !== language ? [b, a] : [a, b];
  const unitIn = (key: MatchKey) => key.figures.find((f) => f.unitClass === unitClass)?.unit;
  return unitIn(first) ?? unitIn(second) ?? "";
};

const overlap = ([a0, a1]: [number, number], [b0, b1]: [number, number]) => a0 <= b1 && b0 <= a1;

/**
 * How far a figure given as about so many ("rund 2.000", "about 1,120", "some 50") may lie from its number: by the
 * place of its last digit that is not 0, which says how it was rounded — a round figure ("about 30,000", "etwa 60")
 * 10 % either side, a precise one ("rund 25.000", "about 1,120") 5 %. So two roundings of one count agree ("rund 2.000"
 * and 1,800; "etwa zehn" and eleven; "about 1,400" and "rund 1.500") and estimates a desk would question do not
 * ("rund 25.000" against "an estimated 30,000"; "etwa 60" against "some 70"). It was 20 % for every figure: figures
 * 40 % apart agreed.
 */
function approximateWidth(size: number): number {
  if (size === 0) return 0;
  let place = 10 ** Math.floor(Math.log10(size));
  // At most 12 steps: a figure's last digit is found within a dozen places of its first.
  for (let i = 0; i < 12 && Math.abs(size / place - Math.round(size / place)) > 1e-6; i++) place /= 10;
  return Math.max(0.05 * size, Math.min(0.1 * size, 0.4 * place));
}

const SYMBOL: Record<Figure["comparator"], string> = {
  "=": "",
  ">": "> ",
  ">=": "≥ ",
  "<": "< ",
  "<=": "≤ ",
  "~": "~ ",
  range: "",
};
// One formatter: toLocaleString makes a new one per call, which ranking thousands of candidates paid for.
const NUMBER: Record<MatchLanguage, Intl.NumberFormat> = {
  en: new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 }),
  de: new Intl.NumberFormat("de-DE", { maximumFractionDigits: 2 }),
};

// Millions and billions in words, as the news writes them: "500 million", not "500,000,000".
const LARGE: Record<MatchLanguage, Intl.NumberFormat> = {
  en: new Intl.NumberFormat("en-US", { notation: "compact", compactDisplay: "long", maximumFractionDigits: 2 }),
  de: new Intl.NumberFormat("de-DE", { notation: "compact", compactDisplay: "long", maximumFractionDigits: 2 }),
};

/** A figure as the reader's language writes it: "> 1,000" in English, "> 1.000" in German, "1.2 billion". */
export function describeFigure(figure: Figure, language: MatchLanguage = "en"): string {
  const number = (n: number) => (Math.abs(n) >= 1e6 ? LARGE : NUMBER)[language].format(n);
  if (figure.comparator === "range" && figure.max !== undefined) return `${number(figure.value)}–${number(figure.max)}`;
  return `${SYMBOL[figure.comparator]}${number(figure.value)}`;
}

const EVENTS = new Set(CONCEPTS.filter((c) => c.event).map((c) => c.id));
const isEvent = (concept: string) => EVENTS.has(concept);
const CHANGES = new Set(CONCEPTS.filter((c) => c.change).map((c) => c.id));
const isChange = (concept: string) => CHANGES.has(concept);
/** The words of the changes themselves, as a key holds them ("rose", "gestiegen" as "rose"): not what changed. */
const CHANGE_WORDS = new Set(CONCEPTS.filter((c) => c.change).flatMap(foldedFormsOf));
/** Each concept's own words, as a key holds them ("banned" for a ban): not a further thing two claims name. */
const FORMS_OF = new Map(CONCEPTS.map((c) => [c.id, new Set(foldedFormsOf(c))]));
const DIRECTED = new Set(CONCEPTS.filter((c) => c.directed).map((c) => c.id));
const WEAK = new Set(CONCEPTS.filter((c) => c.weak).map((c) => c.id));

/**
 * "Russia attacked Ukraine" against "Ukraine attacked Moscow": the same event with the two sides swapped. Only for an
 * event with a direction, when each claim's agent (MatchKey.agent: who acts, as far as its words tell) is named by the
 * other claim too and they differ.
 */
function rolesReversed(a: MatchKey, b: MatchKey, sharedConcepts: string[]): boolean {
  if (!sharedConcepts.some((c) => DIRECTED.has(c)) || !a.agent || !b.agent || a.agent === b.agent) return false;
  // A city or region and its country are one side: "Kyiv" and "Ukraine" do not attack each other.
  if (COUNTRY_OF.get(a.agent) === b.agent || COUNTRY_OF.get(b.agent) === a.agent) return false;
  return b.entities.includes(a.agent) && a.entities.includes(b.agent);
}

const BODIES = new Set(ENTITIES.filter((e) => e.body).map((e) => e.id));
const isPlace = (entity: string) => !BODIES.has(entity);
const LOCAL = new Set(ENTITIES.filter((e) => e.local).map((e) => e.id));
const isLocal = (entity: string) => LOCAL.has(entity);
export const isCountry = (entity: string) => isPlace(entity) && !isLocal(entity);
/** The words two claims share that are neither a change's word nor the word of a figure's unit. */
function beyondUnits(a: MatchKey, b: MatchKey): number {
  const unitWordsOf = (key: MatchKey) =>
    key.figures.flatMap((f) =>
      (f.unit ?? "").split(/[^\p{L}]+/u).flatMap((w) => (w ? foldWords(w, key.language) : [])),
    );
  const unitWords = new Set([...unitWordsOf(a), ...unitWordsOf(b)]);
  return intersect(a.words, b.words).filter((w) => !CHANGE_WORDS.has(w) && !unitWords.has(w)).length;
}

/** Kinds of figure too common to say two claims count the same thing (see scoreClaims). */
const GENERIC_UNITS = new Set(["people", "percent", "EUR", "USD", "GBP", "years", "months", "weeks", "days", "hours"]);
/** The kinds of figure a claim gives, each once. */
export const unitsOf = (key: MatchKey) => [...new Set(key.figures.map((f) => f.unitClass))];
/** Whether a list holds a word: by a set where the list is long (a claim's words may be many), else by reading it. */
function holds(list: string[]): (word: string) => boolean {
  if (list.length <= 16) return (word) => list.includes(word);
  const set = new Set(list);
  return (word) => set.has(word);
}

/** What both lists hold, in the first's order. */
const intersect = (a: string[], b: string[]) => a.filter(holds(b));

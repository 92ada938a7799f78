import type { Language, Quantity } from "@/lib/extract";
import { expectedFigures, partialFigures, periodsOf, perUnitOf } from "./figure-frames";
import { foldWord, foldWords, isTranslatedWord, TRANSLATED } from "./fold-word";
import { germanLabels } from "./german-labels";
import { CONCEPTS, ENTITIES, UNIT_CLASSES, type LexiconEntry } from "./lexicon";

export type MatchLanguage = Language;

/** A figure as the extractor reads it, without its place in the text. */
export type FigureInput = Omit<Quantity, "start" | "end">;

/** A figure whose unit is known: what it counts, in a class both languages share. */
export interface Figure extends FigureInput {
  unitClass: string;
  /** What someone expected, forecast or aimed for, not what happened (figure-frames.ts): compared only with its like. */
  expected?: true;
  /** Only the badly (or lightly) hurt of a larger count (figure-frames.ts): compared only with its like. */
  partial?: true;
  /** A figure for each of something ("per hour", "je Aktie", figure-frames.ts): compared only with its like. */
  per?: string;
}

/** What a claim is about, independent of its language: the ids of the lexicon, its figures and its own words. */
export interface MatchKey {
  language: MatchLanguage;
  entities: string[];
  /**
   * Who acts, as far as the words tell: the first entity named outside the attribution ("according to Seoul", "laut
   * Kiew", "…, Kyiv said"), in an active sentence; none in a passive one ("Moscow was attacked by Ukraine").
   */
  agent?: string;
  /** Which of `entities` the claim leaves to its article's lead (withArticleContext): none named in its own words. */
  inherited?: string[];
  concepts: string[];
  /**
   * Places the lexicon does not know, as foldWord writes them: a capitalised word after "in", "im", "aus", "from"
   * ("im Sudan", "in Valencia"), so two claims about one thing in two such places are kept apart like known ones.
   */
  places?: string[];
  figures: Figure[];
  /** The years ("y2024") and months ("m3") the claim counts in (figure-frames.ts): figures of two periods both hold. */
  periods?: string[];
  /**
   * Content words as foldWord writes them, in either language (German ones the translation table knows put in
   * English), without the names of its entities: those are compared as entities.
   */
  words: string[];
  /** Which of `words` its article's lead has too: what every claim of its story may say. */
  storyWords?: string[];
  /** Most of its words are its lead's: it is the lead, or says it again (LEAD_SHARE). */
  restatesLead?: true;
}

export interface ClaimForMatching {
  text: string;
  language: MatchLanguage;
  quantities: FigureInput[];
  /**
   * What the lead of the claim's article names and says (articleContextOf, contextParts): its entities, what the
   * claim is about unless it says; and its words (as `#word`), which every claim of the story may share.
   */
  context?: string[];
}

interface Form {
  words: string[];
  prefix: boolean;
  exactCase: boolean;
  /** A German separable verb's particle, the last word of the verb's clause ("griff … an", "traf … ein"). */
  particle?: string;
}

const compile = (form: string): Form => {
  const [verb, particle] = form.split("…") as [string, string | undefined];
  const exactCase = verb.startsWith("=");
  const body = (exactCase ? verb.slice(1) : verb).replace(/\.$/, "");
  const prefix = body.endsWith("*");
  return { words: (prefix ? body.slice(0, -1) : body).split(" "), prefix, exactCase, particle };
};

interface CompiledEntry {
  entry: LexiconEntry;
  forms: Record<MatchLanguage, Form[]>;
}
const compileAll = (entries: LexiconEntry[]): CompiledEntry[] =>
  entries.map((entry) => ({ entry, forms: { de: entry.de.map(compile), en: entry.en.map(compile) } }));
const COMPILED = { entities: compileAll(ENTITIES), concepts: compileAll(CONCEPTS), units: compileAll(UNIT_CLASSES) };

// Words, with the dots inside abbreviations ("U.S") and the signs that stand for units.
const WORD = /[\p{L}\p{N}]+(?:[.'’][\p{L}\p{N}]+)*|[%€$]/gu;
const STOPWORDS = new Set(
  (
    "der die das den dem des ein eine einer einem einen eines und oder aber auch noch nach nicht sich sie sind wird " +
    "wurde wurden worden haben hatte hatten habe sein seien seine ihre ihren ihrer mit von vom zum zur für bei über " +
    "unter laut sagte sagten sagt hieß heißt dass wie als wenn dann schon mehr rund etwa fast einem diese dieser " +
    "the and but also not has have had was were been being are this that these those with from into about over " +
    "under said says told according more than some nearly almost around which their they them there would could " +
    "will what when where while after before since between zwischen within innerhalb bereits already should " +
    "hätte hätten wäre wären würde würden könnte könnten soll sollen sollte sollten " +
    // When and how many say nothing of what happened: the figures are compared as figures.
    "montag dienstag mittwoch donnerstag freitag samstag sonntag januar februar märz april juni juli august " +
    "september oktober november dezember monday tuesday wednesday thursday friday saturday sunday january february " +
    "march june july october november december jahr jahre jahres jahren year years heute today gestern yesterday " +
    "quartal quartals halbjahr halbjahres vorjahr vorjahres erste ersten erster zweiten dritten half quarter " +
    "zahl anzahl number " +
    // Nor when relative to now: "im vergangenen Jahr", "last week", "bislang", "so far".
    "vergangene vergangenen vergangenes letzte letzten letztes vorige vorigen voriges kommende kommenden nächsten " +
    "inzwischen bislang bisher derzeit zuletzt aktuell aktuellen damals last past previous next coming earlier later " +
    "recent recently currently meanwhile " +
    "million millionen milliarde milliarden billion billions tausend tausende thousand thousands hundert hundred " +
    "hunderte hundreds prozent percent prozentpunkte points zwei drei vier fünf zehn zwölf zwanzig three four five " +
    "seven eight nine twelve twenty erstmals first erneut again weitere further mindestens least insgesamt total " +
    // Words of every sentence, that say how and not what: modal and helping verbs, pronouns, adverbs, conjunctions
    // ("müssen", "wieder", "deshalb"; "because", "however", "still"). Counted as words, they were shared by claims
    // with nothing else in common in one language, and made a claim's words look fewer alike in the other.
    "werden werde wirst müssen muss musste mussten müsste müssten können kann konnte konnten wollen will wollte " +
    "wollten möchte möchten dürfen darf durfte durften sehr jetzt durch gibt gab gaben geben gegeben keine keinen " +
    "keiner keinem kein denn alle allen aller alles sondern ganz ganze ganzen wieder immer damit diesem dieses diesen " +
    "doch dazu dafür dabei davon darauf daran darüber darum daher deshalb deswegen dort hier weil einmal viele vielen " +
    "viel gerade ohne gegen nämlich nichts etwas selbst eben eigentlich einfach wirklich vielleicht warum weiter " +
    "weiterhin beim kommt kommen kam kamen geht gehen ging steht stehen stand standen liegt liegen lag lagen gilt " +
    "galt bleibt bleiben blieb blieben zwar sogar überhaupt erst allem dessen deren denen jeder jede jedes jeden " +
    "jedem einige einigen solche solchen solcher während obwohl jedoch allerdings außerdem zudem ebenfalls sowie " +
    "zumindest zunächst trotzdem dagegen dadurch daraus mittlerweile sodass seit seitdem bevor nachdem indem wobei " +
    "geworden gewesen ihnen unsere unser unserer unseren unserem meine meiner meinem dies seinen seinem seiner ihrem " +
    "waren ebenso genauso sonst wegen gegenüber angesichts aufgrund trotz statt anstatt stattdessen außer außerhalb " +
    "welche welcher welches welchen welchem jemand niemand mehrere manche beide beiden andere anderen anderer anderes " +
    "anderem weiteren only just even still very such each both other others another many much most made make makes " +
    "take takes took taken come came does done doing must might shall because though although however whether during " +
    "through without against until unless upon onto across among amid despite toward towards here then your itself " +
    "himself herself themselves whose whom having getting going goes went gone like well back away ever never once " +
    "twice often perhaps maybe rather quite really simply above below added adding " +
    // Who is counted says nothing of what happened to them: "people" is in half the claims of the news.
    "people menschen leute"
  ).split(" "),
);
// Where a claim names its source rather than who acts: "according to Seoul", "laut Kiew", "nach Angaben aus
// Washington", "Moskau zufolge", and a closing "…, Kyiv said" / "…, teilte das Ministerium mit" / "…, wie die
// Polizei mitteilte" (a verb-final one only after "wie" or "so": "Leoni, einer der größten, meldete Insolvenz an"
// states what happened). The words before "zufolge" start at a word and are bounded: tried from every letter of a
// long word, they rescanned it each time.
const ATTRIBUTION: Record<MatchLanguage, RegExp> = {
  de: /\b(?:laut|nach (?:\S+ )?angaben(?: (?:von|des|der|aus|aus dem|aus der))?)\s+\S+(?:\s+\S+)?|(?<!\S)\S{1,60}(?:\s+\S{1,60})?\s+zufolge\b|,[^,]*\b(?:sagte|sagten|teilte|teilten|berichtete|berichteten|erklärte|hieß es)\b[^,]*$|,\s*(?:wie|so)\b[^,]*\b(?:mitteilte|mitteilten|erklärten|meldete|meldeten|angab|angaben|bestätigte)\b[^,]*$/giu,
  en: /\baccording to\s+[^,.]+|,[^,]*\b(?:said|says|reported|told|announced|claimed)\b[^,]*$/giu,
};
// A passive auxiliary: then who acts may be named last ("Moscow was attacked by Ukraine").
const PASSIVE: Record<MatchLanguage, RegExp> = {
  de: /\b(?:wurden?|worden|werden|wird)\b/i,
  en: /\b(?:was|were|been|being|is|are)\s+(?:\w+\s+)?\w+(?:ed|en|t)\b/i,
};

/** A text's words, lower-cased beside, and for each word the last word of its clause (up to , . ; : ! ? or the end). */
interface Tokens {
  words: string[];
  lowered: string[];
  clauseEnd: number[];
  /**
   * For each word, the word before the first "und"/"oder"/"aber"/"sowie" after it in its clause (or -1): a separable
   * verb's particle ends its part of a clause too ("bestellte den Botschafter ein und kündigte Gegenmaßnahmen an").
   */
  beforeConjunction: number[];
  /** Where each word starts in the text. */
  starts: number[];
}

const CLAUSE_END = /[,.;:!?]/;
const CONJUNCTION = new Set(["und", "oder", "aber", "sowie"]);
const IDIOM = new Set(["nach nach", "ab zu", "ab an", "auf ab", "hin her", "hin zurück"]);

function tokensOf(text: string): Tokens {
  const matches = [...text.matchAll(WORD)];
  const words = matches.map((m) => m[0]);
  const lowered = words.map((w) => w.toLowerCase());
  const clauseEnd: number[] = new Array<number>(words.length);
  const beforeConjunction: number[] = new Array<number>(words.length);
  // Backwards: `conjunction` is the first conjunction after the word, within its clause.
  for (let i = words.length - 1, end = i, conjunction = -1; i >= 0; i--) {
    const after = text.slice(matches[i]!.index + words[i]!.length, matches[i + 1]?.index ?? text.length);
    if (i === words.length - 1 || CLAUSE_END.test(after)) [end, conjunction] = [i, -1];
    clauseEnd[i] = end;
    beforeConjunction[i] = conjunction > i + 1 ? conjunction - 1 : -1;
    // Not the "und" of "nach und nach", "ab und zu": no verb's particle stands before it.
    if (CONJUNCTION.has(lowered[i]!) && !IDIOM.has(`${lowered[i - 1]} ${lowered[i + 1]}`)) conjunction = i;
  }
  return { words, lowered, clauseEnd, beforeConjunction, starts: matches.map((m) => m.index) };
}

/** A lexicon's forms by language and by the first letters of their first word, for findEntries. */
interface FormIndex {
  /** A form's bucket: its first word's first three letters, or the whole word when shorter ("=EU"). */
  buckets: Record<MatchLanguage, Map<string, { entry: number; form: Form }[]>>;
  /** The German forms that may sit inside a compound ("Truppenentsendung" holds "entsend"): tried at every word. */
  inner: { entry: number; form: Form }[];
  /** Which entries' inner forms each German word holds: the same words come back claim after claim. */
  innerHits: Map<string, number[]>;
}

/** Words whose inner forms are remembered, at most; then the memory starts anew. */
const INNER_MEMORY = 50_000;

function indexForms(entries: CompiledEntry[]): FormIndex {
  const index: FormIndex = { buckets: { de: new Map(), en: new Map() }, inner: [], innerHits: new Map() };
  entries.forEach(({ forms }, entry) =>
    (["de", "en"] as const).forEach((language) =>
      forms[language].forEach((form) => {
        const bucket = form.words[0]!.toLowerCase().slice(0, 3);
        const list = index.buckets[language].get(bucket) ?? [];
        index.buckets[language].set(bucket, [...list, { entry, form }]);
        // A separable verb is not part of a compound: its particle must end the clause (matchesAt).
        const single = form.words.length === 1 && form.particle === undefined;
        if (language === "de" && form.prefix && single && form.words[0]!.length >= 6) index.inner.push({ entry, form });
      }),
    ),
  );
  return index;
}

const INDEXED = new Map(Object.values(COMPILED).map((entries) => [entries, indexForms(entries)]));

/**
 * The ids of the entries whose forms occur among the words, in the lexicon's order. `inside`: a German form may also
 * be found inside a compound (concepts and figure kinds; never names). Each word is tried against the forms that can
 * start at it (and, for `inside`, the few that can sit in it), not against every form of the lexicon: the lexicon
 * names the world's places, and a scan would cost a 5,000-word article ~100 ms.
 */
function findEntries(tokens: Tokens, entries: CompiledEntry[], languages: MatchLanguage[], inside: boolean) {
  const index = INDEXED.get(entries)!;
  const hits = new Set<number>();
  for (const language of languages) {
    const compounds = inside && language === "de";
    tokens.lowered.forEach((word, i) => {
      for (const bucket of bucketsOf(word))
        for (const { entry, form } of index.buckets[language].get(bucket) ?? [])
          if (!hits.has(entry) && matchesAt(tokens, i, form, compounds)) hits.add(entry);
      if (compounds) for (const entry of innerHitsOf(index, word)) hits.add(entry);
    });
  }
  return [...hits].sort((x, y) => x - y).map((entry) => entries[entry]!.entry.id);
}

/** The buckets of FormIndex a form starting at this word is in: its first two and three letters, or the word. */
const bucketsOf = (word: string) => (word.length > 2 ? [word.slice(0, 2), word.slice(0, 3)] : [word]);

/** The entries whose forms sit inside a German word (a compound; "unverletzt" is negated, not "verletzt"). */
function innerHitsOf(index: FormIndex, word: string): number[] {
  let hits = index.innerHits.get(word);
  if (hits === undefined) {
    hits = word.startsWith("un")
      ? []
      : index.inner.filter(({ form }) => word.includes(form.words[0]!) && !isAnotherWord(word)).map((f) => f.entry);
    if (index.innerHits.size >= INNER_MEMORY) index.innerHits.clear();
    index.innerHits.set(word, hits);
  }
  return hits;
}

/** The entities a text names: the lexicon's forms, and the places German names with a compass point before them. */
function namedEntities(tokens: Tokens): string[] {
  const named = findEntries(tokens, COMPILED.entities, ["de", "en"], false);
  const compass = tokens.lowered.flatMap((word) => compassPlaceOf(word)?.places ?? []);
  return compass.length === 0 ? named : [...new Set([...named, ...compass])];
}

// German writes a part of a country as one word: "Norddeutschland", "Ostukraine", "Süditalien", "Nordgaza".
const COMPASS_POINT = /^(nordost|nordwest|südost|südwest|nord|süd|ost|west|mittel|zentral)(\p{L}{4,})$/u;
// An adjective names a body as often as a place: "Süddeutsche Zeitung", "Westdeutscher Rundfunk".
const ADJECTIVE = /(?:isch|deutsch)(?:e|er|en|es|em)?$/u;
/** The compass point as the English claim writes it ("in southern Germany"), as foldWord folds it. */
const DIRECTION: Record<string, string> = {
  nord: "northern",
  süd: "southern",
  ost: "eastern",
  west: "western",
  nordost: "northeastern",
  nordwest: "northwestern",
  südost: "southeastern",
  südwest: "southwestern",
  mittel: "central",
  zentral: "central",
};

/**
 * The place a German word names after a compass point ("Ostukraine": Ukraine, in its east), unless the word is a
 * name of its own ("Nordkorea", "Südsudan", "Westjordanland" are entries; "Westindien" is the Caribbean). Only German
 * forms, only places and no adjectives: an English form would read "Westjordanland" as Jordan, "Nordamerika" is no
 * United States, and "Süddeutsche" a newspaper as often as a region.
 */
function compassPlaceOf(word: string): { places: string[]; direction: string } | undefined {
  const [, point, rest] = COMPASS_POINT.exec(word) ?? [];
  if (rest === undefined || ADJECTIVE.test(rest) || /^(?:west|ost)indi/.test(word)) return;
  if (findEntries(wordAsTokens(word), COMPILED.entities, ["de"], false).length > 0) return;
  const places = findEntries(wordAsTokens(rest), COMPILED.entities, ["de"], false).filter(
    (id) => !BODY_IDS.has(id) && id !== "united_states",
  );
  return places.length > 0 ? { places, direction: foldWord(DIRECTION[point!]!, "en") } : undefined;
}

const wordAsTokens = (word: string): Tokens => ({
  words: [word],
  lowered: [word],
  clauseEnd: [0],
  beforeConjunction: [-1],
  starts: [0],
});

/** The country of each city or region the lexicon knows. */
export const COUNTRY_OF = new Map(ENTITIES.flatMap((e) => (e.country ? [[e.id, e.country] as const] : [])));

/** A city or region names its country too: a claim about Milan is one about Italy, and not apart from it. */
const withCountries = (named: string[]) => [
  ...new Set(named.flatMap((id) => [id, ...(COUNTRY_OF.has(id) ? [COUNTRY_OF.get(id)!] : [])])),
];

/**
 * What a lead gives its article's claims (articleContextOf; contextParts reads it): its entities, and its words as a
 * claim's key holds them (contentWordsOf) in either language, since the lead's language is not known here.
 */
export function contextNamedIn(text: string): string[] {
  const tokens = tokensOf(text);
  // A bounded number: every claim of the article reads them, and a lead may be a page without a full stop.
  const lead = tokens.lowered.slice(0, LEAD_WORDS);
  const words = [...contentWordsOf(lead, "de"), ...contentWordsOf(lead, "en")];
  return [...withCountries(namedEntities(tokens)), ...new Set(words.map((w) => `${LEAD_WORD}${w}`))];
}

/**
 * A text's content words (lower-cased) as a key holds them: no stopwords or numbers, and short words only where the
 * translation table writes them for a German one ("law", "tax", "pay"), folded (foldWords); a German place after a
 * compass point as the English claim writes the point ("Süddeutschland": Germany, and "southern").
 */
function contentWordsOf(lowered: string[], language: MatchLanguage): string[] {
  return lowered
    .filter(
      (w) =>
        (w.length >= 4 || (language === "en" && TRANSLATED.has(foldWord(w, "en")))) &&
        !STOPWORDS.has(w) &&
        !/\d/.test(w),
    )
    .flatMap((w) => compassPlaceOf(w)?.direction ?? foldWords(w, language));
}

/** The lead's words read, at most: two sentences of news have some forty (and as many stopwords). */
const LEAD_WORDS = 160;
/** A claim of fewer words is not taken for its lead, however many of them the lead has. */
const LEAD_MIN_WORDS = 3;
/** A claim with this share of its words in its article's lead is the lead, or says it again. */
const LEAD_SHARE = 0.75;
/** Marks a word of the lead among an article's context (contextNamedIn), as foldWord writes it in either language. */
const LEAD_WORD = "#";

interface ContextParts {
  entities: readonly string[];
  words: ReadonlySet<string>;
}

/**
 * An article's context (contextNamedIn) by kind: the lexicon's entities and the lead's words. Read once per context:
 * every claim of an article is keyed with the same one.
 */
export function contextParts(context: string[]): ContextParts {
  let parts = PARTS.get(context);
  if (!parts) {
    const isWord = (id: string) => id.startsWith(LEAD_WORD);
    // Frozen: the parts are shared by every claim keyed with the context.
    parts = Object.freeze({
      entities: Object.freeze(context.filter((id) => !isWord(id))),
      words: new Set(context.filter(isWord).map((id) => id.slice(LEAD_WORD.length))),
    });
    PARTS.set(context, parts);
  }
  return parts;
}
const PARTS = new WeakMap<string[], ContextParts>();

const BODY_IDS = new Set(ENTITIES.filter((e) => e.body).map((e) => e.id));

/**
 * A claim's own entities with those of its article's lead (article-context.ts) that it leaves unsaid: the lead's
 * places when the claim names no place (known or not), its bodies when the claim names no body. A claim that names its
 * own place keeps only that ("In neighbouring Italy, two people died" is not about the Austria of the lead).
 */
function withArticleContext(own: string[], unknownPlaces: string[], context: readonly string[]): string[] {
  if (context.length === 0) return own;
  const isBody = (id: string) => BODY_IDS.has(id);
  // A place the lexicon does not know ("in Varaždin") is the claim's own place too.
  const [ownPlace, ownBody] = [own.some((id) => !isBody(id)) || unknownPlaces.length > 0, own.some(isBody)];
  const inherited = context.filter((id) => (isBody(id) ? !ownBody : !ownPlace));
  return [...new Set([...own, ...inherited])];
}

/**
 * The word each of `ids` is first named at (for the few entities a claim names, after findEntries found them). Not
 * a place named only after a compass point ("in der Ostukraine"): that is where, not who.
 */
function firstNamed(tokens: Tokens, ids: string[]): { id: string; at: number }[] {
  return ids.flatMap((id) => {
    const { forms } = COMPILED.entities.find((e) => e.entry.id === id)!;
    const at = tokens.lowered.findIndex((_, i) =>
      (["de", "en"] as const).some((language) => forms[language].some((form) => matchesAt(tokens, i, form, false))),
    );
    return at >= 0 ? [{ id, at }] : [];
  });
}

/**
 * Words that hold a form's letters and are another word, whichever form they hold: "eingesetzt", "fortgesetzt",
 * "Vorgesetzte" are forms of "setzen", not laws ("Gesetz"); "die Vereinigten Staaten" agreed nothing, nor a
 * "saisonbereinigt" figure; an investigation "abgeschlossen" is finished, not closed, a prisoner "eingesperrt" locked
 * up; a club "abgestiegen" relegated, not risen; "ausgewählt" is chosen, not elected; "Baugenehmigungen" and
 * "Neuzulassungen" are permits and cars counted, not approvals, a "Zulassungsbehörde" the regulator; a
 * "Kostenvoranschlag" is an estimate, a "Versteigerung" an auction, "vielversprechend" promising.
 */
const ANOTHER_WORD = new RegExp(
  [
    "gesetzt",
    "vereinigt",
    "bereinigt",
    "vereinigung",
    "bereinigung",
    "vielversprech",
    "eingesperrt",
    ".geschlossen",
    "(?:ab|ein|aus|um|auf|zu)gestiegen",
    "ausgestorben",
    "ausgewählt",
    "(?:bau|aufenthalts|arbeits)genehmig",
    "neuzulassung",
    "zulassungsbehörde",
    "zulassungsstelle",
    "völkerrechtswidrig",
    "voranschl",
    "versteigerung",
  ].join("|"),
);
const isAnotherWord = (word: string) => ANOTHER_WORD.test(word);

function matchesAt({ words, lowered, clauseEnd, beforeConjunction }: Tokens, i: number, form: Form, inside: boolean) {
  // A separable verb's particle ends the verb's clause: "griff die Ukraine an", not "sagte, es sei zu früh".
  const particleAt = (j: number) => j > i && lowered[j] === form.particle;
  if (form.particle !== undefined && !particleAt(clauseEnd[i]!) && !particleAt(beforeConjunction[i]!)) return false;
  const last = form.words.length - 1;
  for (let k = 0; k <= last; k++) {
    const word = form.exactCase ? words[i + k] : lowered[i + k];
    const wanted = form.words[k]!;
    if (word === undefined) return false;
    if (k < last || !form.prefix) {
      if (word !== wanted) return false;
    } else if (!word.startsWith(wanted)) {
      // German compounds: "Truppenentsendung" holds "entsend", "Drohnenangriff" "angriff"; "unverletzt" is negated.
      const compound = inside && last === 0 && wanted.length >= 6 && !word.startsWith("un") && word.includes(wanted);
      if (!compound || isAnotherWord(word)) return false;
    } else if (isAnotherWord(word)) return false;
  }
  return true;
}

/** Where a claim names its source ("according to Seoul", "…, teilte die Polizei mit"), as [from, to) offsets. */
const attributionSpans = (claim: ClaimForMatching): [number, number][] =>
  [...claim.text.matchAll(ATTRIBUTION[claim.language])].map((m) => {
    const end = m.index + m[0].length;
    return [m.index, end + (seatAfter(claim.text, m[0], end) ?? 0)];
  });

/**
 * The seat named right after a source ("laut dem Innenministerium in Wien", "nach Angaben der Behörden aus Kiew"): the
 * source's, when the span ends in a noun (German capitalises it; "laut Polizei wurden in Wien" names where it happened).
 */
function seatAfter(text: string, span: string, end: number): number | undefined {
  // The span may have taken the preposition as its last word ("nach Angaben des Ministeriums in").
  const preposition = / (?:in|aus)$/.exec(span)?.[0].length ?? 0;
  if (!/(?:^|\s)\p{Lu}[\p{L}-]*$/u.test(span.slice(0, span.length - preposition))) return undefined;
  const seat = (preposition ? /^\s+\p{Lu}[\p{L}-]*/u : /^\s+(?:in|aus)\s+\p{Lu}[\p{L}-]*/u).exec(
    text.slice(end, end + 60),
  );
  return seat?.[0].length;
}

// What happened before what a claim states: "closed … after the crash", "kündigte nach dem Urteil Revision an".
const AFTERMATH: Record<MatchLanguage, RegExp> = {
  // Case-sensitive for the noun (German capitalises it), so the preposition is written both ways: "Nach dem Urteil".
  de: /\b(?:[Nn]ach|[Ss]eit|[Ii]nfolge)\s+(?:dem|den|der|des|einem|einer|eines)\s+(?:\p{Ll}+\s+)?\p{Lu}\p{L}+/gu,
  en: /\b(?:after|following|since)\s+(?:the|a|an|this|that|last|its|their)\s+(?:\p{L}+\s+)?\p{L}+/giu,
};

const aftermathSpans = (claim: ClaimForMatching) => spansOf(claim, AFTERMATH);

/** Where a claim's text holds what the language's pattern finds, as [start, end) offsets. */
const spansOf = (claim: ClaimForMatching, patterns: Record<MatchLanguage, RegExp>): [number, number][] =>
  [...claim.text.matchAll(patterns[claim.language])].map((m) => [m.index, m.index + m[0].length]);

// What help was sent for is not what happened: "sent 1,200 soldiers to help with the evacuation" states no
// evacuation (it was linked as one with "8,000 residents were evacuated"), nor "um bei der Evakuierung zu helfen",
// "zur Unterstützung der Evakuierung". The words stay the claim's.
const PURPOSE: Record<MatchLanguage, RegExp> = {
  de: /\b(?:um\s+(?:[^\s,.;:]+\s+){0,6}?zu\s+(?:helfen|unterstützen)|zur\s+(?:Unterstützung|Hilfe)\s+(?:bei\s+)?(?:der|den|dem|des)\s+(?:\p{Ll}+\s+)?\p{Lu}\p{L}+)/gu,
  en: /\b(?:to|in order to)\s+(?:help|assist|support|aid)\s+(?:(?:with|in)\s+)?(?:(?:the|a|an|its|their)\s+)?(?:\p{L}+\s+)?\p{L}+/giu,
};

const purposeSpans = (claim: ClaimForMatching) => spansOf(claim, PURPOSE);

// What someone thinks of an event is not the event: "ZDS called the strike disproportionate", "die Opposition
// kritisierte den Einsatz". The event's noun stays among the claim's words; it is not what the claim says happened.
// Not "verurteilte": it sentences ("verurteilte den Angeklagten zu zehn Jahren") as often as it condemns.
/** A word that is not one of the prepositions and conjunctions after which "called the strike" is calling it. */
const NOT_AFTER = String.raw`(?!(?:for|after|on|off|in|at|to|over|against|by|from|with|and|or|when|as|before)\b)`;
const JUDGED: Record<MatchLanguage, RegExp> = {
  de: /\b(?:bezeichnete|bezeichneten|bezeichnet|nannte|nannten|kritisierte|kritisierten|kritisiert|begrüßte|begrüßten|begrüßt|lobte|lobten)\s+(?:den|die|das|diesen|diese|dieses)\s+(?:\p{Ll}+\s+)?\p{Lu}\p{L}+/gu,
  // "called the strike disproportionate", not "called the election for July" or "called the strike after talks failed".
  en: new RegExp(
    String.raw`\b(?:(?:called|calls)\s+(?:the|this|that|its|their)\s+(?:${NOT_AFTER}\p{L}+\s+)?${NOT_AFTER}\p{L}+` +
      String.raw`(?=\s+${NOT_AFTER}\p{L})|(?:described|describes|condemned|condemns|critici[sz]ed|critici[sz]es|` +
      String.raw`denounced|denounces|welcomed|welcomes|praised|praises|slammed|slams)\s+(?:the|this|that|its|their)` +
      String.raw`\s+(?:\p{L}+\s+)?\p{L}+)`,
    "giu",
  ),
};

const judgedSpans = (claim: ClaimForMatching) => spansOf(claim, JUDGED);

// A refusal to say something states nothing: "declined to comment" is no decline, in any claim that ends with it.
const DECLINED: Record<MatchLanguage, RegExp> = {
  de: /\b(?:wollte|wollten)\s+sich\s+(?:dazu\s+)?nicht\s+äußern\b/giu,
  en: /\bdeclin(?:ed|es|ing)\s+to\s+(?:comment|say|confirm|elaborate|discuss|disclose|give|provide|answer|respond|specify|name|be)\b/giu,
};

const declinedSpans = (claim: ClaimForMatching) => spansOf(claim, DECLINED);

// A market's close is no closure: "shares closed 9.4 per cent lower", "die Aktie schließt mit einem Minus" (a fall,
// which its own words say) are not "plant closures". Only the verb is left out, so the change after it is still read.
// What follows the verb must be a market's words (a change with its unit, higher or lower at a phrase's end, a level):
// "closed down 40 stores", "closed the lower deck", "closed at 3 p.m.", "schließen bei 40 Grad" stay closures.
const CHANGE_FIGURE_EN = String.raw`(?:(?:more\s+than|nearly|almost|about|around|some|roughly)\s+)?[$€£]?\d[\d.,]*\s*(?:%|per\s*cent|percent|points?|pence|cents?)`;
const PHRASE_END_EN = String.raw`(?=\s*(?:[,.;]|$|(?:on|in|at|after|than|to|for|from|as|with|and|while|following)\b))`;
const MARKET_FILLER_DE = String.raw`(?:(?:\d+(?:[.,]\d+)*|Prozent|Punkte?n?|deutlich|leicht|knapp|kräftig|rund|etwa|um|in\s+\p{Lu}[\p{L}-]*|am\s+\p{Lu}\p{L}*)\s+){0,4}`;
const MARKET_CLOSE: Record<MatchLanguage, RegExp> = {
  de: new RegExp(
    String.raw`\b(?:schließt|schließen)(?=\s+${MARKET_FILLER_DE}(?:mit\s+einem\s+(?:Minus|Plus|Abschlag|` +
      String.raw`Aufschlag|Verlust|Gewinn|Kursverlust|Kursgewinn)|im\s+(?:Minus|Plus)|(?:höher|tiefer|fester|leichter|` +
      String.raw`schwächer|unverändert)\b|auf\s+(?:einem\s+)?(?:Rekord|Allzeit|Jahres|Monats)\p{L}*|bei\s+\d[\d.,]*\s+` +
      String.raw`(?:Punkte?n?|Euro|Dollar|Franken|Pfund)\b))`,
    "gu",
  ),
  en: new RegExp(
    String.raw`\bclosing(?=\s+(?:price|prices|level|bell|auction)\b)|\b(?:closed|closes|closing)(?=\s+(?:(?:the\s+day|trading|the\s+session)\s+)?(?:(?:up|down)\s+(?:by\s+)?` +
      String.raw`${CHANGE_FIGURE_EN}|(?:(?:sharply|slightly|marginally|modestly|steeply|firmly|broadly)\s+)?(?:higher|` +
      String.raw`lower|flat|unchanged)${PHRASE_END_EN}|${CHANGE_FIGURE_EN}\s+(?:higher|lower|down|up)${PHRASE_END_EN}|at\s+` +
      String.raw`(?:[$€£]\d|\d[\d,.]*(?:\s+(?:points|pence|cents))?${PHRASE_END_EN}|(?:an?\s+)?(?:record|all-time|\d+-\p{L}+|` +
      String.raw`\p{L}+-(?:year|month|week|day))\s+(?:high|low))))`,
    "giu",
  ),
};

const marketCloseSpans = (claim: ClaimForMatching) => spansOf(claim, MARKET_CLOSE);

/**
 * For each word (by where it starts, in order), whether it lies inside one of the spans: one sweep over the words and
 * the spans in order, so a claim with many phrases to leave out costs no more than one with few.
 */
function insideSpans(starts: number[], spans: [number, number][]): boolean[] {
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  let next = 0;
  // The furthest end of the spans that start at or before the word.
  let reach = -1;
  return starts.map((at) => {
    for (; next < sorted.length && sorted[next]![0] <= at; next++) reach = Math.max(reach, sorted[next]![1]);
    return at < reach;
  });
}

/**
 * The tokens outside the given phrases of a claim (its source, what came before, a judgement, a market's close): an
 * event named there is not what it states.
 */
function withoutSpans(tokens: Tokens, spans: [number, number][]): Tokens {
  if (spans.length === 0) return tokens;
  const inside = insideSpans(tokens.starts, spans);
  const pick = <T>(list: T[]) => list.filter((_, i) => !inside[i]);
  // Clause ends index into the full list: each kept word's is the last kept word at or before its old one.
  const lastKept: number[] = [];
  let kept = -1;
  for (let i = 0; i < inside.length; i++) lastKept.push(inside[i] ? kept : ++kept);
  const clauseEnd = pick(tokens.clauseEnd).map((end) => lastKept[end]!);
  // A word before a conjunction that was left out stands for none.
  const beforeConjunction = pick(tokens.beforeConjunction).map((at) => (at < 0 || inside[at] ? -1 : lastKept[at]!));
  return {
    words: pick(tokens.words),
    lowered: pick(tokens.lowered),
    starts: pick(tokens.starts),
    clauseEnd,
    beforeConjunction,
  };
}

/** Who a claim says acts (MatchKey.agent), or undefined; `spans` are where it names its source (attributionSpans). */
function agentOf(
  claim: ClaimForMatching,
  tokens: Tokens,
  named: { id: string; at: number }[],
  spans: [number, number][],
): string | undefined {
  if (PASSIVE[claim.language].test(claim.text)) return undefined;
  // A place or body after a preposition of direction is where or against whom it happened, not who acted: "The army
  // sent 1,200 soldiers to Lower Austria" names no agent (read as Lower Austria, it swapped sides with "the Austrian
  // army deployed 2,000 soldiers to Lower Austria").
  const inside = insideSpans(tokens.starts, spans);
  // English names who acts before the verb: in "Its foreign ministry summoned the Norwegian ambassador" Norway is
  // whom it was done to, and no one named acts (German puts the verb second and its subject after it as often).
  const verb = claim.language === "en" ? firstDirectedAt(tokens) : tokens.words.length;
  const outside = named.filter(({ at }) => at < verb && !inside[at] && !towards(tokens, at, claim.language));
  return outside.sort((a, b) => a.at - b.at)[0]?.id;
}

const PAST = /(?:ed|^sent|^struck|^bought|^sold|^took)$/;
/** The lexicon's events with a direction, by their place in COMPILED.concepts. */
const DIRECTED_ENTRIES = new Set(COMPILED.concepts.flatMap(({ entry }, i) => (entry.directed ? [i] : [])));

/**
 * Where the first English verb of an event with a direction stands, in the past tense ("summoned", "sent"; the words'
 * count if none does): "sanctions", "attack" and "strikes" are as often nouns before the subject ("Despite new
 * sanctions, Russia attacked …").
 */
function firstDirectedAt(tokens: Tokens): number {
  const index = INDEXED.get(COMPILED.concepts)!;
  const at = tokens.lowered.findIndex(
    (word, i) =>
      PAST.test(word) &&
      bucketsOf(word).some((bucket) =>
        (index.buckets.en.get(bucket) ?? []).some(
          ({ entry, form }) => DIRECTED_ENTRIES.has(entry) && matchesAt(tokens, i, form, false),
        ),
      ),
  );
  return at < 0 ? tokens.words.length : at;
}

/**
 * Whether the name at `at` is where something went or whom it was aimed at: "to Lower Austria", "nach Russland",
 * "gegen die Ukraine". German "nach" is also "after" and "according to": not before an adjective ("nach russischen
 * Angriffen") or inside a compound ("nach UN-Angaben").
 */
function towards(tokens: Tokens, at: number, language: MatchLanguage): boolean {
  const before = tokens.lowered[at - 1] === "die" || tokens.lowered[at - 1] === "the" ? at - 2 : at - 1;
  const preposition = tokens.lowered[before] ?? "";
  if (!PREPOSITIONS[language].has(preposition)) return false;
  // "Hackers linked to Russia", "militias loyal to Iran": who they belong to, who may well be who acts.
  if (preposition === "to" && BELONGING.has(tokens.lowered[before - 1] ?? "")) return false;
  const word = tokens.lowered[at]!;
  return preposition !== "nach" || !(word.includes("-") || /isch(?:e|en|er|es|em)?$/.test(word));
}

// Only the prepositions of a direction: after "in" a place is as often where the one who acts sits ("das
// Außenministerium in Seoul bestellte … ein").
const PREPOSITIONS: Record<MatchLanguage, Set<string>> = {
  en: new Set(["to", "into", "toward", "towards", "against", "onto", "at", "on"]),
  de: new Set(["nach", "gegen"]),
};
const BELONGING = new Set(
  "linked tied close loyal allied attributed due thanks according next related connected belonging sympathetic".split(
    " ",
  ),
);

/**
 * A unit's last word, from its last letters only: a unit may be a hostile run of letters, and a pattern anchored at
 * its end is tried from every position.
 */
const lastWordOf = (unit: string) => unit.slice(-LAST_WORD).match(/\p{L}+$/u)?.[0];
const LAST_WORD = 60;

/**
 * A unit the lexicon has no class for, as a class of its own: its last word folded (foldWord; a German compound by
 * its last part), without a plural "s",
 * so "12.000 Gebäude" and "12,000 buildings", "1,8 Milliarden Euro" and "1.8 billion euros", "13 Millionen
 * Standardcontainer" and "13 million containers" (a compound by the part the table knows) count the same thing.
 */
function unitWordOf(unit: string | undefined, language: MatchLanguage): string | undefined {
  const last = unit === undefined ? undefined : lastWordOf(unit);
  // "1.1 million between January and March": the word after a number is not always what it counts.
  if (!last || last.length < 3 || NOT_UNITS.has(last.toLowerCase())) return undefined;
  // A German compound by its last part, what it counts: "Intensivpatienten" are patients, as the English claim writes;
  // people of a kind by what they do ("Feuerwehrleute": firefighters).
  const parts = language === "de" ? foldWords(last, language) : [foldWord(last, language)];
  const counted = PEOPLE_OF_A_KIND.test(last.toLowerCase()) && parts.length > 1 ? parts[0]! : parts.at(-1)!;
  return `${UNIT_WORD}${counted.replace(/s$/, "")}`;
}

/** Words the extractor may take for a figure's unit that count nothing: prepositions after the number. */
const NOT_UNITS = new Set("between within across from until zwischen innerhalb binnen von bis seit".split(" "));

/** Marks a unit class made from a unit's own word (unitWordOf), which the reasons show as the claim wrote it. */
export const UNIT_WORD = "word:";

export function unitClassOf(unit: string | undefined, language: MatchLanguage): string | undefined {
  if (!unit) return undefined;
  const found = findEntries(tokensOf(unit), COMPILED.units, [language, language === "de" ? "en" : "de"], true)[0];
  return found ?? (language === "de" ? compoundUnitClassOf(unit) : undefined);
}

/**
 * A German compound counts what its last part counts: "Verhandlungstage" are days, "Masernfälle" cases, "Einsatzstunden"
 * hours (forms under six letters are not looked for inside every word). The first part is at least four letters.
 */
function compoundUnitClassOf(unit: string): string | undefined {
  const word = lastWordOf(unit)?.toLowerCase();
  if (!word || NOT_COUNTED_BY_END.test(word) || PEOPLE_OF_A_KIND.test(word)) return undefined;
  for (let at = Math.max(4, word.length - LONGEST_UNIT_FORM); at <= word.length - 4; at++) {
    const found = UNIT_ENDS.get(word.slice(at));
    if (found) return found;
  }
  return undefined;
}
/**
 * Compounds of people named by what they do: "Feuerwehrleute", "Feuerwehrmänner" count firefighters, as the English
 * word does ("600 firefighters"), not people at large — against "3.000 Menschen" they were flagged as a figure that
 * disagrees. unitWordOf counts them by their first part.
 */
const PEOPLE_OF_A_KIND = /^\p{L}{3,}(?:leute|männer|kräfte)$/u;
/** Compounds whose last part is not what they count: parliaments, party conventions, birthdays. */
const NOT_COUNTED_BY_END = /(?:landtag|bundestag|reichstag|parteitag|kirchentag|städtetag|geburtstag)/;
/** Each unit class's German single-word forms, as whole words (a form "soldat*" as "soldat"). */
const UNIT_ENDS = new Map(
  UNIT_CLASSES.flatMap((entry) =>
    entry.de.filter((form) => /^\p{Ll}+\*?$/u.test(form)).map((form) => [form.replace("*", ""), entry.id] as const),
  ),
);
const LONGEST_UNIT_FORM = Math.max(...[...UNIT_ENDS.keys()].map((form) => form.length));

/**
 * The match key of a claim: linear in its length (each lexicon form is tried at each word, and the lexicon is fixed).
 * Entities are looked for in both languages' forms (names cross over: an English text says "Kreml" rarely, a German
 * one "Pentagon" often); concepts in the claim's own language only, where a word of the other could mean something
 * else.
 */
export function matchKeyOf(claim: ClaimForMatching): MatchKey {
  const tokens = tokensOf(claim.text);
  const named = namedEntities(tokens);
  // What the article's lead names stands for what the claim leaves unsaid ("About 4,000 people were evacuated").
  const own = withCountries(named);
  const places = unknownPlacesOf(tokens, claim.language);
  // A place in the claim's source ("…, berichtete die Deutsche Presse-Agentur", "…, Kyiv said") is not where it
  // happened: it does not keep the lead's places out.
  const spans = attributionSpans(claim);
  const said = spans.length > 0 ? withCountries(namedEntities(withoutSpans(tokens, spans))) : own;
  // Nor is a city named only as the source's seat a place of the claim where the claim names one of its own ("nach
  // Angaben des Ministeriums in Wien wurden in Graz …"): it would keep the claim apart from the same one told
  // without the seat. Alone, the seat is most often where it happened ("…, the governor of Kharkiv said").
  const seats = own.filter((id) => COUNTRY_OF.has(id) && !said.includes(id));
  const ownCity = said.some((id) => COUNTRY_OF.has(id));
  const stated = seats.length > 0 && ownCity ? own.filter((id) => !seats.includes(id)) : own;
  const context = contextParts(claim.context ?? []);
  const entities = [...new Set([...stated, ...withArticleContext(said, places, context.entities)])];
  const inherited = entities.filter((id) => !own.includes(id));
  // What happened before what a claim states ("closed … after the crash") is neither its event nor its words.
  const aftermath = aftermathSpans(claim);
  const notStated = [
    ...aftermath,
    ...judgedSpans(claim),
    ...purposeSpans(claim),
    ...marketCloseSpans(claim),
    ...declinedSpans(claim),
  ];
  const concepts = findEntries(withoutSpans(tokens, notStated), COMPILED.concepts, [claim.language], true);
  const agent = agentOf(claim, tokens, firstNamed(tokens, named), spans);
  // Only what a figure says, not where it stands (a stored claim's quantities carry their offsets too).
  const read = claim.quantities.flatMap(({ text, value, max, comparator, unit }): Figure[] => {
    const unitClass = unitClassOf(unit, claim.language) ?? unitWordOf(unit, claim.language);
    return unitClass ? [{ text, value, ...(max === undefined ? {} : { max }), comparator, unit, unitClass }] : [];
  });
  // A forecast, projection or target is compared with its like (figure-frames.ts); a target is one of a rate.
  const expected = expectedFigures(
    claim.text,
    read.map((f) => ({ text: f.text, rate: f.unitClass === "percent" })),
    claim.language,
  );
  // And a count of a part within a count ("12 injured, three of them seriously", "four of the injured") with its like.
  const partial = partialFigures(claim.text, read, claim.language);
  // And a figure for each of something ("2,80 Euro pro Stunde") with its like, never with a total.
  const per = perUnitOf(claim.text, read, claim.language);
  const figures = read.map((f, i): Figure => ({
    ...f,
    ...(expected[i] ? { expected: true } : {}),
    ...(partial[i] ? { partial: true } : {}),
    ...(per[i] ? { per: per[i] } : {}),
  }));
  const periods = periodsOf(claim.text, claim.language);
  const names = new Set(entities.flatMap((id) => ENTITY_FOLDS.get(id) ?? []));
  // Who said it is not what was said: the words of "nach Angaben der Polizei", "…, officials said" are left out, or
  // two claims on anything that cite the police would share a word for it.
  const leftOut = insideSpans(tokens.starts, [...spans, ...aftermath]);
  const content = contentWordsOf(
    tokens.lowered.filter((_, i) => !leftOut[i]),
    claim.language,
  ).filter((w) => !names.has(w));
  const words = [...new Set(content)];
  const storyWords = words.filter((w) => context.words.has(w));
  // A claim that is its lead, or says it again: its words are what it states, not only its story's setting. Not one
  // of a word or two ("All 382 passengers"), which says too little to tell.
  const restatesLead = words.length >= LEAD_MIN_WORDS && storyWords.length >= LEAD_SHARE * words.length;
  return {
    language: claim.language,
    entities,
    ...(agent ? { agent } : {}),
    ...(inherited.length > 0 ? { inherited } : {}),
    concepts,
    ...(places.length > 0 ? { places } : {}),
    figures,
    ...(periods.length > 0 ? { periods } : {}),
    words,
    ...(storyWords.length > 0 ? { storyWords } : {}),
    ...(restatesLead ? { restatesLead } : {}),
  };
}

// Not German "bei": what follows it unknown to the lexicon is a noun ("bei Gefechten", "bei der Versandapotheke")
// far more often than a town, and an unknown place kept the claim from its lead's places and apart from others.
const LOCATIVE: Record<MatchLanguage, Set<string>> = {
  de: new Set(["in", "im", "aus"]),
  en: new Set(["in", "from", "near"]),
};
const ARTICLES = new Set(["der", "dem", "den", "die", "the"]);
// German nouns are capitalised too: the ones that follow "in"/"im" and name no place.
const NO_PLACE = new Set(
  (
    "höhe kraft folge rahmen zuge zusammenhang richtung nähe zukunft vergangenheit vorjahr zeit lage fall form frage " +
    "ordnung gefahr haft gewahrsam betrieb verbindung anspruch kürze gange westen osten norden süden land stadt " +
    "region hauptstadt innenstadt ort ortschaft dorf gemeinde kreis landkreis bezirk stadtteil viertel gebiet " +
    "bereich fokus vordergrund hintergrund streit kampf krieg sommer winter " +
    "frühjahr herbst jahresverlauf monat woche wochen tagen morgen abend nacht verlauf anschluss auftrag namen " +
    "zeitraum jahr quartal halbjahr vergleich durchschnitt schnitt gegensatz vorfeld laufe gespräch interview " +
    // Times of day and states one is in ("in der Früh", "im Amt", "im Dienst", "in Not"), as "am Abend" is.
    "früh frühe vormittag nachmittag mittag mitternacht dunkelheit dämmerung amt dienst not inland umland wahrheit " +
    "north south east west northern southern eastern western"
  ).split(" "),
);

/**
 * A word that names no place, or a German compound ending in a time or a measure: "im Vorjahreszeitraum", "im
 * Jahresdurchschnitt", "im Geschäftsjahr" are no more places than "im Vorjahr". Not every word of NO_PLACE: "land",
 * "stadt", "dorf" end the names of places ("Rheinland", "Darmstadt"). Only the word's last letters are tried, so a
 * page-long "word" costs no more than a short one.
 */
function isNoPlace(lower: string, language: MatchLanguage): boolean {
  if (NO_PLACE.has(lower)) return true;
  if (language !== "de") return false;
  for (let at = Math.max(3, lower.length - LONGEST_TIME_END); at <= lower.length - 4; at++)
    if (TIME_ENDS.test(lower.slice(at))) return true;
  return false;
}
// Not the seasons: "Königswinter", "Oberwinter" are towns.
const TIME_ENDS = /^(?:zeitraum|jahr|quartal|monat|woche|verlauf|vergleich|durchschnitt|schnitt)(?:e|es|s|en|n)?$/;
const LONGEST_TIME_END = "durchschnitts".length;

/** Capitalised words after a locative preposition (and an article) that no entity of the lexicon is named by. */
function unknownPlacesOf(tokens: Tokens, language: MatchLanguage): string[] {
  const found = new Set<string>();
  for (let i = 0; i < tokens.words.length - 1; i++) {
    if (!LOCATIVE[language].has(tokens.lowered[i]!)) continue;
    const at = ARTICLES.has(tokens.lowered[i + 1]!) ? i + 2 : i + 1;
    const word = tokens.words[at];
    if (!word || !/^\p{Lu}\p{Ll}{2,}/u.test(word)) continue;
    const lower = word.toLowerCase();
    // German writes every noun capitalised: "bei dem Erdbeben" names no place, and the translation table knows it.
    if (STOPWORDS.has(lower) || isNoPlace(lower, language) || isTranslatedWord(lower, language)) continue;
    if (KNOWN_NAMES.has(foldWord(lower, language)) || compassPlaceOf(lower)) continue;
    found.add(foldWord(lower, language));
  }
  return [...found];
}

/** The words of a lexicon entry's forms in both languages, as a key's words hold them (foldWord). */
export const foldedFormsOf = (entry: LexiconEntry): string[] =>
  (["de", "en"] as const).flatMap((language) =>
    entry[language].flatMap((form) =>
      form
        .replace(/^=|\*|….*$/g, "")
        .split(" ")
        .map((word) => foldWord(word, language)),
    ),
  );

/** The folded words of each entity's names and adjectives, to keep them out of a claim's words. */
const ENTITY_FOLDS = new Map(ENTITIES.map((e) => [e.id, foldedFormsOf(e)]));

const KNOWN_NAMES = new Set([...ENTITY_FOLDS.values()].flat());

const LABELS = {
  en: new Map([...ENTITIES, ...CONCEPTS, ...UNIT_CLASSES].map((entry) => [entry.id, entry.label])),
  de: germanLabels(ENTITIES),
};
/** How the reasons name a lexicon id ("North Korea", "Nordkorea"); of an id two kinds share, the last kind's label. */
export const labelOf = (id: string, language: MatchLanguage = "en"): string =>
  LABELS[language].get(id) ?? LABELS.en.get(id) ?? id;

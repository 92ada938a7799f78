import { ENGLISH_SAME, GERMAN_TO_ENGLISH } from "./word-translations";

/**
 * A word as matching compares it, in either language: lower case without accents, the spellings German and English
 * write one sound with made one ("sch"/"sh", "k"/"c", "z"/"s", doubled letters once), cut to its first five letters.
 * So the names and loan words both languages share meet whatever the language: "Lukaschenko" and "Lukashenko",
 * "Odessa" and "Odesa", "Kommission" and "Commission", "Inflation" and "inflation", "chinesische" and "Chinese". A
 * German word the translation table knows is first put in English ("Erdbeben" as "earthquake"), and an English word
 * the vocabularies call one with another is that one ("blaze" as "fire").
 */
export function foldWord(word: string, language: "de" | "en"): string {
  return remembered(FOLDED, word, language, foldWordNow);
}

function foldWordNow(word: string, language: "de" | "en"): string {
  const lower = language === "de" ? masculineOf(lowered(word)) : (ENGLISH_SAME.get(lowered(word)) ?? lowered(word));
  const translated = language === "de" ? translationOf(lower) : undefined;
  const english = language === "en" || translated !== undefined;
  // The two sides of a wage dispute, which the cut would make one word ("emplo").
  if (english && /^employers?$/.test(translated ?? lower)) return "emplr";
  return cut(spell(translated ?? lower), english);
}

/**
 * Five letters, and an English word without its plural "s" first: "euros" and "euro", "wages" and "wage", "hours" and
 * "hour" are one word (longer words lose the "s" to the cut anyway). Not "-ss", "-us", "-is" ("crisis"), and not a
 * German word, whose "s" is its own ("Erlös", "Krebs").
 */
const cut = (spelled: string, english: boolean) =>
  (english && spelled.length >= 5 && /[^siu]s$/.test(spelled) ? spelled.slice(0, -1) : spelled).slice(0, FOLD_LENGTH);

/**
 * A word as matching compares it, as one or more words: a German compound made of parts the translation table knows
 * is the words English writes apart ("Lokführergewerkschaft": "train" and "union", "Erdbebenopfer": "earthquake" and
 * "victims"), and one whose last part it knows keeps its first part too ("Militärhilfe": "milit" and "aid",
 * "Klimagesetz": "klima" and "law"), so a loan word at its start meets the English one. Any other word is
 * foldWord's one word.
 */
export function foldWords(word: string, language: "de" | "en"): readonly string[] {
  return remembered(FOLDED_PARTS, word, language, foldWordsNow);
}

function foldWordsNow(word: string, language: "de" | "en"): string[] {
  const parts = language === "de" ? compoundParts(masculineOf(lowered(word))) : undefined;
  return parts ? parts.map(([part, english]) => cut(spell(part), english)) : [foldWord(word, language)];
}

/**
 * Words folded before, per language: news repeats its words from claim to claim, and folding one (eleven spelling
 * rules, the translation table's prefixes and compound parts) cost more than the rest of a claim's key. Bounded:
 * emptied when full, as each entry is only a word.
 */
const MEMORY = 50_000;
const FOLDED = new Map<string, string>();
const FOLDED_PARTS = new Map<string, readonly string[]>();

function remembered<T>(
  memory: Map<string, T>,
  word: string,
  language: "de" | "en",
  fold: (word: string, language: "de" | "en") => T,
): T {
  const key = `${language}${word}`;
  let folded = memory.get(key);
  if (folded === undefined) {
    folded = fold(word, language);
    if (memory.size >= MEMORY) memory.clear();
    memory.set(key, folded);
  }
  return folded;
}

/** Lower case, without a possessive ending: "Bahn's", "Brussels'" are the name. */
const lowered = (word: string) => word.toLowerCase().replace(/['’]s?$/, "");

/**
 * A German feminine plural as the plural news also writes ("Kundinnen und Kunden", "Schülerinnen und Schüler"), so
 * both are one word: "kundinnen" as "kunden", "schülerinnen" as "schüler". Not verbs ("gewinnen", "beginnen": the
 * stem before "-innen" is at least four letters).
 */
function masculineOf(lower: string): string {
  if (!lower.endsWith("innen") || lower.length < 9) return lower;
  const stem = lower.slice(0, -5);
  // Not a verb or noun that ends so itself: "Kursgewinnen", "Arbeitsbeginnen", "Dachrinnen", "Wahnsinnen".
  if (/(?:gew|beg|sp|s|[^e]r)$/.test(stem)) return lower;
  return stem.endsWith("er") ? stem : `${stem}en`;
}

/**
 * First parts that are no noun without its "e" (see compoundParts): a word of their own ("Reis" is rice, not
 * "Reise"; "Band", "Sekt", "Kreis", "Zeug", "Rent-", "Press-", "Well-"), a name ("Kohl-"), or a part that means
 * another thing than the noun ("Straf-prozess" is a criminal trial, no fine). Read from the table's every key ending
 * in "e" whose stem it does not hold.
 */
const NOT_ELIDED = new Set(["straf", "kohl", "reis", "band", "sekt", "kreis", "zeug", "rent", "press", "well"]);

/** What joins the parts of a German compound ("Arbeit-s-markt", "Piloten-streik"), longest first. */
const LINKS = ["es", "en", "er", "s", "n", "e", ""];

/** A compound's parts, each marked whether it is English (from the table) or the German word's own first part. */
function compoundParts(word: string): [part: string, english: boolean][] | undefined {
  const start = longestStart(word);
  if (start !== undefined) {
    const rest = word.slice(start.length);
    // The longest last part the table knows: "Einkommen-steuer" is tax, not "Einkommen-s-teuer" (expensive), and
    // "Schnee-sturm" a storm, not "Schnee-s-turm" (a tower).
    for (const link of [...LINKS].reverse()) {
      const english = rest.startsWith(link) ? wholeWord(rest.slice(link.length)) : undefined;
      if (english !== undefined)
        return [
          [GERMAN_TO_ENGLISH.get(start)!, true],
          [english, true],
        ];
    }
    return undefined;
  }
  const last = lastPart(word);
  if (last === undefined) return undefined;
  const first = word.slice(0, last.at);
  const link = LINKS.find((l) => l !== "" && first.endsWith(l) && first.length - l.length >= 4);
  const stem = link ? first.slice(0, -link.length) : first;
  if (stem.length < 4) return undefined;
  // A first part loses its noun's last "e" ("Fähr-unglück", "Miet-preis", "Sprach-regelung", "Reise-büro" with it as
  // the link): the noun the table knows is then the part's English, unless the part is a word of its own (NOT_ELIDED).
  const elided = NOT_ELIDED.has(stem) ? undefined : GERMAN_TO_ENGLISH.get(`${stem}e`);
  return [elided !== undefined ? [elided, true] : [stem, false], [last.english, true]];
}

/** The English for a word that is a key of the table and no more than an ending after it ("opfern": "victims"). */
function wholeWord(part: string): string | undefined {
  for (const ending of COMPOUND_ENDINGS)
    if (part.endsWith(ending)) {
      const english = GERMAN_TO_ENGLISH.get(part.slice(0, part.length - ending.length));
      if (english !== undefined) return english;
    }
  return undefined;
}

/** Long enough to keep words apart, short enough that inflection and most compound tails fall off. */
const FOLD_LENGTH = 5;

const spell = (word: string) =>
  word
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/ß/g, "ss")
    .replace(/tsch/g, "ch")
    .replace(/sch/g, "sh")
    .replace(/ph/g, "f")
    .replace(/th/g, "t")
    .replace(/ck/g, "k")
    .replace(/c(?!h)/g, "k")
    .replace(/z/g, "s")
    .replace(/y/g, "i")
    .replace(/(.)\1+/g, "$1");

/** Every English word the translation table puts a German one into, as foldWord writes it. */
export const TRANSLATED: ReadonlySet<string> = new Set([...GERMAN_TO_ENGLISH.values()].map((w) => foldWord(w, "en")));

/** Whether the translation table knows a German word: a noun of the news ("Erdbeben"), not a name. */
export function isTranslatedWord(word: string, language: "de" | "en"): boolean {
  return language === "de" && translationOf(masculineOf(word.toLowerCase())) !== undefined;
}

const LONGEST_GERMAN = Math.max(...[...GERMAN_TO_ENGLISH.keys()].map((k) => k.length));

/**
 * The English word for the longest start of a German word the table holds ("erdbebenopfer": "earthquake"), else for
 * the compound's last part: German puts what a compound names last ("pilotenstreiks": "strike", "klimaschutzgesetz":
 * "law"), followed by no more than an ending.
 */
function translationOf(word: string): string | undefined {
  const start = longestStart(word);
  return start !== undefined ? GERMAN_TO_ENGLISH.get(start) : (lastPart(word)?.english ?? pastTenseOf(word));
}

/**
 * A weak verb's past tense by the participle the table knows: "schickte" as "geschickt", "verhängten" as "verhängt"
 * (the table writes participles, German news its past tense as often). Only a whole key: "Karte" is no "gekart".
 */
function pastTenseOf(word: string): string | undefined {
  const stem = /^(\p{L}{3,})te[nst]?$/u.exec(word)?.[1];
  if (stem === undefined) return undefined;
  const english = GERMAN_TO_ENGLISH.get(`ge${stem}t`) ?? GERMAN_TO_ENGLISH.get(`${stem}t`);
  // Only a participle's key, which the table puts in an English past ("sent", "imposed"): "halten" is no "Gehalt"
  // (pay), "bieten" no "Gebiet" (area), "richtet" no "Gericht" (court).
  return english !== undefined && (/ed$/.test(english) || IRREGULAR_PAST.has(english)) ? english : undefined;
}

/** English pasts not ending in "-ed" that the table writes for a German participle. */
const IRREGULAR_PAST = new Set(
  "sent sold bought built held paid made kept left lost found brought taught told sought spent won met led fled cut hit set shut put hurt struck stuck dealt meant begun began broken chosen done drawn driven eaten fallen flown forbidden forgotten frozen given gone grown hidden known laid lain ridden risen seen shaken shot shown shrunk slain spoken stolen sworn taken thrown torn withdrawn woken worn written".split(
    " ",
  ),
);

/** The longest key of at least four letters the word starts with. */
function longestStart(word: string): string | undefined {
  for (let length = Math.min(word.length, LONGEST_GERMAN); length >= 4; length--)
    if (GERMAN_TO_ENGLISH.has(word.slice(0, length))) return word.slice(0, length);
  return undefined;
}

/**
 * The compound's last part the table knows, followed by no more than an ending, and where it starts: the first part
 * is at least four letters, or one of the short nouns compounds start with ("Bau-", "Gas-"): any three would split
 * plain words ("Sol-daten", "Ver-kehr"); the longest last part wins. A few lookups per position: the cost stays linear
 * in the word.
 */
function lastPart(word: string): { at: number; english: string } | undefined {
  const endings = COMPOUND_ENDINGS.filter((ending) => word.endsWith(ending));
  // No key is longer than LONGEST_GERMAN: a part starting further back cannot be one (and a page-long "word" would
  // cost a slice of itself per letter).
  const first = Math.max(SHORT_FIRST_PARTS.has(word.slice(0, 3)) ? 3 : 4, word.length - LONGEST_GERMAN - 3);
  for (let at = first; at <= word.length - 4; at++)
    for (const ending of endings) {
      const english = GERMAN_TO_ENGLISH.get(word.slice(at, word.length - ending.length));
      if (english !== undefined) return { at, english };
    }
  return undefined;
}

/** Three-letter nouns German compounds of the news start with ("Bauarbeiter", "Gaspreis", "Zugausfall"). */
const SHORT_FIRST_PARTS = new Set(
  "bau bus gas see tag ost zug not rat amt tor eis ski weg hof kur fan neu alt öko uni bio kfz lkw pkw".split(" "),
);

/** What may follow a compound's last part: the endings of its cases and plural, and none. */
const COMPOUND_ENDINGS = ["", "s", "e", "n", "en", "es", "er", "ern", "ns"];

import { GERMAN_TO_ENGLISH } from "./word-translations";

/**
 * A word as matching compares it, in either language: lower case without accents, the spellings German and English
 * write one sound with made one ("sch"/"sh", "k"/"c", "z"/"s", doubled letters once), cut to its first five letters.
 * So the names and loan words both languages share meet whatever the language: "Lukaschenko" and "Lukashenko",
 * "Odessa" and "Odesa", "Kommission" and "Commission", "Inflation" and "inflation", "chinesische" and "Chinese". A
 * German word the translation table knows is first put in English ("Erdbeben" as "earthquake").
 */
export function foldWord(word: string, language: "de" | "en"): string {
  const lower = word.toLowerCase();
  const translated = language === "de" ? translationOf(lower) : undefined;
  return spell(translated ?? lower).slice(0, FOLD_LENGTH);
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

/** Whether the translation table knows a German word: a noun of the news ("Erdbeben"), not a name. */
export function isTranslatedWord(word: string, language: "de" | "en"): boolean {
  return language === "de" && translationOf(word.toLowerCase()) !== undefined;
}

const LONGEST_GERMAN = Math.max(...[...GERMAN_TO_ENGLISH.keys()].map((k) => k.length));

/**
 * The English word for the longest start of a German word the table holds ("erdbebenopfer": "earthquake"), else for
 * the compound's last part: German puts what a compound names last ("pilotenstreiks": "strike", "klimaschutzgesetz":
 * "law"), followed by no more than an ending.
 */
function translationOf(word: string): string | undefined {
  for (let length = Math.min(word.length, LONGEST_GERMAN); length >= 4; length--) {
    const english = GERMAN_TO_ENGLISH.get(word.slice(0, length));
    if (english !== undefined) return english;
  }
  // The first part is at least three letters; the longest last part wins. A few lookups per position: the cost stays
  // linear in the word.
  const endings = COMPOUND_ENDINGS.filter((ending) => word.endsWith(ending));
  for (let start = 3; start <= word.length - 4; start++)
    for (const ending of endings) {
      const english = GERMAN_TO_ENGLISH.get(word.slice(start, word.length - ending.length));
      if (english !== undefined) return english;
    }
  return undefined;
}

/** What may follow a compound's last part: the endings of its cases and plural, and none. */
const COMPOUND_ENDINGS = ["", "s", "e", "n", "en", "es", "er", "ern", "ns"];

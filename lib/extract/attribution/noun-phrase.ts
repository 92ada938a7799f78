import type { Language } from "../schema";
import { isCapitalized, type Token } from "../text/tokenize";
import { TITLE_ABBREVIATIONS } from "../text/abbreviations";
import { TIME_WORDS } from "./lexicon";

/** A run of tokens [from, to) that names someone. */
export interface TokenRange {
  from: number;
  to: number;
}

const DETERMINERS: Record<Language, Set<string>> = {
  de: new Set("der die das den dem des ein eine einen einem einer eines vom beim zum zur".split(" ")),
  en: new Set("the a an".split(" ")),
};
// Small words allowed inside a name between capitalised words: "Center for Strategic & International Studies".
const NAME_GLUE = new Set("for of on and und für the & de der des du van von al la le".split(" "));
// English words that end a noun phrase even though they are lower-case (verbs, prepositions, relatives).
const EN_STOP = new Set(
  (
    "that who which whom whose in on at with from to into by as is was were are be been has have had said says told " +
    "reported and or but while if when because after before during about over than also not it this these those " +
    "would could will can may might should must did does do it's its their his her our there here what how why " +
    "including to probably now just only even"
  ).split(" "),
);
const EN_VERBS_AFTER_NAME = new Set(
  "says said told tells reports warns warned claims denies announces confirms adds notes writes wrote signed sent sees see remain remains urges urged calls called plans wants".split(
    " ",
  ),
);
const MAX_NP_TOKENS = 12;
const GERMAN_ADJECTIVE = /^\p{Ll}[\p{Ll}-]*(e|en|er|es|em)$/u;
// Look like adjectives by their ending but are possessives and quantifiers: "ihre Besorgnis" starts a new phrase.
const NOT_ADJECTIVES = new Set(
  "ihre ihren ihrer ihrem seine seinen seiner seinem unsere unseren eure meine deine keine keinen keiner diese diesen dieser diesem jene jede jeden jeder alle allen aller welche solche manche einige viele wenige eine einen einer einem sowie sie".split(
    " ",
  ),
);
const isGermanAdjective = (w: string) => GERMAN_ADJECTIVE.test(w) && !NOT_ADJECTIVES.has(w);

export function isDeterminer(token: Token | undefined, lang: Language): boolean {
  return token !== undefined && DETERMINERS[lang].has(token.lower);
}

// Names that their owners write in lower case: "die Nachrichtenagentur dpa", "die taz".
const LOWERCASE_NAMES = new Set(["dpa", "taz", "epd", "kna", "ifo", "n-tv", "ntv"]);

function isNameWord(t: Token | undefined): boolean {
  if (t === undefined || (t.kind !== "word" && t.kind !== "number")) return false;
  // "I" is capitalised but no name: "everything I say".
  if (t.text === "I") return false;
  return isCapitalized(t.text) || /^\d/.test(t.text) || LOWERCASE_NAMES.has(t.text);
}

/** German lower-case adjective directly before more of the phrase ("der russische Botschafter"). */
function isAttributive(tokens: Token[], i: number, lang: Language): boolean {
  const t = tokens[i];
  if (!t || t.kind !== "word") return false;
  if (lang === "de")
    return isGermanAdjective(t.text) && (isNameWord(tokens[i + 1]) || isAttributive(tokens, i + 1, lang));
  return /^\p{Ll}/u.test(t.text) && !EN_STOP.has(t.lower);
}

function isGlue(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || !NAME_GLUE.has(t.lower)) return false;
  // Glue only counts between name words: "Institute for the Study of War", not "AP for years".
  let j = i + 1;
  while (tokens[j] && NAME_GLUE.has(tokens[j]!.lower)) j++;
  // …but never onto a date: "confirmed by NATO on Monday".
  return isNameWord(tokens[j]) && isNameWord(tokens[i - 1]) && !TIME_WORDS.has(tokens[j]!.lower);
}

// Pronouns are whole noun phrases: "sagte er", "hat sie gesagt", "he said".
const PERSONAL_PRONOUNS: Record<Language, Set<string>> = {
  de: new Set("er sie ich wir".split(" ")),
  en: new Set("he she i we they".split(" ")),
};

export function isPersonalPronoun(token: Token | undefined, lang: Language): boolean {
  return token !== undefined && PERSONAL_PRONOUNS[lang].has(token.lower);
}

const ORIGIN_PREPOSITIONS = new Set(["from", "by", "of"]);
const ORIGIN_HEADS =
  /^(data|poll|polls|survey|surveys|report|reports|study|studies|analysis|figures|statement|records|documents?|estimates?|officials?|spokes(man|woman|person)|sources?)$/;

function isOriginOfHead(tokens: Token[], j: number, lastHead: number): boolean {
  const prep = ORIGIN_PREPOSITIONS.has(tokens[j]!.lower);
  return prep && lastHead >= 0 && ORIGIN_HEADS.test(tokens[lastHead]!.lower);
}

function isAbbreviationDot(tokens: Token[], j: number): boolean {
  const prev = tokens[j - 1];
  if (!prev || prev.end !== tokens[j]!.start) return false;
  return /^\p{Lu}$/u.test(prev.text) || TITLE_ABBREVIATIONS.has(prev.lower);
}

/**
 * English heads may follow names in lower case: "South Korea's spy agency", "the Yonhap news agency"; but a past
 * tense or a verb of saying after a name is the verb: "the Kremlin called them", "Kim said".
 */
function isHeadContinuable(tokens: Token[], lastHead: number, j: number): boolean {
  const w = tokens[j]!.lower;
  if (/ed$/.test(w) || EN_VERBS_AFTER_NAME.has(w)) return false;
  return lastHead === j - 1 || /['’]s$/.test(tokens[lastHead]!.text);
}

/**
 * Reads a noun phrase that starts at token `i`: determiner, adjectives, names and nouns, genitive attributes
 * ("der Geheimdienst Südkoreas", "Sprecher des Ministeriums", "South Korea's intelligence service").
 */
export function readNounPhraseForward(tokens: Token[], i: number, lang: Language): TokenRange | null {
  if (isPersonalPronoun(tokens[i], lang)) return { from: i, to: i + 1 };
  let j = i;
  if (isDeterminer(tokens[j], lang)) j++;
  const contentStart = j;
  let lastHead = -1;
  while (j < tokens.length && j - i < MAX_NP_TOKENS) {
    const t = tokens[j]!;
    if (isNameWord(t)) lastHead = j;
    else if (t.text === "&" || t.text === "-" || isGlue(tokens, j)) {
      // part of the name, head comes after
    } else if (t.text === "." && isAbbreviationDot(tokens, j)) {
      // "U.S.", initials and titles: "Rep. Darrell Issa"
    } else if (lang === "de" && isDeterminer(t, lang) && /^(des|der)$/i.test(t.text) && lastHead >= 0) {
      // genitive attribute: "Sprecher des Ministeriums"; continues only if a noun follows
      const k = readNounPhraseForward(tokens, j, lang);
      if (!k || k.from !== j) break;
      lastHead = k.to - 1;
      j = k.to;
      break;
    } else if (lang === "en" && isOriginOfHead(tokens, j, lastHead)) {
      // "data from the Vigo County Voter Registration Office", "a poll by Quinnipiac University"
      const k = readNounPhraseForward(tokens, j + 1, lang);
      if (k && isNameWord(tokens[k.to - 1])) lastHead = k.to - 1;
      break;
    } else if (
      isAttributive(tokens, j, lang) &&
      (lastHead < 0 || (lang === "en" && isHeadContinuable(tokens, lastHead, j)))
    ) {
      if (lang === "en") lastHead = j; // English heads may be lower-case: "the foreign ministry", "officials"
    } else break;
    j++;
  }
  if (lastHead < contentStart) return null;
  return { from: i, to: lastHead + 1 };
}

/** Reads the noun phrase that ends just before token `end` (exclusive), walking backwards. */
export function readNounPhraseBackward(tokens: Token[], end: number, lang: Language): TokenRange | null {
  let j = end - 1;
  if (j < 0) return null;
  if (isPersonalPronoun(tokens[j], lang)) return { from: j, to: end };
  const last = tokens[j]!;
  const lastIsHead = isNameWord(last) || (lang === "en" && /^\p{Ll}/u.test(last.text) && !EN_STOP.has(last.lower));
  if (!lastIsHead || last.kind === "punct") return null;
  let from = j;
  j--;
  while (j >= 0 && end - j <= MAX_NP_TOKENS) {
    const t = tokens[j]!;
    if (isNameWord(t) || t.text === "&" || isGlue(tokens, j)) from = j;
    else if (t.text === "-" || (t.text === "." && isAbbreviationDot(tokens, j))) from = j;
    else if (lang === "de" && isGermanAdjective(t.text) && isNameWord(tokens[j + 1])) from = j;
    else if (
      lang === "en" &&
      t.kind === "word" &&
      /^\p{Ll}/u.test(t.text) &&
      !EN_STOP.has(t.lower) &&
      !isDeterminer(t, lang)
    )
      from = j;
    else break;
    j--;
  }
  if (isDeterminer(tokens[from - 1], lang)) from--;
  // A genitive noun phrase before the head belongs to it: "des Ministeriums Sprecher" is rare; skip.
  return { from, to: end };
}

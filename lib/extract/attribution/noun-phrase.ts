import type { Grammar } from "../lang/language-pack";
import { TITLE_ABBREVIATIONS } from "../text/abbreviations";
import { CLOSING_QUOTES, OPENING_QUOTES } from "../text/quote-marks";
import { isCapitalized, type Token } from "../text/tokenize";
import type { TokenRange } from "./frame";

export type { TokenRange } from "./frame";

// Small words allowed inside a name between capitalised words: "Center for Strategic & International Studies".
// Names cross languages (an English name in a German article), so this list is shared.
const NAME_GLUE = new Set("& al and de der des du for la le of on the und van von für".split(" "));
const MAX_NP_TOKENS = 12;

export function isDeterminer(token: Token | undefined, g: Grammar): boolean {
  return token !== undefined && g.determiners.has(token.lower);
}

// Names that their owners write in lower case: "die Nachrichtenagentur dpa", "die taz".
const LOWERCASE_NAMES = new Set(["dpa", "epd", "ifo", "kna", "n-tv", "ntv", "taz"]);

function isNameWord(t: Token | undefined): boolean {
  if (t === undefined || (t.kind !== "word" && t.kind !== "number")) return false;
  // "I" is capitalised but no name: "everything I say".
  if (t.text === "I") return false;
  return isCapitalized(t.text) || /^\d/.test(t.text) || LOWERCASE_NAMES.has(t.text);
}

/**
 * A lower-case modifier directly before more of the phrase ("der russische Botschafter", "the foreign ministry"): a
 * run of adjectives ending at a name word. A loop with a bound: the run was followed by recursion, one call per word,
 * and a long run of adjective-like words ("sollen sollen …") overflowed the stack; no phrase stacks more than a few.
 */
function isAttributive(tokens: Token[], i: number, g: Grammar): boolean {
  const t = tokens[i];
  if (!t || t.kind !== "word") return false;
  if (g.lowerCaseHeads) return /^\p{Ll}/u.test(t.text) && !g.lowerCaseHeads.stop.has(t.lower);
  for (let j = i; j < i + ADJECTIVES_MAX; j++) {
    const word = tokens[j];
    if (!word || word.kind !== "word" || !g.isAdjective(word.text)) return false;
    if (isNameWord(tokens[j + 1])) return true;
  }
  return false;
}

/** Adjectives one phrase stacks before its noun, at most ("die größte deutsche staatliche …"). */
const ADJECTIVES_MAX = 6;

function isGlue(tokens: Token[], i: number, g: Grammar): boolean {
  const t = tokens[i];
  if (!t || !NAME_GLUE.has(t.lower)) return false;
  // Glue only counts between name words: "Institute for the Study of War", not "AP for years".
  let j = i + 1;
  while (tokens[j] && NAME_GLUE.has(tokens[j]!.lower)) j++;
  // …but never onto a date or a figure: "confirmed by NATO on Monday", "die Regierung von 0,2 Prozent".
  const after = tokens[j];
  return isNameWord(after) && isNameWord(tokens[i - 1]) && !g.timeWords.has(after!.lower) && after!.kind !== "number";
}

export function isPersonalPronoun(token: Token | undefined, g: Grammar): boolean {
  return token !== undefined && g.personalPronouns.has(token.lower);
}

function isOriginOfHead(tokens: Token[], j: number, lastHead: number, g: Grammar): boolean {
  if (!g.originOf || !g.originOf.prepositions.has(tokens[j]!.lower)) return false;
  return lastHead >= 0 && g.originOf.heads.test(tokens[lastHead]!.lower);
}

// "Walt Disney Co. executive Kevin Mayer": a company's suffix ends in a dot inside the phrase.
const COMPANY_SUFFIXES = new Set(["co", "corp", "inc", "ltd", "bros", "plc"]);

function isAbbreviationDot(tokens: Token[], j: number): boolean {
  const prev = tokens[j - 1];
  if (!prev || prev.end !== tokens[j]!.start) return false;
  return /^\p{Lu}$/u.test(prev.text) || TITLE_ABBREVIATIONS.has(prev.lower) || COMPANY_SUFFIXES.has(prev.lower);
}

/**
 * Lower-case heads may follow names: "South Korea's spy agency", "the Yonhap news agency"; but a past tense or a
 * verb of saying after a name is the verb: "the Kremlin called them", "Kim said".
 */
function isHeadContinuable(tokens: Token[], lastHead: number, j: number, g: Grammar): boolean {
  if (!g.lowerCaseHeads || g.lowerCaseHeads.isVerb(tokens[j]!.lower)) return false;
  return (
    lastHead === j - 1 ||
    /['’]s$/.test(tokens[lastHead]!.text) ||
    (lastHead === j - 2 && isPluralPossessive(tokens, j - 1))
  );
}

/** An apostrophe attached to a word in s: "the dockworkers' union", "the Joneses' lawyer". */
function isPluralPossessive(tokens: Token[], j: number): boolean {
  const t = tokens[j];
  const before = tokens[j - 1];
  return (t?.text === "'" || t?.text === "’") && before?.end === t.start && /s$/i.test(before.text);
}

/**
 * Reads a noun phrase that starts at token `i`: determiner, adjectives, names and nouns, genitive attributes
 * ("der Geheimdienst Südkoreas", "Sprecher des Ministeriums", "South Korea's intelligence service").
 */
export function readNounPhraseForward(tokens: Token[], i: number, g: Grammar): TokenRange | null {
  if (isPersonalPronoun(tokens[i], g)) return { from: i, to: i + 1 };
  let j = i;
  if (isDeterminer(tokens[j], g)) {
    const quoted = quotedNameAt(tokens, j + 1);
    if (quoted > 0) return { from: i, to: quoted };
    j++;
  }
  const contentStart = j;
  let lastHead = -1;
  while (j < tokens.length && j - i < MAX_NP_TOKENS) {
    const t = tokens[j]!;
    // A figure right after a name and before a noun opens the next phrase: "laut Reuters | 5.000 Soldaten".
    if (
      t.kind === "number" &&
      lastHead >= 0 &&
      lastHead === j - 1 &&
      tokens[lastHead]!.kind === "word" &&
      startsNoun(tokens[j + 1])
    )
      break;
    if (isNameWord(t)) lastHead = j;
    else if (g.genitiveArticles.has(t.lower) && lastHead === j - 1 && endsPersonalName(tokens, lastHead, contentStart))
      // After a person's name the article opens a dative: "sagte Maria Santos | der Deutschen Presse-Agentur".
      break;
    else if (t.text === "&" || t.text === "-" || isGlue(tokens, j, g)) {
      // part of the name, head comes after
    } else if (isPluralPossessive(tokens, j) && lastHead === j - 1) {
      // "the dockworkers' union": the head comes after
    } else if (t.text === "." && isAbbreviationDot(tokens, j)) {
      // "U.S.", initials and titles: "Rep. Darrell Issa"
    } else if (g.genitiveArticles.has(t.lower) && lastHead >= 0) {
      // genitive attribute: "Sprecher des Ministeriums"; continues only if a noun follows
      const k = readNounPhraseForward(tokens, j, g);
      if (!k || k.from !== j) break;
      lastHead = k.to - 1;
      j = k.to;
      break;
    } else if (isOriginOfHead(tokens, j, lastHead, g)) {
      // "data from the Vigo County Voter Registration Office", "a poll by Quinnipiac University"
      const k = readNounPhraseForward(tokens, j + 1, g);
      if (k && isNameWord(tokens[k.to - 1])) lastHead = k.to - 1;
      break;
    } else if (isDeterminer(t, g) && isNameWord(tokens[j - 1])) {
      // a determiner right after a name opens the next phrase: "told the BBC | the paper would close"
      break;
    } else if (isAttributive(tokens, j, g) && (lastHead < 0 || isHeadContinuable(tokens, lastHead, j, g))) {
      if (g.lowerCaseHeads) lastHead = j; // lower-case heads: "the foreign ministry", "officials"
    } else break;
    j++;
  }
  if (lastHead < contentStart) return null;
  return { from: i, to: lastHead + 1 };
}

const startsNoun = (t: Token | undefined) => t !== undefined && t.kind === "word" && isCapitalized(t.text);

/** The phrase ends in a first name and surname ("Maria Santos"): two capitalised words, neither a known head. */
function endsPersonalName(tokens: Token[], last: number, contentStart: number): boolean {
  if (last - 1 < contentStart) return false;
  const [first, surname] = [tokens[last - 1]!, tokens[last]!];
  return (
    first.kind === "word" &&
    surname.kind === "word" &&
    PERSON_NAME_WORD.test(first.text) &&
    PERSON_NAME_WORD.test(surname.text)
  );
}
// A capitalised word that is not an abbreviation or a compound noun: "Maria", "Santos" (not "EU", "Bundes-Amt").
const PERSON_NAME_WORD = /^\p{Lu}\p{Ll}+$/u;

const MAX_QUOTED_NAME = 4;

/** A name in quotation marks after its article: "die „Süddeutsche Zeitung“", "der „Spiegel“". The end, or -1. */
function quotedNameAt(tokens: Token[], j: number): number {
  if (!OPENING_QUOTES.has(tokens[j]?.text ?? "")) return -1;
  let k = j + 1;
  while (k < tokens.length && k - j <= MAX_QUOTED_NAME && (isNameWord(tokens[k]) || tokens[k]!.text === "-")) k++;
  return k > j + 1 && CLOSING_QUOTES.has(tokens[k]?.text ?? "") ? k + 1 : -1;
}

const isLowerCaseHead = (t: Token, g: Grammar) =>
  g.lowerCaseHeads !== null && t.kind === "word" && /^\p{Ll}/u.test(t.text) && !g.lowerCaseHeads.stop.has(t.lower);

/** Reads the noun phrase that ends just before token `end` (exclusive), walking backwards. */
export function readNounPhraseBackward(tokens: Token[], end: number, g: Grammar): TokenRange | null {
  let j = end - 1;
  if (j < 0) return null;
  if (isPersonalPronoun(tokens[j], g)) return { from: j, to: end };
  // "Trump Jr. said": a name may end in an abbreviation's dot.
  if (tokens[j]!.text === "." && j > 0 && isAbbreviationDot(tokens, j) && isNameWord(tokens[j - 1])) j--;
  const last = tokens[j]!;
  if (!(isNameWord(last) || isLowerCaseHead(last, g)) || last.kind === "punct") return null;
  let from = j;
  j--;
  while (j >= 0 && end - j <= MAX_NP_TOKENS) {
    const t = tokens[j]!;
    if (isNameWord(t) || t.text === "&" || isGlue(tokens, j, g)) from = j;
    else if (t.text === "-" || (t.text === "." && isAbbreviationDot(tokens, j))) from = j;
    else if (!g.lowerCaseHeads && g.isAdjective(t.text) && isNameWord(tokens[j + 1])) from = j;
    else if (isLowerCaseHead(t, g) && !isDeterminer(t, g)) from = j;
    else break;
    j--;
  }
  if (isDeterminer(tokens[from - 1], g)) from--;
  return { from, to: end };
}

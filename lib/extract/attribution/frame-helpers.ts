import type { Grammar } from "../lang/language-pack";
import { inferSourceType } from "../sources/infer-source-type";
import type { Token } from "../text/tokenize";
import { isCapitalized } from "../text/tokenize";
import type { TokenRange } from "./frame";
import { isDeterminer, readNounPhraseBackward, readNounPhraseForward } from "./noun-phrase";

const CLAUSE_OPENERS = new Set([",", ":", ";", "„", "“", "”", '"', "«", "»", "(", "–", "—", "-"]);

export const lowerOf = (t: Token | undefined) => (t ? t.lower : "");

/** True when token `i` starts a clause: the sentence start, or after a comma, colon or quote mark. */
export function startsClause(tokens: Token[], i: number, g: Grammar, afterTime = true): boolean {
  if (i === 0) return true;
  const prev = tokens[i - 1]!;
  // "…, and Nicklaus said …": a coordinating conjunction opens a clause of its own.
  // "because of agency policy" opens no clause.
  const opensClauseAfter = g.clauseConjunctions.has(lowerOf(prev)) && lowerOf(tokens[i]) !== "of";
  if (CLAUSE_OPENERS.has(prev.text) || opensClauseAfter || closesSingleQuote(tokens, i - 1)) return true;
  // "Although in September she said …": a time phrase before the subject.
  const isTime = i >= 2 && g.timeWords.has(lowerOf(prev)) && g.timePrepositions.has(lowerOf(tokens[i - 2]));
  return afterTime && isTime && startsClause(tokens, i - 2, g, false);
}

/**
 * An apostrophe closes a quote when it follows punctuation: "…,' Kim said", the archive style "…,'' Kim said" and
 * the British "…,’ Kim said"; after a word it is a possessive ("the Joneses' lawyer said").
 */
function closesSingleQuote(tokens: Token[], i: number): boolean {
  const mark = tokens[i]!.text;
  return (mark === "'" || mark === "’") && i > 0 && tokens[i - 1]!.kind === "punct";
}

/** Removes sentence adverbs from the front ("Dennoch …") and refuses time words as heads ("Am Montag"). */
export function cleanSubject(tokens: Token[], range: TokenRange | null, g: Grammar): TokenRange | null {
  if (!range) return null;
  let { from } = range;
  while (from < range.to && g.nonSubjectOpeners.has(lowerOf(tokens[from])) && !isDeterminer(tokens[from], g)) from++;
  if (from >= range.to) return null;
  // "…, referencing a super PAC called Future45": a verb with its object is no subject ("the ruling party" is one).
  if (/^\p{Ll}+(ing|ed)$/u.test(tokens[from]!.text) && isDeterminer(tokens[from + 1], g)) return null;
  const head = lowerOf(tokens[range.to - 1]);
  // "Am Montag", "last week" are times; "Day said" (a surname) is not, unless it names a weekday or month.
  if (
    g.timeWords.has(head) &&
    (!isCapitalized(tokens[range.to - 1]!.text) || g.calendarWords.has(head) || range.to - from > 1)
  )
    return null;
  if (range.to - from === 1 && g.nonSourceWords.has(head)) return null;
  // "…, refusing to concede": an infinitive's "to" ends no subject.
  if (head === "to") return null;
  if (g.isNonAgentHead(head) && isUntypedPhrase(tokens, isDeterminer(tokens[from], g) ? from + 1 : from, range.to))
    return null;
  if (isDeterminer(tokens[from], g) && range.to - from === 1) return null;
  return { from, to: range.to };
}

/** A phrase the source typing cannot place: "die Festnahme" (other), unlike "die Regierung" (government). */
export function isUntypedPhrase(tokens: Token[], from: number, to: number): boolean {
  const phrase = tokens
    .slice(from, to)
    .map((t) => t.text)
    .join(" ");
  return inferSourceType(phrase) === "other";
}

/** The noun phrase that ends right before `i` and opens its clause ("Rutte sagte", "…, officials said"). */
/** Words that may stand between a subject and its verb: a list, or a rule ("any adverb in -ly"). */
export interface WordTest {
  /** `word` lower-cased; the tokens and its index where the rule needs the word as written and where it stands. */
  has(word: string, tokens?: Token[], i?: number): boolean;
}

export function subjectBefore(tokens: Token[], i: number, g: Grammar, skip: WordTest): TokenRange | null {
  const end = skipInsertions(tokens, i, skip, g);
  const range = cleanSubject(tokens, readNounPhraseBackward(tokens, end, g), g);
  if (!range) return null;
  let from = range.from;
  while (from > 0 && g.nonSubjectOpeners.has(lowerOf(tokens[from - 1])) && from - 1 === 0) from--;
  return startsClause(tokens, from, g) ? range : null;
}

// "Sen. Chris Murphy (a Connecticut Democrat first elected in 2012) says": a parenthesis of a dozen words or so.
const MAX_PARENTHETICAL = 16;

/**
 * Steps back over what may stand between a subject and its verb: adverbs and auxiliaries ("has also said"), a time
 * phrase ("Hillary Clinton on Tuesday said") and a party tag ("Sen. Elizabeth Warren (D-MA) said").
 */
export function skipInsertions(tokens: Token[], i: number, skip: WordTest, g: Grammar): number {
  let end = i;
  for (;;) {
    const before = end;
    while (end > 0 && skip.has(lowerOf(tokens[end - 1]), tokens, end - 1)) end--;
    if (end > 1 && tokens[end - 1]!.text === "," && tokens[end - 2]!.text === ")") end--;
    if (end > 1 && g.timeWords.has(lowerOf(tokens[end - 1])) && g.timePrepositions.has(lowerOf(tokens[end - 2])))
      end -= 2;
    // "have in the past said", "earlier in the day touted"
    else if (
      end > 2 &&
      g.timeWords.has(lowerOf(tokens[end - 1])) &&
      g.determiners.has(lowerOf(tokens[end - 2])) &&
      g.timePrepositions.has(lowerOf(tokens[end - 3]))
    )
      end -= 3;
    if (end > 0 && tokens[end - 1]!.text === ")") {
      const open = findNear(tokens, end - 1, -1, (t) => t.text === "(");
      if (open > 0 && end - open <= MAX_PARENTHETICAL) end = open;
    }
    // An aside between dashes: "Donald Trump – who had promised to stay away – said …"
    const close = end > 0 ? spacedDashStart(tokens, end - 1) : -1;
    if (close > 0) {
      const open = findNear(tokens, close, -1, (_, j) => spacedDashStart(tokens, j) >= 0);
      if (open > 0) end = spacedDashStart(tokens, open);
    }
    if (end === before) return end;
  }
}

export function phraseAfter(tokens: Token[], i: number, g: Grammar): TokenRange | null {
  return cleanSubject(tokens, readNounPhraseForward(tokens, i, g), g);
}

/**
 * Searches at most CLAUSE_WINDOW tokens from `i` in one direction. Every scan around a cue is bounded like this, so a
 * sentence with thousands of cues (hostile input, a list) still takes linear time.
 */
export const CLAUSE_WINDOW = 30;

export function findNear(tokens: Token[], i: number, step: 1 | -1, test: (t: Token, j: number) => boolean): number {
  for (let j = i + step, n = 0; j >= 0 && j < tokens.length && n < CLAUSE_WINDOW; j += step, n++)
    if (test(tokens[j]!, j)) return j;
  return -1;
}

const isDash = (t: Token | undefined) => t !== undefined && /^[-–—]$/.test(t.text);

/**
 * A dash with space on both sides sets off an aside ("Jong-un" and "2014-2016" have none); typed as two hyphens
 * ("--") it is two tokens. If `j` ends such a dash, where the dash starts; otherwise -1.
 */
function spacedDashStart(tokens: Token[], j: number): number {
  if (!isDash(tokens[j]) || tokens[j + 1]?.start === tokens[j]!.end) return -1;
  let from = j;
  if (isDash(tokens[j - 1]) && tokens[j - 1]!.end === tokens[j]!.start) from = j - 1;
  return tokens[from - 1]?.end !== tokens[from]!.start ? from : -1;
}

export function isPunct(t: Token | undefined, chars: string): boolean {
  return t !== undefined && t.kind === "punct" && chars.includes(t.text);
}

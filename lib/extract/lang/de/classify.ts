import { readNounPhraseForward } from "../../attribution/noun-phrase";
import type { Token } from "../../text/tokenize";
import { GRAMMAR } from "./grammar";
import { CONDITIONAL_OPENERS, KONJUNKTIV_I, KONJUNKTIV_II_SUBSTITUTES } from "./lexicon";

// End in "-e" after a subject without being Konjunktiv I: past tense, adjectives, prepositions.
const NOT_KONJUNKTIV =
  /(te|de|ische|liche|ige|ene|ere|ste|bare|same|ale|ive|ne|he|se|ze)$|^(zufolge|gegenüber|gerne|heute|bitte|alle|beide|keine|ohne|ebene)$/;

/** Konjunktiv I marks reported speech in German ("Russland betrachte Südkorea als …", "es prüfe alle Möglichkeiten"). */
export function hasKonjunktivI(tokens: Token[]): boolean {
  if (tokens.some((t) => KONJUNKTIV_I.has(t.lower))) return true;
  // Where Konjunktiv I looks like the indicative, reported speech takes Konjunktiv II ("Eine solche gäbe es nur,
  // wenn …", "sie hätten keine Hinweise"); a conditional opening ("Sollten …, wäre …") is the author's own.
  if (tokens.some((t) => KONJUNKTIV_II_SUBSTITUTES.has(t.lower)) && !CONDITIONAL_OPENERS.has(tokens[0]?.lower ?? ""))
    return true;
  // Unlisted verbs: a lower-case "-e" form right after the opening subject ("Seoul betrachte").
  const subject = readNounPhraseForward(tokens, 0, GRAMMAR);
  const verb = subject ? tokens[subject.to] : undefined;
  return verb !== undefined && /^\p{Ll}{3,}e$/u.test(verb.text) && !NOT_KONJUNKTIV.test(verb.text);
}

const IMPERATIVE = /^\p{Lu}\p{Ll}+en Sie\b/u;

/** German sentence shapes that give a view: "Bedenken Sie …"; "Dies stellt einen weiteren Rückschlag … dar". */
export function germanShapeScore(lower: string[], tokens: Token[]): number {
  let score = 0;
  const opening = tokens
    .slice(0, 2)
    .map((t) => t.text)
    .join(" ");
  if (IMPERATIVE.test(opening)) score += 1;
  // A demonstrative summing up what came before is a judgement.
  if (/^(dies|das)$/.test(lower[0] ?? "") && lower.includes("dar")) score += 1;
  return score;
}

/**
 * "soll"/"sollen" is hearsay ("Er soll 2 Millionen Euro veruntreut haben", "Der Täter soll aus Syrien stammen") or a
 * plan ("Die Verhandlungen sollen am Freitag fortgesetzt werden", "Die Steuer soll ab 2027 steigen"). A plan: its
 * clause ends in the infinitive "werden" (a passive or future plan), or it names a time ahead. A perfect infinitive
 * ("veruntreut haben", "festgenommen worden sein") is always hearsay.
 */
export function plannedNotReported(tokens: Token[], i: number): boolean {
  if (tokens[i]?.lower !== "soll" && tokens[i]?.lower !== "sollen") return false;
  let end = i + 1;
  while (end < tokens.length && !(tokens[end]!.kind === "punct" && /^[,.;:!?]$/.test(tokens[end]!.text))) end++;
  const last = tokens[end - 1]?.lower;
  const participle = tokens[end - 2]?.lower ?? "";
  // Bounded: the pattern backtracks over a word's length, and a hostile "word" can be a whole page.
  const perfect = (last === "haben" || last === "sein") && participle.length <= 40 && PARTICIPLE.test(participle);
  if (end === i + 1 || perfect) return false;
  if (last === "werden") return true;
  return tokens.slice(i + 1, end).some((t, k, clause) => TIME_AHEAD.has(t.lower) || aheadFrom(t, clause[k + 1]));
}

// A past participle before "haben"/"sein" ("veruntreut haben", "festgenommen worden sein"); not "fertig sein".
const PARTICIPLE =
  /^(?:\p{L}*ge\p{L}{2,}(?:t|en)|\p{L}{3,}iert|\p{L}*(?:ver|be|er|ent|zer)\p{L}{2,}(?:t|en)|worden|gewesen)$/u;

const TIME_AHEAD = new Set(
  "morgen übermorgen künftig demnächst nächste nächsten nächster nächstes kommende kommenden kommender kommendes".split(
    " ",
  ),
);
/** "ab 2027", "ab Januar", "ab Montag": from then on. */
const aheadFrom = (word: Token, next: Token | undefined) =>
  word.lower === "ab" && next !== undefined && (next.kind === "number" || /^\p{Lu}/u.test(next.text));

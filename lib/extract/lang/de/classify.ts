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
 * "soll"/"sollen" is hearsay ("Er soll 2 Millionen Euro veruntreut haben", "In dem Lager sollen Tausende festgehalten
 * werden") or a plan ("Die Verhandlungen sollen am Freitag fortgesetzt werden"). Read as a plan only where both show
 * it: the clause ends in the passive's "werden" and names when, ahead ("am Freitag", "ab 2027", "im kommenden Jahr");
 * everything else stays a hedge, as a plan rarely reads as hearsay but hearsay often reads as a plan.
 */
export function plannedNotReported(tokens: Token[], i: number): boolean {
  if (tokens[i]?.lower !== "soll" && tokens[i]?.lower !== "sollen") return false;
  // Within a clause's usual length: every "soll" of a sentence reads ahead, and unbounded that is quadratic.
  const limit = Math.min(tokens.length, i + CLAUSE_MAX);
  let end = i + 1;
  while (end < limit && !(tokens[end]!.kind === "punct" && /^[,.;:!?]$/.test(tokens[end]!.text))) end++;
  if (tokens[end - 1]?.lower !== "werden") return false;
  return tokens.slice(i + 1, end).some((t, k, clause) => TIME_AHEAD.has(t.lower) || aheadFrom(t, clause[k + 1]));
}

const CLAUSE_MAX = 40;
const TIME_AHEAD = new Set(
  "morgen übermorgen künftig demnächst nächste nächsten nächster nächstes kommende kommenden kommender kommendes".split(
    " ",
  ),
);
const WEEKDAYS = new Set("montag dienstag mittwoch donnerstag freitag samstag sonntag".split(" "));
/** "ab 2027", "ab Januar": from then on; "am Freitag": that day. */
const aheadFrom = (word: Token, next: Token | undefined) =>
  next !== undefined &&
  ((word.lower === "ab" && (next.kind === "number" || /^\p{Lu}/u.test(next.text))) ||
    (word.lower === "am" && WEEKDAYS.has(next.lower)));

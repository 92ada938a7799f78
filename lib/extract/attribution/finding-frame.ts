import { inferSourceType } from "../sources/infer-source-type";
import type { Grammar } from "../lang/language-pack";
import { isQuoteMark } from "../text/quote-marks";
import type { Token } from "../text/tokenize";
import type { TokenRange } from "./frame";
import { findNear } from "./frame-helpers";
import { readNounPhraseForward } from "./noun-phrase";

const FINDING_SOURCES = new Set(["study", "think_tank"]);

/**
 * "Polls show …", "Die Studie zeigt, dass …", "Eine Umfrage ergab …": a verb of showing reports a finding only when a
 * study, survey or report is its subject ("Das Foto zeigt …", "The map shows …" report nothing).
 */
export function isFindingSubject(tokens: Token[], range: TokenRange): boolean {
  const phrase = tokens
    .slice(range.from, range.to)
    .map((t) => t.text)
    .join(" ");
  return FINDING_SOURCES.has(inferSourceType(phrase));
}

// The nouns that name a study in the languages names come in; "Lancet-Studie" and "Umfrage" end in them.
const STUDY_HEAD =
  /(studie|studien|umfrage|umfragen|untersuchung|analyse|erhebung|auswertung|^study$|^studies$|^survey$|^surveys$|^poll$|^polls$|^report$|^analysis$|^research$|^review$|^audit$|^investigation$)$/;
// Figures and records show findings too, but they are a source only through whoever put them out: "figures released
// by the statistics office show …", "Zahlen des Statistischen Bundesamts zeigen …"; bare "Numbers show …" names none.
const DATA_HEAD = /^(data|figures|statistics|records|documents|numbers|zahlen|daten|statistik|unterlagen|dokumente)$/;
const ORIGIN_MARKERS = new Set(["by", "from", "of", "von", "des", "der"]);
// Where a subject's clause starts: punctuation, or a word that opens a clause ("even as polls show …").
const SUBJECT_BOUNDARY = new Set(
  ", ; : ( ) – — as while after because when since if although though that whereas dass weil wenn als während nachdem obwohl".split(
    " ",
  ),
);

/**
 * The whole subject before a verb of showing when a study heads it, with what places it: "Eine Studie im Fachblatt
 * „Lancet“ zeigt …", "A study published in The Lancet shows …" (the name reader stops at the quote or the participle).
 */
export function studySubjectBefore(tokens: Token[], i: number, g: Grammar): TokenRange | null {
  const determiners = g.determiners;
  const boundary = findNear(tokens, i, -1, (t) => SUBJECT_BOUNDARY.has(t.lower));
  let head = -1;
  for (let j = boundary + 1; j < i; j++)
    if (tokens[j]!.kind === "word" && (STUDY_HEAD.test(tokens[j]!.lower) || DATA_HEAD.test(tokens[j]!.lower))) {
      head = j;
      break;
    }
  if (head < 0) return null;
  if (DATA_HEAD.test(tokens[head]!.lower))
    return head - (boundary + 1) <= 3 ? dataOrigin(tokens, head + 1, i, g) : null;
  const from = head > 0 && determiners.has(tokens[head - 1]!.lower) ? head - 1 : head;
  // Only the subject's own words: nothing but the opening may stand before it ("Eine Studie …", "A new study …").
  return from - (boundary + 1) <= 2 ? { from, to: i } : null;
}

/** Whether the word names figures or records, which speak only through whoever put them out. */
export const isDataHead = (t: Token | undefined) => t !== undefined && DATA_HEAD.test(t.lower);

/**
 * Who put figures out, named between `from` and `to`: "(figures) released by the Office for National Statistics on
 * Wednesday" → the office, without the day.
 */
export function dataOrigin(tokens: Token[], from: number, to: number, g: Grammar): TokenRange | null {
  let origin = from;
  while (origin < to && !ORIGIN_MARKERS.has(tokens[origin]!.lower)) origin++;
  if (origin + 1 >= to) return null;
  const named = readNounPhraseForward(tokens, origin + 1, g);
  return named && named.to <= to ? named : { from: origin + 1, to };
}

const PLACED_IN = new Set([
  "in",
  "im",
  "published",
  "veröffentlicht",
  "the",
  "der",
  "dem",
  "des",
  "journal",
  "fachblatt",
]);
const MAX_PLACE = 6;

/**
 * A study with where it appeared: "einer Studie im Fachblatt „Lancet“", "a study published in Nature". The study's
 * phrase runs on over the place, so the source is the study in that journal, not a bare "Studie".
 */
export function withStudyPlace(tokens: Token[], np: TokenRange | null): TokenRange | null {
  if (!np || !STUDY_HEAD.test(tokens[np.to - 1]?.lower ?? "")) return np;
  let end = np.to;
  let named = -1;
  while (end < tokens.length && end - np.to < MAX_PLACE) {
    const t = tokens[end]!;
    if (PLACED_IN.has(t.lower) || isQuoteMark(t.text)) end++;
    else if (t.kind === "word" && /^\p{Lu}/u.test(t.text)) named = ++end;
    else break;
  }
  // Up to the place's last name word, and its closing quote: "… „Lancet“".
  if (named < 0) return np;
  return { from: np.from, to: isQuoteMark(tokens[named]?.text ?? "") ? named + 1 : named };
}

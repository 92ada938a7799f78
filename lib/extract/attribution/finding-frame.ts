import { inferSourceType } from "../sources/infer-source-type";
import type { Token } from "../text/tokenize";
import type { TokenRange } from "./frame";
import { findNear } from "./frame-helpers";

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
export function studySubjectBefore(tokens: Token[], i: number, determiners: Set<string>): TokenRange | null {
  const boundary = findNear(tokens, i, -1, (t) => SUBJECT_BOUNDARY.has(t.lower));
  let head = -1;
  for (let j = boundary + 1; j < i; j++)
    if (tokens[j]!.kind === "word" && (STUDY_HEAD.test(tokens[j]!.lower) || DATA_HEAD.test(tokens[j]!.lower))) {
      head = j;
      break;
    }
  if (head < 0) return null;
  if (DATA_HEAD.test(tokens[head]!.lower)) {
    let origin = head + 1;
    while (origin < i && !ORIGIN_MARKERS.has(tokens[origin]!.lower)) origin++;
    return origin + 1 < i && head - (boundary + 1) <= 3 ? { from: origin + 1, to: i } : null;
  }
  const from = head > 0 && determiners.has(tokens[head - 1]!.lower) ? head - 1 : head;
  // Only the subject's own words: nothing but the opening may stand before it ("Eine Studie …", "A new study …").
  return from - (boundary + 1) <= 2 ? { from, to: i } : null;
}

import type { Token } from "../text/tokenize";
import { isCapitalized } from "../text/tokenize";
import type { Frame } from "./find-frames";
import { findNear, isPunct, lowerOf, phraseAfter, startsClause, subjectBefore } from "./frame-helpers";
import { EN_PASSIVE_PARTICIPLES, EN_SPEECH_VERBS } from "./lexicon";
import { readNounPhraseBackward } from "./noun-phrase";

// Words that may stand between a subject and its verb of saying: "Kim has also repeatedly said".
const BETWEEN_SUBJECT_AND_VERB = new Set(
  "has have had was were is are also previously later repeatedly publicly privately recently earlier again then had would will reportedly".split(
    " ",
  ),
);

const TRAILING_ADVERBIALS = new Set("on in at during after before late earlier later yesterday today".split(" "));
const NOUN_MARKERS = new Set("the a an these those this that his her its their our my your such".split(" "));

/** English attribution rules. */
export function findEnglishFrames(tokens: Token[], isHeading: boolean): Frame[] {
  const frames: Frame[] = [];
  const add = (from: number, to: number, cue: string, extra: Partial<Frame> = {}) =>
    frames.push({ mention: { from, to }, cue, role: "origin", ...extra });

  for (let i = 0; i < tokens.length; i++) {
    const w = lowerOf(tokens[i]);
    const next = lowerOf(tokens[i + 1]);
    if (w === "according" && next === "to") {
      // "According to the Guardian, Seoul is considering …"
      const np = phraseAfter(tokens, i + 2, "en");
      if (np) add(np.from, np.to, "according to");
    } else if (w === "per" && tokens[i + 1] && isCapitalized(tokens[i + 1]!.text)) {
      // "…, per Axios." (but not "per cent")
      const np = phraseAfter(tokens, i + 1, "en");
      if (np) add(np.from, np.to, "per");
    } else if (w === "citing") {
      // "AP, citing South Korea's intelligence service, reported …": the service is the origin.
      const np = phraseAfter(tokens, i + 1, "en");
      if (np) add(np.from, np.to, "citing");
    } else if (w === "by" && EN_PASSIVE_PARTICIPLES.has(lowerOf(tokens[i - 1]))) {
      // "The report was confirmed by the Ukrainian military."
      const np = phraseAfter(tokens, i + 1, "en");
      if (np) add(np.from, np.to, `${tokens[i - 1]!.text} by`);
    } else if (EN_SPEECH_VERBS.has(w) && !NOUN_MARKERS.has(lowerOf(tokens[i - 1])) && next !== "by") {
      // After "the"/"its", "reports" and "claims" are nouns ("If the reports are accurate"); before "by", passive.
      addSpeechVerbFrame(tokens, i, add);
    } else if (isHeading && w === ":" && i > 0 && i <= 6) {
      // "Pentagon: North Korean troops in Kursk"
      const np = readNounPhraseBackward(tokens, i, "en");
      if (np && np.from === 0) add(np.from, np.to, ":");
    } else if (isHeading && (w === "-" || w === "–" || w === "—") && i > 2 && tokens[i - 1]!.end < tokens[i]!.start) {
      // "North Korea sent 1,000 troops to Russia - Seoul" (a source named after a dash at the end of a headline)
      const np = phraseAfter(tokens, i + 1, "en");
      if (np && np.to === tokens.length && np.to - np.from <= 4) add(np.from, np.to, "-");
    }
  }
  return frames;
}

function addSpeechVerbFrame(tokens: Token[], i: number, add: (from: number, to: number, cue: string) => void): void {
  const cue = tokens[i]!.text;
  // Inverted after a quote or a comma: "'…,' said Kim." / "…, said a spokesman for the ministry."
  if (isPunct(tokens[i - 1], ",”\"’'")) {
    // Only when the speaker ends the clause: "…, said Kim." but not "Kim, the minister, said the talks were frank".
    const np = phraseAfter(tokens, i + 1, "en");
    const after = tokens[np?.to ?? 0];
    if (np && (!after || after.kind === "punct" || TRAILING_ADVERBIALS.has(lowerOf(after))))
      return add(np.from, np.to, cue);
  }
  const before = subjectBefore(tokens, i, "en", BETWEEN_SUBJECT_AND_VERB);
  if (before) return add(before.from, before.to, cue);
  // Apposition: "Kim Hong Kyun, the vice foreign minister, said …"
  let end = i;
  while (end > 0 && BETWEEN_SUBJECT_AND_VERB.has(lowerOf(tokens[end - 1]))) end--;
  if (isPunct(tokens[end - 1], ",")) {
    const comma = findNear(tokens, end - 1, -1, (t) => t.text === ",");
    const head = comma > 0 ? subjectBefore(tokens, comma, "en", BETWEEN_SUBJECT_AND_VERB) : null;
    if (head && startsClause(tokens, head.from)) return add(head.from, head.to, cue);
  }
}

import type { Token } from "../../text/tokenize";
import { isGermanVerb } from "./finite-verb";
import { DETERMINERS } from "./lexicon";

// Prefixes that split off in a main clause ("zuwendet" → "wendet … zu"). Not "be-", "ver-", "hinter-", "über-",
// "unter-": those stay on the verb, or may.
const SEPARABLE =
  /^(zurück|zusammen|weiter|fest|fort|heraus|herein|hinaus|ab|an|auf|aus|bei|ein|los|mit|nach|vor|weg|zu)(\p{Ll}{4,})$/u;
const SUBJECT_PRONOUNS = new Set(["er", "sie", "es", "man", "wir", "ich", "ihr"]);
const MAX_SUBJECT = 6;

/**
 * A subordinate clause in main-clause order, so the claim reads on its own: "Moskau sich zunehmend Pjöngjang
 * zuwendet" (after "während") → "Moskau wendet sich zunehmend Pjöngjang zu". Null when the subject or the verb is
 * not plain to see: the words are then left as the article has them rather than guessed at.
 */
export function germanMainClause(tokens: Token[], text: string, offset: number): string | null {
  const words = tokens.filter((t) => t.kind !== "punct" || t.text === "-");
  if (words.length < 3 || tokens.at(-1) !== words.at(-1)) return null;
  const verbIndex = tokens.length - 1;
  const verb = tokens[verbIndex]!;
  if (!/^\p{Ll}/u.test(verb.text) || !isGermanVerb(tokens, verbIndex)) return null;
  const subjectEnd = subjectLength(tokens);
  if (subjectEnd === 0 || subjectEnd >= verbIndex) return null;
  // "die Löhne der Arbeiter stagnieren": the subject may run on (a genitive, a name of several words).
  const after = tokens[subjectEnd]!;
  if (DETERMINERS.has(after.lower) || /^\p{Lu}/u.test(after.text)) return null;
  const at = (t: Token) => t.start - offset;
  const subject = text.slice(0, at(tokens[subjectEnd - 1]!) + tokens[subjectEnd - 1]!.text.length);
  const middle = text.slice(at(tokens[subjectEnd]!), at(verb)).trim();
  // A separable verb alone at the end splits; with an auxiliary before it, the auxiliary is the finite verb.
  const split = SEPARABLE.exec(verb.text);
  if (split) return `${subject} ${split[2]} ${middle} ${split[1]}`;
  return `${subject} ${verb.text} ${middle}`;
}

/** How many tokens the subject takes: a pronoun, "der/die/ein … Noun", or one name followed by a lower-case word. */
function subjectLength(tokens: Token[]): number {
  const first = tokens[0]!;
  if (SUBJECT_PRONOUNS.has(first.lower)) return 1;
  if (DETERMINERS.has(first.lower)) {
    for (let i = 1; i < Math.min(tokens.length, MAX_SUBJECT); i++) {
      const t = tokens[i]!;
      if (t.kind !== "word") return 0;
      if (/^\p{Lu}/u.test(t.text)) return i + 1;
    }
    return 0;
  }
  const next = tokens[1];
  const isName = /^\p{Lu}/u.test(first.text) && first.kind === "word";
  return isName && next !== undefined && (next.kind === "number" || /^\p{Ll}/u.test(next.text)) ? 1 : 0;
}

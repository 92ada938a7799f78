import type { Token } from "../../text/tokenize";
import { FINITE, KONJUNKTIV_I, NEVER_VERBS, PRONOUNS, SPEECH_VERBS, SUBJECT_OPENERS } from "./lexicon";

// Adjectives no verb ends like ("nordkoreanische", "möglicherweise"); "-ig-", "-lich-", "-ell-" end verbs too
// ("bestätigen", "veröffentlichen", "stellen"), so other adjectives are told apart by where they stand.
// "weise" after five letters or more, as a look-behind: "\p{L}{5,}weise" rescanned a long word from each letter.
const ADJECTIVE = /isch(e|en|er|es|em)$|(?<=\p{L}{5})weise$/u;
// Finite verb endings of lower-case German words: "fordert", "entsandte", "prüfe", "verschärfen".
const VERB_ENDING = /(t|e|en|n|st)$/u;

/** A German finite verb: listed, or lower-case with a verb's ending where a verb can stand. */
export function isGermanVerb(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (FINITE.has(t.lower) || KONJUNKTIV_I.has(t.lower) || SPEECH_VERBS.has(t.lower)) return true;
  // German nouns and names are capitalised: a verb is a lower-case word (the first word may be either).
  if (!/^\p{Ll}/u.test(t.text) || NEVER_VERBS.has(t.lower) || ADJECTIVE.test(t.lower)) return false;
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  // Main clauses put the verb second, often right before the subject: "Nach Angaben der Agentur versprach der …".
  if (after && SUBJECT_OPENERS.has(after.lower)) return true;
  if (!VERB_ENDING.test(t.lower) || t.lower.length < 3) return false;
  // Between a determiner or number and a noun it is an adjective: "die entsandten Soldaten", "1.000 neue Soldaten".
  const isAttributive =
    after?.kind === "word" &&
    /^\p{Lu}/u.test(after.text) &&
    (before === undefined ||
      before.kind === "number" ||
      (NEVER_VERBS.has(before.lower) && !PRONOUNS.has(before.lower)));
  return !isAttributive;
}

import type { Token } from "../../text/tokenize";
import {
  DETERMINER_WORDS,
  FINITE,
  FUNCTION_WORDS,
  NOT_PLURAL,
  PLURAL_PRONOUNS,
  RELATIVES,
  SINGULAR_SUBJECTS,
  SPEECH_VERBS,
} from "./lexicon";

/** An English finite verb: listed, or a word that ends like a verb and stands where a verb can stand. */
export function isEnglishVerb(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  if (FINITE.has(t.lower)) return true;
  // After a determiner or number a word is a noun or adjective: "the armed forces", "1,000+ claims", "the reports".
  const number = before && /^[+%]$/u.test(before.text) ? tokens[i - 2] : before;
  if (number?.kind === "number" || (before && DETERMINER_WORDS.has(before.lower)) || !/^\p{Ll}/u.test(t.text))
    return false;
  if (SPEECH_VERBS.has(t.lower) || (t.lower.length > 3 && /ed$/u.test(t.lower))) return true;
  // "The two Koreas remain at war", "they say": a plural subject, then a verb without an ending.
  const isPluralSubject =
    before?.kind === "word" &&
    (PLURAL_PRONOUNS.has(before.lower) || (/\p{L}{2}s$/u.test(before.lower) && !NOT_PLURAL.has(before.lower)));
  const isPhraseWord = FUNCTION_WORDS.has(t.lower) || RELATIVES.has(t.lower);
  if (isPluralSubject && !isPhraseWord && !/(s|ly|ing)$/u.test(t.lower) && t.lower.length >= 3) return true;
  if (!/[^su]s$/u.test(t.lower) || before?.kind !== "word") return false;
  // "it seems", "Seoul summons the ambassador": a third-person verb after a pronoun, or between a subject and an
  // object; "Russian troops in Ukraine" has neither ("Russian" names a nationality, "in" starts a phrase).
  if (SINGULAR_SUBJECTS.has(before.lower)) return true;
  return !/(an|ese|ish|i)$/u.test(before.lower) && after?.kind === "word" && !FUNCTION_WORDS.has(after.lower);
}

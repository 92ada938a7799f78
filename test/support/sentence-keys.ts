import { extractClaims } from "@/lib/extract";
import { compareClaims } from "@/lib/matching/compare-claims";
import { matchKeyOf, type MatchLanguage } from "@/lib/matching/match-key";

/**
 * A sentence's match key with the figures the extractor reads in it, as the app keys a stored claim (with its
 * article's lead `context`, when given).
 */
export function keyOfSentence(sentence: string, language: MatchLanguage, context: string[] = []) {
  const quantities = extractClaims(sentence, { language }).claims.flatMap((c) => c.quantities);
  return matchKeyOf({ text: sentence, language, quantities, context });
}

/** Two sentences compared as the matcher compares two stored claims. */
export const compareSentences = (a: [string, MatchLanguage], b: [string, MatchLanguage]) =>
  compareClaims(keyOfSentence(...a), keyOfSentence(...b));

import { extractClaims } from "../extract-claims";

export type Lang = "de" | "en";

/** Sources of the claim made from the sentence that contains `phrase` (the attribution tests' one question). */
export function sourcesOf(text: string, phrase: string, lang: Lang) {
  const claim = extractClaims(text, { language: lang }).claims.find((c) => c.quote.includes(phrase));
  if (!claim) throw new Error(`no claim contains "${phrase}"`);
  return claim.sources;
}

/** The mentions those sources were read from ("the finance ministry", "Ana Ruiz"). */
export const mentionsOf = (text: string, phrase: string, lang: Lang) =>
  sourcesOf(text, phrase, lang).map((s) => s.mention);

import { languagePack } from "./lang";
import type { Language } from "./schema";
import { tokenize } from "./text/tokenize";

/**
 * Whether a claim's text is a statement with a finite verb rather than a fragment — a heading-like label
 * ("1,000+ troops") or a piece of attribution ("Nach Angaben des NIS"). ClaimReview names a claim someone made,
 * so a fragment is never published as one. A cheap rule, not a parser: it errs towards "has a verb" only where
 * a word ends like a verb and stands where a verb can stand.
 */
export function hasFiniteVerb(text: string, lang: Language): boolean {
  // Typographic apostrophes as in "It’s", "haven’t": the word lists spell them plainly.
  const tokens = tokenize(text.replace(/’/g, "'"));
  const pack = languagePack(lang);
  return tokens.some((t, i) => t.kind === "word" && pack.isFiniteVerb(tokens, i));
}

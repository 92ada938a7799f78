import type { Grammar } from "../lang/language-pack";
import type { Token } from "../text/tokenize";
import type { AddFrame } from "./frame";
import { phraseAfter } from "./frame-helpers";
import { readNounPhraseBackward } from "./noun-phrase";

const MAX_LEADING_TOKENS = 6;
const MAX_TRAILING_SOURCE_TOKENS = 4;

/**
 * A headline's colon names a source before it ("Regierung: Keine Hinweise auf weitere Spione", "Reports: …") or
 * after it at the end ("Troops already in combat: spy agency"). A topic before a colon ("Bahnstreik: …") is no
 * source; attributeSentences drops what the registry and the source typing cannot place.
 */
export function addHeadlineColonFrame(tokens: Token[], i: number, g: Grammar, add: AddFrame): void {
  if (i > 0 && i <= MAX_LEADING_TOKENS) {
    const np = readNounPhraseBackward(tokens, i, g);
    const allNames = tokens.slice(0, i).every((t) => t.kind !== "word" || /^[\p{Lu}\d]/u.test(t.text));
    if (np && np.from === 0 && allNames) return add(np.from, np.to, ":", "headline", "headline-colon");
  }
  const np = i > 2 ? phraseAfter(tokens, i + 1, g) : null;
  const rest = np ? tokens.slice(np.to) : [];
  if (np && np.to - np.from <= MAX_TRAILING_SOURCE_TOKENS && rest.every((t) => t.kind === "punct"))
    add(np.from, np.to, ":", "headline", "headline-colon-trailing");
}

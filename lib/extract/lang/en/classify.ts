import type { Token } from "../../text/tokenize";
import { IMPERATIVE_OPENERS } from "./lexicon";

/** English sentence shapes that give a view: "Observe another strange bedfellowship."; "This is …". */
export function englishShapeScore(lower: string[], _tokens: Token[]): number {
  let score = 0;
  if (IMPERATIVE_OPENERS.has(lower[0] ?? "")) score += 1;
  if (/^(this|that)$/.test(lower[0] ?? "") && /^(is|was|marks|represents)$/.test(lower[1] ?? "")) score += 0.5;
  return score;
}

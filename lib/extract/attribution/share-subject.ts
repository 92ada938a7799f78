import type { Token } from "../text/tokenize";
import type { TokenRange } from "./frame";

/** A share phrase is a few words: "nearly three in five", "85 % of Democrats in Ohio", "Sechs von zehn Befragten". */
const SHARE_TOKENS = 10;

/**
 * "But six in 10 said …", "85% of Democrats say …", "Sechs von zehn Befragten sagten …": a poll's share of
 * respondents speaks, from the start of its clause to the verb (`end`). `share` is the language's phrase pattern,
 * matched on the phrase as written; `isBoundary` ends a clause.
 */
export function shareSubjectBefore(
  tokens: Token[],
  end: number,
  share: { phrase: RegExp; bareCount: RegExp },
  isBoundary: (t: Token) => boolean,
): TokenRange | null {
  let from = end;
  while (from > 0 && end - from < SHARE_TOKENS && !isBoundary(tokens[from - 1]!)) from--;
  if (from === end || (from > 0 && !isBoundary(tokens[from - 1]!))) return null;
  // "%" is a token of its own: the phrase is read as written, without the space the tokens would put before it.
  const phrase = tokens
    .slice(from, end)
    .map((t, k) => (k > 0 && t.start > tokens[from + k - 1]!.end ? " " : "") + t.text)
    .join("")
    .toLowerCase();
  // A bare count needs a word that makes it a share ("at least 21,000 said"): "2. Never urged …" is a list's number.
  return share.phrase.test(phrase) && !share.bareCount.test(phrase) ? { from, to: end } : null;
}

import { readNounPhraseForward } from "./attribution/noun-phrase";
import type { LanguagePack } from "./lang/language-pack";
import type { Span } from "./segment";
import type { Token } from "./text/tokenize";

const PAIRING_WINDOW = 6;
const MIN_PART_TOKENS = 3;

/**
 * Splits a sentence into atomic claims where coordinated main clauses each have their own subject and verb:
 * "Russland betrachte Südkorea als … und Seoul betrachte Moskau als …", "Seoul rückte näher an Kiew heran,
 * während Moskau sich zunehmend Pjöngjang zuwendet", "Seoul sent envoys, but Moscow refused".
 */
export interface ClaimPart extends Span {
  /** Split off after a subordinator ("während", "whereas"): its words are in subordinate-clause order. */
  subordinate?: boolean;
}

export function splitCompound(tokens: Token[], pack: LanguagePack, sentence: Span): ClaimPart[] {
  const { conjunctions, subordinators, coordinators, notVerb, obliqueStarts } = pack.compound;
  const cuts: number[] = [];
  let partStart = 0;
  for (let i = MIN_PART_TOKENS; i < tokens.length - MIN_PART_TOKENS; i++) {
    const w = tokens[i]!.lower;
    if (!conjunctions.has(w) || i - partStart < MIN_PART_TOKENS) continue;
    const afterComma = tokens[i - 1]!.text === ",";
    if (!afterComma && !subordinators.has(w) && !coordinators.has(w)) continue;
    if (tokens[i - 1]!.text === "-" || isInsidePairing(tokens, i, pack.compound.pairingWords)) continue;
    if (isInsideName(tokens, i, partStart, pack)) continue;
    const subject = readNounPhraseForward(tokens, i + 1, pack.grammar);
    const verb = subject ? tokens[subject.to] : undefined;
    const isVerb = verb !== undefined && verb.kind === "word" && /^\p{Ll}/u.test(verb.text) && !notVerb.has(verb.lower);
    if (!subject || !isVerb || tokens.length - subject.to < 2) continue;
    // Main clauses put the verb second, so more follows it; only subordinate "während …" may end on its verb.
    const isMainClause = !subordinators.has(w);
    if (isMainClause && (tokens.length - subject.to < 3 || obliqueStarts.has(tokens[i + 1]!.lower))) continue;
    cuts.push(i);
    partStart = i + 1;
  }
  if (cuts.length === 0) return [sentence];
  return cutsToSpans(tokens, cuts, sentence).map((part, k) =>
    k > 0 && subordinators.has(tokens[cuts[k - 1]!]!.lower) ? { ...part, subordinate: true } : part,
  );
}

/**
 * "The Office of Management and Budget said …": "and" between two capitalised words, with no verb before it in
 * this part, joins the words of one name, not two clauses.
 */
function isInsideName(tokens: Token[], i: number, partStart: number, pack: LanguagePack): boolean {
  const capital = (t: Token | undefined) => t !== undefined && t.kind === "word" && /^\p{Lu}/u.test(t.text);
  if (!capital(tokens[i - 1]) || !capital(tokens[i + 1])) return false;
  for (let k = partStart; k < i; k++) if (pack.isFiniteVerb(tokens, k)) return false;
  return true;
}

/** "zwischen Moskau und Pjöngjang", "sowohl … als auch": "und" joins nouns here. */
function isInsidePairing(tokens: Token[], i: number, pairingWords: Set<string>): boolean {
  for (let k = i - 1; k >= 0 && k >= i - PAIRING_WINDOW; k--) {
    const t = tokens[k]!.lower;
    if (t === ",") return false;
    if (pairingWords.has(t)) return true;
  }
  return false;
}

function cutsToSpans(tokens: Token[], cuts: number[], sentence: Span): Span[] {
  const parts: Span[] = [];
  let from = sentence.start;
  for (const cut of cuts) {
    let endTok = cut - 1;
    if (tokens[endTok]!.text === ",") endTok--;
    parts.push({ start: from, end: tokens[endTok]!.end });
    from = tokens[cut + 1]!.start;
  }
  parts.push({ start: from, end: sentence.end });
  return parts;
}

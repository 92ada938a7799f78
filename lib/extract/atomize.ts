import { readNounPhraseForward } from "./attribution/noun-phrase";
import type { Language } from "./schema";
import type { Span } from "./segment";
import type { Token } from "./text/tokenize";

const DE_CONJUNCTIONS = new Set(["und", "aber", "doch", "sondern", "während", "wohingegen"]);
const EN_CONJUNCTIONS = new Set(["and", "but", "while", "whereas", "yet"]);
// Subordinating conjunctions that open a full clause even without a comma before them.
const ALWAYS_CLAUSE = new Set(["während", "wohingegen", "while", "whereas"]);
// After a subject these are not verbs: "zwischen Moskau und Pjöngjang zu beschweren".
const DE_NOT_VERB = new Set(
  "zu zum zur in im ins an am auf mit von vom für gegen bei beim aus nach über unter vor um als wie und oder seit ohne durch bis trotz wegen neben ab der die das den dem des ein eine".split(
    " ",
  ),
);
// A subject is nominative: "und dem Westen verschärfen" coordinates objects, not clauses.
const DE_OBLIQUE = new Set("dem den des einem einen eines".split(" "));
// "zwischen Moskau und Pjöngjang", "sowohl … als auch": "und" joins nouns here.
const PAIRING_WORDS = new Set("zwischen sowohl between both".split(" "));
const PAIRING_WINDOW = 6;
const EN_NOT_VERB = new Set("to in on at with from for of by as and or the a an that which who".split(" "));
const MIN_PART_TOKENS = 3;

/**
 * Splits a sentence into atomic claims where coordinated main clauses each have their own subject and verb:
 * "Russland betrachte Südkorea als … und Seoul betrachte Moskau als …", "Seoul rückte näher an Kiew heran,
 * während Moskau sich zunehmend Pjöngjang zuwendet", "Seoul sent envoys, but Moscow refused".
 */
export function splitCompound(tokens: Token[], lang: Language, sentence: Span): Span[] {
  const conjunctions = lang === "de" ? DE_CONJUNCTIONS : EN_CONJUNCTIONS;
  const notVerb = lang === "de" ? DE_NOT_VERB : EN_NOT_VERB;
  const cuts: number[] = [];
  let partStart = 0;
  for (let i = MIN_PART_TOKENS; i < tokens.length - MIN_PART_TOKENS; i++) {
    const w = tokens[i]!.lower;
    if (!conjunctions.has(w) || i - partStart < MIN_PART_TOKENS) continue;
    const afterComma = tokens[i - 1]!.text === ",";
    if (!afterComma && !ALWAYS_CLAUSE.has(w) && w !== "und" && w !== "and") continue;
    if (tokens[i - 1]!.text === "-" || isInsidePairing(tokens, i)) continue;
    const subject = readNounPhraseForward(tokens, i + 1, lang);
    const verb = subject ? tokens[subject.to] : undefined;
    const isVerb = verb !== undefined && verb.kind === "word" && /^\p{Ll}/u.test(verb.text) && !notVerb.has(verb.lower);
    if (!subject || !isVerb || tokens.length - subject.to < 2) continue;
    // Main clauses put the verb second, so more follows it; only subordinate "während …" may end on its verb.
    const isMainClause = !ALWAYS_CLAUSE.has(w);
    if (isMainClause && (tokens.length - subject.to < 3 || (lang === "de" && DE_OBLIQUE.has(tokens[i + 1]!.lower))))
      continue;
    cuts.push(i);
    partStart = i + 1;
  }
  if (cuts.length === 0) return [sentence];
  return cutsToSpans(tokens, cuts, sentence);
}

function isInsidePairing(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - PAIRING_WINDOW; k--) {
    const t = tokens[k]!.lower;
    if (t === ",") return false;
    if (PAIRING_WORDS.has(t)) return true;
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

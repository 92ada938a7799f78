import type { LanguagePack } from "./lang/language-pack";
import { isCapitalized, type Token } from "./text/tokenize";

const OPINION_THRESHOLD = 1;
// Words in quotes without a speaker are often scare quotes: „Schiffbrüchige“, "illegal alien".
const SCARE_QUOTE = /[„“"‘'«»][\p{L}-]+(\s[\p{L}-]+)?[“”"’'«»]/u;

export interface SentenceFeatures {
  isKonjunktivI: boolean;
  isHedged: boolean;
  opinionScore: number;
}

export function describeSentence(text: string, tokens: Token[], pack: LanguagePack): SentenceFeatures {
  const lower = tokens.map((t) => t.lower);
  const isKonjunktivI = pack.isReportedSpeech(tokens);
  // Konjunktiv I only reports speech ("Seoul betrachte Moskau als Partner"); hedged means the truth is qualified.
  // A hedge word capitalised inside the sentence is a name or a month: "in May 2020", "Minister Wohl".
  const isHedged =
    tokens.some(
      (t, i) =>
        pack.hedges.words.has(t.lower) && (i === 0 || !isCapitalized(t.text)) && !pack.hedges.plans?.(tokens, i),
    ) ||
    (pack.hedges.phrases?.test(text) ?? false);
  return { isKonjunktivI, isHedged, opinionScore: scoreOpinion(text, lower, tokens, pack) };
}

/** Evidence that a sentence gives the author's view rather than a checkable fact. */
export function scoreOpinion(text: string, lower: string[], tokens: Token[], pack: LanguagePack): number {
  const { conditional, evaluative, firstPerson } = pack.opinion;
  let score = 0;
  for (const w of lower) {
    if (conditional.has(w)) score += 1;
    if (evaluative.has(w)) score += 1;
    if (firstPerson.has(w)) score += 0.5;
  }
  if (tokens.some((t) => t.text === "!")) score += 1;
  score += pack.opinion.shapeScore(lower, tokens);
  if (SCARE_QUOTE.test(text.length > 2000 ? text.slice(0, 2000) : text)) score += 0.5;
  return score;
}

export function isOpinion(features: SentenceFeatures): boolean {
  return features.opinionScore >= OPINION_THRESHOLD;
}

export function isQuestion(sentenceText: string): boolean {
  return /\?["“”»«’)]*$/u.test(sentenceText.trim());
}

import { describeSentence } from "./classify";
import { languagePack } from "./lang";
import { buildLabel } from "./label";
import { findQuantities } from "./quantities";
import type { Language, Quantity } from "./schema";
import { tokenize } from "./text/tokenize";

export interface SpanDescription {
  label: string;
  quantities: Quantity[];
  hedged: boolean;
}

/**
 * What the extractor would say about a stretch of text a person marked as a claim by hand, or about one half of a
 * split claim: a short label, the quantities it states (offsets into `text`) and whether it is hedged.
 */
export function describeSpan(text: string, start: number, end: number, lang: Language): SpanDescription {
  const slice = text.slice(start, end);
  const tokens = tokenize(slice, start);
  const quantities = findQuantities(text, start, end, lang);
  const pack = languagePack(lang);
  const label = buildLabel(tokens, quantities, pack, new Set()) || slice.slice(0, 60);
  return { label, quantities, hedged: describeSentence(slice, tokens, pack).isHedged };
}

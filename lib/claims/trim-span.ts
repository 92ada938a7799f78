import { endWithout, startWithout } from "@/lib/extract/text/trim-edges";

// Separators left at the edges of a cut: spaces, commas, semicolons, dashes; a final full stop stays.
const SEPARATOR = /[\s,;:–—-]/u;
// "… zum Pazifik und Seoul betrachte …": the conjunction joined the two claims and belongs to neither.
const CONJUNCTION = /^(und|sowie|oder|aber|doch|während|and|or|but|while|whereas)\s+/iu;

/** Narrows [start, end) of `body` to its content; null when nothing but separators is left. */
export function trimSpan(
  body: string,
  start: number,
  end: number,
  { dropConjunction = false } = {},
): { start: number; end: number } | null {
  const lead = startWithout(body, SEPARATOR, start, end);
  const conj = dropConjunction ? (body.slice(lead, end).match(CONJUNCTION)?.[0].length ?? 0) : 0;
  const from = lead + conj;
  const to = endWithout(body, SEPARATOR, end, from);
  return to > from && /[\p{L}\p{N}]/u.test(body.slice(from, to)) ? { start: from, end: to } : null;
}

/** A quote as a claim's text: the extractor states claims without their closing full stop. */
export function quoteAsText(quote: string): string {
  return quote.slice(0, endWithout(quote, /[\s.!?]/u)) || quote;
}

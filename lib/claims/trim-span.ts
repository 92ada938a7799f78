// Separators left at the edges of a cut: spaces, commas, semicolons, dashes; a final full stop stays.
const LEADING = /^[\s,;:–—-]+/u;
const TRAILING = /[\s,;:–—-]+$/u;
// "… zum Pazifik und Seoul betrachte …": the conjunction joined the two claims and belongs to neither.
const CONJUNCTION = /^(und|sowie|oder|aber|doch|während|and|or|but|while|whereas)\s+/iu;

/** Narrows [start, end) of `body` to its content; null when nothing but separators is left. */
export function trimSpan(
  body: string,
  start: number,
  end: number,
  { dropConjunction = false } = {},
): { start: number; end: number } | null {
  let text = body.slice(start, end);
  const lead = text.match(LEADING)?.[0].length ?? 0;
  text = text.slice(lead);
  const conj = dropConjunction ? (text.match(CONJUNCTION)?.[0].length ?? 0) : 0;
  text = text.slice(conj);
  const trail = text.match(TRAILING)?.[0].length ?? 0;
  const from = start + lead + conj;
  const to = end - trail;
  return to > from && /[\p{L}\p{N}]/u.test(body.slice(from, to)) ? { start: from, end: to } : null;
}

/** A quote as a claim's text: the extractor states claims without their closing full stop. */
export function quoteAsText(quote: string): string {
  return quote.replace(/[\s.!?]+$/u, "") || quote;
}

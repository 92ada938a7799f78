import type { Segment } from "./highlight-segments";

export interface Run {
  text: string;
  /** Offset of the run's first character in the article body. */
  start: number;
  claimId?: string;
}

/**
 * Cuts highlighted segments into paragraphs at line breaks. The breaks themselves are not rendered (the paragraphs
 * are blocks with space between them); every run keeps its exact offset in the body, so a selection across
 * paragraphs still maps to the right characters.
 */
export function paragraphRuns(segments: Segment[]): Run[][] {
  const paragraphs: Run[][] = [];
  let current: Run[] = [];
  let at = 0;
  for (const segment of segments) {
    const pattern = /\n+/g;
    let from = 0;
    for (let match = pattern.exec(segment.text); match; match = pattern.exec(segment.text)) {
      if (match.index > from)
        current.push({ text: segment.text.slice(from, match.index), start: at + from, claimId: segment.claimId });
      if (current.length) paragraphs.push(current);
      current = [];
      from = match.index + match[0].length;
    }
    if (from < segment.text.length)
      current.push({ text: segment.text.slice(from), start: at + from, claimId: segment.claimId });
    at += segment.text.length;
  }
  if (current.length) paragraphs.push(current);
  return paragraphs;
}

export interface Span {
  id: string;
  start: number;
  end: number;
}

export type Segment = { text: string; claimId?: undefined } | { text: string; claimId: string };

/**
 * Cuts the article text into plain runs and claim runs, in order. Overlapping or out-of-range spans are clipped
 * rather than trusted, so a bad offset can never duplicate or drop text.
 */
export function highlightSegments(body: string, spans: Span[]): Segment[] {
  const segments: Segment[] = [];
  let at = 0;
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    const start = Math.max(span.start, at);
    const end = Math.min(span.end, body.length);
    if (end <= start) continue;
    if (start > at) segments.push({ text: body.slice(at, start) });
    segments.push({ text: body.slice(start, end), claimId: span.id });
    at = end;
  }
  if (at < body.length) segments.push({ text: body.slice(at) });
  return segments;
}

import type { ClaimView } from "@/lib/articles/get-article";
import { highlightSegments } from "./highlight-segments";

/**
 * The article exactly as stored, with each claim highlighted in its status colour and linked to its card.
 * Rendered as text nodes: whatever the article contains (even <script>) is shown, never executed. Every run carries
 * its offset in the body (data-start), so a text selection maps back to exact offsets for "add a claim".
 */
export function ArticleText({ body, claims, lang }: { body: string; claims: ClaimView[]; lang: string }) {
  const byId = new Map(claims.map((c) => [c.id, c]));
  const segments = highlightSegments(body, claims);
  const starts: number[] = [];
  for (let i = 0, at = 0; i < segments.length; at += segments[i]!.text.length, i++) starts.push(at);
  return (
    <div className="article-text card" lang={lang} data-article-text>
      {segments.map((segment, i) => {
        const start = starts[i];
        const claim = segment.claimId ? byId.get(segment.claimId) : undefined;
        if (!claim) {
          return (
            <span key={i} data-start={start}>
              {segment.text}
            </span>
          );
        }
        return (
          <mark key={i} id={`text-${claim.id}`} data-start={start} style={{ background: `var(--st-${claim.status})` }}>
            <a href={`#claim-${claim.id}`} className="article-text__claim" title={claim.label}>
              {segment.text}
            </a>
          </mark>
        );
      })}
    </div>
  );
}

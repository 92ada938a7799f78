import type { ClaimView } from "@/lib/articles/get-article";
import { highlightSegments } from "./highlight-segments";

/**
 * The article exactly as stored, with each claim highlighted in its status colour and linked to its card.
 * Rendered as text nodes: whatever the article contains (even <script>) is shown, never executed.
 */
export function ArticleText({ body, claims, lang }: { body: string; claims: ClaimView[]; lang: string }) {
  const byId = new Map(claims.map((c) => [c.id, c]));
  return (
    <div className="article-text card" lang={lang}>
      {highlightSegments(body, claims).map((segment, i) => {
        const claim = segment.claimId ? byId.get(segment.claimId) : undefined;
        if (!claim) return segment.text;
        return (
          <mark key={i} id={`text-${claim.id}`} style={{ background: `var(--st-${claim.status})` }}>
            <a
              href={`#claim-${claim.id}`}
              style={{ color: "inherit", textDecoration: "none" }}
              aria-label={claim.label}
            >
              {segment.text}
            </a>
          </mark>
        );
      })}
    </div>
  );
}

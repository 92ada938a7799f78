"use client";

import type { ClaimView } from "@/lib/articles/get-article";
import { useArticleBody } from "./article-body";
import { highlightSegments } from "./highlight-segments";
import { paragraphRuns } from "./paragraph-runs";

/**
 * The article exactly as stored, in paragraphs, with each claim highlighted in its status colour. Rendered as text
 * nodes: whatever the article contains (even <script>) is shown, never executed. Every run carries its offset in
 * the body (data-start), so a text selection maps back to exact offsets for "add a claim". Highlights are not
 * links: selecting words inside and across them is the primary gesture; a click selects the claim
 * (article-text-interactions.tsx).
 *
 * A client component on purpose: rendered on the server it went to the browser twice, as HTML and as a tree of 1,000
 * elements in the page's data; as a client component the data is the body once (ArticleBodyProvider) and five fields of each claim.
 * The colour comes from the stylesheet by data-status, not from a style on each of hundreds of highlights.
 */
/** What a highlight needs of its claim. */
export type HighlightedClaim = Pick<ClaimView, "id" | "start" | "end" | "label" | "status">;

export function ArticleText({ claims, lang }: { claims: HighlightedClaim[]; lang: string }) {
  const body = useArticleBody();
  const byId = new Map(claims.map((c) => [c.id, c]));
  const paragraphs = paragraphRuns(highlightSegments(body, claims));
  return (
    <div className="article-text card" lang={lang} data-article-text>
      {paragraphs.map((runs) => (
        <p key={runs[0]!.start} className="article-text__para">
          {runs.map((run) => {
            const claim = run.claimId ? byId.get(run.claimId) : undefined;
            if (!claim) {
              return (
                <span key={run.start} data-start={run.start}>
                  {run.text}
                </span>
              );
            }
            return (
              <mark
                key={run.start}
                data-start={run.start}
                data-claim={claim.id}
                data-status={claim.status}
                title={claim.label}
              >
                {run.text}
              </mark>
            );
          })}
        </p>
      ))}
    </div>
  );
}

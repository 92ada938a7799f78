import type { ClaimStatus } from "@/lib/claims/claim-status";
import { toClaimStatus } from "@/lib/claims/claim-status";
import type { Db } from "@/lib/db/client";
import { ON_THE_PAGE } from "@/lib/db/live-article";
import { getArticle, type ArticleView } from "./get-article";
import { requirePermission, type Actor } from "@/lib/auth/permissions";

/** What the article text needs of every claim to highlight it, and whether a source is cited for it. */
export interface ClaimHighlight {
  id: string;
  start: number;
  end: number;
  label: string;
  status: ClaimStatus;
  sourced: boolean;
}

/**
 * The review page's read: every live claim as a highlight (five fields), and the full cards of the first `cards`
 * claims only; the page's list reads the rest from the browser (listArticleClaims). Reading every claim's citations,
 * notes and evidence for a page that shows 40 cards was most of a 527-claim page's database time.
 */
export async function getReviewArticle(
  db: Db,
  actor: Actor,
  id: string,
  cards: number,
): Promise<{ article: ArticleView; highlights: ClaimHighlight[] } | null> {
  requirePermission(actor, "article.read");
  const rows = await db.claim.findMany({
    where: { articleId: id, ...ON_THE_PAGE, article: { deletedAt: null } },
    orderBy: { start: "asc" },
    select: {
      id: true,
      start: true,
      end: true,
      label: true,
      status: true,
      articleVersion: true,
      // The count kept on the claim with every link and unlink: counting the citations here made Prisma count every
      // claim's citations in the archive (145 ms for a 238-claim page at 380k citations).
      sourceCount: true,
    },
  });
  const article = await getArticle(db, id, { untilStart: rows[cards - 1]?.start });
  if (!article) return null;
  return {
    article,
    // Read apart from the body: a version stored in between moved the claims, and those of another text than the one
    // read are left out of this render (the page's next refresh has them all on the same text).
    highlights: rows
      .filter((c) => c.articleVersion === article.version)
      .map(({ sourceCount, status, articleVersion: _v, ...claim }) => ({
        ...claim,
        status: toClaimStatus(status),
        sourced: sourceCount > 0,
      })),
  };
}

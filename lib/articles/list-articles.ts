import { containsText } from "@/lib/db/text-contains";
import type { Db } from "@/lib/db/client";
import { CLAIM_STATUSES, toClaimStatus, type ClaimStatus } from "@/lib/claims/claim-status";
import { LIVE_ARTICLE } from "@/lib/db/live-article";
import { requirePermission, type Actor } from "@/lib/auth/permissions";

export interface ArticleSummary {
  id: string;
  title: string;
  outlet: string | null;
  language: string;
  publishedAt: Date | null;
  createdAt: Date;
  claims: number;
  sourcedClaims: number;
  unsourcedClaims: number;
  statuses: Record<ClaimStatus, number>;
}

export const ARTICLES_PAGE_SIZE = 50;

export interface ArticleListQuery {
  take?: number;
  skip?: number;
  /** Words in the title or outlet, case-insensitively. */
  q?: string;
}

/**
 * The newest articles (not deleted) matching `q`, one page of them with their claim counts, sourced vs. unsourced claims and how
 * their statuses stand, and how many match in all (an archive holds tens of thousands: the list pages).
 */
export async function listArticles(
  db: Db,
  actor: Actor,
  { take = ARTICLES_PAGE_SIZE, skip = 0, q }: ArticleListQuery = {},
): Promise<{ articles: ArticleSummary[]; total: number }> {
  requirePermission(actor, "article.read");
  const where = {
    ...LIVE_ARTICLE,
    ...(q ? { OR: [{ title: containsText(db, q) }, { outlet: containsText(db, q) }] } : {}),
  };
  const [articles, total] = await Promise.all([
    db.article.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      take,
      skip,
      select: { id: true, title: true, outlet: true, language: true, publishedAt: true, createdAt: true },
    }),
    db.article.count({ where }),
  ]);
  const ids = articles.map((a) => a.id);
  const live = { articleId: { in: ids }, deletedAt: null };
  const [byStatus, sourced] = await Promise.all([
    db.claim.groupBy({ by: ["articleId", "status"], where: live, _count: { _all: true } }),
    db.claim.groupBy({ by: ["articleId"], where: { ...live, citations: { some: {} } }, _count: { _all: true } }),
  ]);
  const sourcedBy = new Map(sourced.map((s) => [s.articleId, s._count._all]));
  const summaries = articles.map((a) => {
    const statuses = Object.fromEntries(CLAIM_STATUSES.map((s) => [s, 0])) as Record<ClaimStatus, number>;
    for (const row of byStatus) if (row.articleId === a.id) statuses[toClaimStatus(row.status)] += row._count._all;
    const claims = Object.values(statuses).reduce((n, v) => n + v, 0);
    const sourcedClaims = sourcedBy.get(a.id) ?? 0;
    return { ...a, claims, sourcedClaims, unsourcedClaims: claims - sourcedClaims, statuses };
  });
  return { articles: summaries, total };
}

import { requirePermission, type Actor } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/client";
import { claimsInScope, scopeChooses, type CoverageScope } from "./claims-in-scope";
import { DISMISSAL_REASONS, toDismissalReason, type DismissalReason } from "./dismissal-reasons";

/** The matches desks unlinked as not the same claim, across the archive or with a claim of a scope, and why. */
export interface DismissedMatchCount {
  total: number;
  byReason: Record<DismissalReason, number>;
}

/**
 * How often people said a match was not the same claim, by reason: the rules' mistakes as the newsroom found them on
 * its own articles (the evaluation sets have no desk). One grouped count over the dismissals (a desk's clicks, not
 * the archive's links); with a scope, those with either claim in it (the newsroom page's outlet, dates, status).
 */
export async function countDismissedMatches(db: Db, actor: Actor, scope?: CoverageScope): Promise<DismissedMatchCount> {
  requirePermission(actor, "article.read");
  const where = scopeChooses(scope)
    ? { OR: [{ claim: claimsInScope(scope) }, { other: claimsInScope(scope) }] }
    : undefined;
  const groups = await db.claimLinkDismissal.groupBy({ by: ["reason"], where, _count: { _all: true } });
  const byReason = Object.fromEntries(DISMISSAL_REASONS.map((r) => [r, 0])) as Record<DismissalReason, number>;
  for (const group of groups) byReason[toDismissalReason(group.reason)] += group._count._all;
  return { total: Object.values(byReason).reduce((a, b) => a + b, 0), byReason };
}

import type { Db } from "@/lib/db/client";
import { isVerdict, toClaimStatus } from "./claim-status";

/** The article a verdict was carried over from, as a match names it beside the verdict's reason. */
export interface VerdictOrigin {
  title: string;
  outlet: string | null;
}

/**
 * Of the given claims, those whose current verdict (its newest status change) was carried over from a matching claim,
 * with that claim's article: its reason is the other claim's, and a desk reading "Its reason" should know so. Only
 * claims with a verdict are read, in one query.
 */
export async function verdictsCarriedOver(
  db: Db,
  claims: { id: string; status: string }[],
): Promise<Map<string, VerdictOrigin>> {
  const ids = claims.filter((c) => isVerdict(toClaimStatus(c.status))).map((c) => c.id);
  if (ids.length === 0) return new Map();
  const events = await db.claimEvent.findMany({
    where: { claimId: { in: ids }, type: { in: ["status_changed", "verdict_carried_over"] } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: {
      claimId: true,
      type: true,
      relatedClaim: { select: { article: { select: { title: true, outlet: true } } } },
    },
  });
  const origins = new Map<string, VerdictOrigin>();
  const seen = new Set<string>();
  for (const event of events) {
    if (seen.has(event.claimId)) continue;
    seen.add(event.claimId);
    if (event.type === "verdict_carried_over" && event.relatedClaim)
      origins.set(event.claimId, event.relatedClaim.article);
  }
  return origins;
}

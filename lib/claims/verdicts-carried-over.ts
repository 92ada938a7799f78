import type { Db } from "@/lib/db/client";
import { isVerdict, toClaimStatus } from "./claim-status";

/** The changes of a claim's history that give it a status: the newest of them gave the current one. */
export const STATUS_EVENT_TYPES = ["status_changed", "verdict_carried_over"];

/**
 * Of one claim's events, newest first: the claim its current status was carried over from (the event's related claim),
 * or null where the newest status change was a person's own.
 */
export function carriedOverFrom<R>(newestFirst: { type: string; relatedClaim: R | null }[]): R | null {
  const last = newestFirst.find((e) => STATUS_EVENT_TYPES.includes(e.type));
  return last?.type === "verdict_carried_over" ? last.relatedClaim : null;
}

/** The article a verdict was carried over from, as a match names it beside the verdict's reason. */
export interface VerdictOrigin {
  title: string;
  outlet: string | null;
}

/**
 * Of the given claims, those whose current verdict was carried over from a matching claim, with that claim's
 * article: its reason is the other claim's, and a desk reading "Its reason" should know so. Only claims with a
 * verdict are read, in one query.
 */
export async function verdictsCarriedOver(
  db: Db,
  claims: { id: string; status: string }[],
): Promise<Map<string, VerdictOrigin>> {
  const ids = claims.filter((c) => isVerdict(toClaimStatus(c.status))).map((c) => c.id);
  if (ids.length === 0) return new Map();
  const events = await db.claimEvent.findMany({
    where: { claimId: { in: ids }, type: { in: STATUS_EVENT_TYPES } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: {
      claimId: true,
      type: true,
      relatedClaim: { select: { article: { select: { title: true, outlet: true } } } },
    },
  });
  const byClaim = new Map<string, typeof events>();
  for (const event of events) {
    const newestFirst = byClaim.get(event.claimId);
    if (newestFirst) newestFirst.push(event);
    else byClaim.set(event.claimId, [event]);
  }
  const origins = new Map<string, VerdictOrigin>();
  for (const [id, newestFirst] of byClaim) {
    const from = carriedOverFrom(newestFirst);
    if (from) origins.set(id, from.article);
  }
  return origins;
}

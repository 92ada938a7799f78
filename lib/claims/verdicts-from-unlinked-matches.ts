import type { Db } from "@/lib/db/client";
import { dismissedPairs, pairKey } from "./dismissed-pairs";
import { CARRY_OVER_TYPES, STATUS_EVENT_TYPES } from "./verdicts-carried-over";

/** The claim a verdict was carried over from, as the queue names it. */
export interface UnlinkedVerdictSource {
  claimId: string;
  articleId: string;
  title: string;
  outlet: string | null;
  /** Neither the claim nor its article is deleted: the queue links to it only then. */
  live: boolean;
}

/**
 * The claims whose current verdict `actorId` carried over from a match a desk has since unlinked as "not the same
 * claim" (a ClaimLinkDismissal row, which matching, the card and this read alike): the verdict now stands on a claim
 * the desk says is another, so the person who carried it checks it again (My queue), as they do a verdict whose words
 * a new version changed. A claim leaves the list when anyone gives it a status of its own (the carry-over is then no
 * longer its newest status change) or the unlinking is undone (the row is gone).
 *
 * Every carry-over of mine is read, not the newest few: a bound there would drop a verdict that still stands once
 * enough newer ones came. They are read from the index alone (ClaimEvent's actorId, type, claimId, relatedClaimId),
 * then the dismissals among their pairs by primary key, then the newest status change of the claims left.
 */
export async function verdictsFromUnlinkedMatches(
  db: Db,
  actorId: string,
): Promise<Map<string, UnlinkedVerdictSource>> {
  const carries = await db.claimEvent.findMany({
    where: { actorId, type: { in: CARRY_OVER_TYPES }, relatedClaimId: { not: null } },
    select: { claimId: true, relatedClaimId: true },
  });
  if (carries.length === 0) return new Map();
  const dismissed = await dismissedPairs(
    db,
    carries.map((c) => c.claimId),
  );
  const doubted = new Set(
    carries.filter((c) => dismissed.has(pairKey(c.claimId, c.relatedClaimId!))).map((c) => c.claimId),
  );
  if (doubted.size === 0) return new Map();

  const statusChanges = await db.claimEvent.findMany({
    where: { claimId: { in: [...doubted] }, type: { in: STATUS_EVENT_TYPES } },
    // Two changes stored in the same millisecond: the claim's version after each tells which came last.
    orderBy: [{ createdAt: "desc" }, { claimVersion: { sort: "desc", nulls: "last" } }, { id: "desc" }],
    select: {
      claimId: true,
      type: true,
      actorId: true,
      relatedClaim: {
        select: {
          id: true,
          deletedAt: true,
          article: { select: { id: true, title: true, outlet: true, deletedAt: true } },
        },
      },
    },
  });
  const sources = new Map<string, UnlinkedVerdictSource>();
  const seen = new Set<string>();
  for (const change of statusChanges) {
    if (seen.has(change.claimId)) continue; // only the newest status change of each claim counts
    seen.add(change.claimId);
    const from = change.relatedClaim;
    if (!from || !CARRY_OVER_TYPES.includes(change.type) || change.actorId !== actorId) continue;
    if (!dismissed.has(pairKey(change.claimId, from.id))) continue;
    sources.set(change.claimId, {
      claimId: from.id,
      articleId: from.article.id,
      title: from.article.title,
      outlet: from.article.outlet,
      live: !from.deletedAt && !from.article.deletedAt,
    });
  }
  return sources;
}

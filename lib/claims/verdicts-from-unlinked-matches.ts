import type { Db } from "@/lib/db/client";
import { LIVE_CLAIM } from "@/lib/db/live-article";
import { dismissedPairs, pairKey } from "./dismissed-pairs";
import { CARRY_OVER_TYPES, STATUS_EVENT_TYPES } from "./verdicts-carried-over";

/** The claim a verdict was carried over from, as the queue names it. */
export interface UnlinkedVerdictSource {
  claimId: string;
  articleId: string;
  title: string;
  outlet: string | null;
}

/** The newest carry-overs read per person: a queue, not an archive walk. */
const CARRIES_READ = 500;

/**
 * The claims whose current verdict `actorId` carried over from a match a desk has since unlinked as "not the same
 * claim": the verdict now stands on a claim the desk says is another, so the person who carried it checks it again
 * (My queue), as they do a verdict whose words a new version changed. A claim leaves the list when anyone gives it a
 * status of its own (the carry-over is then no longer its newest status change) or the unlinking is undone (the
 * dismissal row is gone). Three bounded reads: my newest carry-overs, the dismissals among their pairs, and the newest
 * status change of the claims left.
 */
export async function verdictsFromUnlinkedMatches(
  db: Db,
  actorId: string,
): Promise<Map<string, UnlinkedVerdictSource>> {
  const carries = await db.claimEvent.findMany({
    where: { actorId, type: { in: CARRY_OVER_TYPES }, relatedClaimId: { not: null }, claim: LIVE_CLAIM },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: CARRIES_READ,
    select: { claimId: true, relatedClaimId: true },
  });
  if (carries.length === 0) return new Map();
  const dismissed = await dismissedPairs(
    db,
    carries.map((c) => c.claimId),
  );
  const doubted = [
    ...new Set(carries.filter((c) => dismissed.has(pairKey(c.claimId, c.relatedClaimId!))).map((c) => c.claimId)),
  ];
  if (doubted.length === 0) return new Map();

  const statusChanges = await db.claimEvent.findMany({
    where: { claimId: { in: doubted }, type: { in: STATUS_EVENT_TYPES } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: {
      claimId: true,
      type: true,
      actorId: true,
      relatedClaim: { select: { id: true, article: { select: { id: true, title: true, outlet: true } } } },
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
    });
  }
  return sources;
}

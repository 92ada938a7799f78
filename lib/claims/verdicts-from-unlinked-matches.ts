import type { Db, Tx } from "@/lib/db/client";
import { IDS_PER_STATEMENT, pairKey } from "./dismissed-pairs";
import { chunksOf } from "./match-candidates";
import {
  carriedOverFrom,
  CARRY_OVER_TYPES,
  NEWEST_STATUS_FIRST,
  newestPerClaim,
  STATUS_EVENT_TYPES,
} from "./verdicts-carried-over";

/** The claim a verdict was carried over from, as the queue names it. */
export interface UnlinkedVerdictSource {
  claimId: string;
  articleId: string;
  title: string;
  outlet: string | null;
  /** Neither the claim nor its article is deleted: the queue links to it only then. */
  live: boolean;
  /** When the desk unlinked the two: the queue lists the longest-waiting first. */
  unlinkedAt: Date;
}

/**
 * The claims whose current verdict `actorId` carried over from a match a desk has since unlinked as "not the same
 * claim" (a ClaimLinkDismissal row, which matching, the card and this read alike): the verdict now stands on a claim
 * the desk says is another, so the person who carried it checks it again (My queue), as they do a verdict whose words
 * a new version changed. A claim leaves the list when anyone gives it a status of its own (the carry-over is then no
 * longer its newest status change) or the unlinking is undone (the row is gone).
 *
 * Read from the unlinkings, not from my carry-overs: a desk unlinks far less often than it carries verdicts over, and
 * an index on every claim event by person would be written by every ingest for this one read. So: the unlinked pairs,
 * then the carry-overs from their claims (by ClaimEvent's index on the related claim), then the newest status change
 * of the claims left. None is bounded to the newest few: a bound would drop a verdict that still stands.
 */
export async function verdictsFromUnlinkedMatches(
  db: Db,
  actorId: string,
): Promise<Map<string, UnlinkedVerdictSource>> {
  const pairs = await db.claimLinkDismissal.findMany({ select: { claimId: true, otherId: true, createdAt: true } });
  if (pairs.length === 0) return new Map();
  const dismissed = new Map(pairs.map((p) => [pairKey(p.claimId, p.otherId), p.createdAt]));
  const unlinkedClaims = [...new Set(pairs.flatMap((p) => [p.claimId, p.otherId]))];
  const doubted = new Set<string>();
  for (const chunk of chunksOf(unlinkedClaims, IDS_PER_STATEMENT))
    for (const carry of await db.claimEvent.findMany({
      where: { relatedClaimId: { in: chunk }, actorId, type: { in: CARRY_OVER_TYPES } },
      select: { claimId: true, relatedClaimId: true },
    }))
      if (dismissed.has(pairKey(carry.claimId, carry.relatedClaimId!))) doubted.add(carry.claimId);
  if (doubted.size === 0) return new Map();

  const statusChanges = await db.claimEvent.findMany({
    where: { claimId: { in: [...doubted] }, type: { in: STATUS_EVENT_TYPES } },
    orderBy: NEWEST_STATUS_FIRST,
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
  for (const [claimId, newest] of newestPerClaim(statusChanges)) {
    const from = carriedOverFrom([newest])?.claim;
    if (!from || newest.actorId !== actorId) continue;
    const unlinkedAt = dismissed.get(pairKey(claimId, from.id));
    if (!unlinkedAt) continue;
    sources.set(claimId, {
      unlinkedAt,
      claimId: from.id,
      articleId: from.article.id,
      title: from.article.title,
      outlet: from.article.outlet,
      live: !from.deletedAt && !from.article.deletedAt,
    });
  }
  return sources;
}

/**
 * Of a pair just unlinked: who carried the current verdict of one claim over from the other, whose queue it now waits
 * in (their names, for the person who unlinked them). Read inside the unlinking's transaction.
 */
export async function carriersAcross(db: Db | Tx, claimId: string, otherId: string): Promise<string[]> {
  const changes = await db.claimEvent.findMany({
    where: { claimId: { in: [claimId, otherId] }, type: { in: STATUS_EVENT_TYPES } },
    orderBy: NEWEST_STATUS_FIRST,
    select: { claimId: true, type: true, relatedClaim: { select: { id: true } }, actor: { select: { name: true } } },
  });
  const names = new Set<string>();
  for (const [side, newest] of newestPerClaim(changes)) {
    const across = side === claimId ? otherId : claimId;
    if (carriedOverFrom([newest])?.claim.id === across && newest.actor) names.add(newest.actor.name);
  }
  return [...names];
}

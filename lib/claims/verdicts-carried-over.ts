import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma-sqlite/client";
import { isVerdict, toClaimStatus } from "./claim-status";

/**
 * A verdict carried over from a claim the rules matched, or from the closest claim in another report of the story
 * (an aligned link, ClaimLink.inStory): the history keeps which, since the second is a likeness, not the same claim.
 */
export const CARRY_OVER_TYPES = ["verdict_carried_over", "verdict_carried_over_in_story"];
/** The changes of a claim's history that give it a status: the newest of them gave the current one. */
export const STATUS_EVENT_TYPES = ["status_changed", ...CARRY_OVER_TYPES];

/**
 * Status changes newest first. Two stored in the same millisecond are told apart by the claim's version after each
 * (every status change raises it), not by their ids, which are not ordered across processes.
 */
export const NEWEST_STATUS_FIRST = [
  { createdAt: "desc" },
  { claimVersion: { sort: "desc", nulls: "last" } },
  { id: "desc" },
] satisfies Prisma.ClaimEventOrderByWithRelationInput[];

/**
 * Of one claim's events, newest first: the claim its current status was carried over from (the event's related claim)
 * and whether over an aligned link, or null where the newest status change was a person's own.
 */
export function carriedOverFrom<R>(
  newestFirst: { type: string; relatedClaim: R | null }[],
): { claim: R; inStory: boolean } | null {
  const last = newestFirst.find((e) => STATUS_EVENT_TYPES.includes(e.type));
  if (!last?.relatedClaim || !CARRY_OVER_TYPES.includes(last.type)) return null;
  return { claim: last.relatedClaim, inStory: last.type === "verdict_carried_over_in_story" };
}

/** Of several claims' status changes, newest first (NEWEST_STATUS_FIRST): each claim's newest, which gave its status. */
export function newestPerClaim<E extends { claimId: string }>(newestFirst: E[]): Map<string, E> {
  const newest = new Map<string, E>();
  for (const change of newestFirst) if (!newest.has(change.claimId)) newest.set(change.claimId, change);
  return newest;
}

/** The article a verdict was carried over from, as a match names it beside the verdict's reason. */
export interface VerdictOrigin {
  articleId: string;
  title: string;
  outlet: string | null;
  /** Carried over from the closest claim in another report of the story, not from the same claim. */
  inStory: boolean;
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
    orderBy: NEWEST_STATUS_FIRST,
    select: {
      claimId: true,
      type: true,
      relatedClaim: { select: { article: { select: { id: true, title: true, outlet: true } } } },
    },
  });
  const origins = new Map<string, VerdictOrigin>();
  for (const [id, newest] of newestPerClaim(events)) {
    const from = carriedOverFrom([newest]);
    if (from) {
      const { id: articleId, title, outlet } = from.claim.article;
      origins.set(id, { articleId, title, outlet, inStory: from.inStory });
    }
  }
  return origins;
}

import { requirePermission, type Actor } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/client";
import { LIVE_CLAIM } from "@/lib/db/live-article";
import { toClaimStatus, type ClaimStatus } from "./claim-status";
import { verdictsFromUnlinkedMatches, type UnlinkedVerdictSource } from "./verdicts-from-unlinked-matches";

export interface QueueItem {
  claimId: string;
  label: string;
  text: string;
  status: ClaimStatus;
  assignedAt: Date | null;
  /** My verdict stands on words a new version of the article changed (or took out): check it again. */
  recheck: { previousQuote: string | null; quote: string; orphaned: boolean } | null;
  /** I carried my verdict over from this claim, and a desk has since unlinked it as not the same claim. */
  verdictFromUnlinked: UnlinkedVerdictSource | null;
  article: { id: string; title: string; language: string };
}

const OPEN_STATUSES = ["unverified", "in_progress"];

const QUEUE_FIELDS = {
  id: true,
  label: true,
  text: true,
  status: true,
  assignedAt: true,
  quote: true,
  previousQuote: true,
  anchor: true,
  changedAfterVerdict: true,
  article: { select: { id: true, title: true, language: true } },
} as const;

/**
 * My queue: first the claims whose verdict I gave and whose words a new version of their article changed, then those
 * whose verdict I carried over from a match a desk has since unlinked as not the same claim, then the claims assigned
 * to me that still need a verdict, the longest-waiting first. A claim is listed once, with every reason it is there.
 */
export async function listMyQueue(db: Db, actor: Actor): Promise<QueueItem[]> {
  requirePermission(actor, "claim.setStatus");
  const [rechecks, unlinkedSources, assigned] = await Promise.all([
    db.claim.findMany({
      where: { recheckById: actor.id, changedAfterVerdict: true, ...LIVE_CLAIM },
      orderBy: [{ updatedAt: "asc" }],
      take: 500,
      select: QUEUE_FIELDS,
    }),
    verdictsFromUnlinkedMatches(db, actor.id),
    db.claim.findMany({
      where: { assigneeId: actor.id, ...LIVE_CLAIM, status: { in: OPEN_STATUSES } },
      orderBy: [{ assignedAt: "asc" }, { position: "asc" }],
      take: 500,
      select: QUEUE_FIELDS,
    }),
  ]);
  const fromUnlinked =
    unlinkedSources.size === 0
      ? []
      : await db.claim.findMany({
          where: { id: { in: [...unlinkedSources.keys()] }, ...LIVE_CLAIM },
          select: QUEUE_FIELDS,
        });
  // The longest unlinked first.
  const unlinkedAt = (id: string) => unlinkedSources.get(id)!.unlinkedAt.getTime();
  fromUnlinked.sort((a, b) => unlinkedAt(a.id) - unlinkedAt(b.id));
  const listed = new Set<string>();
  return [...rechecks, ...fromUnlinked, ...assigned]
    .filter((c) => !listed.has(c.id) && listed.add(c.id))
    .map((c) => ({
      claimId: c.id,
      label: c.label,
      text: c.text,
      status: toClaimStatus(c.status),
      assignedAt: c.assignedAt,
      recheck: c.changedAfterVerdict
        ? { previousQuote: c.previousQuote, quote: c.quote, orphaned: c.anchor === "orphaned" }
        : null,
      verdictFromUnlinked: unlinkedSources.get(c.id) ?? null,
      article: c.article,
    }));
}

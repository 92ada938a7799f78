import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { lockClaims, type Db } from "@/lib/db/client";
import { LIVE_CLAIM } from "@/lib/db/live-article";
import { requireAssignee } from "./assign-claims";
import { changeMatchingClaims, type MatchingResult } from "./matching-claims";
import { recordClaimEvents } from "./claim-events";

/**
 * Assigns every claim the claims page's filter matches (up to MATCHING_MAX) to a reviewer, or unassigns them with
 * null; each claim that moves gets its "assigned" event, as with assignClaims. Claims already with that person are
 * left alone (neither changed nor skipped). Like assignClaims, the claim's version is not bumped.
 */
export async function assignMatchingClaims(
  db: Db,
  actor: Actor,
  input: { assigneeId: string | null; filter: unknown },
): Promise<MatchingResult> {
  requirePermission(actor, "claim.assign");
  const { assigneeId } = input;
  await requireAssignee(db, assigneeId);
  return changeMatchingClaims(db, actor, input.filter, async (tx, ids, stillMatching) => {
    // Held in id order, then read through the filter: one assigned by someone else meanwhile is left to them.
    await lockClaims(db, tx, ids);
    const matching = await tx.claim.findMany({
      where: { AND: [stillMatching, { id: { in: ids }, ...LIVE_CLAIM }] },
      select: { id: true, assigneeId: true },
    });
    const claims = matching.filter((c) => c.assigneeId !== assigneeId);
    await tx.claim.updateMany({
      where: { id: { in: claims.map((c) => c.id) } },
      data: { assigneeId, assignedAt: assigneeId ? new Date() : null },
    });
    await recordClaimEvents(
      tx,
      claims.map((c) => ({
        claimId: c.id,
        actorId: actor.id,
        type: "assigned",
        from: c.assigneeId,
        to: assigneeId,
      })),
    );
    return { changed: claims.length, skipped: ids.length - matching.length };
  });
}

import { z } from "zod";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { lockClaims, type Db } from "@/lib/db/client";
import { LIVE_CLAIM } from "@/lib/db/live-article";
import { RECHECKED } from "./set-claim-status";
import { parseInput } from "@/lib/input/parse-input";
import { typedText } from "@/lib/input/typed-text";
import { ClaimStatusSchema } from "./claim-status-schema";
import { changeMatchingClaims, type MatchingResult } from "./matching-claims";
import { recordClaimEvents, type ClaimEvent } from "./claim-events";
import { CLAIM_LIMITS } from "./claim-limits";

export const MatchingStatusSchema = z.object({
  status: ClaimStatusSchema,
  reason: typedText().max(CLAIM_LIMITS.reason, "Keep the reason under 2,000 characters.").optional(),
});

/**
 * Sets one status on every claim the claims page's filter matches (up to MATCHING_MAX), audited per claim as a
 * single change would be. Each claim is written at the version read in the same transaction: one changed by
 * someone else in between is skipped and counted, never overwritten.
 */
export async function bulkSetStatusMatching(
  db: Db,
  actor: Actor,
  input: z.input<typeof MatchingStatusSchema> & { filter: unknown },
): Promise<MatchingResult> {
  requirePermission(actor, "claim.setStatus");
  const { status, reason } = parseInput(MatchingStatusSchema, input, "status");
  return changeMatchingClaims(db, actor, input.filter, async (tx, ids, stillMatching) => {
    // Held in id order before the writes below take them version by version; read through the filter once held.
    await lockClaims(db, tx, ids);
    const claims = await tx.claim.findMany({
      where: { AND: [stillMatching, { id: { in: ids }, ...LIVE_CLAIM }] },
      select: { id: true, status: true, version: true },
    });
    // One write per version found (usually one per batch): a claim whose version moved since the read is not
    // matched by it, and the rows written say exactly which claims changed.
    const written = new Set<string>();
    for (const version of [...new Set(claims.map((c) => c.version))].sort((a, b) => a - b)) {
      const rows = await tx.claim.updateManyAndReturn({
        where: { id: { in: claims.filter((c) => c.version === version).map((c) => c.id) }, version, deletedAt: null },
        data: { status, statusReason: reason ?? null, version: { increment: 1 }, ...RECHECKED },
        select: { id: true },
      });
      for (const row of rows) written.add(row.id);
    }
    const events = claims
      .filter((claim) => written.has(claim.id))
      .map((claim): ClaimEvent => ({
        claimId: claim.id,
        actorId: actor.id,
        type: "status_changed",
        from: claim.status,
        to: status,
        reason: reason ?? null,
        claimVersion: claim.version + 1,
      }));
    await recordClaimEvents(tx, events);
    return { changed: events.length, skipped: ids.length - events.length };
  });
}

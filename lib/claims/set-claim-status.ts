import { z } from "zod";
import { typedText } from "@/lib/input/typed-text";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/client";
import { parseInput } from "@/lib/input/parse-input";
import { ClaimStatusSchema } from "./claim-status-schema";
import { loadLiveClaim, updateAtVersion, VersionSchema } from "./claim-lock";
import { recordClaimEvent } from "./claim-events";
import { CLAIM_LIMITS } from "./claim-limits";
import { recordId } from "@/lib/input/record-id";

/** What a new status clears: a claim changed after its verdict has been checked again. */
export const RECHECKED = { changedAfterVerdict: false, recheckById: null } as const;

export const SetClaimStatusSchema = z.object({
  claimId: recordId("claim"),
  status: ClaimStatusSchema,
  reason: typedText().max(CLAIM_LIMITS.reason, "Keep the reason under 2,000 characters.").optional(),
  /** The version the person saw; a change based on an older one is refused, never applied over someone else's. */
  version: VersionSchema,
});
export type SetClaimStatusInput = z.input<typeof SetClaimStatusSchema>;

/**
 * Sets a claim's verification status. Optimistic locking: the update only applies to the version the person saw;
 * if someone changed the claim meanwhile, nothing is written and the conflict says who changed what. The status and
 * its event are written in one transaction.
 */
export async function setClaimStatus(db: Db, actor: Actor, input: SetClaimStatusInput): Promise<{ version: number }> {
  requirePermission(actor, "claim.setStatus");
  const { claimId, status, reason, version } = parseInput(SetClaimStatusSchema, input, "status");
  return db.$transaction(async (tx) => {
    const current = await loadLiveClaim(tx, claimId);
    // A status set again is the check a changed claim asked for: its flag is cleared.
    const next = await updateAtVersion(tx, claimId, version, {
      status,
      statusReason: reason ?? null,
      ...RECHECKED,
    });
    await recordClaimEvent(tx, {
      claimId,
      actorId: actor.id,
      type: "status_changed",
      from: current.status,
      to: status,
      reason: reason ?? null,
      claimVersion: next,
      articleVersion: current.articleVersion,
    });
    return { version: next };
  });
}

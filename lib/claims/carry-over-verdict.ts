import { z } from "zod";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/client";
import { LIVE_CLAIM } from "@/lib/db/live-article";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/input/parse-input";
import { recordId } from "@/lib/input/record-id";
import { loadLiveClaim, updateAtVersion, VersionSchema } from "./claim-lock";
import { RECHECKED } from "./set-claim-status";
import { recordClaimEvent } from "./claim-events";
import { isVerdict } from "./claim-status";

export const CarryOverVerdictSchema = z.object({
  claimId: recordId("claim"),
  /** The matching claim whose verdict this claim takes. */
  fromClaimId: recordId("matching claim"),
  version: VersionSchema,
});

/**
 * Gives a claim the verdict (status and reason) a matching claim of another article has: the desk's "this was checked
 * before". Only from a claim it is linked to as a match, only a verdict (not "unverified" or "in progress"), never on
 * its own: a person asks for it, on the version they saw. The history records it with a link to the claim it came
 * from, and as its own kind where that claim was linked as the closest in another report of the story (inStory).
 */
export async function carryOverVerdict(
  db: Db,
  actor: Actor,
  input: z.input<typeof CarryOverVerdictSchema>,
): Promise<{ version: number }> {
  requirePermission(actor, "claim.setStatus");
  const { claimId, fromClaimId, version } = parseInput(CarryOverVerdictSchema, input, "fromClaimId");
  return db.$transaction(async (tx) => {
    const current = await loadLiveClaim(tx, claimId);
    const link = await tx.claimLink.findFirst({
      where: { claimId, otherId: fromClaimId, other: LIVE_CLAIM },
      select: { inStory: true, other: { select: { status: true, statusReason: true } } },
    });
    if (!link) throw new AppError("invalid_input", "That claim is not a match of this one (any more).", "fromClaimId");
    const { status, statusReason } = link.other;
    if (!isVerdict(status)) {
      throw new AppError("invalid_input", "That claim has no verdict to carry over yet.", "fromClaimId", "no_verdict");
    }
    const next = await updateAtVersion(tx, claimId, version, { status, statusReason, ...RECHECKED });
    await recordClaimEvent(tx, {
      claimId,
      actorId: actor.id,
      type: link.inStory ? "verdict_carried_over_in_story" : "verdict_carried_over",
      from: current.status,
      to: status,
      reason: statusReason,
      claimVersion: next,
      relatedClaimId: fromClaimId,
    });
    return { version: next };
  });
}

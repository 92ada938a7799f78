import { z } from "zod";
import { typedText } from "@/lib/input/typed-text";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/input/parse-input";
import { VersionSchema } from "./claim-lock";
import { ClaimStatusSchema } from "./claim-status-schema";
import { setClaimStatus } from "./set-claim-status";
import { CLAIM_LIMITS } from "./claim-limits";

export const BulkStatusSchema = z.object({
  status: ClaimStatusSchema,
  reason: typedText().max(CLAIM_LIMITS.reason).optional(),
  /** Each selected claim with the version the person saw. */
  claims: z
    .array(z.object({ id: z.string().min(1).max(40), version: VersionSchema }))
    .min(1, "Select the claims first.")
    .max(500, "Change at most 500 claims at once."),
});

/**
 * Sets one status on a selection. Each claim is its own change (own version check, own event), so a claim someone
 * else changed meanwhile is skipped and reported, never overwritten, while the rest go through.
 */
export async function bulkSetStatus(
  db: Db,
  actor: Actor,
  input: z.input<typeof BulkStatusSchema>,
): Promise<{ changed: number; conflicts: { id: string; message: string }[] }> {
  requirePermission(actor, "claim.setStatus");
  const { status, reason, claims } = parseInput(BulkStatusSchema, input, "claims");
  const conflicts: { id: string; message: string }[] = [];
  let changed = 0;
  for (const claim of claims) {
    try {
      await setClaimStatus(db, actor, { status, reason, version: claim.version, claimId: claim.id });
      changed++;
    } catch (error) {
      if (error instanceof AppError && ["conflict", "not_found"].includes(error.code)) {
        conflicts.push({ id: claim.id, message: error.message });
        continue;
      }
      // Each claim is its own transaction: the ones before are stored. "Nothing was changed" (the database busy) or a
      // server error would both be untrue; the person is told how many went through.
      if (changed === 0) throw error;
      console.error(error);
      throw new AppError(
        "unavailable",
        `${changed} of ${claims.length} selected claims were changed, then the change stopped on an error. Run it again for the rest: the changed ones will show as changed meanwhile.`,
        "claims",
        "selection_partial",
        { changed: String(changed), selected: String(claims.length) },
      );
    }
  }
  return { changed, conflicts };
}

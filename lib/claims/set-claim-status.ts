import { z } from "zod";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { ClaimStatusSchema } from "./claim-status";
import { describeLastChange } from "./describe-last-change";

export const SetClaimStatusSchema = z.object({
  status: ClaimStatusSchema,
  reason: z.string().trim().max(2000, "Keep the reason under 2,000 characters.").optional(),
  /** The version the person saw; a change based on an older one is refused, never applied over someone else's. */
  version: z.coerce.number().int().positive(),
});
export type SetClaimStatusInput = z.input<typeof SetClaimStatusSchema>;

/**
 * Sets a claim's verification status. Optimistic locking: the update only applies to the version the person saw;
 * if someone changed the claim meanwhile, nothing is written and the conflict says who changed what. The status and
 * its event are written in one transaction.
 */
export async function setClaimStatus(
  db: Db,
  actor: Actor,
  claimId: string,
  input: SetClaimStatusInput,
): Promise<{ version: number }> {
  requirePermission(actor, "claim.setStatus");
  const parsed = SetClaimStatusSchema.safeParse(input);
  if (!parsed.success)
    throw new AppError(
      "invalid_input",
      parsed.error.issues[0]!.message,
      String(parsed.error.issues[0]!.path[0] ?? "status"),
    );
  const { status, reason, version } = parsed.data;
  return db.$transaction(async (tx) => {
    const current = await tx.claim.findFirst({
      where: { id: claimId, deletedAt: null },
      select: { status: true, version: true },
    });
    if (!current) throw new AppError("not_found", "There is no such claim.", "id");
    const updated = await tx.claim.updateMany({
      where: { id: claimId, version, deletedAt: null },
      data: { status, statusReason: reason ?? null, version: { increment: 1 } },
    });
    if (updated.count === 0) {
      throw new AppError(
        "conflict",
        `This claim was changed meanwhile (${await describeLastChange(tx, claimId)}). Nothing was overwritten: look again and re-apply.`,
        "version",
      );
    }
    await tx.claimEvent.create({
      data: {
        claimId,
        actorId: actor.id,
        type: "status_changed",
        from: current.status,
        to: status,
        reason: reason ?? null,
        claimVersion: version + 1,
      },
    });
    return { version: version + 1 };
  });
}

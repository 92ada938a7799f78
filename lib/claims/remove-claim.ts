import { z } from "zod";
import { typedText } from "@/lib/input/typed-text";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/input/parse-input";
import { loadLiveClaim, updateAtVersion, VersionSchema } from "./claim-lock";

export const RemoveClaimSchema = z.object({
  version: VersionSchema,
  reason: typedText().max(2000, "Keep the reason under 2,000 characters.").optional(),
});

/** Removes a claim from the article's list (soft: it keeps its record and can be restored), with one event. */
export async function removeClaim(
  db: Db,
  actor: Actor,
  claimId: string,
  input: z.input<typeof RemoveClaimSchema>,
): Promise<{ version: number }> {
  requirePermission(actor, "claim.edit");
  const { version, reason } = parseInput(RemoveClaimSchema, input, "version");
  return db.$transaction(async (tx) => {
    await loadLiveClaim(tx, claimId);
    const next = await updateAtVersion(tx, claimId, version, { deletedAt: new Date() });
    await tx.claimEvent.create({
      data: { claimId, actorId: actor.id, type: "removed", reason: reason ?? null, claimVersion: next },
    });
    return { version: next };
  });
}

/** Brings a removed (or merged-away) claim back, at the version the person saw, with one event. */
export async function restoreClaim(
  db: Db,
  actor: Actor,
  claimId: string,
  input: { version: number | string },
): Promise<{ version: number }> {
  requirePermission(actor, "claim.edit");
  const { version } = parseInput(RemoveClaimSchema.pick({ version: true }), input, "version");
  return db.$transaction(async (tx) => {
    const restored = await tx.claim.updateMany({
      where: { id: claimId, version, deletedAt: { not: null } },
      data: { deletedAt: null, version: { increment: 1 } },
    });
    if (restored.count === 0) {
      const exists = await tx.claim.findUnique({ where: { id: claimId }, select: { deletedAt: true } });
      if (!exists) throw new AppError("not_found", "There is no such claim.", "id");
      throw new AppError(
        "conflict",
        exists.deletedAt ? "This claim was changed meanwhile: look again." : "This claim is not removed.",
        "version",
      );
    }
    await tx.claimEvent.create({
      data: { claimId, actorId: actor.id, type: "restored", claimVersion: version + 1 },
    });
    return { version: version + 1 };
  });
}

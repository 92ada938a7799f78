import { z } from "zod";
import { typedText } from "@/lib/input/typed-text";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import type { Db, Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { IN_LIVE_ARTICLE, ON_THE_PAGE } from "@/lib/db/live-article";
import { parseInput } from "@/lib/input/parse-input";
import { loadLiveClaim, updateAtVersion, VersionSchema } from "./claim-lock";
import { recordClaimEvent } from "./claim-events";
import { CLAIM_LIMITS } from "./claim-limits";
import { recordId } from "@/lib/input/record-id";

export const RemoveClaimSchema = z.object({
  claimId: recordId("claim"),
  version: VersionSchema,
  reason: typedText().max(CLAIM_LIMITS.reason, "Keep the reason under 2,000 characters.").optional(),
});

/** Removes a claim from the article's list (soft: it keeps its record and can be restored), with one event. */
export async function removeClaim(
  db: Db,
  actor: Actor,
  input: z.input<typeof RemoveClaimSchema>,
): Promise<{ version: number }> {
  requirePermission(actor, "claim.edit");
  const { claimId, version, reason } = parseInput(RemoveClaimSchema, input, "version");
  return db.$transaction(async (tx) => {
    await loadLiveClaim(tx, claimId);
    const next = await updateAtVersion(tx, claimId, version, { deletedAt: new Date() });
    await recordClaimEvent(tx, {
      claimId,
      actorId: actor.id,
      type: "removed",
      reason: reason ?? null,
      claimVersion: next,
    });
    return { version: next };
  });
}

export const RestoreClaimSchema = z.object({
  claimId: recordId("claim"),
  version: VersionSchema,
  /** Restore even though live claims now cover some of its words (a merged-away claim usually is). */
  allowOverlap: z.union([z.boolean(), z.enum(["true", "false"]).transform((v) => v === "true")]).optional(),
});

/**
 * Brings a removed (or merged-away) claim back, at the version the person saw, with one event. A merged-away claim
 * whose words are now part of another live claim would come back as an overlapping duplicate: that is refused with
 * the other claim named, unless the person asked for it knowingly (allowOverlap).
 */
export async function restoreClaim(
  db: Db,
  actor: Actor,
  input: z.input<typeof RestoreClaimSchema>,
): Promise<{ version: number }> {
  requirePermission(actor, "claim.edit");
  const { claimId, version, allowOverlap } = parseInput(RestoreClaimSchema, input, "version");
  return db.$transaction(async (tx) => {
    if (!allowOverlap) await refuseOverlap(tx, claimId);
    const restored = await tx.claim.updateMany({
      where: { id: claimId, version, deletedAt: { not: null }, ...IN_LIVE_ARTICLE },
      data: { deletedAt: null, version: { increment: 1 } },
    });
    if (restored.count === 0) {
      const exists = await tx.claim.findFirst({
        where: { id: claimId, ...IN_LIVE_ARTICLE },
        select: { deletedAt: true },
      });
      if (!exists) throw new AppError("not_found", "There is no such claim.", "id");
      throw new AppError(
        "conflict",
        exists.deletedAt ? "This claim was changed meanwhile: look again." : "This claim is not removed.",
        "version",
        exists.deletedAt ? "restore_stale" : "not_removed",
      );
    }
    await recordClaimEvent(tx, { claimId, actorId: actor.id, type: "restored", claimVersion: version + 1 });
    return { version: version + 1 };
  });
}

async function refuseOverlap(tx: Tx, claimId: string): Promise<void> {
  const claim = await tx.claim.findUnique({
    where: { id: claimId },
    select: { articleId: true, start: true, end: true },
  });
  // Only a claim that was merged away: a removed claim that overlapped others before (a figure picked out of a
  // sentence) comes back as it was.
  const gone = await tx.claimEvent.findFirst({
    where: { claimId, type: { in: ["merged_into", "removed"] } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { type: true },
  });
  if (!claim || gone?.type !== "merged_into") return;
  const covering = await tx.claim.findFirst({
    where: {
      articleId: claim.articleId,
      ...ON_THE_PAGE,
      id: { not: claimId },
      start: { lt: claim.end },
      end: { gt: claim.start },
    },
    orderBy: { start: "asc" },
    select: { label: true },
  });
  if (covering) {
    throw new AppError(
      "conflict",
      `Its words are now part of the claim “${covering.label}”: restoring it makes two claims on the same words. Restore anyway only if both should stay.`,
      "allowOverlap",
      "overlap",
      { label: covering.label },
    );
  }
}

import { z } from "zod";
import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { LIVE_CLAIM } from "@/lib/db/live-article";
import { describeLastChange } from "./describe-last-change";

/** The version of a claim the person saw; every change to the claim row names it. */
export const VersionSchema = z.coerce.number({ error: "Say which version of the claim you saw." }).int().positive();

type ClaimData = Parameters<Tx["claim"]["updateMany"]>[0]["data"];

/** Split or merge of a claim a later version no longer has: its offsets index another text. */
export const noLongerInText = () =>
  new AppError(
    "invalid_input",
    "This claim is no longer in the article (a later version does not have its words): it cannot be split or merged.",
    "id",
    "orphaned",
  );

/** A claim that has not been removed (nor its article deleted), or a 404 a person understands. */
export async function loadLiveClaim(tx: Tx, claimId: string) {
  const claim = await tx.claim.findFirst({ where: { id: claimId, ...LIVE_CLAIM } });
  if (!claim) throw new AppError("not_found", "There is no such claim (it may have been removed or merged).", "id");
  return claim;
}

/**
 * Optimistic locking: applies `data` only if the claim is still at the version the person saw, and returns the new
 * version. Otherwise nothing is written and the conflict says who changed what, so the person can look and re-apply.
 */
export async function updateAtVersion(tx: Tx, claimId: string, version: number, data: ClaimData): Promise<number> {
  const updated = await tx.claim.updateMany({
    where: { id: claimId, version, deletedAt: null },
    data: { ...data, version: { increment: 1 } },
  });
  if (updated.count === 0) {
    const { text, ...change } = await describeLastChange(tx, claimId);
    throw new AppError(
      "conflict",
      `This claim was changed meanwhile (${text}). Nothing was overwritten: look again and re-apply.`,
      "version",
      "stale",
      change,
    );
  }
  return version + 1;
}

import { z } from "zod";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { lockClaims, type Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/input/parse-input";
import { recordId } from "@/lib/input/record-id";
import { loadLiveClaim } from "./claim-lock";
import { orderedPair, recordBothSides } from "./dismiss-claim-match";
import { relinkClaims } from "./link-claims";

export const RestoreClaimMatchSchema = z.object({
  claimId: recordId("claim"),
  otherId: recordId("matching claim"),
});

/**
 * Undoes "not the same claim": the pair may be linked again, and the claim is matched anew at once, so the link is
 * back if matching still finds it (`linked`); both histories record the undo. A pair nobody unlinked is a 400.
 */
export async function restoreClaimMatch(
  db: Db,
  actor: Actor,
  input: z.input<typeof RestoreClaimMatchSchema>,
): Promise<{ linked: boolean }> {
  requirePermission(actor, "claim.edit");
  const { claimId, otherId } = parseInput(RestoreClaimMatchSchema, input, "otherId");
  const pair = orderedPair(claimId, otherId);
  const articleId = await db.$transaction(async (tx) => {
    await lockClaims(db, tx, [pair.claimId, pair.otherId]);
    const claim = await loadLiveClaim(tx, claimId);
    const removed = await tx.claimLinkDismissal.deleteMany({ where: pair });
    if (removed.count === 0)
      throw new AppError("invalid_input", "Nobody has said these are not the same claim (any more).", "otherId");
    const other = await tx.claim.findUnique({ where: { id: otherId }, select: { text: true } });
    await recordBothSides(tx, actor, { claimId, otherId, texts: [claim.text, other?.text ?? ""] }, null, null);
    return claim.articleId;
  });
  // Outside the transaction, as after an edit: the undo stands whatever matching finds now.
  await relinkClaims(db, articleId, [claimId]);
  const link = await db.claimLink.findFirst({ where: { claimId, otherId }, select: { score: true } });
  return { linked: link !== null };
}

import { z } from "zod";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { providerOf, type Db } from "@/lib/db/client";
import { insertRows } from "@/lib/db/insert-rows";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/input/parse-input";
import { recordId } from "@/lib/input/record-id";
import { holdPair, recordBothSides } from "./dismiss-claim-match";
import { orderedPair } from "./dismissed-pairs";

export const RestoreClaimMatchSchema = z.object({
  claimId: recordId("claim"),
  otherId: recordId("matching claim"),
});

/**
 * Undoes "not the same claim": the pair may be linked again, and the link it had is put back as it was (`linked`),
 * both ways, where both claims are still there and it had one (a match listed live had none: the article's next
 * matching decides). Nothing else of either claim's links changes. Both histories record the undo. A pair nobody
 * unlinked is a 400.
 */
export async function restoreClaimMatch(
  db: Db,
  actor: Actor,
  input: z.input<typeof RestoreClaimMatchSchema>,
): Promise<{ linked: boolean }> {
  requirePermission(actor, "claim.edit");
  const { claimId, otherId } = parseInput(RestoreClaimMatchSchema, input, "otherId");
  const pair = orderedPair(claimId, otherId);
  return db.$transaction(async (tx) => {
    const { mine, other } = await holdPair(db, tx, claimId, otherId);
    const dismissal = await tx.claimLinkDismissal.findUnique({
      where: { claimId_otherId: pair },
      select: { score: true, figuresDisagree: true, inStory: true },
    });
    if (!dismissal)
      throw new AppError("invalid_input", "Nobody has said these are not the same claim (any more).", "otherId");
    await tx.claimLinkDismissal.delete({ where: { claimId_otherId: pair } });
    await recordBothSides(tx, actor, { claimId, otherId, texts: [mine.text, other?.text ?? ""] }, null, null);
    const { score, figuresDisagree, inStory } = dismissal;
    if (!other || score === null) return { linked: false };
    const link = { score, figuresDisagree, inStory, createdAt: new Date() };
    await insertRows(
      tx,
      providerOf(db),
      "ClaimLink",
      [
        { claimId, otherId, ...link },
        { claimId: otherId, otherId: claimId, ...link },
      ],
      { ignoreDuplicates: true },
    );
    return { linked: true };
  });
}

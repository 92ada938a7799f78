import { z } from "zod";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { lockClaims, type Db, type Tx } from "@/lib/db/client";
import { LIVE_CLAIM } from "@/lib/db/live-article";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/input/parse-input";
import { recordId } from "@/lib/input/record-id";
import { typedText } from "@/lib/input/typed-text";
import { recordClaimEvents } from "./claim-events";
import { DISMISSAL_REASONS, type DismissalReason } from "./dismissal-reasons";
import { CLAIM_LIMITS } from "./claim-limits";
import { loadLiveClaim } from "./claim-lock";

export const DismissClaimMatchSchema = z
  .object({
    claimId: recordId("claim"),
    /** The matching claim (of another article) that is not the same claim. */
    otherId: recordId("matching claim"),
    reason: z.enum(DISMISSAL_REASONS, {
      error: "Say why they are not the same claim: another fact, another event, or another reason.",
    }),
    /** Why, in the desk's words; a blank note is none. */
    note: typedText().max(CLAIM_LIMITS.note, "Keep the note under 5,000 characters.").optional(),
  })
  .refine((input) => input.reason !== "other" || Boolean(input.note), {
    message: "Say in the note which reason it is.",
    path: ["note"],
  });

/** The reasons as the API's and the CLI's messages say them (the interface words them itself). */
const REASON_WORDS: Record<DismissalReason, string> = {
  different_fact: "another fact",
  different_event: "another event",
  other: "not the same claim",
};

/** A pair as it is stored: the smaller id first, so either side finds the one row. */
export const orderedPair = (a: string, b: string) => (a < b ? { claimId: a, otherId: b } : { claimId: b, otherId: a });

/**
 * "Not the same claim": removes the link between a claim and one of its matches, both ways, and keeps the pair
 * apart from then on (matching skips it: link-claims.ts), with the reason and note in both claims' histories. Only a
 * link that is there; a pair someone else unlinked meanwhile is a conflict that says who and why, not a second row.
 */
export async function dismissClaimMatch(
  db: Db,
  actor: Actor,
  input: z.input<typeof DismissClaimMatchSchema>,
): Promise<{ dismissed: true }> {
  requirePermission(actor, "claim.edit");
  const { claimId, otherId, reason, note: typed } = parseInput(DismissClaimMatchSchema, input, "otherId");
  const note = typed || null;
  const pair = orderedPair(claimId, otherId);
  return db.$transaction(async (tx) => {
    // Both claims held (PostgreSQL), in id order: two people unlinking the pair at once are one after the other.
    await lockClaims(db, tx, [pair.claimId, pair.otherId]);
    await loadLiveClaim(tx, claimId);
    const earlier = await tx.claimLinkDismissal.findUnique({
      where: { claimId_otherId: pair },
      select: { reason: true, actor: { select: { name: true } } },
    });
    if (earlier) {
      const who = earlier.actor?.name ?? "Someone";
      throw new AppError(
        "conflict",
        `${who} already said these are not the same claim (${REASON_WORDS[earlier.reason as DismissalReason] ?? earlier.reason}). Nothing was changed.`,
        "otherId",
        "already_dismissed",
      );
    }
    const other = await tx.claimLink.findFirst({
      where: { claimId, otherId, other: LIVE_CLAIM },
      select: { other: { select: { text: true } } },
    });
    if (!other) throw new AppError("invalid_input", "That claim is not a match of this one (any more).", "otherId");
    const mine = await tx.claim.findUniqueOrThrow({ where: { id: claimId }, select: { text: true } });
    await tx.claimLink.deleteMany({ where: { claimId, otherId } });
    await tx.claimLink.deleteMany({ where: { claimId: otherId, otherId: claimId } });
    await tx.claimLinkDismissal.create({ data: { ...pair, reason, note, actorId: actor.id } });
    await recordBothSides(tx, actor, { claimId, otherId, texts: [mine.text, other.other.text] }, reason, note);
    return { dismissed: true as const };
  });
}

/**
 * One event in each claim's history, naming the other claim (its words, and a link to it): the same change seen from
 * either article. `reason` null is the dismissal undone.
 */
export async function recordBothSides(
  tx: Tx,
  actor: Actor,
  { claimId, otherId, texts }: { claimId: string; otherId: string; texts: [string, string] },
  reason: DismissalReason | null,
  note: string | null,
) {
  const type = reason ? (`match_dismissed_${reason}` as const) : "match_restored";
  await recordClaimEvents(tx, [
    { claimId, actorId: actor.id, type, from: texts[1], reason: note, relatedClaimId: otherId },
    { claimId: otherId, actorId: actor.id, type, from: texts[0], reason: note, relatedClaimId: claimId },
  ]);
}

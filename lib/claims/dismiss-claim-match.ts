import { z } from "zod";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { lockArticle, lockClaims, type Db, type Tx } from "@/lib/db/client";
import { LIVE_CLAIM } from "@/lib/db/live-article";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/input/parse-input";
import { recordId } from "@/lib/input/record-id";
import { typedText } from "@/lib/input/typed-text";
import { recordClaimEvents } from "./claim-events";
import { carriersAcross } from "./verdicts-from-unlinked-matches";
import { orderedPair } from "./dismissed-pairs";
import { DISMISSAL_REASONS, toDismissalReason, type DismissalReason } from "./dismissal-reasons";
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

/**
 * "Not the same claim": removes the link between a claim and one of its matches, both ways, and keeps the pair
 * apart from then on (matching skips it: link-claims.ts), with the reason and note in both claims' histories. The link
 * is kept with the dismissal, to be put back as it was if it is undone. A match listed live (its article not matched
 * yet) has no stored link: the pair is kept apart all the same. A pair someone else unlinked meanwhile is a conflict
 * that says who and why, not a second row.
 */
export async function dismissClaimMatch(
  db: Db,
  actor: Actor,
  input: z.input<typeof DismissClaimMatchSchema>,
): Promise<{ dismissed: true; waitsFor: string[] }> {
  requirePermission(actor, "claim.edit");
  const { claimId, otherId, reason, note: typed } = parseInput(DismissClaimMatchSchema, input, "otherId");
  const note = typed || null;
  const pair = orderedPair(claimId, otherId);
  return db.$transaction(async (tx) => {
    const { mine, other } = await holdPair(db, tx, claimId, otherId);
    if (!other) throw new AppError("invalid_input", "That claim is not there (any more).", "otherId");
    const earlier = await tx.claimLinkDismissal.findUnique({
      where: { claimId_otherId: pair },
      select: { reason: true, actor: { select: { name: true } } },
    });
    if (earlier) {
      const who = earlier.actor?.name ?? "Someone";
      const why = REASON_WORDS[toDismissalReason(earlier.reason)];
      throw new AppError(
        "conflict",
        `${who} already said these are not the same claim (${why}). Nothing was changed.`,
        "otherId",
        "already_dismissed",
      );
    }
    const link = await tx.claimLink.findUnique({
      where: { claimId_otherId: { claimId, otherId } },
      select: { score: true, figuresDisagree: true, inStory: true },
    });
    await tx.claimLink.deleteMany({ where: { claimId, otherId } });
    await tx.claimLink.deleteMany({ where: { claimId: otherId, otherId: claimId } });
    await tx.claimLinkDismissal.create({ data: { ...pair, ...link, reason, note, actorId: actor.id } });
    await recordBothSides(tx, actor, { claimId, otherId, texts: [mine.text, other.text] }, reason, note);
    // A verdict one of them carried over from the other now stands doubted: its carrier's queue has it (My queue).
    return { dismissed: true as const, waitsFor: await carriersAcross(tx, claimId, otherId) };
  });
}

/**
 * Loads the two claims of a pair and holds them for its change (PostgreSQL): both articles first, in id order, as
 * matching takes an article (link-claims.ts updates or holds it before it reads the dismissals and writes the links),
 * so a rematch of either waits for the change or the change for it, and never writes a link between; then both claims,
 * in id order. `mine` must be live, else a 404; `other` is null when it is not (removed, merged, its article deleted);
 * a claim of the same article is no match to unlink.
 */
export async function holdPair(db: Db, tx: Tx, claimId: string, otherId: string) {
  const mine = await loadLiveClaim(tx, claimId);
  const other = await tx.claim.findFirst({
    where: { id: otherId, ...LIVE_CLAIM },
    select: { text: true, articleId: true },
  });
  if (other?.articleId === mine.articleId)
    throw new AppError(
      "invalid_input",
      "Both claims are in one article: only matches in other articles are unlinked.",
      "otherId",
    );
  for (const article of [...new Set([mine.articleId, other?.articleId ?? mine.articleId])].sort())
    await lockArticle(db, tx, article);
  await lockClaims(db, tx, [claimId, otherId].sort());
  return { mine, other };
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

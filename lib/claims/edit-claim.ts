import { z } from "zod";
import { typedText } from "@/lib/input/typed-text";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { holdArticleText, type Db, type Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/input/parse-input";
import { loadLiveClaim, updateAtVersion, VersionSchema } from "./claim-lock";
import { recordClaimEvents } from "./claim-events";
import { CLAIM_LIMITS } from "./claim-limits";
import { recordId } from "@/lib/input/record-id";
import { articleContextOf } from "@/lib/matching/article-context";
import { storedClaimForMatching, storedMatchFieldsOf } from "@/lib/matching/match-terms";
import { relinkClaims } from "./link-claims";

export const EditClaimSchema = z.object({
  claimId: recordId("claim"),
  text: typedText()
    .min(1, "A claim needs its text.")
    .max(CLAIM_LIMITS.text, "Keep a claim under 5,000 characters.")
    .optional(),
  label: typedText()
    .min(1, "A claim needs a label.")
    .max(CLAIM_LIMITS.label, "Keep the label under 200 characters.")
    .optional(),
  version: VersionSchema,
});

/**
 * Rewrites a claim's text and/or label. The anchor in the article (start, end, quote) stays: the text is the
 * checkable statement, the quote what the article says. One event per field that changed, one version bump.
 */
export async function editClaim(
  db: Db,
  actor: Actor,
  input: z.input<typeof EditClaimSchema>,
): Promise<{ version: number }> {
  requirePermission(actor, "claim.edit");
  const { claimId, text, label, version } = parseInput(EditClaimSchema, input, "text");
  const edited = await db.$transaction(async (tx) => {
    // New words are keyed with what the article's lead names: the text is held first, so that a new version changing
    // the lead meanwhile (which clears its claims' keys) is not undone by a key read from the lead before it.
    if (text !== undefined) await holdArticleText(db, tx, (await loadLiveClaim(tx, claimId)).articleId);
    const current = await loadLiveClaim(tx, claimId);
    const changes = (
      [
        ["text_edited", current.text, text],
        ["label_edited", current.label, label],
      ] as const
    ).filter(([, from, to]) => to !== undefined && to !== from);
    if (changes.length === 0)
      throw new AppError("invalid_input", "Nothing changed: edit the text or the label.", "text");
    const textChanged = text !== undefined && text !== current.text;
    const next = await updateAtVersion(tx, claimId, version, {
      text: text ?? current.text,
      label: label ?? current.label,
      // What the claim is about follows its words: matching reads the text, not the quote.
      ...(textChanged ? await matchFieldsFor(tx, current.articleId, text, current.quantities) : {}),
    });
    await recordClaimEvents(
      tx,
      changes.map(([type, from, to]) => ({ claimId, actorId: actor.id, type, from, to, claimVersion: next })),
    );
    return { version: next, articleId: current.articleId, textChanged };
  });
  if (edited.textChanged) await relinkClaims(db, edited.articleId, [claimId]);
  return { version: edited.version };
}

async function matchFieldsFor(tx: Tx, articleId: string, text: string, quantities: string) {
  const { language, body } = await tx.article.findUniqueOrThrow({
    where: { id: articleId },
    select: { language: true, body: true },
  });
  return storedMatchFieldsOf(storedClaimForMatching({ text, quantities }, language, articleContextOf(body)));
}

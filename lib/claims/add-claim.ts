import { articleContextOf } from "@/lib/matching/article-context";
import { storedMatchFieldsOf } from "@/lib/matching/match-terms";
import { z } from "zod";
import { typedText } from "@/lib/input/typed-text";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { lockArticle, type Db } from "@/lib/db/client";
import { selectorAt } from "@/lib/anchoring/reanchor";
import { AppError } from "@/lib/errors";
import { LIVE_ARTICLE, ON_THE_PAGE } from "@/lib/db/live-article";
import { describeSpan, type Language } from "@/lib/extract";
import { parseInput } from "@/lib/input/parse-input";
import { quoteAsText, trimSpan } from "./trim-span";
import { recordClaimEvent } from "./claim-events";
import { recordId } from "@/lib/input/record-id";
import { relinkClaims } from "./link-claims";

const Offset = z.coerce.number({ error: "Select the claim's words in the article." }).int().min(0);
export const AddClaimSchema = z
  .object({
    articleId: recordId("article"),
    start: Offset,
    end: Offset,
    label: typedText().min(1).max(200, "Keep the label under 200 characters.").optional(),
    /** The article version whose text the person selected in (the page sends it; a stale selection is refused). */
    articleVersion: z.coerce.number().int().positive().optional(),
  })
  .refine((v) => v.end > v.start, { message: "Select the claim's words in the article.", path: ["start"] });

const MAX_CLAIM_CHARS = 5000;

/**
 * Adds a claim the extractor missed, from a stretch of the article a person selected. It is anchored to that text,
 * gets a drafted label and its quantities, starts unverified and cites nothing until a source is linked.
 */
export async function addClaim(db: Db, actor: Actor, input: z.input<typeof AddClaimSchema>): Promise<{ id: string }> {
  requirePermission(actor, "claim.edit");
  const { articleId, start, end, label, articleVersion } = parseInput(AddClaimSchema, input, "start");
  const added = await db.$transaction(async (tx) => {
    await lockArticle(db, tx, articleId);
    const article = await tx.article.findFirst({
      where: { id: articleId, ...LIVE_ARTICLE },
      select: { body: true, language: true, version: true },
    });
    if (!article) throw new AppError("not_found", "There is no such article.", "articleId");
    // The selection's offsets are of the text the person saw: in another version they are other words.
    if (articleVersion !== undefined && articleVersion !== article.version)
      throw new AppError(
        "conflict",
        "The article has a new version since you opened it, and its words may have moved: select them again.",
        "start",
        "new_version_since",
      );
    if (end > article.body.length) throw new AppError("invalid_input", "The selection is outside the article.", "end");
    const span = trimSpan(article.body, start, end);
    if (!span) throw new AppError("invalid_input", "Select words, not just spaces or punctuation.", "start");
    if (span.end - span.start > MAX_CLAIM_CHARS) {
      throw new AppError("invalid_input", "Select at most 5,000 characters for one claim.", "end");
    }
    const taken = await tx.claim.findFirst({
      where: { articleId, ...ON_THE_PAGE, start: span.start, end: span.end },
      select: { label: true },
    });
    if (taken) throw new AppError("duplicate", `This text already is a claim (“${taken.label}”).`, "start");
    const quote = article.body.slice(span.start, span.end);
    const described = describeSpan(article.body, span.start, span.end, article.language as Language);
    const last = await tx.claim.aggregate({ where: { articleId }, _max: { position: true } });
    const claim = await tx.claim.create({
      data: {
        articleId,
        position: (last._max.position ?? -1) + 1,
        quote,
        ...selectorAt(article.body, span.start, span.end),
        articleVersion: article.version,
        text: quoteAsText(quote),
        label: label ?? described.label,
        kind: "claim",
        hedged: described.hedged,
        origin: "manual",
        quantities: JSON.stringify(described.quantities),
        ...storedMatchFieldsOf({
          text: quoteAsText(quote),
          language: article.language as Language,
          quantities: described.quantities,
          context: articleContextOf(article.body),
        }),
      },
      select: { id: true },
    });
    await recordClaimEvent(tx, {
      claimId: claim.id,
      actorId: actor.id,
      type: "created",
      to: "manual",
      claimVersion: 1,
    });
    return claim;
  });
  await relinkClaims(db, articleId, [added.id]);
  return added;
}

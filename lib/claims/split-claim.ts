import { articleContextOf } from "@/lib/matching/article-context";
import { storedMatchFieldsOf } from "@/lib/matching/match-terms";
import { z } from "zod";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { type Db, lockArticle } from "@/lib/db/client";
import { carryDismissals } from "./dismissed-pairs";
import { AppError } from "@/lib/errors";
import { describeSpan, type Language } from "@/lib/extract";
import { parseInput } from "@/lib/input/parse-input";
import { loadLiveClaim, noLongerInText, updateAtVersion, VersionSchema } from "./claim-lock";
import { selectorAt } from "@/lib/anchoring/reanchor";
import { quoteAsText, trimSpan } from "./trim-span";
import { storedSourceCounts } from "./sourcing";
import { recordClaimEvents } from "./claim-events";
import { recordId } from "@/lib/input/record-id";
import { relinkClaims } from "./link-claims";

export const SplitClaimSchema = z.object({
  claimId: recordId("claim"),
  /** Where to cut, as an offset into the claim's quote: the first part ends there, the second starts there. */
  at: z.coerce
    .number({ error: "Say where to split the claim." })
    .int()
    .positive("Put the cursor where the second claim starts, not before the first word."),
  version: VersionSchema,
});

/**
 * Splits a compound claim at a point in its quote into two claims anchored to their halves of the article text.
 * The first keeps the claim's id, status and record; the second is new, unverified, cites the same sources and
 * keeps the extractor's version. Two events: "split" on the first, "split_off" on the second.
 */
export async function splitClaim(
  db: Db,
  actor: Actor,
  input: z.input<typeof SplitClaimSchema>,
): Promise<{ version: number; newClaimId: string }> {
  requirePermission(actor, "claim.edit");
  const { claimId, at, version } = parseInput(SplitClaimSchema, input, "at");
  const split = await db.$transaction(async (tx) => {
    // Read again once the article is held: a new version may have moved the claim meanwhile.
    await lockArticle(db, tx, (await loadLiveClaim(tx, claimId)).articleId);
    const claim = await loadLiveClaim(tx, claimId);
    // An orphaned claim's offsets are of an older version: split, its parts would be this version's words.
    if (claim.anchor === "orphaned") throw noLongerInText();
    const article = await tx.article.findUniqueOrThrow({
      where: { id: claim.articleId },
      select: { body: true, language: true },
    });
    const cut = claim.start + at;
    if (/[\p{L}\p{N}]/u.test(article.body[cut - 1] ?? "") && /[\p{L}\p{N}]/u.test(article.body[cut] ?? "")) {
      throw new AppError("invalid_input", "Split between two words, not inside one.", "at");
    }
    const first = trimSpan(article.body, claim.start, Math.min(cut, claim.end));
    const second = trimSpan(article.body, Math.min(cut, claim.end), claim.end, { dropConjunction: true });
    if (!first || !second) {
      throw new AppError("invalid_input", "Split between two words of the claim, not at its start or end.", "at");
    }
    const lang = article.language as Language;
    const context = articleContextOf(article.body);
    const [a, b] = [first, second].map((span) => ({
      ...span,
      quote: article.body.slice(span.start, span.end),
      ...describeSpan(article.body, span.start, span.end, lang),
    }));
    const next = await updateAtVersion(tx, claimId, version, {
      start: a!.start,
      end: a!.end,
      quote: a!.quote,
      text: quoteAsText(a!.quote),
      label: a!.label,
      quantities: JSON.stringify(a!.quantities),
      ...storedMatchFieldsOf({ text: quoteAsText(a!.quote), language: lang, quantities: a!.quantities, context }),
    });
    const citations = await tx.citation.findMany({
      where: { claimId },
      include: { source: { select: { type: true } } },
    });
    const created = await tx.claim.create({
      data: {
        articleId: claim.articleId,
        position: claim.position,
        quote: b!.quote,
        ...selectorAt(article.body, b!.start, b!.end),
        articleVersion: claim.articleVersion,
        text: quoteAsText(b!.quote),
        label: b!.label,
        kind: claim.kind,
        hedged: claim.hedged,
        origin: claim.origin,
        extractorVersion: claim.extractorVersion,
        quantities: JSON.stringify(b!.quantities),
        ...storedMatchFieldsOf({ text: quoteAsText(b!.quote), language: lang, quantities: b!.quantities, context }),
        ...storedSourceCounts(citations),
        assigneeId: claim.assigneeId,
        assignedAt: claim.assignedAt,
        citations: {
          create: citations.map(({ id: _id, claimId: _claim, source: _source, ...c }) => c),
        },
      },
      select: { id: true },
    });
    await carryDismissals(tx, claimId, created.id);
    await recordClaimEvents(tx, [
      { claimId, actorId: actor.id, type: "split", from: claim.text, to: quoteAsText(a!.quote), claimVersion: next },
      {
        claimId: created.id,
        actorId: actor.id,
        type: "split_off",
        from: claim.text,
        to: quoteAsText(b!.quote),
        claimVersion: 1,
      },
    ]);
    return { version: next, newClaimId: created.id, articleId: claim.articleId };
  });
  await relinkClaims(db, split.articleId, [claimId, split.newClaimId]);
  return { version: split.version, newClaimId: split.newClaimId };
}

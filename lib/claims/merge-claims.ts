import { ON_THE_PAGE } from "@/lib/db/live-article";
import { articleContextOf } from "@/lib/matching/article-context";
import { storedMatchFieldsOf } from "@/lib/matching/match-terms";
import type { Language } from "@/lib/extract";
import { z } from "zod";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { type Db, lockArticle, lockClaims } from "@/lib/db/client";
import { carryDismissals } from "./dismissed-pairs";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/input/parse-input";
import { loadLiveClaim, noLongerInText, updateAtVersion, VersionSchema } from "./claim-lock";
import { quoteAsText } from "./trim-span";
import { recountSources } from "./sourcing";
import { recordClaimEvents } from "./claim-events";
import { recordId } from "@/lib/input/record-id";
import { relinkClaims } from "./link-claims";

export const MergeClaimsSchema = z.object({
  claimId: recordId("claim"),
  version: VersionSchema,
  /** The neighbour to merge in, and the version of it the person saw. */
  withId: z.string({ error: "Say which claim to merge with." }).min(1).max(40),
  withVersion: VersionSchema,
});

/**
 * Merges a claim with its neighbour in the text: the earlier one stays and grows to cover both quotes and cites
 * both claims' sources; the later one is removed (recoverable) and its notes and evidence stay on its record.
 * Both versions are checked; two events ("merged" on the kept claim, "merged_into" on the removed one).
 */
export async function mergeClaims(
  db: Db,
  actor: Actor,
  input: z.input<typeof MergeClaimsSchema>,
): Promise<{ keptId: string; version: number }> {
  requirePermission(actor, "claim.edit");
  const { claimId, version, withId, withVersion } = parseInput(MergeClaimsSchema, input, "withId");
  if (withId === claimId) throw new AppError("invalid_input", "A claim cannot be merged with itself.", "withId");
  const merged = await db.$transaction(async (tx) => {
    // Read again once the article is held: a new version may have moved the claims meanwhile.
    await lockArticle(db, tx, (await loadLiveClaim(tx, claimId)).articleId);
    // Both claims in id order, before they are written in their order in the text.
    await lockClaims(db, tx, [claimId, withId]);
    const [one, other] = [await loadLiveClaim(tx, claimId), await loadLiveClaim(tx, withId)];
    if (one.articleId !== other.articleId) {
      throw new AppError("invalid_input", "Only claims of the same article can be merged.", "withId");
    }
    // An orphaned claim's offsets are of an older version: merged, it would take in this version's words.
    if (one.anchor === "orphaned" || other.anchor === "orphaned") throw noLongerInText();
    const [kept, gone] = one.start <= other.start ? [one, other] : [other, one];
    const between = await tx.claim.count({
      where: {
        articleId: kept.articleId,
        ...ON_THE_PAGE,
        id: { notIn: [kept.id, gone.id] },
        start: { gt: kept.start, lt: gone.start },
      },
    });
    if (between > 0) throw new AppError("invalid_input", "Only neighbouring claims can be merged.", "withId");
    const { body, language } = await tx.article.findUniqueOrThrow({
      where: { id: kept.articleId },
      select: { body: true, language: true },
    });
    const start = Math.min(kept.start, gone.start);
    const end = Math.max(kept.end, gone.end);
    const quote = body.slice(start, end);
    // Claims whose text is their quote merge into the joined quote; rewritten texts are joined as they are.
    const verbatim = [kept, gone].every((c) => c.text === quoteAsText(c.quote));
    const text = verbatim ? quoteAsText(quote) : `${kept.text} ${gone.text}`;
    const versionOf = (id: string) => (id === claimId ? version : withVersion);
    const keptCitations = await tx.citation.findMany({ where: { claimId: kept.id }, select: { sourceId: true } });
    const cited = new Set(keptCitations.map((c) => c.sourceId));
    const adopted = (await tx.citation.findMany({ where: { claimId: gone.id } })).filter((c) => !cited.has(c.sourceId));
    const quantities = [...JSON.parse(kept.quantities), ...JSON.parse(gone.quantities)];
    const keptNext = await updateAtVersion(tx, kept.id, versionOf(kept.id), {
      start,
      end,
      quote,
      text,
      quantities: JSON.stringify(quantities),
      ...storedMatchFieldsOf({ text, language: language as Language, quantities, context: articleContextOf(body) }),
      hedged: kept.hedged || gone.hedged,
    });
    const goneNext = await updateAtVersion(tx, gone.id, versionOf(gone.id), { deletedAt: new Date() });
    if (adopted.length) {
      await tx.citation.createMany({ data: adopted.map(({ id: _id, ...c }) => ({ ...c, claimId: kept.id })) });
      await recountSources(tx, kept.id);
    }
    await carryDismissals(tx, gone.id, kept.id);
    await recordClaimEvents(tx, [
      { claimId: kept.id, actorId: actor.id, type: "merged", from: kept.text, to: text, claimVersion: keptNext },
      {
        claimId: gone.id,
        actorId: actor.id,
        type: "merged_into",
        from: gone.text,
        to: kept.id,
        claimVersion: goneNext,
      },
    ]);
    return { keptId: kept.id, version: keptNext, articleId: kept.articleId };
  });
  await relinkClaims(db, merged.articleId, [merged.keptId]);
  return { keptId: merged.keptId, version: merged.version };
}

import { z } from "zod";
import { requireActing, type Acting } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/input/parse-input";
import { hasWords, typedText } from "@/lib/input/typed-text";
import { recordId } from "@/lib/input/record-id";
import { DELETE_REASON_MAX } from "./article-limits";

export const DeleteArticleSchema = z.object({
  articleId: recordId("article"),
  reason: z
    .string({ error: "Say why the article is deleted." })
    .pipe(
      typedText()
        .max(DELETE_REASON_MAX, `Keep the reason under ${DELETE_REASON_MAX} characters.`)
        .refine(hasWords, "Say why the article is deleted."),
    ),
});
export type DeleteArticleInput = z.input<typeof DeleteArticleSchema>;

/**
 * Deletes a mistaken ingest, softly: the article is hidden from every list, search, figure and export, and its page
 * is gone, but nothing of it changes (claims, verdicts, notes, citations stay as they are), so an admin can restore
 * it. It gives up its content hash, so the same text can be added again as a new article: the person adding it
 * wants it now, and a pointer to a hidden article would lead them nowhere. One "deleted" event records who and why.
 */
export async function deleteArticle(
  db: Db,
  actor: Acting,
  input: DeleteArticleInput,
): Promise<{ id: string; title: string; deletedAt: Date }> {
  const actorId = requireActing(actor, "article.delete");
  const { articleId, reason } = parseInput(DeleteArticleSchema, input, "reason");
  const deletedAt = new Date();
  return db.$transaction(async (tx) => {
    const deleted = await tx.article.updateMany({
      where: { id: articleId, deletedAt: null },
      data: { deletedAt, deletedById: actorId, deleteReason: reason },
    });
    if (deleted.count === 0)
      throw new AppError("not_found", "There is no such article (it may be deleted already).", "id", "no_article");
    // The hash in a statement of its own, after: a change of that unique key holds the article even against a
    // claim's change adding a figures row for it, while the statement above waits for claims being changed
    // (PostgreSQL's citation triggers, migration 20261205000000) — the two together could deadlock.
    await tx.article.update({ where: { id: articleId }, data: { contentHash: null } });
    await tx.articleEvent.create({ data: { articleId, actorId, type: "deleted", reason } });
    const { title } = await tx.article.findUniqueOrThrow({ where: { id: articleId }, select: { title: true } });
    return { id: articleId, title, deletedAt };
  });
}

import { z } from "zod";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { recordAuthEvent } from "@/lib/auth/record-auth-event";
import { recordId } from "@/lib/input/record-id";
import { parseInput } from "@/lib/input/parse-input";

export const ArticleRefSchema = z.object({ articleId: recordId("article") });

/**
 * Removes a deleted article for good, with all its rows, in one transaction: the schema's ON DELETE CASCADE takes
 * its claims and, with them, their citations, evidence, notes and events, and the article's own events. Only a
 * deleted article can be purged, so nothing disappears in one step. The admin log (AuthEvent, which nothing deletes)
 * keeps who purged which title when. Registry sources and aliases stay: they are the newsroom's, not the article's;
 * the article's unnamed sources ("officials") go with it.
 */
export async function purgeArticle(
  db: Db,
  actor: Actor,
  input: z.input<typeof ArticleRefSchema>,
): Promise<{ id: string; title: string; claims: number }> {
  requirePermission(actor, "article.purge");
  const { articleId } = parseInput(ArticleRefSchema, input, "articleId");
  return db.$transaction(
    async (tx) => {
      const article = await tx.article.findUnique({
        where: { id: articleId },
        select: { title: true, deletedAt: true, _count: { select: { claims: true } } },
      });
      if (!article) throw new AppError("not_found", "There is no such article.", "id");
      if (!article.deletedAt)
        throw new AppError("conflict", "Delete the article first; only a deleted article can be purged.", "id");
      await tx.article.delete({ where: { id: articleId } });
      await tx.source.deleteMany({ where: { scope: articleId } });
      const claims = article._count.claims;
      await recordAuthEvent(tx, {
        type: "article_purged",
        actorId: actor.id,
        detail: `“${article.title}” (${articleId}, ${claims} ${claims === 1 ? "claim" : "claims"})`,
      });
      return { id: articleId, title: article.title, claims };
    },
    { timeout: 60_000 },
  );
}

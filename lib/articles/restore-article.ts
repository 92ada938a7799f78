import { z } from "zod";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { contentHash } from "./content-hash";
import { recordId } from "@/lib/input/record-id";
import { parseInput } from "@/lib/input/parse-input";

export const ArticleRefSchema = z.object({ articleId: recordId("article") });

/**
 * Brings a deleted article back exactly as it was: deletion changed none of its claims, so only the article's own
 * flag, reason and content hash are reset, with one "restored" event. Refused while another article holds the same
 * text (added again after the deletion): two live copies would split the reviews between them.
 */
export async function restoreArticle(
  db: Db,
  actor: Actor,
  input: z.input<typeof ArticleRefSchema>,
): Promise<{ id: string; title: string }> {
  requirePermission(actor, "article.restore");
  const { articleId } = parseInput(ArticleRefSchema, input, "articleId");
  try {
    return await db.$transaction(async (tx) => {
      const article = await tx.article.findUnique({
        where: { id: articleId },
        select: { title: true, body: true, deletedAt: true },
      });
      if (!article) throw new AppError("not_found", "There is no such article.", "id");
      if (!article.deletedAt) throw new AppError("conflict", "This article is not deleted.", "id");
      const hash = contentHash(article.body);
      const twin = await tx.article.findUnique({ where: { contentHash: hash }, select: { title: true } });
      if (twin) throw sameTextAgain(twin.title);
      const restored = await tx.article.updateMany({
        where: { id: articleId, deletedAt: { not: null } },
        data: { deletedAt: null, deletedById: null, deleteReason: null },
      });
      if (restored.count === 0) throw new AppError("conflict", "This article was restored meanwhile.", "id");
      // The hash in a statement of its own, after: a change of that unique key holds the article even against a
      // claim's change adding a figures row for it, while the statement above waits for claims being changed
      // (PostgreSQL's citation triggers, migration 20261205000000) — the two together could deadlock.
      await tx.article.update({ where: { id: articleId }, data: { contentHash: hash } });
      await tx.articleEvent.create({ data: { articleId, actorId: actor.id, type: "restored" } });
      return { id: articleId, title: article.title };
    });
  } catch (error) {
    // The same text ingested in the moment between the check and the update: the unique hash refuses it.
    if ((error as { code?: unknown })?.code === "P2002") throw sameTextAgain(null);
    throw error;
  }
}

const sameTextAgain = (title: string | null) =>
  new AppError(
    "conflict",
    `The same text was added again after the deletion${title ? ` (“${title}”)` : ""}: delete that article first to restore this one.`,
    "id",
  );

import { ArticleResponseSchema } from "@/lib/articles/article-api-schemas";
import { deleteArticle } from "@/lib/articles/delete-article";
import { getFullArticle } from "@/lib/articles/get-article";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { apiHandler } from "@/lib/api/api-handler";

export const dynamic = "force-dynamic";

/** GET /api/articles/:id — the article with its claims and their citations; 404 when unknown or deleted. */
export const GET = apiHandler<{ id: string }, typeof ArticleResponseSchema>(
  "article.read",
  async ({ actor, params }) => {
    const article = /^[a-z0-9]{1,40}$/i.test(params.id) ? await getFullArticle(getDb(), actor, params.id) : null;
    if (!article) throw new AppError("not_found", "There is no article with this id.", "id");
    return article;
  },
  { response: ArticleResponseSchema },
);

/** DELETE /api/articles/:id {reason} — soft: hidden everywhere until an admin restores (…/restore) or purges it */
export const DELETE = apiHandler<{ id: string }>("article.delete", async ({ actor, params, json }) => ({
  article: await deleteArticle(getDb(), actor, { ...(await json()), articleId: params.id }),
}));

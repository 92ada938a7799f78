import { ArticleResponseSchema } from "@/lib/articles/article-api-schemas";
import { deleteArticle } from "@/lib/articles/delete-article";
import { getFullArticle } from "@/lib/articles/get-article";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { apiHandler } from "@/lib/api/api-handler";
import { errorResponse, jsonResponse } from "@/lib/http/json-response";
import { requireApiActor } from "@/lib/api/api-actor";

export const dynamic = "force-dynamic";

/** GET /api/articles/:id — the article with its claims and their citations; 404 when unknown or deleted. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    await requireApiActor(request, "article.read");
    const { id } = await params;
    if (!/^[a-z0-9]{1,40}$/i.test(id)) throw new AppError("not_found", "There is no article with this id.", "id");
    const article = await getFullArticle(getDb(), id);
    if (!article) throw new AppError("not_found", "There is no article with this id.", "id");
    return jsonResponse(ArticleResponseSchema, article);
  } catch (error) {
    return errorResponse(error);
  }
}

/** DELETE /api/articles/:id {reason} — soft: hidden everywhere until an admin restores (…/restore) or purges it */
export const DELETE = apiHandler<{ id: string }>("article.delete", async ({ actor, params, json }) => ({
  article: await deleteArticle(getDb(), actor, { ...(await json()), articleId: params.id }),
}));

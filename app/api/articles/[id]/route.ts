import { ArticleResponseSchema } from "@/lib/articles/article-api-schemas";
import { getArticle } from "@/lib/articles/get-article";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { errorResponse, jsonResponse } from "@/lib/http/json-response";
import { requireApiActor } from "@/lib/http/api-actor";

export const dynamic = "force-dynamic";

/** GET /api/articles/:id — the article with its claims and their citations. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    await requireApiActor(request, "article.read");
    const { id } = await params;
    if (!/^[a-z0-9]{1,40}$/i.test(id)) throw new AppError("not_found", "There is no article with this id.", "id");
    const article = await getArticle(getDb(), id);
    if (!article) throw new AppError("not_found", "There is no article with this id.", "id");
    return jsonResponse(ArticleResponseSchema, article);
  } catch (error) {
    return errorResponse(error);
  }
}

import { apiHandler } from "@/lib/api/api-handler";
import { articleChanges, ArticleChangesSchema } from "@/lib/articles/article-change-marker";
import { getDb } from "@/lib/db/client";

export const dynamic = "force-dynamic";

/**
 * GET /api/articles/:id/changes — { marker, deleted }: the marker changes whenever anyone changes a claim of the
 * article; `deleted` says the article was deleted since the page was opened. 404 for an unknown article.
 */
export const GET = apiHandler<{ id: string }>(
  "article.read",
  async ({ params }) => articleChanges(getDb(), params.id),
  {
    response: ArticleChangesSchema,
  },
);

import { restoreArticle } from "@/lib/articles/restore-article";
import { getDb } from "@/lib/db/client";
import { apiHandler } from "@/lib/api/api-handler";

export const dynamic = "force-dynamic";

/** POST /api/articles/:id/restore — an admin brings a deleted article back as it was */
export const POST = apiHandler<{ id: string }>("article.restore", async ({ actor, params }) => ({
  article: await restoreArticle(getDb(), actor, { articleId: params.id }),
}));

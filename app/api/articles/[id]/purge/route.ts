import { purgeArticle } from "@/lib/articles/purge-article";
import { getDb } from "@/lib/db/client";
import { apiHandler } from "@/lib/api/api-handler";

export const dynamic = "force-dynamic";

/** POST /api/articles/:id/purge — an admin removes a deleted article and all its rows for good (logged) */
export const POST = apiHandler<{ id: string }>("article.purge", async ({ actor, params }) => ({
  purged: await purgeArticle(getDb(), actor, { articleId: params.id }),
}));

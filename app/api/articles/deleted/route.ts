import { listDeletedArticles } from "@/lib/articles/list-deleted-articles";
import { getDb } from "@/lib/db/client";
import { apiHandler } from "@/lib/api/api-handler";

export const dynamic = "force-dynamic";

/** GET /api/articles/deleted — the deleted articles with who deleted each, when and why (admins) */
export const GET = apiHandler("article.restore", async ({ actor }) => ({
  articles: await listDeletedArticles(getDb(), actor),
}));

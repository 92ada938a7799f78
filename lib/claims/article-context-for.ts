import type { Db, Tx } from "@/lib/db/client";
import { articleContextOf } from "@/lib/matching/article-context";

/** What the lead of a stored article names (articleContextOf), for keying its claims; none for an article not found. */
export async function articleContextFor(db: Db | Tx, articleId: string): Promise<string[]> {
  const article = await db.article.findUnique({ where: { id: articleId }, select: { body: true } });
  return article ? articleContextOf(article.body) : [];
}

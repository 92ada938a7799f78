import { getArticle } from "@/lib/articles/get-article";
import type { Db } from "@/lib/db/client";
import { listFigureDisagreements, type FigureDisagreement } from "@/lib/claims/list-figure-disagreements";
import { computeCoverage, type Coverage } from "./compute-coverage";
import { requirePermission, type Actor } from "@/lib/auth/permissions";

/**
 * An article's coverage figures and matrix (its live claims), and its claims whose figures other articles contradict;
 * null when there is no such article.
 */
export async function getArticleCoverage(
  db: Db,
  actor: Actor,
  articleId: string,
): Promise<{
  article: { id: string; title: string; language: string };
  coverage: Coverage;
  disagreements: FigureDisagreement[];
} | null> {
  requirePermission(actor, "article.read");
  const [article, disagreements] = await Promise.all([
    getArticle(db, articleId),
    listFigureDisagreements(db, actor, { articleId, limit: 100 }),
  ]);
  if (!article) return null;
  return {
    article: { id: article.id, title: article.title, language: article.language },
    coverage: computeCoverage(article.claims),
    disagreements,
  };
}

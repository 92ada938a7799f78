import { getArticle } from "@/lib/articles/get-article";
import type { Db } from "@/lib/db/client";
import { listFigureDisagreements, type FigureDisagreement } from "@/lib/claims/list-figure-disagreements";
import { listCorroboratedClaims, type CorroboratedClaim } from "@/lib/claims/list-corroborated-claims";
import { computeCoverage, type Coverage } from "./compute-coverage";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import type { MatchLanguage } from "@/lib/matching/match-key";

/** The pairs of figures that disagree an article's coverage lists, newest first. */
export const ARTICLE_DISAGREEMENTS_SHOWN = 100;

/**
 * An article's coverage figures and matrix (its live claims), its claims whose figures other articles contradict and
 * those other outlets corroborate on sources of their own (the figures written in the reader's `language`); null when
 * there is no such article.
 */
export async function getArticleCoverage(
  db: Db,
  actor: Actor,
  articleId: string,
  language: MatchLanguage = "en",
): Promise<{
  article: { id: string; title: string; language: string };
  coverage: Coverage;
  disagreements: FigureDisagreement[];
  /** There may be more pairs than the ARTICLE_DISAGREEMENTS_SHOWN listed. */
  moreDisagreements: boolean;
  corroborated: CorroboratedClaim[];
} | null> {
  requirePermission(actor, "article.read");
  const [article, disagreements, corroborated] = await Promise.all([
    getArticle(db, articleId),
    listFigureDisagreements(db, actor, { articleId, limit: ARTICLE_DISAGREEMENTS_SHOWN, language }),
    listCorroboratedClaims(db, actor, articleId),
  ]);
  if (!article) return null;
  return {
    article: { id: article.id, title: article.title, language: article.language },
    coverage: computeCoverage(article.claims),
    disagreements,
    moreDisagreements: disagreements.length >= ARTICLE_DISAGREEMENTS_SHOWN,
    corroborated,
  };
}

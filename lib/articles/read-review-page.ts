import { can, requirePermission, type Actor } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/client";
import { listSourceNames } from "@/lib/sources/list-sources";
import { listAssignees } from "@/lib/users/list-assignees";
import { articleChangeMarker } from "./article-change-marker";
import { getReviewArticle } from "./get-review-article";
import { listArticleActivity } from "./list-article-activity";

/**
 * Everything the review page (/articles/:id) renders, read for one actor: the article with its first `cards` claims
 * and every highlight, its recent activity, the change marker its live refresh starts from, and what this actor may
 * do there (with the registry's names for linking and the reviewers for assigning only when they may). Null for an
 * unknown or deleted article.
 */
export async function readReviewPage(db: Db, actor: Actor, input: { articleId: string; cards: number }) {
  requirePermission(actor, "article.read");
  const review = await getReviewArticle(db, actor, input.articleId, input.cards);
  if (!review) return null;
  const allowed = {
    review: can(actor, "claim.setStatus"),
    edit: can(actor, "claim.edit"),
    link: can(actor, "source.link"),
    assign: can(actor, "claim.assign"),
    delete: can(actor, "article.delete"),
  };
  const [marker, activity, sourceNames, assignees] = await Promise.all([
    articleChangeMarker(db, review.article.id),
    listArticleActivity(db, actor, review.article.id),
    allowed.link ? listSourceNames(db, actor) : [],
    allowed.assign ? listAssignees(db, actor) : undefined,
  ]);
  return { ...review, marker, activity, sourceNames, assignees, allowed };
}

export type ReviewPage = NonNullable<Awaited<ReturnType<typeof readReviewPage>>>;

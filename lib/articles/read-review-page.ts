import { can, requirePermission, type Actor } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/client";
import { listSourceNames } from "@/lib/sources/list-sources";
import { listAssignees } from "@/lib/users/list-assignees";
import { scheduleArticleMatching } from "@/lib/claims/match-queue";
import { seenBeforeByClaim } from "@/lib/claims/seen-before";
import { articleChangeMarker } from "./article-change-marker";
import { getReviewArticle } from "./get-review-article";
import { listArticleActivity } from "./list-article-activity";

/**
 * Everything the review page (/articles/:id) renders, read for one actor: the article with its first `cards` claims
 * and every highlight, its recent activity, the change marker its live refresh starts from, and what this actor may
 * do there (with the registry's names for linking and the reviewers for assigning only when they may), and how many
 * of its claims were seen before in other articles (the banner). Null for an unknown or deleted article.
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
    newVersion: can(actor, "article.ingest"),
  };
  // An article not yet matched (just ingested, or its matching failed or was cut off): ask again, off this request.
  if (review.article.matchedAt === null) void scheduleArticleMatching(db, review.article.id);
  const [marker, activity, sourceNames, assignees, seen] = await Promise.all([
    articleChangeMarker(db, review.article.id),
    listArticleActivity(db, actor, review.article.id),
    allowed.link ? listSourceNames(db, actor) : [],
    allowed.assign ? listAssignees(db, actor) : undefined,
    seenBeforeByClaim(db, review.article.id),
  ]);
  const seenBefore = {
    matched: review.article.matchedAt !== null,
    // A claim whose only matches people unlinked is not seen elsewhere.
    claims: [...seen.values()].filter((s) => s.articles > 0).length,
    withVerdict: [...seen.values()].filter((s) => s.verdicts > 0).length,
    figuresDisagree: [...seen.values()].filter((s) => s.figuresDisagree).length,
  };
  return { ...review, marker, activity, sourceNames, assignees, allowed, seenBefore };
}

export type ReviewPage = NonNullable<Awaited<ReturnType<typeof readReviewPage>>>;

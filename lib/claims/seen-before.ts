import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { LIVE_CLAIM } from "@/lib/db/live-article";
import { isVerdict } from "./claim-status";

/** On a claim card and in the API: where else the claim was seen, from its stored links (ClaimLink). */
export const SeenBeforeSchema = z.object({
  /** Other live articles with a claim that states the same thing. */
  articles: z.number().int(),
  /** Those claims (one article may have several): a match unlinked or added moves it, and an open list reads again. */
  links: z.number().int(),
  /** Of those claims, how many carry a verdict (true … unproven) that could be carried over. */
  verdicts: z.number().int(),
  /** Whether any of them gives a figure of the same kind that cannot be true with this claim's. */
  figuresDisagree: z.boolean(),
  /** Matches people unlinked as not the same claim: listed (and can be linked again) where the matches are. */
  dismissed: z.number().int(),
});
export type SeenBefore = z.infer<typeof SeenBeforeSchema>;

export const NOT_SEEN: SeenBefore = { articles: 0, links: 0, verdicts: 0, figuresDisagree: false, dismissed: 0 };

/**
 * "Seen before" for the live claims of one article (those starting in `starts`, if given), by claim id; a claim with
 * no live match is left out. One query over the article's links: a few per claim.
 */
export async function seenBeforeByClaim(
  db: Db,
  articleId: string,
  starts?: { gte: number; lte?: number },
): Promise<Map<string, SeenBefore>> {
  const ours = { articleId, deletedAt: null, ...(starts ? { start: starts } : {}) };
  const [links, dismissedFrom, dismissedTo] = await Promise.all([
    db.claimLink.findMany({
      where: { claim: ours, other: LIVE_CLAIM },
      select: { claimId: true, figuresDisagree: true, other: { select: { articleId: true, status: true } } },
    }),
    // A pair is one row, the smaller id first: this article's claim may be on either side.
    db.claimLinkDismissal.findMany({ where: { claim: ours, other: LIVE_CLAIM }, select: { claimId: true } }),
    db.claimLinkDismissal.findMany({ where: { other: ours, claim: LIVE_CLAIM }, select: { otherId: true } }),
  ]);
  const articles = new Map<string, Set<string>>();
  const seen = new Map<string, SeenBefore>();
  for (const link of links) {
    const entry = seen.get(link.claimId) ?? { ...NOT_SEEN };
    const inArticles = articles.get(link.claimId) ?? new Set();
    inArticles.add(link.other.articleId);
    articles.set(link.claimId, inArticles);
    seen.set(link.claimId, {
      ...entry,
      articles: inArticles.size,
      links: entry.links + 1,
      verdicts: entry.verdicts + (isVerdict(link.other.status) ? 1 : 0),
      figuresDisagree: entry.figuresDisagree || link.figuresDisagree,
    });
  }
  for (const id of [...dismissedFrom.map((d) => d.claimId), ...dismissedTo.map((d) => d.otherId)]) {
    const entry = seen.get(id) ?? { ...NOT_SEEN };
    seen.set(id, { ...entry, dismissed: entry.dismissed + 1 });
  }
  return seen;
}

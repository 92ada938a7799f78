import { articleContextFor } from "./article-context-for";
import { z } from "zod";
import { requireActing, type Acting } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/client";
import { LIVE_CLAIM } from "@/lib/db/live-article";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/input/parse-input";
import { recordId } from "@/lib/input/record-id";
import { describeLink } from "@/lib/matching/align-story";
import { storedClaimForMatching } from "@/lib/matching/match-terms";
import { matchKeyOf } from "@/lib/matching/match-key";
import type { ClaimMatchesView, ClaimMatchView, DismissedMatchView } from "./claim-match-schemas";
import { toDismissalReason } from "./dismissal-reasons";
import { dismissedPairs, pairKey } from "./dismissed-pairs";
import { verdictsCarriedOver } from "./verdicts-carried-over";
import {
  MATCH_ARTICLE_FIELDS,
  matchAgainstArchive,
  matchView,
  MATCHES_PER_CLAIM,
  parseKey,
} from "./match-against-archive";

export const ListClaimMatchesSchema = z.object({
  claimId: recordId("claim"),
  limit: z.coerce
    .number({ error: "Ask for a number of matches, from 1 to 50." })
    .int("Ask for a whole number of matches, from 1 to 50.")
    .min(1, "Ask for at least one match.")
    .max(50, "Ask for at most 50 matches.")
    .optional(),
  /** The language the reasons and figures are written in (the reader's): "en" (the default) or "de". */
  language: z.enum(["en", "de"], { message: 'The language is "en" or "de".' }).optional(),
});

/**
 * "Seen before": the claims of other articles that state what this claim states, best first, each with its reasons,
 * status, verdict and whether the two claims' figures disagree; `articles` counts all the other articles it was seen
 * in. Read from the stored links (ClaimLink) once the claim's article has been matched; until then (just ingested,
 * or stored before matching existed) matched here, live.
 */
export async function listClaimMatches(
  db: Db,
  actor: Acting,
  input: z.input<typeof ListClaimMatchesSchema>,
): Promise<ClaimMatchesView> {
  requireActing(actor, "article.read");
  const { claimId, limit = MATCHES_PER_CLAIM, language = "en" } = parseInput(ListClaimMatchesSchema, input, "id");
  const claim = await db.claim.findFirst({
    where: { id: claimId, ...LIVE_CLAIM },
    select: {
      id: true,
      text: true,
      quantities: true,
      matchKey: true,
      articleId: true,
      article: { select: { language: true, matchedAt: true } },
    },
  });
  if (!claim) throw new AppError("not_found", "There is no such claim (it may have been removed or merged).", "id");
  if (claim.article.matchedAt === null) {
    const key =
      parseKey(claim.matchKey) ??
      matchKeyOf(storedClaimForMatching(claim, claim.article.language, await articleContextFor(db, claim.articleId)));
    const [[found], dismissed, apart] = await Promise.all([
      matchAgainstArchive(db, [key], claim.articleId, limit, language),
      listDismissed(db, claimId),
      dismissedPairs(db, [claimId]),
    ]);
    const matches = found!.filter((m) => !apart.has(pairKey(claimId, m.claimId)));
    return { claimId, matches, dismissed, articles: new Set(matches.map((m) => m.article.id)).size };
  }
  const where = { claimId, other: LIVE_CLAIM };
  const [links, articles, dismissed] = await Promise.all([
    db.claimLink.findMany({
      where,
      // The rules' matches first: a claim aligned in its story is listed after them, whatever its likeness.
      orderBy: [{ inStory: "asc" }, { score: "desc" }, { createdAt: "desc" }, { otherId: "asc" }],
      take: limit,
      select: {
        score: true,
        inStory: true,
        other: {
          select: {
            id: true,
            text: true,
            status: true,
            statusReason: true,
            matchKey: true,
            article: { select: MATCH_ARTICLE_FIELDS },
          },
        },
      },
    }),
    db.claimLink.findMany({ where, select: { other: { select: { articleId: true } } } }),
    listDismissed(db, claimId),
  ]);
  const key = parseKey(claim.matchKey);
  const carried = await verdictsCarriedOver(
    db,
    links.map((l) => l.other),
  );
  return {
    claimId,
    // The reasons and figures from the two claims' keys, as they are now (a link keeps only that they match).
    // A link made by aligning two reports of one story is described as one, whatever the rules say of the pair.
    matches: links.flatMap(({ other, score, inStory }): ClaimMatchView[] => {
      const otherKey = parseKey(other.matchKey);
      if (!key || !otherKey) return [];
      const match = describeLink(key, otherKey, { inStory, score }, language);
      return match ? [matchView(other, match, carried.get(other.id), inStory)] : [];
    }),
    dismissed,
    articles: new Set(articles.map((a) => a.other.articleId)).size,
  };
}

/** The most dismissals listed with a claim's matches: a claim some desk unlinked more often is one to look at anyway. */
const DISMISSALS_LISTED = 20;

/** The matches people unlinked from this claim, newest first, with the other claim's words and article. */
async function listDismissed(db: Db, claimId: string): Promise<DismissedMatchView[]> {
  const select = {
    reason: true,
    note: true,
    createdAt: true,
    actor: { select: { name: true } },
  } as const;
  const other = { select: { id: true, text: true, article: { select: { id: true, title: true, outlet: true } } } };
  const [mine, theirs] = await Promise.all([
    db.claimLinkDismissal.findMany({
      where: { claimId, other: LIVE_CLAIM },
      select: { ...select, other },
      orderBy: { createdAt: "desc" },
      take: DISMISSALS_LISTED,
    }),
    db.claimLinkDismissal.findMany({
      where: { otherId: claimId, claim: LIVE_CLAIM },
      select: { ...select, claim: other },
      orderBy: { createdAt: "desc" },
      take: DISMISSALS_LISTED,
    }),
  ]);
  return [...mine.map((d) => ({ ...d, to: d.other })), ...theirs.map((d) => ({ ...d, to: d.claim }))]
    .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())
    .slice(0, DISMISSALS_LISTED)
    .map((d) => ({
      claimId: d.to.id,
      text: d.to.text,
      article: d.to.article,
      reason: toDismissalReason(d.reason),
      note: d.note,
      by: d.actor?.name ?? null,
      at: d.createdAt,
    }));
}

import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

/** What an open article page polls: its change marker, or that the article was deleted meanwhile. */
export const ArticleChangesSchema = z.discriminatedUnion("deleted", [
  z.object({ marker: z.string(), deleted: z.literal(false) }),
  z.object({ marker: z.null(), deleted: z.literal(true) }),
]);
export type ArticleChanges = z.infer<typeof ArticleChangesSchema>;

/**
 * A cheap fingerprint of everything reviewers change on an article: the newest claim event and how many there are,
 * the same of its claims' links to other articles (with when its own matching ended), and of the live claims those
 * link to (a verdict there, or their article deleted, changes what "Seen before" says here).
 * An open page polls it and re-renders when it moves (events are append-only, so any change moves it). A page whose
 * article was deleted meanwhile learns so (and stops polling); an unknown article is a 404, not an empty marker a
 * poller would wait on forever.
 */
export async function articleChanges(db: Db, articleId: string): Promise<ArticleChanges> {
  const [article, events, links, linked] = await Promise.all([
    db.article.findUnique({ where: { id: articleId }, select: { deletedAt: true, matchedAt: true } }),
    db.claimEvent.aggregate({ where: { claim: { articleId } }, _max: { createdAt: true }, _count: { _all: true } }),
    // "Seen before" moves too: this article's matching ends, or another article on the story links to its claims.
    db.claimLink.aggregate({ where: { claim: { articleId } }, _max: { createdAt: true }, _count: { _all: true } }),
    // And what the claims it links to became: a verdict set there, or their article deleted or restored meanwhile.
    // Read from this article's links (a few per claim), not asked of every claim whether it is linked from here: on
    // SQLite that asked each of the archive's 443k claims (6.5 s a poll on the bench's archive).
    db.claimLink.findMany({
      where: { claim: { articleId } },
      select: {
        other: { select: { id: true, updatedAt: true, deletedAt: true, article: { select: { deletedAt: true } } } },
      },
    }),
  ]);
  if (!article) throw new AppError("not_found", "There is no such article.", "id");
  if (article.deletedAt) return { marker: null, deleted: true };
  const stamp = (t: Date | null | undefined) => t?.toISOString() ?? "-";
  const others = liveClaimsOf(linked.map((l) => l.other));
  return {
    marker: [
      events._count._all,
      stamp(events._max.createdAt),
      stamp(article.matchedAt),
      links._count._all,
      stamp(links._max.createdAt),
      others.count,
      stamp(others.newest),
    ].join(":"),
    deleted: false,
  };
}

/** The marker of a live article, for the page that renders it; a deleted article is as unknown as any other. */
export async function articleChangeMarker(db: Db, articleId: string): Promise<string> {
  const changes = await articleChanges(db, articleId);
  if (changes.deleted) throw new AppError("not_found", "There is no such article.", "id");
  return changes.marker;
}

/** How many live claims (each once) and when the newest of them changed: the linked claims' part of the marker. */
function liveClaimsOf(
  claims: { id: string; updatedAt: Date; deletedAt: Date | null; article: { deletedAt: Date | null } }[],
) {
  const live = new Map<string, Date>();
  for (const c of claims) if (c.deletedAt === null && c.article.deletedAt === null) live.set(c.id, c.updatedAt);
  const newest = [...live.values()].reduce<Date | null>((a, b) => (a === null || b > a ? b : a), null);
  return { count: live.size, newest };
}

import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { LIVE_ARTICLE } from "@/lib/db/live-article";

/**
 * A cheap fingerprint of everything reviewers change on an article: the newest claim event and how many there are.
 * An open page polls it and re-renders when it moves (events are append-only, so any change moves it). An unknown
 * or deleted article is a 404, not an empty marker a poller would wait on forever.
 */
export async function articleChangeMarker(db: Db, articleId: string): Promise<string> {
  const [article, events] = await Promise.all([
    db.article.findFirst({ where: { id: articleId, ...LIVE_ARTICLE }, select: { id: true } }),
    db.claimEvent.aggregate({ where: { claim: { articleId } }, _max: { createdAt: true }, _count: { _all: true } }),
  ]);
  if (!article) throw new AppError("not_found", "There is no such article.", "id");
  return `${events._count._all}:${events._max.createdAt?.toISOString() ?? "-"}`;
}

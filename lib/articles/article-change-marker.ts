import type { Db } from "@/lib/db/client";

/**
 * A cheap fingerprint of everything reviewers change on an article: the newest claim event and how many there are.
 * An open page polls it and re-renders when it moves (events are append-only, so any change moves it).
 */
export async function articleChangeMarker(db: Db, articleId: string): Promise<string> {
  const events = await db.claimEvent.aggregate({
    where: { claim: { articleId } },
    _max: { createdAt: true },
    _count: { _all: true },
  });
  return `${events._count._all}:${events._max.createdAt?.toISOString() ?? "-"}`;
}

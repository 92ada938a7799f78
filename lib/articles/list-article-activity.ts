import { EVENT_FIELDS, readableEvents } from "@/lib/claims/readable-events";
import type { Db } from "@/lib/db/client";
import type { ClaimHistoryEntry } from "./get-article";
import { requirePermission, type Actor } from "@/lib/auth/permissions";

export interface ActivityEntry extends ClaimHistoryEntry {
  id: string;
  claimId: string;
  claimLabel: string;
}

/** The newest changes to any claim of an article (removed ones included), for the article's activity feed. */
export async function listArticleActivity(
  db: Db,
  actor: Actor,
  articleId: string,
  take = 30,
): Promise<ActivityEntry[]> {
  requirePermission(actor, "article.read");
  const events = await db.claimEvent.findMany({
    where: { claim: { articleId }, type: { not: "created" } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
    select: { ...EVENT_FIELDS, id: true, claim: { select: { label: true } } },
  });
  return (await readableEvents(db, events)).map(({ claim, ...e }) => ({ ...e, claimLabel: claim.label }));
}

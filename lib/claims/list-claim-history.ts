import { IN_LIVE_ARTICLE } from "@/lib/db/live-article";
import type { ClaimHistoryEntry } from "./claim-history-entry";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { EVENT_FIELDS, readableEvents } from "./readable-events";
import { requirePermission, type Actor } from "@/lib/auth/permissions";

/** How many events a history shows at most; older ones stay in the database (and in the audit export). */
export const HISTORY_LIMIT = 200;

/**
 * A claim's history, newest first, as people read it. The review page asks for it when someone opens a claim's
 * history rather than sending every claim's events with the page. A claim of a deleted article has none to show.
 */
export async function listClaimHistory(
  db: Db,
  actor: Actor,
  claimId: string,
): Promise<{ history: ClaimHistoryEntry[] }> {
  requirePermission(actor, "article.read");
  const claim = await db.claim.findFirst({ where: { id: claimId, ...IN_LIVE_ARTICLE }, select: { id: true } });
  if (!claim) throw new AppError("not_found", "There is no claim with this id.", "id");
  const rows = await db.claimEvent.findMany({
    where: { claimId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: HISTORY_LIMIT,
    select: EVENT_FIELDS,
  });
  return { history: (await readableEvents(db, rows)).map(({ claimId: _c, ...e }) => e) };
}

import type { Db } from "@/lib/db/client";
import { linkClaimsAndStory } from "./link-claims";

interface MatchQueue {
  /**
   * Articles whose job has not started: asking again for one of them adds nothing (the job reads the article when it
   * starts). An article whose job is running is asked for again: it may have read the claims before the change that
   * asks (a new version), and then wrote nothing or links of the claims before it.
   */
  waiting: Set<string>;
  /**
   * The last job: jobs run one after another, so matching takes at most one job's connections at a time (one on
   * SQLite, up to three on PostgreSQL: match-candidates.ts).
   */
  tail: Promise<void>;
}

// On globalThis, like the text workers: Next's dev server reloads modules, and two queues would match twice.
const holder = globalThis as unknown as { claimtrackMatchQueue?: MatchQueue };

/**
 * Matches an article's claims against the archive after the request that stored it has been answered: the page shows
 * "looking for these claims in the archive" until the article is marked matched. A job that fails (the database
 * busy, the server stopping) leaves the article unmatched, and the next look at it asks again. Resolves when this
 * article's job has run.
 */
export function scheduleArticleMatching(db: Db, articleId: string): Promise<void> {
  // (A queue of an older shape, kept across a dev reload, is replaced.)
  if (!holder.claimtrackMatchQueue?.waiting)
    holder.claimtrackMatchQueue = { waiting: new Set(), tail: Promise.resolve() };
  const queue = holder.claimtrackMatchQueue;
  if (queue.waiting.has(articleId)) return queue.tail;
  queue.waiting.add(articleId);
  queue.tail = queue.tail.then(async () => {
    queue.waiting.delete(articleId);
    try {
      // Asked for again while its job ran (a page shown after an ingest): matched by that job unless a version came in
      // meanwhile, which marks the article unmatched.
      const article = await db.article.findUnique({ where: { id: articleId }, select: { matchedAt: true } });
      if (!article || article.matchedAt) return;
      await linkClaimsAndStory(db, articleId);
    } catch (error) {
      console.error(
        `Matching the claims of article ${articleId} failed; it is tried again when next looked at.`,
        error,
      );
    }
  });
  return queue.tail;
}

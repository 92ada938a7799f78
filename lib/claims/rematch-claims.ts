import { requireActing, type Acting } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/client";
import type { Language } from "@/lib/extract";
import { isCurrentMatchKey, storedMatchFieldsOf } from "@/lib/matching/match-terms";

/** Claims per transaction: short ones, so the app's own writes never wait long behind the job. */
const BATCH = 500;

export interface RematchProgress {
  /** Claims looked at so far, of `total`. */
  done: number;
  total: number;
  /** Of those, the ones whose key was missing or made by an older lexicon, now renewed. */
  renewed: number;
}

/**
 * Gives every claim the match key of the current lexicon and rules: claims stored before matching existed, and
 * claims keyed by an older lexicon (MATCH_KEY_VERSION). Walks the claims in id order, a batch per transaction, and
 * skips a claim whose key is current, so a job that was stopped picks up where it was by running it again. Removed
 * claims are keyed too: a restored one is matched at once.
 */
export async function rematchClaims(
  db: Db,
  actor: Acting,
  onProgress: (progress: RematchProgress) => void = () => {},
): Promise<RematchProgress> {
  requireActing(actor, "claim.edit");
  const progress: RematchProgress = { done: 0, total: await db.claim.count(), renewed: 0 };
  onProgress(progress);
  const languages = new Map<string, Language>();
  for (let after = ""; ;) {
    const batch = await db.claim.findMany({
      where: { id: { gt: after } },
      orderBy: { id: "asc" },
      take: BATCH,
      select: { id: true, text: true, quantities: true, matchKey: true, articleId: true },
    });
    if (batch.length === 0) break;
    after = batch.at(-1)!.id;
    const stale = batch.filter((c) => !isCurrentMatchKey(c.matchKey));
    await rememberLanguages(
      db,
      languages,
      stale.map((c) => c.articleId),
    );
    if (stale.length > 0) {
      await db.$transaction(
        stale.map((c) =>
          // Only if the words are still the ones keyed here: an edit meanwhile has stored its own, current key.
          db.claim.updateMany({
            where: { id: c.id, text: c.text, quantities: c.quantities },
            data: storedMatchFieldsOf({
              text: c.text,
              language: languages.get(c.articleId)!,
              quantities: JSON.parse(c.quantities),
            }),
          }),
        ),
      );
    }
    progress.done += batch.length;
    progress.renewed += stale.length;
    onProgress(progress);
  }
  return progress;
}

async function rememberLanguages(db: Db, languages: Map<string, Language>, articleIds: string[]) {
  const missing = [...new Set(articleIds)].filter((id) => !languages.has(id));
  if (missing.length === 0) return;
  const articles = await db.article.findMany({ where: { id: { in: missing } }, select: { id: true, language: true } });
  for (const a of articles) languages.set(a.id, a.language as Language);
}

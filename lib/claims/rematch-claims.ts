import { requireActing, type Acting } from "@/lib/auth/permissions";
import { lockClaims, providerOf, type Db } from "@/lib/db/client";
import type { Language } from "@/lib/extract";
import { articleContextOf } from "@/lib/matching/article-context";
import { isCurrentMatchKey, storedClaimForMatching, storedMatchFieldsOf } from "@/lib/matching/match-terms";
import { linkClaims, WRITE_TIMEOUT } from "./link-claims";
import { writeMatchFields } from "./write-match-fields";

/** Claims per transaction: short ones, so the app's own writes never wait long behind the job. */
const BATCH = 500;

export interface RematchProgress {
  phase: "keys" | "links";
  /** Claims (keys) or articles (links) done so far, of `total`. */
  done: number;
  total: number;
}

export interface RematchResult {
  claims: number;
  /** Claims whose key was missing or made by an older lexicon, now renewed. */
  renewed: number;
  /** Articles whose claims were matched against the archive anew. */
  articlesLinked: number;
}

/**
 * Brings "seen before" up to date with the current lexicon and rules, in two steps:
 * 1. keys: every claim gets the key of the current lexicon (MATCH_KEY_VERSION): claims stored before matching existed
 *    and claims keyed by an older one. A batch per transaction, in id order; a claim whose key is current is skipped.
 *    The articles of renewed claims are marked unmatched just before.
 * 2. links: every live article not marked matched gets its claims matched against the archive.
 * Resumable: after a stop, running it again skips what is done. Removed claims are keyed too: a restored one is
 * matched at once.
 */
export async function rematchClaims(
  db: Db,
  actor: Acting,
  onProgress: (progress: RematchProgress) => void = () => {},
): Promise<RematchResult> {
  requireActing(actor, "claim.edit");
  const total = await db.claim.count();
  let renewed = 0;
  let done = 0;
  onProgress({ phase: "keys", done, total });
  const keying = new Map<string, ArticleForKeys>();
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
    if (stale.length > 0) {
      const articleIds = [...new Set(stale.map((c) => c.articleId))];
      // Claims come in id order, an article's spread over the walk: its lead is remembered, up to a bound.
      if (keying.size > REMEMBERED_ARTICLES) keying.clear();
      await rememberArticles(db, keying, articleIds);
      const keyed = stale.map((c) => ({
        ...c,
        fields: storedMatchFieldsOf(
          storedClaimForMatching(c, keying.get(c.articleId)!.language, keying.get(c.articleId)!.context),
        ),
      }));
      // The articles are marked unmatched first, in a transaction of their own: a job stopped after it matches them
      // again when run again, and no article is held while the batch's claims are written (a merge, a new version or
      // a deletion of one of them waited for the whole batch).
      await db.article.updateMany({ where: { id: { in: articleIds } }, data: { matchedAt: null } });
      await db.$transaction(async (tx) => {
        // Claims in id order, as every writer takes several; a batch that still meets another writer in a deadlock is
        // run again.
        await lockClaims(
          db,
          tx,
          keyed.map((c) => c.id),
        );
        await writeMatchFields(tx, providerOf(db), keyed);
      }, WRITE_TIMEOUT);
    }
    done += batch.length;
    renewed += stale.length;
    onProgress({ phase: "keys", done, total });
  }
  const unmatched = { matchedAt: null, deletedAt: null };
  const articles = await db.article.count({ where: unmatched });
  let linked = 0;
  onProgress({ phase: "links", done: 0, total: articles });
  // Each article leaves the list once matched; one that fails to match stops the job, to be run again.
  for (let after = ""; ;) {
    const next = await db.article.findMany({
      where: { ...unmatched, id: { gt: after } },
      orderBy: { id: "asc" },
      take: 100,
      select: { id: true },
    });
    if (next.length === 0) break;
    after = next.at(-1)!.id;
    for (const { id } of next) {
      await linkClaims(db, id);
      onProgress({ phase: "links", done: ++linked, total: articles });
    }
  }
  return { claims: total, renewed, articlesLinked: linked };
}

/** What keying an article's claims needs of it: its language and what its lead names (articleContextOf). */
interface ArticleForKeys {
  language: Language;
  context: string[];
}

/**
 * Articles whose leads are kept during a walk, at most (about 2.5 kB each: the lead's entities and words); then they
 * are read again as needed.
 */
const REMEMBERED_ARTICLES = 20_000;

/** Reads each article once while remembered (its body only to find what its lead names and says, which is kept). */
async function rememberArticles(db: Db, known: Map<string, ArticleForKeys>, articleIds: string[]) {
  const missing = articleIds.filter((id) => !known.has(id));
  if (missing.length === 0) return;
  const articles = await db.article.findMany({
    where: { id: { in: missing } },
    select: { id: true, language: true, body: true },
  });
  for (const a of articles) known.set(a.id, { language: a.language as Language, context: articleContextOf(a.body) });
}

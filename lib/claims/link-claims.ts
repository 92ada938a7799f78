import { holdArticleText, lockClaims, providerOf, type Db } from "@/lib/db/client";
import { insertRows } from "@/lib/db/insert-rows";
import { LIVE_CLAIM } from "@/lib/db/live-article";
import type { Prisma } from "@/lib/generated/prisma-sqlite/client";
import {
  isCurrentMatchKey,
  storedClaimForMatching,
  storedMatchFieldsOf,
  type StoredMatchFields,
} from "@/lib/matching/match-terms";
import type { MatchKey } from "@/lib/matching/match-key";
import { alignWithStory, joinedThrough, MAX_ALIGNED_PAIRS } from "./align-with-story";
import { articleContextFor } from "./article-context-for";
import { dismissedPairs, pairKey } from "./dismissed-pairs";
import { writeMatchFields } from "./write-match-fields";
import { IN_PLACE, parseKey, rankAgainstArchive } from "./match-against-archive";
import { offThread } from "./matching-off-thread";

/**
 * Matching's writes are bounded (an article's claims, or a rematch batch of 500) but on a busy server may take longer
 * than Prisma's 5 s default: 500 key updates took 5.6 s on a loaded PostgreSQL, and `claims rematch` stopped there.
 */
export const WRITE_TIMEOUT = { timeout: 60_000 };

/**
 * Matches the live claims of one article against the archive and stores what it found as links both ways
 * (ClaimLink), replacing the claims' old links; with no `claimIds`, all the article's claims, and the article is
 * marked matched. Called after an ingest (lib/claims/match-queue.ts), by `claims rematch`, and after an edit changed
 * some claims' words. The lookups happen before the write, so the write transaction is short. `maxAlignedPairs`: the
 * budget of story alignment (align-with-story.ts), smaller only where a test needs a report left out.
 */
export async function linkClaims(
  db: Db,
  articleId: string,
  claimIds?: string[],
  { maxAlignedPairs = MAX_ALIGNED_PAIRS }: { maxAlignedPairs?: number } = {},
): Promise<{ linked: number; story: string[] }> {
  const read = await db.article.findUnique({ where: { id: articleId }, select: { version: true } });
  if (!read) return { linked: 0, story: [] };
  const claims = await db.claim.findMany({
    where: { articleId, ...LIVE_CLAIM, ...(claimIds ? { id: { in: claimIds } } : {}) },
    select: { id: true, text: true, quantities: true, matchKey: true, article: { select: { language: true } } },
    orderBy: { position: "asc" },
  });
  // Claims stored before matching, or keyed by an older lexicon, are keyed here (and stored with the links): more than
  // a few on the worker thread, as at ingest, since after a lexicon change that is every claim of the article.
  const stale = claims.filter((c) => !isCurrentMatchKey(c.matchKey));
  const context = stale.length > 0 ? await articleContextFor(db, articleId) : [];
  const toKey = stale.map((c) => storedClaimForMatching(c, c.article.language, context));
  const fields =
    stale.length <= IN_PLACE
      ? toKey.map(storedMatchFieldsOf)
      : await offThread<StoredMatchFields[]>({ kind: "key", claims: toKey });
  const rekeyed = stale.map((c, i) => ({ id: c.id, text: c.text, quantities: c.quantities, fields: fields[i]! }));
  const fresh = new Map(rekeyed.map((c) => [c.id, c.fields.matchKey]));
  const keyed = claims.flatMap((c) => {
    const key = parseKey(fresh.get(c.id) ?? c.matchKey);
    return key ? [{ id: c.id, key }] : [];
  });
  const ranked = await rankAgainstArchive(
    db,
    keyed.map((c) => c.key),
    articleId,
  );
  // And the claims of other reports of the article's story, read side by side with it (align-with-story.ts).
  const all = claimIds ? await allKeyed(db, articleId, keyed) : keyed;
  const story = await alignWithStory(db, articleId, keyed, ranked, all, maxAlignedPairs);
  const links = [
    ...keyed.flatMap((claim, i) =>
      ranked[i]!.map(({ id, match }) => ({
        claimId: claim.id,
        otherId: id,
        score: match.score,
        figuresDisagree: match.figuresDisagree,
        inStory: false,
      })),
    ),
    ...story.links.map(({ claimId, otherId, match }) => ({
      claimId,
      otherId,
      score: match.score,
      figuresDisagree: match.figuresDisagree,
      inStory: true,
    })),
  ];
  // Both ways; the score is the same from either side, whether figures disagree too.
  const rows = links.flatMap((link) => [link, { ...link, claimId: link.otherId, otherId: link.claimId }]);
  const ids = claims.map((c) => c.id);
  const createdAt = new Date();
  const stored = await db.$transaction(async (tx) => {
    // The article first, then its claims in id order, as every writer takes them (a deletion holds its article, then
    // its claims). Nothing is written if a version came in since the claims were read: its own matching follows.
    const unchanged = { id: articleId, version: read.version };
    if (claimIds) {
      await holdArticleText(db, tx, articleId);
      if ((await tx.article.count({ where: unchanged })) === 0) return false;
    } else if ((await tx.article.updateMany({ where: unchanged, data: { matchedAt: createdAt } })).count === 0) {
      return false;
    }
    await lockClaims(
      db,
      tx,
      rekeyed.map((c) => c.id),
    );
    await writeMatchFields(tx, providerOf(db), rekeyed);
    // Two deletes a kind, each on its own index: one with OR read every link of the archive. The rules' links of the
    // claims linked anew; an edited claim's links in its story; and the links in its story of every claim of the
    // article (an edit of one changes which claim is another's closest), but those with reports left out for the
    // budget this time (an earlier alignment made them, from either side).
    const both = async (where: (side: "claimId" | "otherId") => Prisma.ClaimLinkWhereInput) => {
      await tx.claimLink.deleteMany({ where: where("claimId") });
      await tx.claimLink.deleteMany({ where: where("otherId") });
    };
    await both((side) => ({ [side]: { in: ids }, ...(claimIds ? {} : { inStory: false }) }));
    const outside = { articleId: { notIn: story.keep } };
    await both((side) => ({
      [side]: { in: all.map((c) => c.id) },
      inStory: true,
      ...(side === "claimId" ? { other: outside } : { claim: outside }),
    }));
    // Pairs a person said are not the same claim stay apart: read here, in the transaction that writes the links, so
    // a dismissal made while this article was being ranked is not undone by it.
    const apart = await dismissedPairs(
      tx,
      all.map((c) => c.id),
    );
    const kept = rows.filter((row) => !apart.has(pairKey(row.claimId, row.otherId)));
    // Prisma's createMany took 80 µs a row here (a bulk ingest writes some 450 links an article). A pair already there
    // is left as it is: two articles on one story matched at once may each find the other and write the same pair.
    await insertRows(
      tx,
      providerOf(db),
      "ClaimLink",
      kept.map((row) => ({ ...row, createdAt })),
      { ignoreDuplicates: true },
    );
    return kept.length / 2;
  }, WRITE_TIMEOUT);
  return { linked: stored === false ? 0 : stored, story: stored === false ? [] : story.members };
}

/**
 * Matches an article's claims (linkClaims), then aligns again the reports it made one story: two of them the rules
 * linked too little to be a story by themselves are one through this article now (align-with-story.ts, one hop),
 * and are read side by side from their side too. Aligning is all that is done again for them (no claim is ranked
 * anew: `claimIds` is empty); a report whose alignment fails keeps its links and is aligned at its next match.
 */
export async function linkClaimsAndStory(db: Db, articleId: string): Promise<{ linked: number }> {
  const { linked, story } = await linkClaims(db, articleId);
  if (story.length >= 2)
    for (const report of await joinedThrough(db, story))
      await linkClaims(db, report, []).catch((error: unknown) =>
        console.error(
          `Aligning article ${report} with its story again failed; it is aligned at its next match.`,
          error,
        ),
      );
  return { linked };
}

/** Every live claim of an article with its key, the ones just keyed (`keyed`) with their new keys. */
async function allKeyed(db: Db, articleId: string, keyed: { id: string; key: MatchKey }[]) {
  const fresh = new Map(keyed.map((c) => [c.id, c.key]));
  const claims = await db.claim.findMany({
    where: { articleId, ...LIVE_CLAIM },
    select: { id: true, matchKey: true },
    orderBy: { position: "asc" },
  });
  return claims.flatMap((c) => {
    const key = fresh.get(c.id) ?? parseKey(c.matchKey);
    return key ? [{ id: c.id, key }] : [];
  });
}

/**
 * After an edit changed some claims' words (edit, split, merge, a claim added by hand): their links anew. The edit
 * is stored whatever happens here; if matching fails, the article is marked unmatched, so the next look at it
 * matches it again rather than showing links of the old words.
 */
export async function relinkClaims(db: Db, articleId: string, claimIds: string[]): Promise<void> {
  try {
    await linkClaims(db, articleId, claimIds);
  } catch (error) {
    console.error(`Matching edited claims of article ${articleId} failed; the article is matched again later.`, error);
    await db.article.update({ where: { id: articleId }, data: { matchedAt: null } }).catch(() => {});
  }
}

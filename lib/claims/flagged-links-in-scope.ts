import type { Db } from "@/lib/db/client";
import { LIVE_CLAIM } from "@/lib/db/live-article";
import { articleIdsInScope, type CoverageScope } from "./claims-in-scope";
import { IDS_PER_STATEMENT } from "./dismissed-pairs";
import { chunksOf } from "./match-candidates";

/** A stored link by its key, and when it was made (the lists' order). */
export interface LinkKey {
  claimId: string;
  otherId: string;
  createdAt: Date;
}

/**
 * A scope of at most `fewArticles` articles is read claim by claim; a larger one walks the flagged links, `step` at a
 * time and at most `limit` of them (the newest), when the scope holds few of them.
 */
const WALK = { fewArticles: 200, step: 2_000, limit: 20_000 };
/** How many pairs the walk reads at most: each pair is stored both ways, as two links. */
export const WALK_PAIRS = WALK.limit / 2;
/** The order of the lists of links: newest first, the key breaking ties. */
export const NEWEST_LINKS_FIRST = [{ createdAt: "desc" }, { claimId: "asc" }, { otherId: "asc" }] as const;

/**
 * The newest `take` links whose figures disagree, from a live claim a scope chooses (outlet, dates, status) to a live
 * claim, newest first. No single query plan serves every scope: asked in one statement, the database drove from the
 * scope's claims and sorted every flagged link of them (a status: 55k claims, 1.4 s on the bench's archive), or walked
 * every flagged link for an outlet with none (967k: 1.9 s). So a scope of few articles (WALK.fewArticles, found by the
 * articles' own outlet and dates) is read from its claims by the links' key; any other walks the flagged links newest
 * first, a step at a time, keeping those of its claims — at most `walk.limit` links: `walkedAll` says whether the list
 * was read from every flagged link or only the newest.
 */
export async function flaggedLinksInScope(
  db: Db,
  scope: CoverageScope,
  take: number,
  walk: typeof WALK = WALK,
): Promise<{ links: LinkKey[]; walkedAll: boolean }> {
  const articleIds = await articleIdsInScope(db, scope);
  if (articleIds && articleIds.length <= walk.fewArticles)
    return { links: await ofClaims(db, await claimsOf(db, articleIds, scope.status), take), walkedAll: true };
  // A status no claim has (nothing rated false yet) chooses nothing: no walk, and nothing left unread.
  if (
    scope.status &&
    !(await db.claim.findFirst({ where: { status: scope.status, ...LIVE_CLAIM }, select: { id: true } }))
  )
    return { links: [], walkedAll: true };
  return walkFlaggedLinks(db, scope.status, articleIds && new Set(articleIds), take, walk);
}

async function walkFlaggedLinks(
  db: Db,
  status: string | undefined,
  articles: Set<string> | undefined,
  take: number,
  walk: typeof WALK,
): Promise<{ links: LinkKey[]; walkedAll: boolean }> {
  const links = new Map<string, LinkKey>();
  for (let walked = 0; walked < walk.limit; walked += walk.step) {
    const step = await db.claimLink.findMany({
      where: { figuresDisagree: true, other: LIVE_CLAIM },
      orderBy: [...NEWEST_LINKS_FIRST],
      // An offset, not Prisma's cursor: its comparison of the cursor row's fields walked the index from the start
      // each step (2.4 s a step); skipping at most walk.limit entries of the index is cheap. A link stored meanwhile
      // moves the rest one on: a link read twice is kept once.
      skip: walked,
      take: walk.step,
      select: { claimId: true, otherId: true, createdAt: true },
    });
    // Whether each claim is the scope's, read by key (asked of the database with the scope, it planned worse).
    // One statement for the step's ids (at most `walk.step`, within both engines' bound on values; chunks of
    // IDS_PER_STATEMENT doubled the walk's time on the bench's archive).
    const claims = await db.claim.findMany({
      where: { id: { in: [...new Set(step.map((l) => l.claimId))] } },
      select: { id: true, status: true, deletedAt: true, articleId: true, article: { select: { deletedAt: true } } },
    });
    const chosen = new Set(
      claims
        .filter((c) => c.deletedAt === null && c.article.deletedAt === null)
        .filter((c) => (status === undefined || c.status === status) && (!articles || articles.has(c.articleId)))
        .map((c) => c.id),
    );
    for (const l of step) if (chosen.has(l.claimId)) links.set(`${l.claimId} ${l.otherId}`, l);
    if (links.size >= take || step.length < walk.step)
      return { links: [...links.values()].slice(0, take), walkedAll: true };
  }
  return { links: [...links.values()], walkedAll: false };
}

/** The live claims of these articles, of one status if given (told apart here: asked with the status, SQLite read
 * every claim of that status). */
async function claimsOf(db: Db, articleIds: string[], status: string | undefined): Promise<string[]> {
  const ids: string[] = [];
  for (const chunk of chunksOf(articleIds, IDS_PER_STATEMENT))
    for (const c of await db.claim.findMany({
      where: { articleId: { in: chunk }, deletedAt: null },
      select: { id: true, status: true },
    }))
      if (status === undefined || c.status === status) ids.push(c.id);
  return ids;
}

/** The flagged links of these claims, newest first: by the links' key, a chunk of claims at a time. */
async function ofClaims(db: Db, claimIds: string[], take: number): Promise<LinkKey[]> {
  const links: LinkKey[] = [];
  for (const chunk of chunksOf(claimIds, IDS_PER_STATEMENT))
    links.push(
      ...(await db.claimLink.findMany({
        where: { claimId: { in: chunk }, figuresDisagree: true, other: LIVE_CLAIM },
        select: { claimId: true, otherId: true, createdAt: true },
      })),
    );
  return links
    .sort(
      (a, b) =>
        b.createdAt.getTime() - a.createdAt.getTime() || byId(a.claimId, b.claimId) || byId(a.otherId, b.otherId),
    )
    .slice(0, take);
}

/** Ids as the database orders them (bytes, not the locale's letters). */
const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

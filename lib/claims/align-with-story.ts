import type { Prisma } from "@/lib/generated/prisma-sqlite/client";
import type { Db } from "@/lib/db/client";
import { LIVE_CLAIM } from "@/lib/db/live-article";
import type { AlignedPair } from "@/lib/matching/align-story";
import type { ClaimMatch } from "@/lib/matching/compare-claims";
import type { MatchKey } from "@/lib/matching/match-key";
import type { StoredMatch } from "@/lib/matching/rank-matches";
import { parseKey } from "@/lib/matching/match-terms";
import { chunksOf } from "./match-candidates";
import { offThread } from "./matching-off-thread";

/** Two reports tell one story when the claim-level rules link at least this many distinct claims on both sides. */
const STORY_LINKS = 2;
/** Reports of one story are published (or, without a date, stored) at most this many days apart. */
const STORY_DAYS = 3;
const DAY = 24 * 60 * 60 * 1000;
/** The other reports of a story an article is aligned with: those sharing the most linked claims with it. */
const STORY_REPORTS = 4;
/**
 * Pairs of claims compared for one article, at most (two reports of 200 claims each): alignment compares every claim
 * of one report with every claim of the other, so the work per article stays bounded. The most linked reports come
 * first; a long document (a 5,000-word dossier has some 500 claims) is aligned with few or none.
 */
export const MAX_ALIGNED_PAIRS = 40_000;
/** Ids per statement (SQLite takes a bounded number of values in one). */
const IDS_PER_STATEMENT = 500;

/** A link to store, one way (linkClaims stores each both ways), with how the two claims compare. */
export interface StoryLink {
  claimId: string;
  otherId: string;
  match: ClaimMatch;
}

/**
 * The links of an article's claims to the claims of other reports of its story, found by aligning the two reports
 * claim by claim (lib/matching/align-story.ts), beside the links the rules made (`ranked`, for `keyed`). The other
 * reports are the articles whose claims the rules linked with at least STORY_LINKS of this one's, and the ones those
 * are linked with so (oneHopReports). `keyed` is the article's claims being linked; when that is only some of them (an
 * edit), `all` is every live claim of the article with its key, and the others' stored rule links count as linked.
 * The links are every claim's: an edit of one claim can change which claim of another report is another's closest.
 */
export async function alignWithStory(
  db: Db,
  articleId: string,
  keyed: { id: string; key: MatchKey }[],
  ranked: StoredMatch[][],
  all: { id: string; key: MatchKey }[] = keyed,
  maxAlignedPairs = MAX_ALIGNED_PAIRS,
): Promise<StoryAlignment> {
  const relinked = new Set(keyed.map((c) => c.id));
  const others = all.filter((c) => !relinked.has(c.id)).map((c) => c.id);
  // Every rule link of the article's claims: the new ones, and the stored ones of claims not linked anew.
  const ruleLinks = [
    ...keyed.flatMap((c, i) => ranked[i]!.map((m) => ({ claimId: c.id, otherId: m.id }))),
    ...(await inChunks(others, (chunk) =>
      db.claimLink.findMany({
        where: { claimId: { in: chunk }, inStory: false, other: LIVE_CLAIM },
        select: { claimId: true, otherId: true },
      }),
    )),
  ];
  // The rule links' claims are live (just ranked, or links the deletion of a claim removes): only their articles.
  const articleOf = new Map(
    (
      await inChunks([...new Set(ruleLinks.map((l) => l.otherId))], (chunk) =>
        db.claim.findMany({ where: { id: { in: chunk } }, select: { id: true, articleId: true } }),
      )
    ).map((c) => [c.id, c.articleId]),
  );
  const linksPerArticle = distinctLinked(
    ruleLinks.flatMap((l) => {
      const article = articleOf.get(l.otherId);
      return article && article !== articleId ? [{ ...l, pair: article }] : [];
    }),
  );
  const direct = [...linksPerArticle].filter(([, n]) => n >= STORY_LINKS);
  if (direct.length === 0) return NONE;
  // And the reports those tell the story with: two reports the rules link too little to be a story by themselves (a
  // German one and an English one whose claims the lexicon reads apart) are one through a third that both are one
  // with. Counted after the direct ones, which come first, and only while those leave room.
  const hops = direct.length < STORY_REPORTS ? await oneHopReports(db, articleId, direct) : [];
  const linked = [...direct, ...hops];
  // Reports of one story come within days of each other; a story told daily (a war's night of drones) repeats its
  // claims from report to report, and last week's report is not this one's. Publication dates where both have one,
  // else when each was stored; calendar days (UTC), so a report of late evening and one of next morning are a day
  // apart. An article matched without storing it has no date: not checked.
  const dates = new Map(
    (
      await db.article.findMany({
        where: { id: { in: [articleId, ...linked.map(([id]) => id)] } },
        select: { id: true, publishedAt: true, createdAt: true },
      })
    ).map((a) => [a.id, a]),
  );
  const own = dates.get(articleId);
  const daysApart = (id: string) => {
    const other = dates.get(id);
    if (!own || !other) return own ? Infinity : 0;
    const both = own.publishedAt && other.publishedAt;
    const [a, b] = both ? [own.publishedAt!, other.publishedAt!] : [own.createdAt, other.createdAt];
    return Math.abs(Math.floor(a.getTime() / DAY) - Math.floor(b.getTime() / DAY));
  };
  const isDirect = new Set(direct.map(([id]) => id));
  const story = linked
    .filter(([id]) => daysApart(id) <= STORY_DAYS)
    .sort((a, b) => Number(isDirect.has(b[0])) - Number(isDirect.has(a[0])) || b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, STORY_REPORTS)
    .map(([id]) => id);
  if (story.length === 0) return NONE;
  const members = story.filter((id) => isDirect.has(id));
  // The reports that fit the budget of pairs, most linked first, counted before any is read.
  const sizes = new Map(
    (
      await db.claim.groupBy({
        by: ["articleId"],
        where: { articleId: { in: story }, ...LIVE_CLAIM },
        _count: { _all: true },
      })
    ).map((g) => [g.articleId, g._count._all]),
  );
  let budget = maxAlignedPairs;
  const within = story.filter((id) => {
    const pairs = (sizes.get(id) ?? 0) * all.length;
    if (pairs === 0 || pairs > budget) return false;
    budget -= pairs;
    return true;
  });
  // A report of the story left out for the budget keeps the links an earlier alignment made with it.
  const keep = story.filter((id) => !within.includes(id));
  if (within.length === 0) return { links: [], keep, members };
  const claims = await db.claim.findMany({
    where: { articleId: { in: within }, ...LIVE_CLAIM },
    select: { id: true, articleId: true, matchKey: true },
    orderBy: [{ articleId: "asc" }, { position: "asc" }],
  });
  const at = new Map(all.map((c, i) => [c.id, i]));
  const reports = within.flatMap((reportId) => {
    const keys = claims.flatMap((c) => {
      const key = c.articleId === reportId ? parseKey(c.matchKey) : null;
      return key ? [{ id: c.id, key }] : [];
    });
    if (keys.length === 0) return [];
    const index = new Map(keys.map((c, j) => [c.id, j]));
    const linked = ruleLinks.flatMap(({ claimId, otherId }): [number, number][] =>
      at.has(claimId) && index.has(otherId) ? [[at.get(claimId)!, index.get(otherId)!]] : [],
    );
    return [{ ids: keys.map((c) => c.id), report: { keys: keys.map((c) => c.key), linked } }];
  });
  if (reports.length === 0) return { links: [], keep, members };
  // On a worker thread: one likeness per pair of claims, MAX_ALIGNED_PAIRS at most.
  const aligned = await offThread<AlignedPair[][]>({
    kind: "align",
    own: all.map((c) => c.key),
    others: reports.map((r) => r.report),
  });
  return {
    links: aligned.flatMap((pairs, r) =>
      pairs.map(({ own, other, match }) => ({ claimId: all[own]!.id, otherId: reports[r]!.ids[other]!, match })),
    ),
    keep,
    members,
  };
}

/**
 * Of the reports one article made one story (StoryAlignment.members), those that are one story with another of them
 * only through that article: the rules link the two with fewer than STORY_LINKS distinct claims. Only those are
 * aligned again; reports already one story with each other were aligned when the later of them was matched. One read
 * of the links among the reports.
 */
export async function joinedThrough(db: Db, members: string[]): Promise<string[]> {
  const linked = await claimsLinkedBetween(db, members, { articleId: { in: members }, ...LIVE_CLAIM });
  const oneStory = (a: string, b: string) => (linked.get(`${a} ${b}`) ?? 0) >= STORY_LINKS;
  return members.filter((a) => members.some((b) => b !== a && !oneStory(a, b)));
}

/**
 * For each pair of articles ("from to"), the claims the rules link between them, distinct on both sides (the fewer
 * side's count): from the stored links of the claims of `from` articles to live claims matching `to`.
 */
async function claimsLinkedBetween(
  db: Db,
  from: string[],
  to: Prisma.ClaimWhereInput,
  skip: Set<string> = new Set(),
): Promise<Map<string, number>> {
  const links = await db.claimLink.findMany({
    where: { inStory: false, claim: { articleId: { in: from }, ...LIVE_CLAIM }, other: to },
    select: {
      claimId: true,
      otherId: true,
      claim: { select: { articleId: true } },
      other: { select: { articleId: true } },
    },
  });
  return distinctLinked(
    links.flatMap(({ claimId, otherId, claim, other }) =>
      skip.has(other.articleId) ? [] : [{ claimId, otherId, pair: `${claim.articleId} ${other.articleId}` }],
    ),
  );
}

/**
 * For each `pair` (of articles), how many claims its links join, distinct on both sides (the fewer side's count): one
 * claim the other report states twice is still one claim in common.
 */
function distinctLinked(links: { claimId: string; otherId: string; pair: string }[]): Map<string, number> {
  const sides = new Map<string, { own: Set<string>; other: Set<string> }>();
  for (const { claimId, otherId, pair } of links) {
    const both = sides.get(pair) ?? { own: new Set(), other: new Set() };
    sides.set(pair, both);
    both.own.add(claimId);
    both.other.add(otherId);
  }
  return new Map([...sides].map(([pair, { own, other }]) => [pair, Math.min(own.size, other.size)]));
}

/**
 * The reports the rules make one story with any of `direct` (STORY_LINKS distinct claims on both sides, from their
 * stored links), but the article's own and the direct ones: one hop, never two. Read from the direct reports' links,
 * at most MATCHES_PER_CLAIM a claim (rankAgainstArchive keeps no more), so bounded by the reports' sizes.
 */
async function oneHopReports(
  db: Db,
  articleId: string,
  direct: (readonly [string, number])[],
): Promise<(readonly [string, number])[]> {
  const near = new Set([articleId, ...direct.map(([id]) => id)]);
  const linked = await claimsLinkedBetween(
    db,
    direct.map(([id]) => id),
    LIVE_CLAIM,
    near,
  );
  // A report told with two of the direct ones counts by the most it shares with one.
  const best = new Map<string, number>();
  for (const [pair, n] of linked) {
    const report = pair.split(" ")[1]!;
    if (n >= STORY_LINKS && n > (best.get(report) ?? 0)) best.set(report, n);
  }
  return [...best];
}

/** What alignWithStory found: the links, and the reports whose stored in-story links stay as they are. */
export interface StoryAlignment {
  /** For every claim of the article (`all`): its closest claims in the reports aligned now. */
  links: StoryLink[];
  /** Reports of the story not aligned now (over the budget): the links an earlier alignment made with them stay. */
  keep: string[];
  /**
   * The story's reports the rules link with this article itself (not through another): when there are two or more,
   * each is one story with the others through this article, and is aligned again (match-queue.ts).
   */
  members: string[];
}

const NONE: StoryAlignment = { links: [], keep: [], members: [] };

async function inChunks<T>(ids: string[], read: (chunk: string[]) => Promise<T[]>): Promise<T[]> {
  const found: T[] = [];
  for (const chunk of chunksOf(ids, IDS_PER_STATEMENT)) found.push(...(await read(chunk)));
  return found;
}

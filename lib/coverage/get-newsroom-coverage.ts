import { REGISTRY_SCOPE } from "@/lib/sources/source-scope";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import type { z } from "zod";
import { ClaimFilterSchema } from "@/lib/claims/search-claims";
import { articleIdsInScope } from "@/lib/claims/claims-in-scope";
import type { Db } from "@/lib/db/client";
import { parseInput } from "@/lib/input/parse-input";
import { zeroByStatus, type SourceCoverage } from "./compute-coverage";
import { countSourceCitations, pageOfArticleCoverage, sumArticleCoverage } from "./count-newsroom-coverage";
import { findingsOf, type CoverageFigures, type CoverageSum } from "./sum-coverage";

/** The newsroom view filters by article date range, outlet and claim status (the claims page's other filters too). */
export const NewsroomFilterSchema = ClaimFilterSchema.pick({
  from: true,
  to: true,
  outlet: true,
  status: true,
  page: true,
});
/** Articles per page of the "by article" table: a newsroom's archive holds tens of thousands. */
export const NEWSROOM_ARTICLES_PAGE_SIZE = 50;
export type NewsroomFilter = z.input<typeof NewsroomFilterSchema>;

export interface ArticleCoverageRow {
  id: string;
  title: string;
  language: string;
  outlet: string | null;
  /** Published, else added. */
  date: Date;
  figures: CoverageFigures;
}

export interface NewsroomCoverage extends CoverageSum {
  /** One page of the articles in scope, newest first. */
  articles: ArticleCoverageRow[];
  /** All articles in scope (the figures and sources count them all). */
  articleCount: number;
  page: number;
}

/**
 * Coverage across articles: figures summed, per source what cites it and what the checks found, per article its
 * figures side by side (newest first, a page at a time). Counted by the database from the figures each article keeps
 * (count-newsroom-coverage.ts): at 10k articles, reading the claims and citations to count them here took 3.5 s.
 */
export async function getNewsroomCoverage(db: Db, actor: Actor, filter: NewsroomFilter): Promise<NewsroomCoverage> {
  requirePermission(actor, "article.read");
  const f = parseInput(NewsroomFilterSchema, filter, "from");
  const scope = { status: f.status, articleIds: await articleIdsInScope(db, f) };
  const [sum, page, citations, sources] = await Promise.all([
    sumArticleCoverage(db, scope),
    pageOfArticleCoverage(db, scope, { size: NEWSROOM_ARTICLES_PAGE_SIZE, number: f.page }),
    countSourceCitations(db, scope),
    // The registry's sources: one story's "officials" are not another's, so unnamed ones get no row across articles
    // (the figures count the claims that rest on them alone).
    db.source.findMany({ where: { scope: REGISTRY_SCOPE }, select: { id: true, name: true } }),
  ]);
  const nameOf = new Map(sources.map((s) => [s.id, s.name]));
  const bySource = new Map<string, SourceCoverage>();
  for (const c of citations) {
    const name = nameOf.get(c.sourceId);
    if (name === undefined) continue;
    const s = bySource.get(name) ?? { name, claims: 0, asOrigin: 0, asRelay: 0, byStatus: zeroByStatus() };
    s.claims += c.claims;
    s.byStatus[c.status] += c.claims;
    if (c.role === "relay") s.asRelay += c.claims;
    else s.asOrigin += c.claims;
    bySource.set(name, s);
  }
  return {
    figures: sum.figures,
    sources: findingsOf(bySource.values()),
    articles: await describeArticles(db, page),
    articleCount: sum.articles,
    page: f.page,
  };
}

/** The page's articles, in its order, with their titles, outlets and dates (published, else added). */
async function describeArticles(
  db: Db,
  page: { id: string; figures: CoverageFigures }[],
): Promise<ArticleCoverageRow[]> {
  const rows = await db.article.findMany({
    where: { id: { in: page.map((a) => a.id) } },
    select: { id: true, title: true, language: true, outlet: true, publishedAt: true, createdAt: true },
  });
  const byId = new Map(rows.map((a) => [a.id, a]));
  return page.flatMap(({ id, figures }) => {
    const a = byId.get(id);
    if (!a) return []; // purged between the two reads
    return [
      { id, title: a.title, language: a.language, outlet: a.outlet, date: a.publishedAt ?? a.createdAt, figures },
    ];
  });
}

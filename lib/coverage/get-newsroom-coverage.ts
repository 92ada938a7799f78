import { requirePermission, type Actor } from "@/lib/auth/permissions";
import type { z } from "zod";
import { articleWhere, ClaimFilterSchema } from "@/lib/claims/search-claims";
import type { Db } from "@/lib/db/client";
import { parseInput } from "@/lib/input/parse-input";
import { zeroByStatus, type SourceCoverage } from "./compute-coverage";
import { countArticleCoverage, countSourceCitations } from "./count-newsroom-coverage";
import { figuresOf, findingsOf, sumCoverage, type CoverageFigures, type CoverageSum } from "./sum-coverage";

// Articles are described by a list of ids: stay under SQLite's 999 query parameters.
const BATCH = 500;

/** The newsroom view filters by article date range, outlet and claim status (the claims page's other filters too). */
export const NewsroomFilterSchema = ClaimFilterSchema.pick({ from: true, to: true, outlet: true, status: true });
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
  articles: ArticleCoverageRow[];
}

/**
 * Coverage across articles: figures summed, per source what cites it and what the checks found, per article its
 * figures side by side (newest first). Counted by the database (countArticleCoverage): at 10k articles, reading the
 * claims and citations to count them here took 3.5 s.
 */
export async function getNewsroomCoverage(db: Db, actor: Actor, filter: NewsroomFilter): Promise<NewsroomCoverage> {
  requirePermission(actor, "article.read");
  const f = parseInput(NewsroomFilterSchema, filter, "from");
  // Outlet and dates are the articles' own: Prisma picks them (time zones, date storage), the counts take their ids.
  const articleIds =
    f.outlet || f.from || f.to
      ? (await db.article.findMany({ where: articleWhere(f), select: { id: true } })).map((a) => a.id)
      : undefined;
  const scope = { status: f.status, articleIds };
  const [perArticle, citations, sources] = await Promise.all([
    countArticleCoverage(db, scope),
    countSourceCitations(db, scope),
    db.source.findMany({ select: { id: true, name: true } }),
  ]);
  const nameOf = new Map(sources.map((s) => [s.id, s.name]));
  const bySource = new Map<string, SourceCoverage>();
  for (const c of citations) {
    const name = nameOf.get(c.sourceId) ?? c.sourceId;
    const s = bySource.get(name) ?? { name, claims: 0, asOrigin: 0, asRelay: 0, byStatus: zeroByStatus() };
    s.claims += c.claims;
    s.byStatus[c.status] += c.claims;
    if (c.role === "relay") s.asRelay += c.claims;
    else s.asOrigin += c.claims;
    bySource.set(name, s);
  }
  const { figures } = sumCoverage([...perArticle.values()].map((part) => ({ ...part, sources: [] })));
  return { figures, sources: findingsOf(bySource.values()), articles: await describeArticles(db, perArticle) };
}

async function describeArticles(db: Db, perArticle: Map<string, CoverageFigures>): Promise<ArticleCoverageRow[]> {
  const ids = [...perArticle.keys()];
  const rows: ArticleCoverageRow[] = [];
  for (let i = 0; i < ids.length; i += BATCH) {
    const articles = await db.article.findMany({
      where: { id: { in: ids.slice(i, i + BATCH) } },
      select: { id: true, title: true, language: true, outlet: true, publishedAt: true, createdAt: true },
    });
    for (const a of articles) {
      rows.push({
        id: a.id,
        title: a.title,
        language: a.language,
        outlet: a.outlet,
        date: a.publishedAt ?? a.createdAt,
        figures: figuresOf(perArticle.get(a.id)!),
      });
    }
  }
  return rows.sort((a, b) => b.date.getTime() - a.date.getTime() || a.title.localeCompare(b.title));
}

import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { toClaimStatus } from "@/lib/claims/claim-status";
import { ClaimFilterSchema, claimWhere, type ClaimFilter } from "@/lib/claims/search-claims";
import type { Db } from "@/lib/db/client";
import { parseInput } from "@/lib/input/parse-input";
import { computeCoverage, type CoverageClaim, type SourceCoverage } from "./compute-coverage";
import { figuresOf, sumCoverage, type CoverageFigures, type CoverageSum } from "./sum-coverage";

// Citations are loaded with a list of the batch's claim ids: stay under SQLite's 999 query parameters.
const BATCH = 500;

/** The newsroom view filters by article date range, outlet and claim status (the claims page's other filters too). */
export const NewsroomFilterSchema = ClaimFilterSchema.pick({ from: true, to: true, outlet: true, status: true });

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
 * figures side by side (newest first). Claims are read a batch at a time, article by article, and only each
 * article's figures are kept, so the whole newsroom is never in memory at once.
 */
export async function getNewsroomCoverage(db: Db, actor: Actor, filter: ClaimFilter): Promise<NewsroomCoverage> {
  requirePermission(actor, "article.read");
  const where = claimWhere(db, actor, parseInput(ClaimFilterSchema, filter, "from"));
  const perArticle = new Map<string, CoverageFigures & { sources: SourceCoverage[] }>();
  let group: CoverageClaim[] = [];
  let current: string | null = null;
  const flush = () => {
    if (current === null) return;
    const coverage = computeCoverage(group);
    perArticle.set(current, { ...figuresOf(coverage), sources: coverage.sources });
    group = [];
  };
  for (let cursor: string | undefined; ; ) {
    const rows = await db.claim.findMany({
      where,
      orderBy: [{ articleId: "asc" }, { id: "asc" }],
      take: BATCH,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
      select: {
        id: true,
        articleId: true,
        label: true,
        status: true,
        hedged: true,
        citations: { select: { role: true, cue: true, source: { select: { name: true } }, relayOf: { select: { name: true } } } },
      },
    });
    for (const row of rows) {
      if (row.articleId !== current) {
        flush();
        current = row.articleId;
      }
      group.push({
        id: row.id,
        label: row.label,
        status: toClaimStatus(row.status),
        hedged: row.hedged,
        citations: row.citations.map((c) => ({
          name: c.source.name,
          cue: c.cue,
          role: c.role === "relay" ? "relay" : "origin",
          relayOf: c.relayOf?.name ?? null,
        })),
      });
    }
    if (rows.length < BATCH) break;
    cursor = rows.at(-1)!.id;
  }
  flush();
  return { ...sumCoverage(perArticle.values()), articles: await describeArticles(db, perArticle) };
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
      const { total, sourced, independent, unsourced, singleSource, hedged, byStatus } = perArticle.get(a.id)!;
      rows.push({
        id: a.id,
        title: a.title,
        language: a.language,
        outlet: a.outlet,
        date: a.publishedAt ?? a.createdAt,
        figures: { total, sourced, independent, unsourced, singleSource, hedged, byStatus },
      });
    }
  }
  return rows.sort((a, b) => b.date.getTime() - a.date.getTime() || a.title.localeCompare(b.title));
}

import type { ClaimStatus } from "@/lib/claims/claim-status";
import { providerOf, type Db } from "@/lib/db/client";
import { idListSql } from "@/lib/db/id-list-sql";
import { zeroByStatus } from "./compute-coverage";
import type { CoverageFigures } from "./sum-coverage";

/** Which claims are counted: live ones of articles not deleted, of one status or all, of the listed articles or all. */
export interface CountScope {
  status?: ClaimStatus;
  articleIds?: string[];
}

export interface SourceCount {
  sourceId: string;
  role: "origin" | "relay";
  status: ClaimStatus;
  /** Claims citing the source in that role and status (a claim cites a source once). */
  claims: number;
}

/** The kept figures' columns, named as the queries below read them. */
const FIGURE_COLUMNS = `SUM(f."total") AS total, SUM(f."hedged") AS hedged, SUM(f."sourced") AS sourced,
  SUM(f."singleSource") AS single, SUM(f."independent") AS independent, SUM(f."unnamedOnly") AS "unnamedOnly",
  SUM(f."changedAfterVerdict") AS "changedAfterVerdict"`;

/**
 * Coverage is read from the figures each article keeps per claim status (ArticleFigures, kept by triggers on every
 * write of a claim: migration 20261204210000_article_figures), about two rows per article. Counting them from the
 * claims scanned every claim of the archive on every view (443k: 0.35-0.5 s on SQLite, 0.5-0.85 s on PostgreSQL).
 * Same definitions as computeCoverage; the tests of getNewsroomCoverage hold both to the same figures.
 *
 * All articles in scope, added up: the figures, and how many articles have a claim counted.
 */
export async function sumArticleCoverage(
  db: Db,
  scope: CountScope,
): Promise<{ figures: CoverageFigures; articles: number }> {
  const { where, params } = scopeSql(db, scope, "f");
  const [byStatus, [counted]] = await Promise.all([
    db.$queryRawUnsafe<Record<string, unknown>[]>(
      `SELECT f."status" AS status, ${FIGURE_COLUMNS}
FROM "ArticleFigures" f WHERE f."total" > 0 AND ${where} GROUP BY f."status"`,
      ...params,
    ),
    db.$queryRawUnsafe<{ articles: unknown }[]>(
      `SELECT COUNT(DISTINCT f."articleId") AS articles FROM "ArticleFigures" f WHERE f."total" > 0 AND ${where}`,
      ...params,
    ),
  ]);
  const figures = emptyFigures();
  for (const row of byStatus) addFigures(figures, row);
  return { figures, articles: Number(counted?.articles ?? 0) };
}

/**
 * One page of the articles in scope that have a claim counted, newest first (published, else added; then by id),
 * with their figures.
 */
export async function pageOfArticleCoverage(
  db: Db,
  scope: CountScope,
  page: { size: number; number: number },
): Promise<{ id: string; figures: CoverageFigures }[]> {
  const { where, params } = scopeSql(db, scope, "f");
  const postgres = providerOf(db) === "postgresql";
  const limit = params.length + 1;
  const ids = await db.$queryRawUnsafe<{ id: string }[]>(
    `SELECT a."id" AS id FROM "Article" a
WHERE a."id" IN (SELECT f."articleId" FROM "ArticleFigures" f WHERE f."total" > 0 AND ${where})
ORDER BY COALESCE(a."publishedAt", a."createdAt") DESC, a."id" ASC
LIMIT ${postgres ? `$${limit}` : "?"} OFFSET ${postgres ? `$${limit + 1}` : "?"}`,
    ...params,
    page.size,
    (page.number - 1) * page.size,
  );
  if (ids.length === 0) return [];
  const figures = await countArticleCoverage(db, { ...scope, articleIds: ids.map((r) => r.id) });
  return ids.map(({ id }) => ({ id, figures: figures.get(id) ?? emptyFigures() }));
}

/** The coverage figures of each article in scope that has a claim counted. */
export async function countArticleCoverage(db: Db, scope: CountScope): Promise<Map<string, CoverageFigures>> {
  const { where, params } = scopeSql(db, scope, "f");
  const rows = await db.$queryRawUnsafe<Record<string, unknown>[]>(
    `SELECT f."articleId" AS "articleId", f."status" AS status, ${FIGURE_COLUMNS}
FROM "ArticleFigures" f WHERE f."total" > 0 AND ${where} GROUP BY f."articleId", f."status"`,
    ...params,
  );
  const figures = new Map<string, CoverageFigures>();
  for (const row of rows) {
    const id = String(row.articleId);
    figures.set(id, addFigures(figures.get(id) ?? emptyFigures(), row));
  }
  return figures;
}

/** Adds one row of kept figures (one status) to `f`. */
function addFigures(f: CoverageFigures, row: Record<string, unknown>): CoverageFigures {
  const [total, sourced] = [Number(row.total), Number(row.sourced)];
  f.total += total;
  f.sourced += sourced;
  f.unsourced += total - sourced;
  f.singleSource += Number(row.single);
  f.independent += Number(row.independent);
  f.unnamedOnly += Number(row.unnamedOnly);
  f.hedged += Number(row.hedged);
  f.changedAfterVerdict += Number(row.changedAfterVerdict);
  // Statuses are checked on every write; one the app does not know (a newer version's) is not counted under any.
  if ((row.status as ClaimStatus) in f.byStatus) f.byStatus[row.status as ClaimStatus] += total;
  return f;
}

const emptyFigures = (): CoverageFigures => ({
  total: 0,
  sourced: 0,
  unsourced: 0,
  singleSource: 0,
  independent: 0,
  unnamedOnly: 0,
  hedged: 0,
  changedAfterVerdict: 0,
  byStatus: zeroByStatus(),
});

/**
 * Per cited source, role and claim status: how many claims in scope cite it. Over the whole archive the citations
 * are counted alone, from the claim's status and standing they carry (kept by triggers: prisma/…/citation_claim_mirror)
 * in the order of their coverage index, with no join and no sort: counting through the 450k claims took 0.55–0.8 s.
 * A scope of some articles joins their claims.
 */
export async function countSourceCitations(db: Db, scope: CountScope): Promise<SourceCount[]> {
  const rows = scope.articleIds ? await countThroughClaims(db, scope) : await countCitationsAlone(db, scope);
  return rows.map((r) => ({
    sourceId: r.sourceId,
    role: r.role === "relay" ? "relay" : "origin",
    status: r.status as ClaimStatus,
    claims: Number(r.claims),
  }));
}

type CountRow = { sourceId: string; role: string; status: string; claims: unknown };

function countCitationsAlone(db: Db, { status }: CountScope): Promise<CountRow[]> {
  const postgres = providerOf(db) === "postgresql";
  return db.$queryRawUnsafe<CountRow[]>(
    `SELECT ci."sourceId" AS "sourceId", ci."role" AS role, ci."claimStatus" AS status, COUNT(*) AS claims
FROM "Citation" ci
WHERE ci."claimShown" = true AND ci."claimOrphaned" = false${status ? ` AND ci."claimStatus" = ${postgres ? "$1" : "?"}` : ""}
GROUP BY ci."sourceId", ci."role", ci."claimStatus"`,
    ...(status ? [status] : []),
  );
}

/**
 * CROSS JOIN keeps SQLite reading the claims in scope and then each one's citations by index; left to itself it
 * walked all citations by their source index to save a sort, looking up each claim at random. PostgreSQL plans it as
 * any inner join.
 */
function countThroughClaims(db: Db, scope: CountScope): Promise<CountRow[]> {
  const { where, params } = scopeSql(db, scope);
  return db.$queryRawUnsafe<CountRow[]>(
    `SELECT ci."sourceId" AS "sourceId", ci."role" AS role, c."status" AS status, COUNT(*) AS claims
FROM "Claim" c CROSS JOIN "Citation" ci
WHERE ci."claimId" = c."id" AND ${where}
GROUP BY ci."sourceId", ci."role", c."status"`,
    ...params,
  );
}

/**
 * The WHERE clause of a scope over the claims (`c`) or the articles' kept figures (`f`, which count only claims on
 * the page), with its values as parameters (never in the text). A list of article ids goes as one JSON parameter:
 * SQLite allows 999 parameters, a newsroom filter can match tens of thousands of articles.
 */
function scopeSql(db: Db, scope: CountScope, table: "c" | "f" = "c"): { where: string; params: unknown[] } {
  const postgres = providerOf(db) === "postgresql";
  const params: unknown[] = [];
  const param = (value: unknown) => (params.push(value), postgres ? `$${params.length}` : "?");
  // Deleted articles are few (and indexed): the counts leave out that short list, as the Prisma queries do.
  const where = [`${table}."articleId" NOT IN (SELECT a."id" FROM "Article" a WHERE a."deletedAt" IS NOT NULL)`];
  // Claims of the article's current text: one a new version no longer has is not the article's to cover.
  if (table === "c") where.unshift(`c."deletedAt" IS NULL`, `c."anchor" <> 'orphaned'`);
  if (scope.status) where.push(`${table}."status" = ${param(scope.status)}`);
  if (scope.articleIds) {
    const list = param(JSON.stringify(scope.articleIds));
    where.push(`${table}."articleId" IN (${idListSql(providerOf(db), list)})`);
  }
  return { where: where.join(" AND "), params };
}

import { CLAIM_STATUSES, type ClaimStatus } from "@/lib/claims/claim-status";
import { providerOf, type Db } from "@/lib/db/client";
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

// The statuses are our own constants, checked here before they become column names and literals of the query.
const STATUS_SUMS = CLAIM_STATUSES.map((s) => {
  if (!/^[a-z_]+$/.test(s)) throw new Error(`unexpected status ${s}`);
  return `SUM(CASE WHEN c."status" = '${s}' THEN 1 ELSE 0 END) AS "s_${s}"`;
}).join(",\n  ");

/**
 * The coverage figures of every article in scope, counted by the database in one pass over the claims (their kept
 * sourceCount and independentSources): the newsroom view read all 450k claims and 390k citations of a 10k-article
 * archive into memory to add them up (3.5 s on SQLite). Same definitions as computeCoverage; the tests of
 * getNewsroomCoverage hold both to the same figures.
 */
export async function countArticleCoverage(db: Db, scope: CountScope): Promise<Map<string, CoverageFigures>> {
  const { where, params } = scopeSql(db, scope);
  const rows = await db.$queryRawUnsafe<Record<string, unknown>[]>(
    `SELECT c."articleId" AS "articleId", COUNT(*) AS total,
  SUM(CASE WHEN c."hedged" THEN 1 ELSE 0 END) AS hedged,
  SUM(CASE WHEN c."sourceCount" >= 1 THEN 1 ELSE 0 END) AS sourced,
  SUM(CASE WHEN c."independentSources" = 1 THEN 1 ELSE 0 END) AS single,
  SUM(CASE WHEN c."independentSources" >= 2 THEN 1 ELSE 0 END) AS independent,
  SUM(CASE WHEN c."unnamedOnly" THEN 1 ELSE 0 END) AS "unnamedOnly",
  SUM(CASE WHEN c."changedAfterVerdict" THEN 1 ELSE 0 END) AS "changedAfterVerdict",
  ${STATUS_SUMS}
FROM "Claim" c
WHERE ${where}
GROUP BY c."articleId"`,
    ...params,
  );
  const figures = new Map<string, CoverageFigures>();
  for (const r of rows) {
    const byStatus = zeroByStatus();
    for (const s of CLAIM_STATUSES) byStatus[s] = Number(r[`s_${s}`]);
    const total = Number(r.total);
    const sourced = Number(r.sourced);
    figures.set(String(r.articleId), {
      total,
      sourced,
      unsourced: total - sourced,
      singleSource: Number(r.single),
      independent: Number(r.independent),
      unnamedOnly: Number(r.unnamedOnly),
      hedged: Number(r.hedged),
      changedAfterVerdict: Number(r.changedAfterVerdict),
      byStatus,
    });
  }
  return figures;
}

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
 * The WHERE clause of a scope, with its values as parameters (never in the text). A list of article ids goes as
 * one JSON parameter: SQLite allows 999 parameters, a newsroom filter can match tens of thousands of articles.
 */
function scopeSql(db: Db, scope: CountScope): { where: string; params: unknown[] } {
  const postgres = providerOf(db) === "postgresql";
  const params: unknown[] = [];
  const param = (value: unknown) => (params.push(value), postgres ? `$${params.length}` : "?");
  // Deleted articles are few (and indexed): the claims leave out that short list, as the Prisma queries do.
  // Claims of the article's current text: one a new version no longer has is not the article's to cover.
  const where = [
    `c."deletedAt" IS NULL`,
    `c."anchor" <> 'orphaned'`,
    `c."articleId" NOT IN (SELECT a."id" FROM "Article" a WHERE a."deletedAt" IS NOT NULL)`,
  ];
  if (scope.status) where.push(`c."status" = ${param(scope.status)}`);
  if (scope.articleIds) {
    const list = param(JSON.stringify(scope.articleIds));
    where.push(
      postgres
        ? `c."articleId" IN (SELECT json_array_elements_text(${list}::json))`
        : `c."articleId" IN (SELECT value FROM json_each(${list}))`,
    );
  }
  return { where: where.join(" AND "), params };
}

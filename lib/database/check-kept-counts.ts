import { driverErrorCode, providerOf, type Db, type Tx } from "@/lib/db/client";
import { idListSql } from "@/lib/db/id-list-sql";
import { AppError } from "@/lib/errors";

/**
 * What the database keeps by triggers besides the claims themselves, held against the claims: each article's coverage
 * figures per status (ArticleFigures), each citation's copy of its claim's status and standing, and on SQLite the two
 * FTS5 indexes over the claims (text search, matching). Triggers keep them on every write, so they differ only after
 * something went around them: a bug, a write by hand, a restored partial backup. Nothing would ever correct such a
 * difference, and the coverage page and the claims list would show it for good; this finds it and, asked to,
 * rewrites what differs from the claims.
 */
export interface KeptCountsFindings {
  /**
   * Of all articles (deleted ones too: restored, they count again), those whose kept figures differ from their
   * claims, and the first REPORTED_IDS of their ids.
   */
  figures: { articles: number; differing: number; examples: string[] };
  /** Citations whose copy of their claim's status, "shown" or "orphaned" differs from the claim. */
  citations: { checked: number; differing: number };
  /** SQLite's FTS5 indexes over the claims, and whether each holds what the claims hold (none on PostgreSQL). */
  indexes: { name: string; consistent: boolean }[];
}

export interface KeptCountsReport extends KeptCountsFindings {
  /** Whether what differed was rewritten (asked for, and something differed). */
  repaired: boolean;
  /** After a repair, the same check again: anything still differing was written meanwhile around the triggers. */
  afterRepair?: KeptCountsFindings;
}

/** Whether anything the check looked at differs from the claims. */
export const keptCountsDiffer = (f: KeptCountsFindings) =>
  f.figures.differing > 0 || f.citations.differing > 0 || f.indexes.some((i) => !i.consistent);

const REPORTED_IDS = 20;
/** Articles repaired per transaction: each holds the claims still for a moment, not for the whole archive. */
const REPAIR_BATCH = 200;
const FTS_INDEXES = ["ClaimTextIndex", "ClaimMatchIndex"] as const;

/** Each article's figures per status as its claims on the page add them up (as migration 20261204210000 did). */
const COUNTED = `SELECT "articleId", "status", COUNT(*) AS "total",
  SUM(CASE WHEN "hedged" THEN 1 ELSE 0 END) AS "hedged",
  SUM(CASE WHEN "sourceCount" >= 1 THEN 1 ELSE 0 END) AS "sourced",
  SUM(CASE WHEN "independentSources" = 1 THEN 1 ELSE 0 END) AS "singleSource",
  SUM(CASE WHEN "independentSources" >= 2 THEN 1 ELSE 0 END) AS "independent",
  SUM(CASE WHEN "unnamedOnly" THEN 1 ELSE 0 END) AS "unnamedOnly",
  SUM(CASE WHEN "changedAfterVerdict" THEN 1 ELSE 0 END) AS "changedAfterVerdict"
FROM "Claim" WHERE "deletedAt" IS NULL AND "anchor" <> 'orphaned'`;
const FIGURES = `"articleId", "status", "total", "hedged", "sourced", "singleSource", "independent", "unnamedOnly",
  "changedAfterVerdict"`;
/** A status all of an article's claims left keeps a row of zeros: the same as no row. */
const KEPT = `SELECT ${FIGURES} FROM "ArticleFigures"
WHERE "total" <> 0 OR "hedged" <> 0 OR "sourced" <> 0 OR "singleSource" <> 0 OR "independent" <> 0
  OR "unnamedOnly" <> 0 OR "changedAfterVerdict" <> 0`;

/** What a citation's copy should be, from its claim and article (the triggers' definition). */
const STANDING = {
  status: `c."status"`,
  shown: `(c."deletedAt" IS NULL AND a."deletedAt" IS NULL)`,
  orphaned: `(c."anchor" = 'orphaned')`,
};
const CITATION_DIFFERS = `ci."claimStatus" <> ${STANDING.status} OR ci."claimShown" <> ${STANDING.shown}
  OR ci."claimOrphaned" <> ${STANDING.orphaned}`;

export async function checkKeptCounts(db: Db, { repair = false } = {}): Promise<KeptCountsReport> {
  const found = await findDifferences(db);
  if (!repair || !keptCountsDiffer(found.findings)) return { ...found.findings, repaired: false };
  for (let i = 0; i < found.articleIds.length; i += REPAIR_BATCH)
    await recountFigures(db, found.articleIds.slice(i, i + REPAIR_BATCH));
  if (found.findings.citations.differing > 0) await recopyCitations(db);
  for (const index of found.findings.indexes.filter((i) => !i.consistent))
    await db.$executeRawUnsafe(`INSERT INTO "${index.name}"("${index.name}") VALUES ('rebuild')`);
  return { ...found.findings, repaired: true, afterRepair: (await findDifferences(db)).findings };
}

async function findDifferences(db: Db): Promise<{ findings: KeptCountsFindings; articleIds: string[] }> {
  const [articleIds, [articles], [citations], indexes] = await Promise.all([
    articlesWithOtherFigures(db),
    db.$queryRawUnsafe<{ n: unknown }[]>(`SELECT COUNT(*) AS n FROM "Article"`),
    db.$queryRawUnsafe<{ checked: unknown; differing: unknown }[]>(
      `SELECT COUNT(*) AS checked, SUM(CASE WHEN ${CITATION_DIFFERS} THEN 1 ELSE 0 END) AS differing
FROM "Citation" ci JOIN "Claim" c ON c."id" = ci."claimId" JOIN "Article" a ON a."id" = c."articleId"`,
    ),
    checkIndexes(db),
  ]);
  const findings = {
    figures: {
      articles: Number(articles?.n ?? 0),
      differing: articleIds.length,
      examples: articleIds.slice(0, REPORTED_IDS),
    },
    citations: { checked: Number(citations?.checked ?? 0), differing: Number(citations?.differing ?? 0) },
    indexes,
  };
  return { findings, articleIds };
}

/** The articles whose kept figures are not what their claims add up to, either way round. */
async function articlesWithOtherFigures(db: Db): Promise<string[]> {
  const rows = await db.$queryRawUnsafe<{ articleId: string }[]>(
    `WITH counted AS (${COUNTED} GROUP BY "articleId", "status"),
kept AS (${KEPT}),
missing AS (SELECT * FROM counted EXCEPT SELECT * FROM kept),
extra AS (SELECT * FROM kept EXCEPT SELECT * FROM counted)
SELECT "articleId" FROM missing UNION SELECT "articleId" FROM extra ORDER BY 1`,
  );
  return rows.map((r) => r.articleId);
}

/**
 * The articles' figures counted again from their claims. On PostgreSQL no claim may change meanwhile (a change
 * between the count and the write would be lost, or counted twice): the claims are held for the transaction, and the
 * articles before them, as every writer takes them — a purge holding its article while its claims waited for the
 * repair, and the repair's new figures row waiting for the purged article (its key check), was a deadlock. SQLite
 * runs one writer at a time.
 */
async function recountFigures(db: Db, articleIds: string[]): Promise<void> {
  const provider = providerOf(db);
  const ids = idListSql(provider, provider === "postgresql" ? "$1" : "?");
  const list = JSON.stringify(articleIds);
  await holdingTables(db, [`"Article"`, `"Claim"`], async (tx) => {
    await tx.$executeRawUnsafe(`DELETE FROM "ArticleFigures" WHERE "articleId" IN (${ids})`, list);
    await tx.$executeRawUnsafe(
      `INSERT INTO "ArticleFigures" (${FIGURES}) ${COUNTED} AND "articleId" IN (${ids}) GROUP BY "articleId", "status"`,
      list,
    );
  });
}

/**
 * Every citation whose copy differs takes its claim's status and standing again. On PostgreSQL no claim or article
 * may change meanwhile (a verdict stored during the rewrite would be overwritten with what it replaced): both are
 * held against writes for the one statement. SQLite runs one writer at a time.
 */
async function recopyCitations(db: Db): Promise<void> {
  await holdingTables(db, [`"Article"`, `"Claim"`], async (tx) => {
    await tx.$executeRawUnsafe(
      `UPDATE "Citation" SET
  "claimStatus" = (SELECT ${STANDING.status} FROM "Claim" c WHERE c."id" = "Citation"."claimId"),
  "claimShown" = (SELECT ${STANDING.shown} FROM "Claim" c JOIN "Article" a ON a."id" = c."articleId"
    WHERE c."id" = "Citation"."claimId"),
  "claimOrphaned" = (SELECT ${STANDING.orphaned} FROM "Claim" c WHERE c."id" = "Citation"."claimId")
WHERE "id" IN (SELECT ci."id" FROM "Citation" ci JOIN "Claim" c ON c."id" = ci."claimId"
  JOIN "Article" a ON a."id" = c."articleId" WHERE ${CITATION_DIFFERS})`,
    );
  });
}

/** How long a repair waits for writers to let go of the tables it holds, and how long it may hold them. */
const LOCK_WAIT = "10s";
const REPAIR_TIMEOUT_MS = 10 * 60_000;

/**
 * How a repair step holds each table on PostgreSQL. Articles against writes. Claims against row locks too: a writer
 * takes its claim with a row lock first (an unlink, a relay), then its citation, then writes the claim; held only
 * against writes, the claims let such a writer take a citation the repair was about to rewrite and then wait for the
 * claim table the repair held — a deadlock. Held against row locks, the writer waits before it holds any citation.
 */
const HOLD_MODE: Record<string, string> = { '"Article"': "SHARE ROW EXCLUSIVE", '"Claim"': "EXCLUSIVE" };

/**
 * A repair step in a transaction that holds `tables` (HOLD_MODE) on PostgreSQL, in the order every writer takes them:
 * article before claim. Waiting longer than LOCK_WAIT for a writer is a clear "try again", not a hang.
 */
async function holdingTables(db: Db, tables: string[], step: (tx: Tx) => Promise<void>): Promise<void> {
  try {
    await db.$transaction(
      async (tx) => {
        if (providerOf(db) === "postgresql") {
          await tx.$executeRawUnsafe(`SET LOCAL lock_timeout = '${LOCK_WAIT}'`);
          for (const table of tables) await tx.$executeRawUnsafe(`LOCK TABLE ${table} IN ${HOLD_MODE[table]} MODE`);
        }
        await step(tx);
      },
      { timeout: REPAIR_TIMEOUT_MS },
    );
  } catch (error) {
    if (driverErrorCode(error) !== "55P03") throw error;
    throw new AppError(
      "unavailable",
      `Other changes held the claims for more than ${LOCK_WAIT}; nothing was repaired in this step. Try again.`,
    );
  }
}

/**
 * SQLite's FTS5 "integrity-check" compares an external-content index with its table and fails with
 * SQLITE_CORRUPT_VTAB where they differ. Any other failure (another process holding the write lock the check asks
 * for) is not a finding: it is thrown.
 */
async function checkIndexes(db: Db): Promise<KeptCountsFindings["indexes"]> {
  if (providerOf(db) === "postgresql") return [];
  const checked: KeptCountsFindings["indexes"] = [];
  for (const name of FTS_INDEXES) {
    const consistent = await db
      .$executeRawUnsafe(`INSERT INTO "${name}"("${name}", rank) VALUES ('integrity-check', 1)`)
      .then(
        () => true,
        (error: unknown) => {
          if (driverErrorCode(error) === "SQLITE_CORRUPT_VTAB") return false;
          throw error;
        },
      );
    checked.push({ name, consistent });
  }
  return checked;
}

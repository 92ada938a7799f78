import { providerOf, type Db } from "@/lib/db/client";

/**
 * At most this many ids narrow a search: the page query and its count carry them as bound values (Prisma sends at
 * most 999 to SQLite). A text held by more claims is common enough that a scan finds a page of it quickly.
 */
export const TEXT_HITS_MAX = 900;

/**
 * The claims whose text or label may hold `q`, on SQLite from the trigram index ClaimTextIndex (migration
 * claim_text_search), newest first: the ids, or null where the index cannot narrow the search (fewer than three
 * characters, more than TEXT_HITS_MAX hits, or PostgreSQL, whose trigram GIN indexes serve the search itself).
 *
 * The ids are a superset of what the search finds, never less: the index folds case beyond ASCII, which SQLite's
 * LIKE does not, so the caller keeps the `contains` conditions beside `id in ids` and the results stay exactly those
 * of the plain search, found without reading every claim.
 */
export async function claimsWithText(db: Db, q: string): Promise<string[] | null> {
  if (!indexServes(db, q)) return null;
  const rows = await db.$queryRawUnsafe<{ id: string }[]>(
    `SELECT c."id" FROM "ClaimTextIndex" f JOIN "Claim" c ON c.rowid = f.rowid
     WHERE "ClaimTextIndex" MATCH ? ORDER BY f.rowid DESC LIMIT ${TEXT_HITS_MAX + 1}`,
    phraseOf(q),
  );
  return rows.length > TEXT_HITS_MAX ? null : rows.map((r) => r.id);
}

/**
 * SQLite, a search by text alone (the claims page's search box, no other filter): the total and the ids of one page,
 * newest first, from the index joined with the live claims that hold the text as `contains` finds it, the same
 * conditions claimWhere writes (LIVE_CLAIM and the two `contains`). A text many claims hold is counted through the
 * index rather than by reading every claim. Null where the index cannot serve (claimsWithText).
 */
export async function pageOfClaimsWithText(
  db: Db,
  q: string,
  page: number,
  pageSize: number,
): Promise<{ total: number; ids: string[] } | null> {
  if (!indexServes(db, q)) return null;
  const hits = `FROM "ClaimTextIndex" f JOIN "Claim" c ON c.rowid = f.rowid JOIN "Article" a ON a."id" = c."articleId"
     WHERE "ClaimTextIndex" MATCH ? AND c."deletedAt" IS NULL AND a."deletedAt" IS NULL
       AND (c."text" LIKE ('%' || ? || '%') OR c."label" LIKE ('%' || ? || '%'))`;
  const args = [phraseOf(q), q, q];
  // One pass over the hits: the count is a window over all of them, the page the first rows after sorting.
  const rows = await db.$queryRawUnsafe<{ id: string; total: number | bigint }[]>(
    `SELECT c."id", count(*) OVER () AS total ${hits} ORDER BY c."createdAt" DESC, c."start" ASC LIMIT ? OFFSET ?`,
    ...args,
    pageSize,
    (page - 1) * pageSize,
  );
  // A page past the last one has no rows to carry the count.
  const count =
    rows[0]?.total ??
    (page > 1
      ? (await db.$queryRawUnsafe<{ n: number | bigint }[]>(`SELECT count(*) AS n ${hits}`, ...args))[0]!.n
      : 0);
  return { total: Number(count), ids: rows.map((r) => r.id) };
}

/** SQLite has the index, and a text of three characters or more makes at least one trigram to look up. */
const indexServes = (db: Db, q: string) => providerOf(db) === "sqlite" && [...q].length >= 3;

/** One phrase of the text's trigrams, quoted so that FTS5 reads its own syntax (AND, *, ^, quotes) as text. */
const phraseOf = (q: string) => `"${q.replaceAll('"', '""')}"`;

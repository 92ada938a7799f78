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
 * Hits from which a search by text alone (whose hits `contains` mostly holds: foldsAlike, newestHitsHold) walks the
 * list's own order (Claim_createdAt_start_idx) and stops at the page and at the count's bound, rather than reading every hit: reading a claim's row costs some 4 µs, and a word 25,000
 * claims of the archive hold took 150 ms to count and sort in full. Below it, reading all hits is cheaper than a walk
 * that passes many claims without the text.
 */
export const WALK_FROM = 3_000;

/**
 * SQLite, a search by text alone (the claims page's search box, no other filter): the ids of one page, newest first,
 * and the total, from the index joined with the live claims that hold the text as `contains` finds it, the same
 * conditions claimWhere writes (LIVE_CLAIM and the two `contains`). Counted exactly where few claims hold the text;
 * where many do, up to `upTo` as the claims list counts any other filter (`moreThanTotal` beyond it). Null where the
 * index cannot serve (claimsWithText).
 */
export async function pageOfClaimsWithText(
  db: Db,
  q: string,
  { page, pageSize, upTo, walkFrom = WALK_FROM }: { page: number; pageSize: number; upTo: number; walkFrom?: number },
): Promise<{ total: number; moreThanTotal: boolean; ids: string[] } | null> {
  if (!indexServes(db, q)) return null;
  const [counted] = await db.$queryRawUnsafe<{ hits: number | bigint }[]>(
    `SELECT count(*) AS hits FROM "ClaimTextIndex" WHERE "ClaimTextIndex" MATCH ?`,
    phraseOf(q),
  );
  const hits = Number(counted!.hits);
  const holds = `c."deletedAt" IS NULL
       AND (SELECT a."deletedAt" FROM "Article" a WHERE a."id" = c."articleId") IS NULL
       AND (c."text" LIKE ('%' || ? || '%') OR c."label" LIKE ('%' || ? || '%'))`;
  const args = [phraseOf(q), q, q];
  const order = `ORDER BY c."createdAt" DESC, c."start" ASC`;
  if (hits >= walkFrom && (foldsAlike(q) || (await newestHitsHold(db, holds, args, hits)))) {
    // The list's order from its index; each claim met is looked up among the hits, and read only if it is one.
    const walk = `FROM "Claim" c INDEXED BY "Claim_createdAt_start_idx"
     WHERE c.rowid IN (SELECT rowid FROM "ClaimTextIndex" WHERE "ClaimTextIndex" MATCH ?) AND ${holds}`;
    const [rows, [walked]] = await Promise.all([
      db.$queryRawUnsafe<{ id: string }[]>(
        `SELECT c."id" ${walk} ${order} LIMIT ? OFFSET ?`,
        ...args,
        pageSize,
        (page - 1) * pageSize,
      ),
      db.$queryRawUnsafe<{ n: number | bigint }[]>(
        `SELECT count(*) AS n FROM (SELECT 1 ${walk} ${order} LIMIT ?)`,
        ...args,
        upTo + 1,
      ),
    ]);
    const n = Number(walked!.n);
    return { total: Math.min(n, upTo), moreThanTotal: n > upTo, ids: rows.map((r) => r.id) };
  }
  const matched = `FROM "ClaimTextIndex" f JOIN "Claim" c ON c.rowid = f.rowid WHERE "ClaimTextIndex" MATCH ? AND ${holds}`;
  // One pass over the hits: the count is a window over all of them, the page the first rows after sorting.
  const rows = await db.$queryRawUnsafe<{ id: string; total: number | bigint }[]>(
    `SELECT c."id", count(*) OVER () AS total ${matched} ${order} LIMIT ? OFFSET ?`,
    ...args,
    pageSize,
    (page - 1) * pageSize,
  );
  // A page past the last one has no rows to carry the count.
  const count =
    rows[0]?.total ??
    (page > 1
      ? (await db.$queryRawUnsafe<{ n: number | bigint }[]>(`SELECT count(*) AS n ${matched}`, ...args))[0]!.n
      : 0);
  return { total: Number(count), moreThanTotal: false, ids: rows.map((r) => r.id) };
}

/**
 * Whether `contains` (SQLite's LIKE, which folds ASCII letters only) holds every claim the index lists for `q` (it
 * folds every letter): no letter of `q` has a case beyond ASCII. Otherwise many hits may fail `contains` ("PJÖNGJANG"
 * against "Pjöngjang": 17,000 hits, none found), and a walk would pass the whole list reading them.
 */
const foldsAlike = (q: string) => [...q].every((ch) => ch <= "\x7f" || ch.toLowerCase() === ch.toUpperCase());

/** Hits of the index read to judge, for a text with letters cased beyond ASCII, whether `contains` holds most. */
const SAMPLED_HITS = 64;

/**
 * For a text that does not fold alike (an umlaut: most German searches): whether most of the newest hits are claims
 * `contains` holds, so that a walk finds its page and its bound soon. "Pjöngjang" typed as written holds nearly all
 * its hits; "PJÖNGJANG" none.
 */
async function newestHitsHold(db: Db, holds: string, args: string[], hits: number): Promise<boolean> {
  const [row] = await db.$queryRawUnsafe<{ held: number | bigint }[]>(
    `SELECT count(*) AS held FROM "Claim" c WHERE c.rowid IN
       (SELECT rowid FROM "ClaimTextIndex" WHERE "ClaimTextIndex" MATCH ? ORDER BY rowid DESC LIMIT ${SAMPLED_HITS})
       AND ${holds}`,
    ...args,
  );
  return Number(row!.held) * 2 >= Math.min(hits, SAMPLED_HITS);
}

/** SQLite has the index, and a text of three characters or more makes at least one trigram to look up. */
const indexServes = (db: Db, q: string) => providerOf(db) === "sqlite" && [...q].length >= 3;

/** One phrase of the text's trigrams, quoted so that FTS5 reads its own syntax (AND, *, ^, quotes) as text. */
const phraseOf = (q: string) => `"${q.replaceAll('"', '""')}"`;

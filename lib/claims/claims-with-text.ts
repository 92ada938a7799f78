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
  if (providerOf(db) !== "sqlite" || [...q].length < 3) return null;
  // One phrase of the query's trigrams, quoted so that FTS5 reads its own syntax (AND, *, ^, quotes) as text.
  const phrase = `"${q.replaceAll('"', '""')}"`;
  const rows = await db.$queryRawUnsafe<{ id: string }[]>(
    `SELECT c."id" FROM "ClaimTextIndex" f JOIN "Claim" c ON c.rowid = f.rowid
     WHERE "ClaimTextIndex" MATCH ? ORDER BY f.rowid DESC LIMIT ${TEXT_HITS_MAX + 1}`,
    phrase,
  );
  return rows.length > TEXT_HITS_MAX ? null : rows.map((r) => r.id);
}

import { providerOf, type Db } from "@/lib/db/client";
import type { MatchKey } from "@/lib/matching/match-key";
import { TRANSLATED } from "@/lib/matching/fold-word";
import { closestLookupsOf, matchTermsOf, wordTermOf, type TermLookup } from "@/lib/matching/match-terms";

/** A stored claim that may state the same thing as the one asked about, with its stored key. */
export interface MatchCandidate {
  id: string;
  matchKey: string;
}

/** Per lookup: the newest claims that fit it. Enough for the five best, with room for ones the ranking turns down. */
const PER_LOOKUP = 30;
/**
 * A word held by more claims than this is too common to look anything up by. Counting stops here, so counting an
 * article's words costs at most this many index entries each (a 5,000-word article has some 1,500 stems).
 */
const COMMON_WORD = 500;
/** A claim's rarest words looked up by (any two of them, or one with a shared entity). */
const RARE_WORDS = 5;
/** Besides those, the rarest words the translation table writes in both languages (each with one of the others). */
const BOTH_LANGUAGES = 3;
const TRANSLATED_TERMS = new Set([...TRANSLATED].map(wordTermOf));
/** Lookups sent as one statement: a statement's cost to send and convert is paid once for all of them. */
const LOOKUPS_PER_STATEMENT = 60;
/** Keys read per statement (SQLite takes a bounded number of values in one). */
const KEYS_PER_STATEMENT = 500;

/**
 * For each key, the claims of other articles that may state what it states, from the database's own text search
 * index (SQLite's FTS5 ClaimMatchIndex, PostgreSQL's GIN index on the terms), never by reading every claim. Up to
 * seven lookups a key, each PER_LOOKUP claims that fit (on SQLite the newest):
 * 1. the claims that share an entity with an event (the matching rule's first condition) and everything else the
 *    lexicon found in this one: the closest;
 * 2. those that share an entity with an event at all, where the first found fewer than PER_LOOKUP (a second round);
 * 3. those sharing two of this claim's five rarest words (the rule's other way in: most words the same, in either
 *    language as foldWord writes them), so a claim the lexicon knows nothing about still finds its near-copies;
 * 4. those sharing one of its three rarest words the other language writes too (the translation table's) and one
 *    more of those eight words, so a claim finds its translation when words of its own language are its rarest;
 * 5. for a claim without an entity-and-event pair, those sharing an entity and one of those words;
 * 6. and 7. for a claim with a figure, those with a figure of its kind and one of its five rarest words, or one of the
 *    three the other language writes too.
 * The places and bodies a claim takes from its article's lead (MatchKey.inherited) stand in its entity-and-event
 * terms only: not among what the closest lookup requires, nor in the fourth lookup.
 * The cost grows with the keys and with how many claims fit a lookup up to PER_LOOKUP, not with the archive. Keys
 * that ask the same lookup share it, and lookups travel LOOKUPS_PER_STATEMENT to a statement.
 */
export async function findMatchCandidates(
  db: Db,
  keys: MatchKey[],
  excludeArticleId = "",
  memo: CandidateMemo = candidateMemo(),
): Promise<MatchCandidate[][]> {
  const engine = ENGINES[providerOf(db)];
  const terms = keys.map(matchTermsOf);
  const counts = await wordCounts(
    db,
    engine,
    terms.flatMap((t) => t.words),
  );
  // The claims sharing an entity with an event and nothing more are looked up only where the closest lookup left
  // room: on a story covered daily it fills up, and this lookup (every claim of the story) was the costliest.
  const wider = new Map<number, { closest: string; query: string }>();
  const lookupsOf = terms.map((t, k) => {
    const lookups: TermLookup[] = [];
    const closest = closestLookupsOf(t);
    if (closest) {
      lookups.push(closest.closest);
      if (closest.wider) wider.set(k, { closest: engine.query(closest.closest), query: engine.query(closest.wider) });
    }
    const known = t.words
      .filter((w) => (counts.get(w) ?? 0) > 0 && counts.get(w)! <= COMMON_WORD)
      .sort((a, b) => counts.get(a)! - counts.get(b)! || a.localeCompare(b));
    const rare = known.slice(0, RARE_WORDS);
    // Any two of them: a paraphrase shares some of a claim's rare words, rarely the same two.
    const pairs = rare.flatMap((w, i) => rare.slice(i + 1).map((v) => [w, v]));
    if (pairs.length > 0) lookups.push({ groups: pairs });
    // And the rarest words the other language writes too, each with one of the others, in a lookup of their own (its
    // words are commoner: in the one above they would take the places of the rarest pairs' claims). A German claim's
    // rarest words are often ones the translation table does not know, which no English claim holds.
    const across = known.filter((w) => TRANSLATED_TERMS.has(w) && !rare.includes(w)).slice(0, BOTH_LANGUAGES);
    const acrossPairs = across.flatMap((w, i) => [...rare, ...across.slice(i + 1)].map((v) => [w, v]));
    if (acrossPairs.length > 0) lookups.push({ groups: acrossPairs });
    // A place or body and one of those words: the matching rule's way in for a story the lexicon has no event for
    // (a claim with an event finds those through its pairs; the lookup would cost every such claim one more). Only
    // the claim's own: a place it leaves to its article's lead is every claim of the article's, and the lookup would
    // cost each of them one more, each on the long list of the story's claims.
    const entities = t.things.filter((term) => term.startsWith("e") && !t.inherited.includes(term));
    if (t.pairs.length === 0 && entities.length > 0 && rare.length > 0)
      lookups.push({ anyOf: [entities], groups: rare.map((w) => [w]) });
    // What a figure counts and one of those words, or one the other language writes too: two claims giving a figure
    // of one kind ("2.2 percent" and inflation, 3,800 jobs worldwide) are the rule's way in where the place is the
    // article's (inherited) and the words they share are not the rarest. For a claim with an event too: the claim it
    // should find may have none, and a link must not depend on which of the two articles came in last. The words the
    // other language writes too in a lookup of their own, as above: commoner, they would fill its room.
    const units = t.pairedThings.filter((term) => term.startsWith("u"));
    if (units.length > 0 && rare.length > 0) lookups.push({ anyOf: [units], groups: rare.map((w) => [w]) });
    if (units.length > 0 && across.length > 0) lookups.push({ anyOf: [units], groups: across.map((w) => [w]) });
    return lookups.map(engine.query);
  });
  const { found, stored } = memo;
  // Split to keep every connection of the wave busy: one statement runs its lookups one after another.
  const run = (queries: string[]) =>
    inWaves(chunksOf(queries, statementSize(queries.length, engine)), engine.statementsAtOnce, async (chunk) => {
      const rows = await engine.lookup(db, chunk, excludeArticleId);
      for (const q of chunk) found.set(q, []);
      for (const row of rows) found.get(chunk[Number(row.lookup)]!)!.push(row.id);
    });
  await run([...new Set(lookupsOf.flat())].filter((q) => !found.has(q)));
  for (const [k, { closest, query }] of wider)
    if (found.get(closest)!.length < PER_LOOKUP) lookupsOf[k]!.push(query);
    else wider.delete(k);
  await run([...new Set([...wider.values()].map((w) => w.query))].filter((q) => !found.has(q)));
  // The keys once per claim, however many lookups found it: the lookups of one story find the same claims.
  const ids = [...new Set(lookupsOf.flatMap((queries) => queries.flatMap((q) => found.get(q)!)))].filter(
    (id) => !stored.has(id),
  );
  // Side by side on PostgreSQL, like the lookups: a 5,000-word article's candidates are some 2,000 keys.
  await inWaves(chunksOf(ids, KEYS_PER_STATEMENT), engine.statementsAtOnce, async (chunk) => {
    const rows = await db.claim.findMany({ where: { id: { in: chunk } }, select: { id: true, matchKey: true } });
    for (const r of rows) stored.set(r.id, r.matchKey);
  });
  return lookupsOf.map((queriesOfKey) => {
    const unique = new Set(queriesOfKey.flatMap((q) => found.get(q)!));
    return [...unique].flatMap((id) => (stored.has(id) ? [{ id, matchKey: stored.get(id)! }] : []));
  });
}

/**
 * What the lookups of one call found, for the next call of the same article's claims (its claims are looked up part
 * by part): a lookup asked again, or a claim's key read again, is taken from here. Kept only as long as the caller
 * keeps it, so nothing goes stale.
 */
export interface CandidateMemo {
  /** A lookup (in the engine's query language) → the ids it found. */
  found: Map<string, string[]>;
  /** Claim id → its stored key. */
  stored: Map<string, string>;
}

export const candidateMemo = (): CandidateMemo => ({ found: new Map(), stored: new Map() });

interface Engine {
  /**
   * Statements sent side by side. PostgreSQL runs each on its own connection and core, so an article's lookups take
   * about half as long on two cores; SQLite has one connection, and side by side would only queue.
   */
  statementsAtOnce: number;
  /** A lookup in the engine's full-text query language. Terms are plain letters and digits. */
  query(lookup: TermLookup): string;
  /** The claims that fit each query (newest first, PER_LOOKUP at most each), with the query's index in `queries`. */
  lookup(db: Db, queries: string[], excludeArticleId: string): Promise<{ id: string; lookup: number | bigint }[]>;
  /** How many claims hold each term, counted up to COMMON_WORD. */
  claimsWith(db: Db, terms: string[]): Promise<Map<string, number>>;
}

function queryOf(lookup: TermLookup, or: string, and: string, quote: (term: string) => string): string {
  const anyOf = (terms: string[]) => `(${terms.map(quote).join(` ${or} `)})`;
  const parts = [
    ...(lookup.anyOf ?? []).map(anyOf),
    ...(lookup.all ?? []).map(quote),
    ...(lookup.groups ? [`(${lookup.groups.map((g) => `(${g.map(quote).join(` ${and} `)})`).join(` ${or} `)})`] : []),
  ];
  return parts.join(` ${and} `);
}

const ENGINES: Record<"sqlite" | "postgresql", Engine> = {
  sqlite: {
    statementsAtOnce: 1,
    query: (lookup) => queryOf(lookup, "OR", "AND", (t) => `"${t}"`),
    lookup: (db, queries, excludeArticleId) =>
      // The newest first: FTS5 walks its index in rowid order, so each stops after PER_LOOKUP live claims.
      db.$queryRawUnsafe(
        queries
          .map(
            (_, i) =>
              `SELECT * FROM (SELECT ${i} AS "lookup", c."id" FROM "ClaimMatchIndex" f
                 JOIN "Claim" c ON c.rowid = f.rowid JOIN "Article" a ON a."id" = c."articleId"
               WHERE "ClaimMatchIndex" MATCH ? AND c."deletedAt" IS NULL AND a."deletedAt" IS NULL
                 AND c."articleId" <> ?
               ORDER BY f.rowid DESC LIMIT ${PER_LOOKUP})`,
          )
          .join(" UNION ALL "),
        ...queries.flatMap((q) => [q, excludeArticleId]),
      ),
    claimsWith: async (db, terms) => {
      // Counted in the index, and only up to where a word is too common anyway: the cost is bounded per word.
      const rows = await db.$queryRawUnsafe<{ term: string; n: number | bigint }[]>(
        terms
          .map(
            () =>
              `SELECT ? AS "term", (SELECT count(*) FROM (SELECT rowid FROM "ClaimMatchIndex"
                 WHERE "ClaimMatchIndex" MATCH ? LIMIT ${COMMON_WORD + 1})) AS "n"`,
          )
          .join(" UNION ALL "),
        ...terms.flatMap((t) => [t, `"${t}"`]),
      );
      return new Map(rows.map((r) => [r.term, Number(r.n)]));
    },
  },
  postgresql: {
    statementsAtOnce: 3,
    query: (lookup) => queryOf(lookup, "|", "&", (t) => t),
    // In the table's order, not the newest first: a GIN index keeps no order, and sorting every claim that fits a
    // common lookup (thousands on a story the newsroom covers daily) made each lookup read them all (p50 of the
    // bench's match 340 → 1,200 ms). One order, whatever the plan: the function (migration
    // 20261205120000_claim_match_lookup) plans its query under settings that allow only bitmap scans, and runs one
    // lookup per element of the array, planned once (as one subquery per lookup, planning took about twice as long
    // as the index scans themselves). One round trip: the settings are the function's, not a transaction's.
    lookup: (db, queries, excludeArticleId) =>
      db.$queryRawUnsafe<{ id: string; lookup: number | bigint }[]>(
        `SELECT "lookup", "id" FROM claim_match_lookup($1, $2::text[], ${PER_LOOKUP})`,
        excludeArticleId,
        queries,
      ),
    claimsWith: async (db, terms) => {
      // PostgreSQL keeps no count per word: counted in the index, and only up to where a word is too common anyway.
      const rows = await db.$queryRawUnsafe<{ term: string; n: number | bigint }[]>(
        `SELECT t AS term, (SELECT count(*) FROM (SELECT 1 FROM "Claim"
           WHERE to_tsvector('simple', "matchTerms") @@ to_tsquery('simple', t) LIMIT ${COMMON_WORD + 1}) s) AS n
         FROM unnest($1::text[]) t`,
        terms,
      );
      return new Map(rows.map((r) => [r.term, Number(r.n)]));
    },
  },
};

/**
 * How many claims hold each word. Counts are kept a while per database: they change slowly, and the claims of one
 * article, and the next article on the same story, ask about the same words.
 */
async function wordCounts(db: Db, engine: Engine, words: string[]): Promise<Map<string, number>> {
  const cache = countCache(db);
  const now = Date.now();
  // This call's counts are its own: the cache may be cleared meanwhile (by this call's other parts, or another's).
  const counts = new Map<string, number>();
  const missing = [...new Set(words)].filter((w) => {
    const cached = cache.get(w);
    if (cached && cached.until > now) counts.set(w, cached.claims);
    return !counts.has(w);
  });
  // In parts: SQLite takes a bounded number of values and compound parts in one statement.
  const size = Math.min(200, Math.max(20, Math.ceil(missing.length / engine.statementsAtOnce)));
  if (cache.size + missing.length > 100_000) cache.clear();
  await inWaves(chunksOf(missing, size), engine.statementsAtOnce, async (chunk) => {
    const found = await engine.claimsWith(db, chunk);
    for (const w of chunk) {
      counts.set(w, found.get(w) ?? 0);
      cache.set(w, { claims: counts.get(w)!, until: now + 10 * 60_000 });
    }
  });
  return counts;
}

const caches = new WeakMap<Db, Map<string, { claims: number; until: number }>>();
function countCache(db: Db) {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  return cache;
}

/** Lookups per statement: up to LOOKUPS_PER_STATEMENT, fewer when that leaves connections of a wave idle. */
const statementSize = (lookups: number, engine: Engine) =>
  Math.min(LOOKUPS_PER_STATEMENT, Math.max(10, Math.ceil(lookups / engine.statementsAtOnce)));

/** Items in parts of at most `size`, in order. */
export const chunksOf = <T>(items: T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));

/** `work` for each part, `atOnce` at a time: a bounded share of the connection pool, whatever the article's size. */
async function inWaves<T>(parts: T[], atOnce: number, work: (part: T) => Promise<void>): Promise<void> {
  for (let i = 0; i < parts.length; i += atOnce) await Promise.all(parts.slice(i, i + atOnce).map(work));
}

import { providerOf, type Db } from "@/lib/db/client";
import type { MatchKey } from "@/lib/matching/match-key";
import { matchTermsOf } from "@/lib/matching/match-terms";

/** A stored claim that may state the same thing as the one asked about, with its stored key. */
export interface MatchCandidate {
  id: string;
  matchKey: string;
}

/** Per lookup: the newest claims that fit it. Enough for the five best, with room for ones the ranking turns down. */
const PER_LOOKUP = 30;
/** A word held by more claims than this is too common to look anything up by. */
const COMMON_WORD = 5_000;

/**
 * Claims of other articles that may state what `key` states, from the database's own text search index (SQLite's
 * FTS5 ClaimMatchIndex, PostgreSQL's GIN index on the terms), never by reading every claim. At most three lookups,
 * each the newest PER_LOOKUP claims that fit:
 * 1. the claims that share an entity with an event (the matching rule's first condition) and everything else the
 *    lexicon found in this one: the closest;
 * 2. if that left room, those that share an entity with an event at all;
 * 3. within one language, those sharing two of this claim's three rarest words (the rule's other way in: most
 *    words the same), so a claim the lexicon knows nothing about still finds its near-copies.
 * Each is one index lookup, so the cost grows with how many claims fit a lookup up to PER_LOOKUP, not with the
 * archive.
 */
export async function findMatchCandidates(db: Db, key: MatchKey, excludeArticleId?: string): Promise<MatchCandidate[]> {
  const terms = matchTermsOf(key);
  const lookups: Lookup[] = [];
  if (terms.pairs.length > 0) {
    const pairs: Lookup = { any: terms.pairs };
    lookups.push(terms.things.length > 0 ? { ...pairs, all: terms.things } : pairs);
    if (terms.things.length > 0) lookups.push(pairs);
  }
  const found = new Map<string, MatchCandidate>();
  const engine = ENGINES[providerOf(db)];
  for (const [i, lookup] of lookups.entries()) {
    // The broader lookup only when the closer one left room.
    if (i > 0 && found.size >= PER_LOOKUP) break;
    for (const c of await engine.lookup(db, lookup, excludeArticleId)) found.set(c.id, c);
  }
  const rare = await rarestWords(db, engine, terms.words);
  if (rare.length >= 2) {
    const quorum =
      rare.length === 2
        ? [rare]
        : [
            [rare[0]!, rare[1]!],
            [rare[0]!, rare[2]!],
            [rare[1]!, rare[2]!],
          ];
    for (const c of await engine.lookup(db, { groups: quorum }, excludeArticleId)) found.set(c.id, c);
  }
  return [...found.values()];
}

/** One index lookup: claims with any of `any`, all of `all`, or every word of one of `groups`. */
interface Lookup {
  any?: string[];
  all?: string[];
  groups?: string[][];
}

interface Engine {
  lookup(db: Db, lookup: Lookup, excludeArticleId?: string): Promise<MatchCandidate[]>;
  /** How many claims hold each term, counted up to COMMON_WORD. */
  claimsWith(db: Db, terms: string[]): Promise<Map<string, number>>;
}

/** A lookup in a full-text query language: FTS5's OR/AND or PostgreSQL's |/&. Terms are plain letters and digits. */
function queryOf(lookup: Lookup, or: string, and: string, quote: (term: string) => string): string {
  const anyOf = (terms: string[]) => `(${terms.map(quote).join(` ${or} `)})`;
  const parts = [
    ...(lookup.any ? [anyOf(lookup.any)] : []),
    ...(lookup.all ?? []).map(quote),
    ...(lookup.groups ? [`(${lookup.groups.map((g) => `(${g.map(quote).join(` ${and} `)})`).join(` ${or} `)})`] : []),
  ];
  return parts.join(` ${and} `);
}

const ENGINES: Record<"sqlite" | "postgresql", Engine> = {
  sqlite: {
    lookup: (db, lookup, excludeArticleId = "") =>
      // The newest first: FTS5 walks its index in rowid order, so this stops after PER_LOOKUP live claims.
      db.$queryRawUnsafe<MatchCandidate[]>(
        `SELECT c."id", c."matchKey" FROM "ClaimMatchIndex" f
           JOIN "Claim" c ON c.rowid = f.rowid JOIN "Article" a ON a."id" = c."articleId"
         WHERE "ClaimMatchIndex" MATCH ? AND c."deletedAt" IS NULL AND a."deletedAt" IS NULL AND c."articleId" <> ?
         ORDER BY f.rowid DESC LIMIT ${PER_LOOKUP}`,
        queryOf(lookup, "OR", "AND", (t) => `"${t}"`),
        excludeArticleId,
      ),
    claimsWith: async (db, terms) => {
      const rows = await db.$queryRawUnsafe<{ term: string; doc: number | bigint }[]>(
        `SELECT "term", "doc" FROM "ClaimMatchVocab" WHERE "term" IN (${terms.map(() => "?").join(",")})`,
        ...terms,
      );
      return new Map(rows.map((r) => [r.term, Number(r.doc)]));
    },
  },
  postgresql: {
    lookup: (db, lookup, excludeArticleId = "") =>
      db.$queryRawUnsafe<MatchCandidate[]>(
        `SELECT c."id", c."matchKey" FROM "Claim" c JOIN "Article" a ON a."id" = c."articleId"
         WHERE to_tsvector('simple', c."matchTerms") @@ to_tsquery('simple', $1)
           AND c."deletedAt" IS NULL AND a."deletedAt" IS NULL AND c."articleId" <> $2
         ORDER BY c."createdAt" DESC LIMIT ${PER_LOOKUP}`,
        queryOf(lookup, "|", "&", (t) => t),
        excludeArticleId,
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
 * A claim's three rarest words that some other claim holds too, and not too common. Counts are kept a while per
 * database: they change slowly, and a new article asks about the same words many times.
 */
async function rarestWords(db: Db, engine: Engine, words: string[]): Promise<string[]> {
  const cache = countCache(db);
  const now = Date.now();
  const missing = words.filter((w) => !((cache.get(w)?.until ?? 0) > now));
  if (missing.length > 0) {
    const counts = await engine.claimsWith(db, missing);
    if (cache.size > 100_000) cache.clear();
    for (const w of missing) cache.set(w, { claims: counts.get(w) ?? 0, until: now + 10 * 60_000 });
  }
  return words
    .map((w) => ({ w, claims: cache.get(w)!.claims }))
    .filter((x) => x.claims > 0 && x.claims <= COMMON_WORD)
    .sort((a, b) => a.claims - b.claims || a.w.localeCompare(b.w))
    .slice(0, 3)
    .map((x) => x.w);
}

const counts = new WeakMap<Db, Map<string, { claims: number; until: number }>>();
function countCache(db: Db) {
  let cache = counts.get(db);
  if (!cache) counts.set(db, (cache = new Map()));
  return cache;
}

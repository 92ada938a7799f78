-- Matching's candidate lookups (lib/claims/match-candidates.ts) as one function, so a statement of lookups is one
-- round trip. They ran in a transaction of their own to set the planner's settings for it alone (BEGIN, SET, SELECT,
-- COMMIT: four round trips, each waiting its turn on a busy server); the settings are now the function's own, in
-- force while it runs and planned under them.
--
-- The settings read the claims that fit a lookup in one order, the table's, whatever the statement's size or the
-- statistics of the day: only bitmap scans (of the GIN index on "matchTerms", in the order of the rows in the table),
-- never a sequential or index scan, and no parallel workers (each hands its rows back when it has them). With a LIMIT,
-- which claims a common lookup finds depended on the plan: a claim looked up alone, and the same claim among its
-- article's, found other candidates.
--
-- One lookup per element of `queries` (to_tsquery's 'simple' syntax), each at most `per_lookup` claims of other
-- articles than `exclude_article`, neither deleted nor of a deleted article; `lookup` is the query's index from 0.
CREATE OR REPLACE FUNCTION "claim_match_lookup"(exclude_article TEXT, queries TEXT[], per_lookup INTEGER)
RETURNS TABLE ("lookup" INTEGER, "id" TEXT)
LANGUAGE sql STABLE
SET enable_seqscan = off
SET enable_indexscan = off
SET enable_indexonlyscan = off
SET max_parallel_workers_per_gather = 0
AS $$
  SELECT (q.i - 1)::integer, m."id"
  FROM unnest(queries) WITH ORDINALITY AS q(query, i)
  CROSS JOIN LATERAL (
    SELECT c."id" FROM "Claim" c
    WHERE to_tsvector('simple', c."matchTerms") @@ to_tsquery('simple', q.query)
      AND c."deletedAt" IS NULL AND c."articleId" <> exclude_article
      AND c."articleId" NOT IN (SELECT a."id" FROM "Article" a WHERE a."deletedAt" IS NOT NULL)
    LIMIT per_lookup
  ) m
$$;

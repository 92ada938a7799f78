-- Each article keeps its coverage figures per claim status, written by the triggers below on every write of a claim
-- that changes them. The newsroom coverage page counted them from every claim of the archive on each view (on a
-- 10k-article archive of 443k claims, PostgreSQL's scan took 0.6-0.85 s of the page's 1.1-1.4 s); it now adds up
-- these rows. The claims counted are the ones on the page (not removed, not orphaned by a new version); a deleted
-- article keeps its rows, and the counts leave them out as they leave out its claims.
-- No claim is written between the count below and the triggers that keep it (they take this lock too, until the
-- migration commits): one written in between would be in neither.
LOCK TABLE "Claim" IN SHARE ROW EXCLUSIVE MODE;

-- CreateTable
CREATE TABLE "ArticleFigures" (
    "articleId" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "total" INTEGER NOT NULL DEFAULT 0,
    "hedged" INTEGER NOT NULL DEFAULT 0,
    "sourced" INTEGER NOT NULL DEFAULT 0,
    "singleSource" INTEGER NOT NULL DEFAULT 0,
    "independent" INTEGER NOT NULL DEFAULT 0,
    "unnamedOnly" INTEGER NOT NULL DEFAULT 0,
    "changedAfterVerdict" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ArticleFigures_pkey" PRIMARY KEY ("articleId","status")
);

-- AddForeignKey
ALTER TABLE "ArticleFigures" ADD CONSTRAINT "ArticleFigures_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- One claim's share of its article's figures: 1 for each figure it counts in.
CREATE FUNCTION "claim_figures_share"(c "Claim") RETURNS "ArticleFigures" LANGUAGE sql IMMUTABLE AS $$
  SELECT c."articleId", c."status", 1,
    CASE WHEN c."hedged" THEN 1 ELSE 0 END,
    CASE WHEN c."sourceCount" >= 1 THEN 1 ELSE 0 END,
    CASE WHEN c."independentSources" = 1 THEN 1 ELSE 0 END,
    CASE WHEN c."independentSources" >= 2 THEN 1 ELSE 0 END,
    CASE WHEN c."unnamedOnly" THEN 1 ELSE 0 END,
    CASE WHEN c."changedAfterVerdict" THEN 1 ELSE 0 END
$$;

-- Adds the shares of some claims (sign 1) or takes them away (sign -1). Rows are written in the order of their key,
-- so two transactions moving claims between the same two statuses of one article wait for each other rather than
-- deadlock. An article no longer there gets none: a purge's cascade removes its rows before its claims' deletion is
-- counted here.
CREATE FUNCTION "add_claim_figures"(shares "ArticleFigures"[], sign INTEGER) RETURNS void LANGUAGE sql AS $$
  INSERT INTO "ArticleFigures" AS f
  SELECT s."articleId", s."status", sign * SUM(s."total"), sign * SUM(s."hedged"), sign * SUM(s."sourced"),
    sign * SUM(s."singleSource"), sign * SUM(s."independent"), sign * SUM(s."unnamedOnly"),
    sign * SUM(s."changedAfterVerdict")
  FROM unnest(shares) s
  WHERE EXISTS (SELECT 1 FROM "Article" a WHERE a."id" = s."articleId")
  GROUP BY s."articleId", s."status"
  ORDER BY s."articleId", s."status"
  ON CONFLICT ("articleId", "status") DO UPDATE SET
    "total" = f."total" + excluded."total",
    "hedged" = f."hedged" + excluded."hedged",
    "sourced" = f."sourced" + excluded."sourced",
    "singleSource" = f."singleSource" + excluded."singleSource",
    "independent" = f."independent" + excluded."independent",
    "unnamedOnly" = f."unnamedOnly" + excluded."unnamedOnly",
    "changedAfterVerdict" = f."changedAfterVerdict" + excluded."changedAfterVerdict"
$$;

INSERT INTO "ArticleFigures"
SELECT "articleId", "status", COUNT(*),
  SUM(CASE WHEN "hedged" THEN 1 ELSE 0 END),
  SUM(CASE WHEN "sourceCount" >= 1 THEN 1 ELSE 0 END),
  SUM(CASE WHEN "independentSources" = 1 THEN 1 ELSE 0 END),
  SUM(CASE WHEN "independentSources" >= 2 THEN 1 ELSE 0 END),
  SUM(CASE WHEN "unnamedOnly" THEN 1 ELSE 0 END),
  SUM(CASE WHEN "changedAfterVerdict" THEN 1 ELSE 0 END)
FROM "Claim"
WHERE "deletedAt" IS NULL AND "anchor" <> 'orphaned'
GROUP BY "articleId", "status";

-- An ingest writes an article's claims in one statement: its shares are added once, not once per claim.
CREATE FUNCTION "claims_inserted_to_figures"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "add_claim_figures"(ARRAY(
    SELECT "claim_figures_share"(n) FROM inserted n WHERE n."deletedAt" IS NULL AND n."anchor" <> 'orphaned'
  ), 1);
  RETURN NULL;
END $$;

CREATE TRIGGER "Claim_figures_on_insert" AFTER INSERT ON "Claim"
REFERENCING NEW TABLE AS inserted
FOR EACH STATEMENT EXECUTE FUNCTION "claims_inserted_to_figures"();

-- A claim deleted for good takes its share away.
CREATE FUNCTION "claims_deleted_to_figures"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "add_claim_figures"(ARRAY(
    SELECT "claim_figures_share"(o) FROM deleted o WHERE o."deletedAt" IS NULL AND o."anchor" <> 'orphaned'
  ), -1);
  RETURN NULL;
END $$;

CREATE TRIGGER "Claim_figures_on_delete" AFTER DELETE ON "Claim"
REFERENCING OLD TABLE AS deleted
FOR EACH STATEMENT EXECUTE FUNCTION "claims_deleted_to_figures"();

-- A claim changed so that a figure moves: its old share leaves and its new one joins, in one write per row.
CREATE FUNCTION "claim_updated_to_figures"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  shares "ArticleFigures"[] := '{}';
  negated "ArticleFigures";
BEGIN
  IF OLD."deletedAt" IS NULL AND OLD."anchor" <> 'orphaned' THEN
    negated := "claim_figures_share"(OLD);
    negated."total" := -negated."total";
    negated."hedged" := -negated."hedged";
    negated."sourced" := -negated."sourced";
    negated."singleSource" := -negated."singleSource";
    negated."independent" := -negated."independent";
    negated."unnamedOnly" := -negated."unnamedOnly";
    negated."changedAfterVerdict" := -negated."changedAfterVerdict";
    shares := shares || negated;
  END IF;
  IF NEW."deletedAt" IS NULL AND NEW."anchor" <> 'orphaned' THEN
    shares := shares || "claim_figures_share"(NEW);
  END IF;
  PERFORM "add_claim_figures"(shares, 1);
  RETURN NULL;
END $$;

CREATE TRIGGER "Claim_figures_on_update" AFTER UPDATE OF "articleId", "status", "deletedAt", "anchor", "hedged",
  "sourceCount", "independentSources", "unnamedOnly", "changedAfterVerdict" ON "Claim"
FOR EACH ROW
WHEN (OLD."articleId" IS DISTINCT FROM NEW."articleId" OR OLD."status" IS DISTINCT FROM NEW."status"
  OR (OLD."deletedAt" IS NULL) IS DISTINCT FROM (NEW."deletedAt" IS NULL)
  OR (OLD."anchor" = 'orphaned') IS DISTINCT FROM (NEW."anchor" = 'orphaned')
  OR OLD."hedged" IS DISTINCT FROM NEW."hedged" OR OLD."sourceCount" IS DISTINCT FROM NEW."sourceCount"
  OR OLD."independentSources" IS DISTINCT FROM NEW."independentSources"
  OR OLD."unnamedOnly" IS DISTINCT FROM NEW."unnamedOnly"
  OR OLD."changedAfterVerdict" IS DISTINCT FROM NEW."changedAfterVerdict")
EXECUTE FUNCTION "claim_updated_to_figures"();

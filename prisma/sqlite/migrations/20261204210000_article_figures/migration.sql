-- Each article keeps its coverage figures per claim status, written by the triggers below on every write of a claim
-- that changes them. The newsroom coverage page counted them from every claim of the archive on each view (on a
-- 10k-article archive of 443k claims, PostgreSQL's scan took 0.6-0.85 s of the page's 1.1-1.4 s); it now adds up
-- these rows. The claims counted are the ones on the page (not removed, not orphaned by a new version); a deleted
-- article keeps its rows, and the counts leave them out as they leave out its claims.
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

    PRIMARY KEY ("articleId", "status"),
    CONSTRAINT "ArticleFigures_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

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

-- A claim on the page adds to its article's figures under its status, and a claim leaving it (removed, orphaned,
-- deleted, or changed in a way that moves a figure) takes away what it had added: the old row's share first, then
-- the new row's.
CREATE TRIGGER "Claim_figures_on_insert" AFTER INSERT ON "Claim"
WHEN NEW."deletedAt" IS NULL AND NEW."anchor" <> 'orphaned'
BEGIN
  INSERT INTO "ArticleFigures" VALUES (NEW."articleId", NEW."status", 1,
    CASE WHEN NEW."hedged" THEN 1 ELSE 0 END,
    CASE WHEN NEW."sourceCount" >= 1 THEN 1 ELSE 0 END,
    CASE WHEN NEW."independentSources" = 1 THEN 1 ELSE 0 END,
    CASE WHEN NEW."independentSources" >= 2 THEN 1 ELSE 0 END,
    CASE WHEN NEW."unnamedOnly" THEN 1 ELSE 0 END,
    CASE WHEN NEW."changedAfterVerdict" THEN 1 ELSE 0 END)
  ON CONFLICT ("articleId", "status") DO UPDATE SET
    "total" = "total" + 1,
    "hedged" = "hedged" + excluded."hedged",
    "sourced" = "sourced" + excluded."sourced",
    "singleSource" = "singleSource" + excluded."singleSource",
    "independent" = "independent" + excluded."independent",
    "unnamedOnly" = "unnamedOnly" + excluded."unnamedOnly",
    "changedAfterVerdict" = "changedAfterVerdict" + excluded."changedAfterVerdict";
END;

CREATE TRIGGER "Claim_figures_on_delete" AFTER DELETE ON "Claim"
WHEN OLD."deletedAt" IS NULL AND OLD."anchor" <> 'orphaned'
BEGIN
  UPDATE "ArticleFigures" SET
    "total" = "total" - 1,
    "hedged" = "hedged" - CASE WHEN OLD."hedged" THEN 1 ELSE 0 END,
    "sourced" = "sourced" - CASE WHEN OLD."sourceCount" >= 1 THEN 1 ELSE 0 END,
    "singleSource" = "singleSource" - CASE WHEN OLD."independentSources" = 1 THEN 1 ELSE 0 END,
    "independent" = "independent" - CASE WHEN OLD."independentSources" >= 2 THEN 1 ELSE 0 END,
    "unnamedOnly" = "unnamedOnly" - CASE WHEN OLD."unnamedOnly" THEN 1 ELSE 0 END,
    "changedAfterVerdict" = "changedAfterVerdict" - CASE WHEN OLD."changedAfterVerdict" THEN 1 ELSE 0 END
  WHERE "articleId" = OLD."articleId" AND "status" = OLD."status";
END;

CREATE TRIGGER "Claim_figures_on_update_leave" AFTER UPDATE OF "articleId", "status", "deletedAt", "anchor", "hedged",
  "sourceCount", "independentSources", "unnamedOnly", "changedAfterVerdict" ON "Claim"
WHEN OLD."deletedAt" IS NULL AND OLD."anchor" <> 'orphaned'
  AND (OLD."articleId" IS NOT NEW."articleId" OR OLD."status" IS NOT NEW."status"
    OR (OLD."deletedAt" IS NULL) IS NOT (NEW."deletedAt" IS NULL)
    OR (OLD."anchor" = 'orphaned') IS NOT (NEW."anchor" = 'orphaned') OR OLD."hedged" IS NOT NEW."hedged"
    OR OLD."sourceCount" IS NOT NEW."sourceCount" OR OLD."independentSources" IS NOT NEW."independentSources"
    OR OLD."unnamedOnly" IS NOT NEW."unnamedOnly" OR OLD."changedAfterVerdict" IS NOT NEW."changedAfterVerdict")
BEGIN
  UPDATE "ArticleFigures" SET
    "total" = "total" - 1,
    "hedged" = "hedged" - CASE WHEN OLD."hedged" THEN 1 ELSE 0 END,
    "sourced" = "sourced" - CASE WHEN OLD."sourceCount" >= 1 THEN 1 ELSE 0 END,
    "singleSource" = "singleSource" - CASE WHEN OLD."independentSources" = 1 THEN 1 ELSE 0 END,
    "independent" = "independent" - CASE WHEN OLD."independentSources" >= 2 THEN 1 ELSE 0 END,
    "unnamedOnly" = "unnamedOnly" - CASE WHEN OLD."unnamedOnly" THEN 1 ELSE 0 END,
    "changedAfterVerdict" = "changedAfterVerdict" - CASE WHEN OLD."changedAfterVerdict" THEN 1 ELSE 0 END
  WHERE "articleId" = OLD."articleId" AND "status" = OLD."status";
END;

CREATE TRIGGER "Claim_figures_on_update_join" AFTER UPDATE OF "articleId", "status", "deletedAt", "anchor", "hedged",
  "sourceCount", "independentSources", "unnamedOnly", "changedAfterVerdict" ON "Claim"
WHEN NEW."deletedAt" IS NULL AND NEW."anchor" <> 'orphaned'
  AND (OLD."articleId" IS NOT NEW."articleId" OR OLD."status" IS NOT NEW."status"
    OR (OLD."deletedAt" IS NULL) IS NOT (NEW."deletedAt" IS NULL)
    OR (OLD."anchor" = 'orphaned') IS NOT (NEW."anchor" = 'orphaned') OR OLD."hedged" IS NOT NEW."hedged"
    OR OLD."sourceCount" IS NOT NEW."sourceCount" OR OLD."independentSources" IS NOT NEW."independentSources"
    OR OLD."unnamedOnly" IS NOT NEW."unnamedOnly" OR OLD."changedAfterVerdict" IS NOT NEW."changedAfterVerdict")
BEGIN
  INSERT INTO "ArticleFigures" VALUES (NEW."articleId", NEW."status", 1,
    CASE WHEN NEW."hedged" THEN 1 ELSE 0 END,
    CASE WHEN NEW."sourceCount" >= 1 THEN 1 ELSE 0 END,
    CASE WHEN NEW."independentSources" = 1 THEN 1 ELSE 0 END,
    CASE WHEN NEW."independentSources" >= 2 THEN 1 ELSE 0 END,
    CASE WHEN NEW."unnamedOnly" THEN 1 ELSE 0 END,
    CASE WHEN NEW."changedAfterVerdict" THEN 1 ELSE 0 END)
  ON CONFLICT ("articleId", "status") DO UPDATE SET
    "total" = "total" + 1,
    "hedged" = "hedged" + excluded."hedged",
    "sourced" = "sourced" + excluded."sourced",
    "singleSource" = "singleSource" + excluded."singleSource",
    "independent" = "independent" + excluded."independent",
    "unnamedOnly" = "unnamedOnly" + excluded."unnamedOnly",
    "changedAfterVerdict" = "changedAfterVerdict" + excluded."changedAfterVerdict";
END;

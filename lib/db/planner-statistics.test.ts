import Database from "better-sqlite3";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createTestDb, type TestDb } from "@/test/support/test-db";
import { sqliteFilePath } from "./database-url";
import { createDb, type Db } from "./client";
import { refreshPlannerStatistics } from "./planner-statistics";

// "My queue"'s opposite, the claims nobody is assigned, newest first: with statistics the planner reads the list's own
// order and stops at 50; without them it takes the assignee index for "no assignee" (every claim) and sorts them all.
const UNASSIGNED_NEWEST = `EXPLAIN QUERY PLAN SELECT "id" FROM "Claim" WHERE "assigneeId" IS NULL
ORDER BY "createdAt" DESC, "start" LIMIT 50`;

const planOf = async (db: Db) =>
  (await db.$queryRawUnsafe<{ detail: string }[]>(UNASSIGNED_NEWEST)).map((r) => r.detail).join("; ");

/** 20,000 claims written by another process (a raw connection here), as a newsroom's archive grows under a server. */
function growArchiveElsewhere(url: string): void {
  const raw = new Database(sqliteFilePath(url));
  try {
    raw.exec(`INSERT INTO "Article" ("id","title","body","language","extractorVersion","updatedAt")
      VALUES ('a1','t','b','en','0','2026-12-04');
    WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000)
    INSERT INTO "Claim" ("id","articleId","position","start","end","quote","text","label","kind","createdAt","updatedAt")
      SELECT 'c' || i, 'a1', i, i, i + 1, 'q', 'q', 'q', 'claim', 1764806400000 + i, 1764806400000 + i FROM n;`);
  } finally {
    raw.close();
  }
}

describe.runIf(!process.env.TEST_DATABASE_URL?.startsWith("postgres"))(
  "planner statistics of a long-running SQLite process",
  () => {
    let t: TestDb | undefined;
    let other: Db | undefined;
    afterEach(async () => {
      await other?.$disconnect();
      await t?.drop();
      other = t = undefined;
    });

    it("plans with the archive as it is now once refreshed, not as it was when the process opened it", async () => {
      t = await createTestDb();
      expect(await planOf(t.db)).toContain("Claim_assigneeId_assignedAt_idx");
      growArchiveElsewhere(t.url);
      // What the process read at its start still stands: the grown archive is planned as an empty one.
      expect(await planOf(t.db)).toContain("Claim_assigneeId_assignedAt_idx");
      expect(await refreshPlannerStatistics(t.db, sqliteFilePath(t.url))).toBe(true);
      expect(await planOf(t.db)).toContain("Claim_createdAt_start_idx");
      // Current now: the next turn analyses nothing.
      expect(await refreshPlannerStatistics(t.db, sqliteFilePath(t.url))).toBe(false);
    });

    it("refreshes them by itself while the client is connected", async () => {
      t = await createTestDb();
      other = createDb(t.url, { plannerStatisticsEveryMs: 50 });
      expect(await planOf(other)).toContain("Claim_assigneeId_assignedAt_idx");
      growArchiveElsewhere(t.url);
      await vi.waitFor(async () => expect(await planOf(other!)).toContain("Claim_createdAt_start_idx"), {
        timeout: 10_000,
        interval: 50,
      });
    });
  },
);

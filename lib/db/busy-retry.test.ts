import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestArticle } from "@/lib/articles/ingest-article";
import type { Actor } from "@/lib/auth/permissions";
import { setClaimStatus } from "@/lib/claims/set-claim-status";
import { createTestDb, TEST_BUSY_TIMEOUT_MS, type TestDb } from "@/test/support/test-db";
import { OPERATOR } from "@/lib/auth/permissions";

// SQLite only: the lock of a database file held by another process (PostgreSQL locks rows, not files).
let t: TestDb;
let actor: Actor;
let claimId: string;
beforeAll(async () => {
  t = await createTestDb();
  const user = await t.db.user.create({ data: { email: "fc@x.org", name: "Fay", role: "factchecker" } });
  actor = { ...user, role: "factchecker" };
  const r = (await ingestArticle(
    t.db,
    OPERATOR,
    { title: "Gesperrt", body: "Laut AP kamen 40 Gäste nach Bonn." },
    { maxBytes: 1 << 20 },
  )) as { articleId: string };
  claimId = (await t.db.claim.findFirstOrThrow({ where: { articleId: r.articleId } })).id;
}, 60_000);
afterAll(async () => t?.drop());

/** Another process takes the write lock, for `ms` or until released. */
function lockFor(ms: number) {
  const other = new Database(t.url.slice("file:".length));
  other.exec("BEGIN IMMEDIATE");
  const release = () => {
    if (other.open) {
      other.exec("ROLLBACK");
      other.close();
    }
  };
  const timer = setTimeout(release, ms);
  return () => {
    clearTimeout(timer);
    release();
  };
}

describe.runIf(!process.env.TEST_DATABASE_URL?.startsWith("postgres"))(
  "a SQLite database locked by another process",
  () => {
    it("a change waits while the lock is held briefly, then goes through", async () => {
      const release = lockFor(800);
      const started = Date.now();
      try {
        expect(await setClaimStatus(t.db, actor, { status: "in_progress", version: 1, claimId })).toEqual({
          version: 2,
        });
      } finally {
        release();
      }
      expect(Date.now() - started).toBeGreaterThanOrEqual(700);
    });

    it("past the busy timeout the change fails and leaves nothing behind", async () => {
      const release = lockFor(60_000);
      const started = Date.now();
      try {
        await expect(setClaimStatus(t.db, actor, { status: "true", version: 2, claimId })).rejects.toMatchObject({
          code: "P1008", // "Operation has timed out": SQLITE_BUSY after the busy timeout
        });
      } finally {
        release();
      }
      expect(Date.now() - started).toBeGreaterThanOrEqual(TEST_BUSY_TIMEOUT_MS * 0.8);
      const claim = await t.db.claim.findUniqueOrThrow({ where: { id: claimId } });
      expect({ status: claim.status, version: claim.version }).toEqual({ status: "in_progress", version: 2 });
    }, 30_000);

    it("a bulk ingest waits longer for the lock, as long as it was told, and stores the article whole", async () => {
      // The driver waits synchronously, so this timer fires between attempts: the first two meet the lock.
      const release = lockFor(2 * TEST_BUSY_TIMEOUT_MS + 500);
      const body = "Laut dpa wurden 12 Brücken gesperrt. Reuters zufolge blieb der Hafen offen.";
      try {
        const result = await ingestArticle(
          t.db,
          OPERATOR,
          { title: "Geduldig", body },
          { maxBytes: 1 << 20, lockWaitMs: 30_000 },
        );
        expect(result).toMatchObject({ status: "created", claims: 2 });
        expect(await t.db.claim.count({ where: { articleId: result.articleId } })).toBe(2);
      } finally {
        release();
      }
    }, 60_000);
  },
);

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/test/support/test-db";
import { ingestArticle } from "./ingest-article";
import { OPERATOR } from "@/lib/auth/permissions";

/**
 * Issue 14: extraction runs on a worker thread with a time budget; a text over it is refused with a 4xx and stores
 * nothing. (That the server keeps answering meanwhile is measured against the production build: e2e/fuzz.spec.ts
 * and scripts/faults/hostile-ingest.ts.)
 */
let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
}, 60_000);
afterAll(async () => {
  await t.drop();
});

describe("ingesting an article that takes too long", () => {
  it("refuses a text over the time budget with a 422 and stores nothing", async () => {
    const before = await t.db.article.count();
    const error = await ingestArticle(
      t.db,
      OPERATOR,
      { title: "Zu langsam", body: "Laut AP regnete es in Bonn. ".repeat(5_000) },
      { maxBytes: 2 << 20, timeBudgetMs: 1 },
    ).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 422, reason: "timeout", field: "body" });
    expect(await t.db.article.count()).toBe(before);
    expect(await t.db.claim.count({ where: { article: { title: "Zu langsam" } } })).toBe(0);
  });
});

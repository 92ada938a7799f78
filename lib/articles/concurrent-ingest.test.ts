import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedBuiltinSources } from "@/lib/sources/seed-builtin-sources";
import { createTestDb, type TestDb } from "@/test/support/test-db";
import { ingestArticle } from "./ingest-article";
import { OPERATOR } from "@/lib/auth/permissions";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
  await seedBuiltinSources(t.db);
}, 60_000);
afterAll(async () => t?.drop());

describe("ingests at the same time", () => {
  // Found by the corpus bench on PostgreSQL: two ingests creating the same new source at once failed with a
  // unique-constraint error (a 500 in the app) instead of both storing their article.
  it("store every article when they meet the same new source and alias", async () => {
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        ingestArticle(
          t.db,
          OPERATOR,
          {
            title: `Gleichzeitig ${i}`,
            body: `Das sagte Kim Min-jae am Montag: Es kamen ${100 + i} Gäste nach Busan.`,
          },
          { maxBytes: 1 << 20 },
        ),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(Array(8).fill("created"));
    expect(await t.db.source.count({ where: { name: "Kim Min-jae" } })).toBe(1);
    expect(await t.db.citation.count({ where: { source: { name: "Kim Min-jae" } } })).toBe(8);
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/test/support/test-db";
import { createUser } from "@/test/support/factories";
import { ingestArticle } from "./ingest-article";
import { ARTICLES_PAGE_SIZE, listArticles } from "./list-articles";
import { OPERATOR } from "@/lib/auth/permissions";

let t: TestDb;
const ARTICLES = ARTICLES_PAGE_SIZE + 12;

beforeAll(async () => {
  t = await createTestDb();
  for (let i = 0; i < ARTICLES; i++) {
    await ingestArticle(
      t.db,
      OPERATOR,
      {
        title: i % 10 === 0 ? `Drohnen über Seoul ${i}` : `Haushalt ${i}`,
        body: `Laut dpa wurden ${i + 10} Brücken gesperrt.`,
        outlet: i === 7 ? "Tagesspiegel" : "Der Spiegel",
      },
      { maxBytes: 1 << 20 },
    );
  }
}, 120_000);
afterAll(async () => t?.drop());

describe(`listArticles (${process.env.TEST_DATABASE_URL?.startsWith("postgres") ? "PostgreSQL" : "SQLite"})`, () => {
  it("pages through the whole archive, newest first, each article once", async () => {
    const first = await listArticles(t.db, await createUser(t.db, { role: "viewer" }));
    const second = await listArticles(t.db, await createUser(t.db, { role: "viewer" }), { skip: ARTICLES_PAGE_SIZE });
    expect(first.total).toBe(ARTICLES);
    expect(first.articles).toHaveLength(ARTICLES_PAGE_SIZE);
    expect(second.articles).toHaveLength(ARTICLES - ARTICLES_PAGE_SIZE);
    const ids = [...first.articles, ...second.articles].map((a) => a.id);
    expect(new Set(ids).size).toBe(ARTICLES);
    expect(first.articles[0]!.title).toBe(`Haushalt ${ARTICLES - 1}`);
    expect(first.articles[0]).toMatchObject({ claims: 1, sourcedClaims: 1, unsourcedClaims: 0 });
  });

  it("finds words in titles and outlets whatever their case", async () => {
    const drones = await listArticles(t.db, await createUser(t.db, { role: "viewer" }), { q: "DROHNEN" });
    expect(drones.total).toBe(Math.ceil(ARTICLES / 10));
    expect(drones.articles.every((a) => a.title.startsWith("Drohnen"))).toBe(true);
    expect(
      (await listArticles(t.db, await createUser(t.db, { role: "viewer" }), { q: "tagesspiegel" })).articles.map(
        (a) => a.title,
      ),
    ).toEqual(["Haushalt 7"]);
    expect(await listArticles(t.db, await createUser(t.db, { role: "viewer" }), { q: "Pjöngjang" })).toEqual({
      articles: [],
      total: 0,
    });
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createArticle, createUser } from "@/test/support/factories";
import { createTestDb, type TestDb } from "@/test/support/test-db";
import { getArticle } from "./get-article";
import { getReviewArticle } from "./get-review-article";
import { listArticleClaims } from "./list-article-claims";

let t: TestDb;
let articleId: string;
const SENTENCES = 12;
beforeAll(async () => {
  t = await createTestDb();
  const body = Array.from({ length: SENTENCES }, (_, i) =>
    i % 3 === 0
      ? `Im Ort ${i + 1} wurden ${i + 5} Häuser zerstört.`
      : `Laut AP kamen im Ort ${i + 1} ${i + 2} Menschen um.`,
  ).join(" ");
  ({ articleId } = await createArticle(t.db, { body }));
});
afterAll(async () => t?.drop());

describe("the review page reads its cards in two parts", () => {
  it("highlights every claim but carries the full cards of the first ones only", async () => {
    const all = (await getArticle(t.db, articleId))!.claims;
    expect(all).toHaveLength(SENTENCES);
    const review = (await getReviewArticle(t.db, await createUser(t.db, { role: "viewer" }), articleId, 5))!;
    expect(review.highlights.map((h) => h.id)).toEqual(all.map((c) => c.id));
    expect(review.highlights.map((h) => h.sourced)).toEqual(all.map((c) => c.citations.length > 0));
    expect(review.article.claims).toEqual(all.slice(0, 5));
  });

  it("reads the rest from the start of the first card not shown, with everything a card shows", async () => {
    const all = (await getArticle(t.db, articleId))!.claims;
    const { claims } = await listArticleClaims(t.db, await createUser(t.db, { role: "viewer" }), articleId, {
      fromStart: String(all[5]!.start),
    });
    expect(claims).toEqual(all.slice(5));
  });

  it("refuses an offset that is not a whole number, and an unknown article", async () => {
    for (const fromStart of ["-1", "1.5", "abc"]) {
      await expect(
        listArticleClaims(t.db, await createUser(t.db, { role: "viewer" }), articleId, { fromStart }),
      ).rejects.toMatchObject({
        code: "invalid_input",
        field: "fromStart",
      });
    }
    await expect(listArticleClaims(t.db, await createUser(t.db, { role: "viewer" }), "nope", {})).rejects.toMatchObject(
      { code: "not_found" },
    );
    expect(await getReviewArticle(t.db, await createUser(t.db, { role: "viewer" }), "nope", 5)).toBeNull();
  });
});

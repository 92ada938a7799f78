import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createArticle, createUser } from "@/test/support/factories";
import { createTestDb, type TestDb } from "@/test/support/test-db";
import { deleteArticle } from "./delete-article";
import { readReviewPage } from "./read-review-page";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => t?.drop());

describe("readReviewPage: what the review page renders, for one reader", () => {
  it("gives a viewer the article and its activity, but no tools, registry names or reviewers", async () => {
    const { articleId, title } = await createArticle(t.db);
    const viewer = await createUser(t.db, { role: "viewer" });
    const page = (await readReviewPage(t.db, viewer, { articleId, cards: 5 }))!;
    expect(page.article.title).toBe(title);
    expect(page.highlights).toHaveLength(1);
    expect(page.marker).toEqual(expect.any(String));
    expect(page.allowed).toEqual({
      review: false,
      edit: false,
      link: false,
      assign: false,
      delete: false,
      newVersion: false,
    });
    expect(page.sourceNames).toEqual([]);
    expect(page.assignees).toBeUndefined();
  });

  it("gives an editor every tool, the registry's names to link and the reviewers to assign to", async () => {
    const { articleId } = await createArticle(t.db);
    const editor = await createUser(t.db, { role: "editor", name: "Edda Redakteur" });
    const page = (await readReviewPage(t.db, editor, { articleId, cards: 5 }))!;
    expect(page.allowed).toEqual({
      review: true,
      edit: true,
      link: true,
      assign: true,
      delete: true,
      newVersion: true,
    });
    expect(page.sourceNames).toContain("Associated Press");
    expect(page.assignees?.map((a) => a.name)).toContain("Edda Redakteur");
  });

  it("is null for a deleted article, as for one that never was", async () => {
    const { articleId } = await createArticle(t.db);
    const editor = await createUser(t.db, { role: "editor" });
    await deleteArticle(t.db, editor, { articleId, reason: "doppelt" });
    expect(await readReviewPage(t.db, editor, { articleId, cards: 5 })).toBeNull();
    expect(await readReviewPage(t.db, editor, { articleId: "nope", cards: 5 })).toBeNull();
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createArticle, createUser } from "@/test/support/factories";
import { createTestDb, type TestDb } from "@/test/support/test-db";
import { readNewsroomCoveragePage } from "./read-newsroom-coverage-page";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
  await createArticle(t.db, { outlet: "Morgenblatt" });
  await createArticle(t.db, { outlet: "Abendpost" });
});
afterAll(async () => t?.drop());

describe("readNewsroomCoveragePage: what the newsroom coverage page renders, for one reader", () => {
  it("gives the figures of the filtered articles, the outlets to filter by, and the report only to those who may export", async () => {
    const editor = await createUser(t.db, { role: "editor" });
    const checker = await createUser(t.db, { role: "factchecker" });
    const page = await readNewsroomCoveragePage(t.db, editor, { outlet: "Morgenblatt" });
    expect(page.coverage.articleCount).toBe(1);
    expect(page.outlets).toEqual(["Abendpost", "Morgenblatt"]);
    expect(page.flagged).toEqual([]);
    expect(page.allowed.export).toBe(true);
    expect((await readNewsroomCoveragePage(t.db, checker, {})).allowed.export).toBe(false);
  });

  it("says in words why a filter cannot be read, and shows the whole newsroom", async () => {
    const viewer = await createUser(t.db, { role: "viewer" });
    const page = await readNewsroomCoveragePage(t.db, viewer, { from: "gestern" });
    expect(page.filterError).toEqual(expect.any(String));
    expect(page.coverage.articleCount).toBe(2);
  });
});

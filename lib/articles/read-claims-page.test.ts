import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createArticle, createUser } from "@/test/support/factories";
import { createTestDb, type TestDb } from "@/test/support/test-db";
import { readClaimsPage } from "./read-claims-page";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
  await createArticle(t.db, { outlet: "Morgenblatt" });
  await createArticle(t.db, { outlet: "Abendpost" });
});
afterAll(async () => t?.drop());

describe("readClaimsPage: what the claims page renders, for one reader", () => {
  it("gives a viewer the claims, the filter choices and no tools", async () => {
    const viewer = await createUser(t.db, { role: "viewer" });
    const page = await readClaimsPage(t.db, viewer, {});
    expect(page.found?.total).toBe(2);
    expect(page.outlets).toEqual(["Abendpost", "Morgenblatt"]);
    expect(page.sources.map((s) => s.name)).toContain("Associated Press");
    expect(page.allowed).toEqual({ review: false, assign: false, export: false });
    expect(page.assignees).toBeUndefined();
    expect(page.filterError).toBeNull();
  });

  it("gives an editor the reviewers to assign to and the report", async () => {
    const editor = await createUser(t.db, { role: "editor", name: "Edda Redakteur" });
    const page = await readClaimsPage(t.db, editor, { outlet: "Abendpost" });
    expect(page.found?.total).toBe(1);
    expect(page.allowed).toEqual({ review: true, assign: true, export: true });
    expect(page.assignees?.map((a) => a.name)).toContain("Edda Redakteur");
  });

  it("says in words why a filter cannot be read, and shows every claim rather than none", async () => {
    const viewer = await createUser(t.db, { role: "viewer" });
    const page = await readClaimsPage(t.db, viewer, { status: "bogus" });
    expect(page.filterError).toBe(
      "Choose a status: unverified, in_progress, true, mostly_true, misleading, false, unproven, not_checkable.",
    );
    expect(page.filter.status).toBeUndefined();
    expect(page.found?.total).toBe(2);
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createArticle, createUser } from "@/test/support/factories";
import { createTestDb, type TestDb } from "@/test/support/test-db";
import { dismissClaimMatch } from "@/lib/claims/dismiss-claim-match";
import { restoreClaimMatch } from "@/lib/claims/restore-claim-match";
import { readNewsroomCoveragePage } from "./read-newsroom-coverage-page";

/** The articles a test added for itself, gone again: the next test counts the newsroom's two. */
const deleteArticles = (...ids: string[]) => t.db.article.deleteMany({ where: { id: { in: ids } } });

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

  it("counts the matches desks unlinked as not the same claim, by reason, and forgets an undone one", async () => {
    const body = (outlet: string) =>
      `${outlet}: Chile hat 120 Tonnen Impfstoff nach Peru geliefert, sagte das Ministerium.`;
    const first = await createArticle(t.db, { outlet: "Kurier", body: body("Laut Kurier") });
    const second = await createArticle(t.db, { outlet: "Bote", body: body("Laut Bote") });
    const [a, b] = await Promise.all(
      [first, second].map(async ({ articleId }) => (await t.db.claim.findFirstOrThrow({ where: { articleId } })).id),
    );
    const checker = await createUser(t.db, { role: "factchecker" });
    expect((await readNewsroomCoveragePage(t.db, checker, {})).unlinked.total).toBe(0);
    await dismissClaimMatch(t.db, checker, { claimId: a!, otherId: b!, reason: "different_event" });
    expect((await readNewsroomCoveragePage(t.db, checker, {})).unlinked).toEqual({
      total: 1,
      byReason: { different_fact: 0, different_event: 1, other: 0 },
    });
    await restoreClaimMatch(t.db, checker, { claimId: b!, otherId: a! });
    expect((await readNewsroomCoveragePage(t.db, checker, {})).unlinked.total).toBe(0);
    await deleteArticles(first.articleId, second.articleId);
  });

  it("says in words why a filter cannot be read, and shows the whole newsroom", async () => {
    const viewer = await createUser(t.db, { role: "viewer" });
    const page = await readNewsroomCoveragePage(t.db, viewer, { from: "gestern" });
    expect(page.filterError).toEqual(expect.any(String));
    expect(page.coverage.articleCount).toBe(2);
  });
});

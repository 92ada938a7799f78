import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createArticle, createUser } from "@/test/support/factories";
import { createTestDb, type TestDb } from "@/test/support/test-db";
import { dismissClaimMatch } from "@/lib/claims/dismiss-claim-match";
import { restoreClaimMatch } from "@/lib/claims/restore-claim-match";
import { setClaimStatus } from "@/lib/claims/set-claim-status";
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

  it("lists the figures that disagree and counts the unlinkings with a claim the filter chooses, its own claim first", async () => {
    // Sentences of our own: one ferry accident told by two outlets with counts of the injured that cannot both be
    // true, and a third outlet's claim about the same island that is another fact.
    const bodies = {
      Inselbote: "Beim Fährunglück vor Kreta wurden nach Angaben der griechischen Küstenwache 40 Menschen verletzt.",
      "Harbour Times": "25 people were injured when a ferry ran aground off Crete, the Greek coast guard said.",
      Tagblatt:
        "Kreta meldet nach Angaben des griechischen Tourismusamtes einen Rekord von 2,1 Millionen Urlaubsgästen.",
    };
    const ids: Record<string, string> = {};
    const claims: Record<string, string> = {};
    for (const [outlet, body] of Object.entries(bodies)) {
      ids[outlet] = (await createArticle(t.db, { outlet, body })).articleId;
      claims[outlet] = (await t.db.claim.findFirstOrThrow({ where: { articleId: ids[outlet] } })).id;
    }
    const dated = { Inselbote: "2026-03-02T09:00:00Z", "Harbour Times": "2026-03-05T09:00:00Z" };
    for (const [outlet, at] of Object.entries(dated))
      await t.db.article.update({ where: { id: ids[outlet] }, data: { publishedAt: new Date(at) } });
    const editor = await createUser(t.db, { role: "editor" });
    const read = (query: Record<string, string>) => readNewsroomCoveragePage(t.db, editor, query);
    const listed = async (query: Record<string, string>) =>
      (await read(query)).disagreements.map((p) => p.claims.map((c) => c.article.outlet).join(" ↔ "));

    expect(await listed({})).toEqual([
      expect.stringMatching(/^(Inselbote ↔ Harbour Times|Harbour Times ↔ Inselbote)$/),
    ]);
    expect((await read({})).scoped).toBe(false);
    expect(await listed({ outlet: "Inselbote" })).toEqual(["Inselbote ↔ Harbour Times"]);
    expect(await listed({ outlet: "Harbour Times" })).toEqual(["Harbour Times ↔ Inselbote"]);
    expect(await listed({ outlet: "Tagblatt" })).toEqual([]);
    expect((await read({ outlet: "Tagblatt" })).scoped).toBe(true);
    expect(await listed({ from: "2026-03-01", to: "2026-03-03" })).toEqual(["Inselbote ↔ Harbour Times"]);
    expect(await listed({ to: "2026-02-28" })).toEqual([]);
    expect(await listed({ status: "false" })).toEqual([]);
    const checker = await createUser(t.db, { role: "factchecker" });
    await setClaimStatus(t.db, checker, { claimId: claims["Harbour Times"]!, status: "false", version: 1 });
    expect(await listed({ status: "false" })).toEqual(["Harbour Times ↔ Inselbote"]);

    await dismissClaimMatch(t.db, checker, {
      claimId: claims.Inselbote!,
      otherId: claims["Harbour Times"]!,
      reason: "different_fact",
    });
    const unlinked = async (query: Record<string, string>) => (await read(query)).unlinked.total;
    expect(await unlinked({})).toBe(1);
    expect(await unlinked({ outlet: "Inselbote" })).toBe(1);
    expect(await unlinked({ outlet: "Harbour Times" })).toBe(1);
    expect(await unlinked({ outlet: "Tagblatt" })).toBe(0);
    expect(await unlinked({ from: "2026-03-04" })).toBe(1);
    expect(await unlinked({ status: "unverified", outlet: "Harbour Times" })).toBe(0);
    await deleteArticles(...Object.values(ids));
    expect(await unlinked({})).toBe(0);
  });

  it("says in words why a filter cannot be read, and shows the whole newsroom", async () => {
    const viewer = await createUser(t.db, { role: "viewer" });
    const page = await readNewsroomCoveragePage(t.db, viewer, { from: "gestern" });
    expect(page.filterError).toEqual(expect.any(String));
    expect(page.coverage.articleCount).toBe(2);
  });
});

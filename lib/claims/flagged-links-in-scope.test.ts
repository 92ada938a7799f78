import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deleteArticle } from "@/lib/articles/delete-article";
import { restoreArticle } from "@/lib/articles/restore-article";
import { createArticle, createUser } from "@/test/support/factories";
import { createTestDb, type TestDb } from "@/test/support/test-db";
import { flaggedLinksInScope } from "./flagged-links-in-scope";

// Two stories of our own, each told by two outlets with figures that cannot both be true: the ferry first, the
// troops after it (so the troops' links are the newer).
const STORIES = {
  Inselbote: "Beim Fährunglück vor Kreta wurden nach Angaben der griechischen Küstenwache 40 Menschen verletzt.",
  "Harbour Times": "25 people were injured when a ferry ran aground off Crete, the Greek coast guard said.",
  Morgenpost: "Nordkorea hat nach Angaben des Geheimdienstes NIS mehr als 1.000 Soldaten nach Russland entsandt.",
  "Daily Wire": "More than 10,000 North Korean soldiers have been sent to Russia, the US State Department said.",
};
const READ_CLAIM_BY_CLAIM = { fewArticles: 200, step: 2_000, limit: 20_000 };
const WALKED = { fewArticles: 0, step: 1, limit: 20 };

let t: TestDb;
const articleOf: Record<string, string> = {};
beforeAll(async () => {
  t = await createTestDb();
  for (const [outlet, body] of Object.entries(STORIES))
    articleOf[outlet] = (await createArticle(t.db, { outlet, body })).articleId;
});
afterAll(() => t?.drop());

const outletsOf = async (links: { claimId: string; otherId: string }[]) => {
  const claims = await t.db.claim.findMany({ select: { id: true, article: { select: { outlet: true } } } });
  const outlet = new Map(claims.map((c) => [c.id, c.article.outlet]));
  return links.map((l) => `${outlet.get(l.claimId)} → ${outlet.get(l.otherId)}`);
};

describe("flaggedLinksInScope: the figures that disagree with a claim of a filter", () => {
  it("finds the same links read claim by claim and by walking the flagged links, the filter's claim first", async () => {
    for (const walk of [READ_CLAIM_BY_CLAIM, WALKED]) {
      const ofOutlet = await flaggedLinksInScope(t.db, { outlet: "Harbour Times" }, 10, walk);
      expect(await outletsOf(ofOutlet.links)).toEqual(["Harbour Times → Inselbote"]);
      expect(ofOutlet.walkedAll).toBe(true);
      // A status alone is always walked: every claim is still unverified.
      const unverified = await flaggedLinksInScope(t.db, { status: "unverified" }, 10, walk);
      expect((await outletsOf(unverified.links)).slice(0, 2).sort()).toEqual([
        "Daily Wire → Morgenpost",
        "Morgenpost → Daily Wire",
      ]);
      expect(unverified.links).toHaveLength(4);
      // No claim is rated false: nothing to walk, and nothing left unread.
      expect(await flaggedLinksInScope(t.db, { status: "false" }, 10, walk)).toEqual({ links: [], walkedAll: true });
    }
  });

  it("says when a walk stopped at its bound before finding the filter's links, and leaves out a deleted article's", async () => {
    // The ferry's links are older than the troops': a walk of two links sees only the troops.
    const bounded = { fewArticles: 0, step: 1, limit: 2 };
    expect(await flaggedLinksInScope(t.db, { outlet: "Inselbote" }, 10, bounded)).toEqual({
      links: [],
      walkedAll: false,
    });
    const admin = await createUser(t.db, { role: "admin" });
    await deleteArticle(t.db, admin, { articleId: articleOf.Morgenpost!, reason: "Test" });
    for (const walk of [READ_CLAIM_BY_CLAIM, WALKED]) {
      expect((await flaggedLinksInScope(t.db, { outlet: "Daily Wire" }, 10, walk)).links).toEqual([]);
      const unverified = await flaggedLinksInScope(t.db, { status: "unverified" }, 10, walk);
      expect((await outletsOf(unverified.links)).sort()).toEqual([
        "Harbour Times → Inselbote",
        "Inselbote → Harbour Times",
      ]);
    }
    await restoreArticle(t.db, admin, { articleId: articleOf.Morgenpost! });
    expect((await flaggedLinksInScope(t.db, { outlet: "Daily Wire" }, 10, WALKED)).links).toHaveLength(1);
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deleteArticle } from "@/lib/articles/delete-article";
import { OPERATOR, type Actor } from "@/lib/auth/permissions";
import { createArticle, createUser } from "@/test/support/factories";
import { createTestDb, type TestDb } from "@/test/support/test-db";
import { dismissClaimMatch } from "./dismiss-claim-match";
import { groupClaimsByMatch } from "./group-claims-by-match";
import { restoreClaimMatch } from "./restore-claim-match";
import { searchClaims } from "./search-claims";

// One fact as three outlets tell it (one with a figure that disagrees), and a claim on another matter.
const STORIES = {
  Kurier: "Laut dem Innenministerium hat Polen 5.000 zusätzliche Soldaten an die Grenze zu Belarus entsandt.",
  Herald: "Poland has sent 5,000 additional troops to its border with Belarus, the interior ministry said.",
  Courier: "Poland sent 17,000 troops to the Belarus border, a government spokesman said.",
  Blatt: "Der Stadtrat von Graz hat am Montag den Haushalt für das kommende Jahr beschlossen.",
};

let t: TestDb;
let reader: Actor;

beforeAll(async () => {
  t = await createTestDb();
  reader = await createUser(t.db, { role: "viewer" });
  for (const [outlet, body] of Object.entries(STORIES)) await createArticle(t.db, { title: outlet, body, outlet });
});
afterAll(() => t?.drop());

const labelsOf = (rows: { article: { title: string } }[]) => rows.map((r) => r.article.title).sort();

describe("the claims list grouped by what the claims state", () => {
  it("puts the claims of one fact together and leaves another matter alone", async () => {
    const page = await searchClaims(t.db, reader, {});
    const groups = await groupClaimsByMatch(t.db, reader, page.claims);
    const troops = groups.find((g) => g.claims.some((c) => c.article.title === "Herald"))!;
    expect(labelsOf(troops.claims)).toEqual(["Courier", "Herald", "Kurier"]);
    expect(troops.figuresDisagree).toBe(true);
    expect(troops.elsewhereTotal).toBe(0);
    const council = groups.find((g) => g.claims.some((c) => c.article.title === "Blatt"))!;
    expect(council.claims).toHaveLength(1);
    expect(council.elsewhere).toEqual([]);
    // Every claim of the page is in exactly one group.
    expect(groups.flatMap((g) => g.claims.map((c) => c.id)).sort()).toEqual(page.claims.map((c) => c.id).sort());
  });

  it("lists the matching claims the page does not show, with their article, status and the figures flag", async () => {
    const page = await searchClaims(t.db, reader, { outlet: "Herald" });
    const [group] = await groupClaimsByMatch(t.db, reader, page.claims);
    expect(group!.claims.map((c) => c.article.title)).toEqual(["Herald"]);
    expect(group!.elsewhere.map((e) => e.article.outlet).sort()).toEqual(["Courier", "Kurier"]);
    expect(group!.elsewhere.find((e) => e.article.outlet === "Courier")!.figuresDisagree).toBe(true);
    expect(group!.elsewhere.find((e) => e.article.outlet === "Kurier")).toMatchObject({
      figuresDisagree: false,
      status: "unverified",
    });
  });

  it("keeps two claims a desk unlinked in two groups, even with a third claim linked to both", async () => {
    const claimOf = async (outlet: string) =>
      (await t.db.claim.findFirstOrThrow({ where: { article: { outlet } } })).id;
    const [kurier, herald] = [await claimOf("Kurier"), await claimOf("Herald")];
    const checker = await createUser(t.db, { role: "factchecker" });
    await dismissClaimMatch(t.db, checker, { claimId: kurier, otherId: herald, reason: "different_fact" });
    const page = await searchClaims(t.db, reader, {});
    const groups = await groupClaimsByMatch(t.db, reader, page.claims);
    const together = (a: string, b: string) =>
      groups.some((g) => [a, b].every((id) => g.claims.some((c) => c.id === id)));
    expect(together(kurier, herald)).toBe(false);
    // Shown alone, neither lists the other among the claims elsewhere.
    const [alone] = await groupClaimsByMatch(
      t.db,
      reader,
      (await searchClaims(t.db, reader, { outlet: "Herald" })).claims,
    );
    expect(alone!.elsewhere.map((e) => e.article.outlet)).toEqual(["Courier"]);
    await restoreClaimMatch(t.db, checker, { claimId: kurier, otherId: herald });
  });

  it("counts the other articles a group's claim is in, not their claims: an article may state it twice", async () => {
    const twice = await createArticle(t.db, {
      title: "Wochenblatt",
      outlet: "Wochenblatt",
      body:
        "Laut dem Innenministerium hat Polen 5.000 zusätzliche Soldaten an die Grenze zu Belarus entsandt.\n\n" +
        "Das Innenministerium bestätigte am Abend, Polen habe 5.000 Soldaten an die Grenze zu Belarus geschickt.",
    });
    const page = await searchClaims(t.db, reader, { outlet: "Herald" });
    const [group] = await groupClaimsByMatch(t.db, reader, page.claims);
    expect(group!.elsewhere.filter((e) => e.article.outlet === "Wochenblatt")).toHaveLength(2);
    expect(group!.elsewhereTotal).toBe(4);
    expect(group!.elsewhereArticles).toBe(3);
    await deleteArticle(t.db, OPERATOR, { articleId: twice.articleId, reason: "The test that added it is over." });
  });

  it("leaves out the claims of a deleted article", async () => {
    const courier = await t.db.article.findFirstOrThrow({ where: { outlet: "Courier" } });
    await deleteArticle(t.db, OPERATOR, { articleId: courier.id, reason: "Withdrawn by the outlet." });
    const page = await searchClaims(t.db, reader, { outlet: "Herald" });
    const [group] = await groupClaimsByMatch(t.db, reader, page.claims);
    expect(group!.elsewhere.map((e) => e.article.outlet)).toEqual(["Kurier"]);
    expect(group!.figuresDisagree).toBe(false);
  });
});

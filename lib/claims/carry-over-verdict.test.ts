import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { createArticle, createUser } from "@/test/support/factories";
import { createTestDb, type TestDb } from "@/test/support/test-db";
import { carryOverVerdict } from "./carry-over-verdict";
import { listClaimHistory } from "./list-claim-history";
import { listClaimMatches } from "./list-claim-matches";
import { setClaimStatus } from "./set-claim-status";

const CHECKED = "North Korea has sent more than 1,000 troops to Russia, South Korea's spy agency said on Friday.";
const NEW = "Nordkorea hat nach Angaben des Geheimdienstes NIS mehr als 1.000 Soldaten nach Russland entsandt.";
const OTHER = "Nordkorea hat nach Angaben der FAO eine schlechte Reisernte eingefahren.";

let t: TestDb;
let checker: Actor;
let checked: string;
let fresh: string;
let unrelated: string;
const firstClaim = async (articleId: string) =>
  (await t.db.claim.findFirstOrThrow({ where: { articleId }, orderBy: { position: "asc" } })).id;
const row = (id: string) => t.db.claim.findUniqueOrThrow({ where: { id } });

beforeAll(async () => {
  t = await createTestDb();
  checker = await createUser(t.db, { role: "factchecker" });
  checked = await firstClaim((await createArticle(t.db, { title: "Yonhap", body: CHECKED })).articleId);
  await setClaimStatus(t.db, checker, { claimId: checked, status: "false", reason: "The NIS said 1,500.", version: 1 });
  fresh = await firstClaim((await createArticle(t.db, { title: "dpa", body: NEW })).articleId);
  unrelated = await firstClaim((await createArticle(t.db, { title: "FAO", body: OTHER })).articleId);
});
afterAll(() => t?.drop());

describe("carrying a verdict over from a matching claim", () => {
  it("refuses a claim that is not a match, a match without a verdict, a stale version and a viewer, writing nothing", async () => {
    const before = JSON.stringify([await row(fresh), await t.db.claimEvent.count()]);
    await expect(
      carryOverVerdict(t.db, checker, { claimId: fresh, fromClaimId: unrelated, version: 1 }),
    ).rejects.toMatchObject({ status: 400, field: "fromClaimId" });
    await expect(
      carryOverVerdict(t.db, checker, { claimId: checked, fromClaimId: fresh, version: 2 }),
    ).rejects.toMatchObject({ status: 400, reason: "no_verdict" });
    await expect(
      carryOverVerdict(t.db, checker, { claimId: fresh, fromClaimId: checked, version: 7 }),
    ).rejects.toMatchObject({ status: 409 });
    const viewer = await createUser(t.db, { role: "viewer" });
    await expect(
      carryOverVerdict(t.db, viewer, { claimId: fresh, fromClaimId: checked, version: 1 }),
    ).rejects.toMatchObject({ status: 403 });
    expect(JSON.stringify([await row(fresh), await t.db.claimEvent.count()])).toBe(before);
  });

  it("takes the status and reason, and the history names the claim it came from", async () => {
    expect(await carryOverVerdict(t.db, checker, { claimId: fresh, fromClaimId: checked, version: 1 })).toEqual({
      version: 2,
    });
    expect(await row(fresh)).toMatchObject({ status: "false", statusReason: "The NIS said 1,500." });
    const [entry] = (await listClaimHistory(t.db, checker, fresh)).history;
    expect(entry).toMatchObject({
      type: "verdict_carried_over",
      from: "unverified",
      to: "false",
      related: { claimId: checked, articleTitle: "Yonhap" },
    });
    // Someone still on the version before is told what happened, not just "changed it".
    const stale = await setClaimStatus(t.db, checker, { claimId: fresh, status: "true", version: 1 }).catch((e) => e);
    expect(String(stale.message)).toContain("carried over the verdict false from a match");
  });

  it("is named where the claim is listed as a match: its reason came with the verdict", async () => {
    const { matches } = await listClaimMatches(t.db, checker, { claimId: checked });
    // Carried over from the very claim listed here: its article is this one, which the card says rather than its title.
    const { articleId } = await t.db.claim.findUniqueOrThrow({ where: { id: checked } });
    expect(matches.find((m) => m.claimId === fresh)).toMatchObject({
      statusReason: "The NIS said 1,500.",
      reasonFrom: { articleId, title: "Yonhap", inStory: false },
    });
    // Its own verdict again: the reason is its own.
    await setClaimStatus(t.db, checker, { claimId: fresh, status: "false", reason: "NIS, 1,500.", version: 2 });
    const again = (await listClaimMatches(t.db, checker, { claimId: checked })).matches.find(
      (m) => m.claimId === fresh,
    );
    expect(again?.reasonFrom).toBeNull();
  });
});

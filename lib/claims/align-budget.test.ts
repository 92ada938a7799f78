import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createArticle } from "@/test/support/factories";
import { LANDSLIDE_DPA, LANDSLIDE_REUTERS } from "@/test/support/story-reports";
import { createTestDb, type TestDb } from "@/test/support/test-db";
import { linkClaims } from "./link-claims";

// The English report reprinted with a paragraph of its own by another outlet: it shares more claims with Reuters'
// than the German report does, so it comes first when Reuters' report is aligned again.
const REPRINT = `${LANDSLIDE_REUTERS}\n\nTrains between Oslo and Bergen are being replaced by buses, the operator said.`;

let t: TestDb;
const ids: Record<string, string> = {};
const claimCount = (name: string) => t.db.claim.count({ where: { articleId: ids[name]! } });
const inStoryBetween = async (a: string, b: string) =>
  (
    await t.db.claimLink.findMany({
      where: { inStory: true, claim: { articleId: ids[a]! }, other: { articleId: ids[b]! } },
      select: { claimId: true, otherId: true, createdAt: true },
      orderBy: [{ claimId: "asc" }, { otherId: "asc" }],
    })
  )
    // When each was made: a link made again (its report aligned, not left out) is a new row.
    .map((l) => `${l.claimId} ${l.otherId} ${l.createdAt.toISOString()}`);

beforeAll(async () => {
  t = await createTestDb();
  for (const [name, body] of Object.entries({ REUTERS: LANDSLIDE_REUTERS, REPRINT, DPA: LANDSLIDE_DPA })) {
    ids[name] = (await createArticle(t.db, { title: name, body, outlet: name })).articleId;
    await linkClaims(t.db, ids[name]!);
  }
});
afterAll(() => t?.drop());

describe("the budget of claim pairs a story's alignment compares", () => {
  it("leaves a report out when the pairs run out, and keeps the links an earlier alignment made with it", async () => {
    const before = await inStoryBetween("REUTERS", "DPA");
    expect(before.length).toBeGreaterThan(0);
    // Room for the reprint's pairs (the most linked report) and not for the German report's too.
    const [reuters, reprint] = [await claimCount("REUTERS"), await claimCount("REPRINT")];
    await linkClaims(t.db, ids.REUTERS!, undefined, { maxAlignedPairs: reuters * reprint });
    expect(await inStoryBetween("REUTERS", "DPA")).toEqual(before);
    // Both ways: the German report's side of each pair is kept too.
    expect((await inStoryBetween("DPA", "REUTERS")).length).toBe(before.length);
    // With no room at all, nothing is compared and nothing is lost either.
    await linkClaims(t.db, ids.REUTERS!, undefined, { maxAlignedPairs: 0 });
    expect(await inStoryBetween("REUTERS", "DPA")).toEqual(before);
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createArticle } from "@/test/support/factories";
import { LANDSLIDE_DPA, LANDSLIDE_REUTERS } from "@/test/support/story-reports";
import { createTestDb, type TestDb } from "@/test/support/test-db";
import { linkClaims } from "./link-claims";
import { scheduleArticleMatching } from "./match-queue";

// A short English report of the landslide that tells only what the rules cannot link with the German one (the crew
// from Voss in other words, and the time the line stays closed): with one claim in common at most, the two are no story
// by themselves. The full English report tells the story with each.
const SHORT = [
  "Workers from Voss are clearing mud and rocks off the tracks with excavators.",
  "About 60 workers have been on site since morning, the operator said.",
].join("\n\n");

let t: TestDb;
const ids: Record<string, string> = {};
const claimWith = async (name: string, words: string) =>
  (await t.db.claim.findFirstOrThrow({ where: { articleId: ids[name]!, quote: { contains: words } } })).id;
const linkBetween = (claimId: string, otherId: string) =>
  t.db.claimLink.findUnique({ where: { claimId_otherId: { claimId, otherId } } });
const reportsLinked = async (a: string, b: string) =>
  t.db.claimLink.count({ where: { claim: { articleId: ids[a]! }, other: { articleId: ids[b]! } } });

beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t?.drop());

describe("reports of one story through a third", () => {
  it("aligns two reports the rules link too little once a third report tells the story with both", async () => {
    // In the order a desk might ingest them, each matched as the ingest matches it.
    for (const [name, body] of Object.entries({ DPA: LANDSLIDE_DPA, SHORT })) {
      ids[name] = (await createArticle(t.db, { title: name, body, outlet: name })).articleId;
      await scheduleArticleMatching(t.db, ids[name]!);
    }
    const [bautrupp, workers] = [
      await claimWith("DPA", "Bautrupp aus Voss"),
      await claimWith("SHORT", "Workers from Voss"),
    ];
    // Not one story by themselves: the crew is not linked.
    expect(await reportsLinked("DPA", "SHORT")).toBeLessThan(2);
    expect(await linkBetween(bautrupp, workers)).toBeNull();

    ids.REUTERS = (
      await createArticle(t.db, { title: "REUTERS", body: LANDSLIDE_REUTERS, outlet: "REUTERS" })
    ).articleId;
    await scheduleArticleMatching(t.db, ids.REUTERS);
    expect(await reportsLinked("REUTERS", "DPA")).toBeGreaterThanOrEqual(2);
    expect(await reportsLinked("REUTERS", "SHORT")).toBeGreaterThanOrEqual(2);
    // Through the full report, the German crew and the short report's are each other's closest, both ways.
    expect(await linkBetween(bautrupp, workers)).toMatchObject({ inStory: true });
    expect(await linkBetween(workers, bautrupp)).toMatchObject({ inStory: true });
    // Matched again (claims rematch), the German report finds the short one through the full one itself.
    await linkClaims(t.db, ids.DPA!);
    expect(await linkBetween(bautrupp, workers)).toMatchObject({ inStory: true });
  });
});

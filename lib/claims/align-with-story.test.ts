import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { createArticle, createUser } from "@/test/support/factories";
import { LANDSLIDE_DPA as DPA, LANDSLIDE_REUTERS as REUTERS } from "@/test/support/story-reports";
import { createTestDb, type TestDb } from "@/test/support/test-db";
import { getArticle } from "@/lib/articles/get-article";
import { carryOverVerdict } from "./carry-over-verdict";
import { editClaim } from "./edit-claim";
import { listClaimHistory } from "./list-claim-history";
import { linkClaims } from "./link-claims";
import { listClaimMatches } from "./list-claim-matches";
import { listFigureDisagreements } from "./list-figure-disagreements";
import { matchArticle } from "./match-article";
import { setClaimStatus } from "./set-claim-status";

// A report of another story from the same place that shares one claim with the German one (240 people brought to
// safety, which it states twice). "Verletzt wurde niemand" alone, in both, is no longer one claim: the words of every
// sentence ("niemand") are no claim's words, and a country and an event with nothing beyond are two stories' claims.
const FERRY = [
  "Eine Fähre ist am Freitag in einem Fjord bei Bergen in Norwegen auf Grund gelaufen. Nach Angaben der Reederei " +
    "wurden 240 Fahrgäste in Sicherheit gebracht. 240 Fahrgäste wurden in Sicherheit gebracht, sagte ein Sprecher.",
  "Ein Bautrupp aus Voss soll den ausgelaufenen Diesel beseitigen.",
].join("\n\n");

let t: TestDb;
let reader: Actor;
const ids: Record<string, string> = {};
const claimWith = async (article: string, words: string) =>
  (await t.db.claim.findFirstOrThrow({ where: { articleId: ids[article]!, quote: { contains: words } } })).id;
const matchesOf = async (article: string, words: string) =>
  (await listClaimMatches(t.db, reader, { claimId: await claimWith(article, words) })).matches;

beforeAll(async () => {
  t = await createTestDb();
  reader = await createUser(t.db, { role: "viewer" });
  for (const [name, body] of Object.entries({ DPA, REUTERS, FERRY })) {
    ids[name] = (await createArticle(t.db, { title: name, body, outlet: name })).articleId;
    await linkClaims(t.db, ids[name]!);
  }
});
afterAll(() => t?.drop());

describe("two reports of one story, aligned claim by claim", () => {
  it("links a claim with its closest counterpart in the other report, marked as such", async () => {
    const matches = await matchesOf("DPA", "Bautrupp aus Voss");
    const reuters = matches.find((m) => m.article.outlet === "REUTERS");
    expect(reuters?.text).toMatch(/^Workers from Voss/);
    expect(reuters?.inStory).toBe(true);
    // Stored both ways: the English report's claim finds the German one.
    const back = await matchesOf("REUTERS", "Workers from Voss");
    expect(back.find((m) => m.article.outlet === "DPA")?.inStory).toBe(true);
  });

  it("keeps the rules' links as they were", async () => {
    const matches = await matchesOf("DPA", "Erdrutsch");
    expect(matches.map((m) => [m.article.outlet, m.inStory])).toEqual([["REUTERS", false]]);
  });

  it("does not align a report of another story, however alike a claim of it is", async () => {
    const ferry = await t.db.claim.findMany({ where: { articleId: ids.FERRY! }, select: { id: true } });
    const links = await t.db.claimLink.findMany({ where: { claimId: { in: ferry.map((c) => c.id) } } });
    // One claim in common with the German report (240 brought to safety), however often it is stated, is not one story;
    // its crew from Voss would otherwise be aligned with the railway's.
    expect(links.filter((l) => !l.inStory).length).toBeGreaterThan(0);
    expect(links.filter((l) => l.inStory)).toEqual([]);
    expect((await matchesOf("FERRY", "Diesel beseitigen")).map((m) => m.article.outlet)).not.toContain("DPA");
  });

  it("flags figures that disagree on an aligned pair, on the card and in the editor's list", async () => {
    const [crew] = (await matchesOf("DPA", "Rund 30 Arbeiter")).filter((m) => m.article.outlet === "REUTERS");
    expect(crew).toMatchObject({ inStory: true, figuresDisagree: true, text: expect.stringMatching(/^About 60/) });
    const listed = await listFigureDisagreements(t.db, reader, { articleId: ids.DPA! });
    expect(listed.map((d) => d.figures)).toContainEqual(expect.stringMatching(/30.*60/));
  });

  it("records a verdict carried over an aligned link as taken from the closest claim, not from the same claim", async () => {
    const checker = await createUser(t.db, { role: "factchecker" });
    const checked = await claimWith("REUTERS", "About 60 workers");
    await setClaimStatus(t.db, checker, {
      claimId: checked,
      status: "misleading",
      reason: "The operator: 45.",
      version: 1,
    });
    const claimId = await claimWith("DPA", "Rund 30 Arbeiter");
    await carryOverVerdict(t.db, checker, { claimId, fromClaimId: checked, version: 1 });
    const [entry] = (await listClaimHistory(t.db, checker, claimId)).history;
    expect(entry).toMatchObject({
      type: "verdict_carried_over_in_story",
      to: "misleading",
      related: { claimId: checked },
    });
    // The card says where its reason came from, and how.
    const card = (await getArticle(t.db, ids.DPA!))!.claims.find((c) => c.id === claimId);
    expect(card?.verdictFrom).toMatchObject({ claimId: checked, title: "REUTERS", inStory: true });
    // And the match list, read from the other side.
    const [dpa] = (await matchesOf("REUTERS", "About 60 workers")).filter((m) => m.article.outlet === "DPA");
    expect(dpa).toMatchObject({ status: "misleading", reasonFrom: { title: "REUTERS", inStory: true } });
  });

  it("aligns an edited claim again, and a report matched again keeps its side of the pair", async () => {
    const editor = await createUser(t.db, { role: "editor" });
    const claimId = await claimWith("DPA", "Bautrupp aus Voss");
    await editClaim(t.db, editor, {
      claimId,
      version: 1,
      text: "Ein Bautrupp aus Voss räumt mit Baggern das Geröll von den Gleisen.",
    });
    expect((await matchesOf("DPA", "Bautrupp aus Voss")).find((m) => m.article.outlet === "REUTERS")?.inStory).toBe(
      true,
    );
    await linkClaims(t.db, ids.REUTERS!);
    expect((await matchesOf("DPA", "Bautrupp aus Voss")).find((m) => m.article.outlet === "REUTERS")?.inStory).toBe(
      true,
    );
  });

  it("does not leave a claim aligned with one claim of a report and linked by the rules with another", async () => {
    // Another claim of the German report edited into the English crew claim's words: its closest is that one now.
    const editor = await createUser(t.db, { role: "editor" });
    await editClaim(t.db, editor, {
      claimId: await claimWith("DPA", "1909"),
      version: 1,
      text: "Arbeiter aus Voss räumen mit Baggern Schlamm und Felsen von den Gleisen.",
    });
    const workers = await matchesOf("REUTERS", "Workers from Voss");
    expect(workers.filter((m) => m.article.outlet === "DPA")).toHaveLength(1);
  });

  it("aligns an article matched without storing it the same way (claims match FILE)", async () => {
    const { claims } = await matchArticle(t.db, reader, { body: DPA, language: "de" });
    const voss = claims.find((c) => c.text.includes("Bautrupp aus Voss"))!;
    const reuters = voss.matches.find((m) => m.article.outlet === "REUTERS");
    expect(reuters).toMatchObject({ inStory: true, text: expect.stringMatching(/^Workers from Voss/) });
  });

  it("does not align a report of the story published more than a few days apart", async () => {
    // The English report again, as an outlet published it ten days after the German one.
    const body = `${REUTERS}\n\nThe line reopened on Friday, the operator said.`;
    const { articleId } = await createArticle(t.db, { title: "LATER", body, outlet: "LATER" });
    // Dates are compared where both reports have one (without, when each was stored).
    const published = new Date("2026-03-05T21:30:00Z");
    await t.db.article.update({ where: { id: ids.DPA! }, data: { publishedAt: published } });
    await t.db.article.update({
      where: { id: articleId },
      data: { publishedAt: new Date(published.getTime() + 10 * 24 * 60 * 60 * 1000) },
    });
    await linkClaims(t.db, articleId);
    const later = await t.db.claim.findMany({ where: { articleId }, select: { id: true } });
    const links = await t.db.claimLink.findMany({ where: { claimId: { in: later.map((c) => c.id) } } });
    // The rules link its claims with the German report's, as with any other; nothing is aligned.
    expect(links.some((l) => !l.inStory)).toBe(true);
    expect(links.filter((l) => l.inStory)).toEqual([]);
  });
});

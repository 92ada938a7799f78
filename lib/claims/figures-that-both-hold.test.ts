import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OPERATOR } from "@/lib/auth/permissions";
import { createArticle } from "@/test/support/factories";
import { createTestDb, type TestDb } from "@/test/support/test-db";
import { listClaimMatches } from "./list-claim-matches";

// Two outlets' reports of one month's inflation, stored as the app stores them: the figure of the month disagrees,
// last month's figure and the economists' forecast do not, though each differs from this month's.
const DPA = [
  "Die Inflation in Österreich ist im Oktober auf 3,9 Prozent gestiegen. Das teilte die Statistik Austria am Freitag in Wien mit.",
  "Im September hatte die Teuerungsrate bei 3,4 Prozent gelegen.",
  "Ökonomen hatten mit einem Anstieg auf 3,7 Prozent gerechnet.",
].join("\n\n");
const REUTERS = [
  "Austria's inflation rate rose to 4.5 percent in October, Statistics Austria said on Friday.",
  "Economists polled by Reuters had expected inflation to rise to 3.7 percent.",
  "In September, inflation had stood at 3.4 percent.",
].join("\n\n");

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
  await createArticle(t.db, { title: "Inflation", body: DPA, outlet: "dpa" });
  await createArticle(t.db, { title: "Austria inflation", body: REUTERS, outlet: "Reuters" });
}, 60_000);
afterAll(() => t?.drop());

/** The matches of the claim holding `words`, by the words of the other claim. */
async function matchesOf(words: string) {
  const claim = await t.db.claim.findFirstOrThrow({ where: { quote: { contains: words } }, select: { id: true } });
  const { matches } = await listClaimMatches(t.db, OPERATOR, { claimId: claim.id });
  return matches.map((m) => ({ text: m.text, figuresDisagree: m.figuresDisagree }));
}

describe("figures that disagree, in two whole articles", () => {
  it("flags this month's figure, and not last month's or the forecast against it", async () => {
    const october = await matchesOf("im Oktober auf 3,9 Prozent");
    expect(october).toContainEqual({ text: expect.stringContaining("rose to 4.5 percent"), figuresDisagree: true });
    // The economists' forecast is seen beside October's rate, and is no contradiction of it.
    expect(october).toContainEqual({ text: expect.stringContaining("had expected"), figuresDisagree: false });
    expect(october.filter((m) => /September/.test(m.text)).every((m) => !m.figuresDisagree)).toBe(true);
    expect((await matchesOf("Ökonomen hatten")).filter((m) => m.figuresDisagree)).toEqual([]);
    // September's rate against October's in the other article: never a contradiction, whether linked or not.
    const september = await matchesOf("Im September");
    expect(september.filter((m) => m.figuresDisagree)).toEqual([]);
  });
});

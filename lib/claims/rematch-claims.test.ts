import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OPERATOR } from "@/lib/auth/permissions";
import { parseKey } from "@/lib/matching/match-terms";
import { createArticle } from "@/test/support/factories";
import { createTestDb, type TestDb } from "@/test/support/test-db";
import { rematchClaims } from "./rematch-claims";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
}, 60_000);
afterAll(() => t?.drop());

const BODY = [
  "Bei Waldbränden im Norden Portugals sind nach Angaben des Zivilschutzes drei Feuerwehrleute ums Leben gekommen. Mehr als 1.200 Einsatzkräfte kämpften am Montag gegen die Flammen.",
  "Rund 2.000 Menschen mussten ihre Häuser verlassen, teilten die Behörden mit.",
  "Auch im benachbarten Spanien brannten 4.000 Hektar Wald.",
].join("\n\n");

describe("claims rematch", () => {
  it("keys each claim as its ingest did, with what its article's lead names", async () => {
    const { articleId } = await createArticle(t.db, { body: BODY });
    const keys = () =>
      t.db.claim.findMany({ where: { articleId }, orderBy: { id: "asc" }, select: { text: true, matchKey: true } });
    const ingested = await keys();
    const evacuated = ingested.find((c) => c.text.startsWith("Rund 2.000"))!;
    // The claim names no place: its key holds the lead's.
    expect(parseKey(evacuated.matchKey)!.entities).toEqual(["portugal"]);
    expect(parseKey(ingested.find((c) => c.text.startsWith("Auch"))!.matchKey)!.entities).toEqual(["spain"]);
    await t.db.claim.updateMany({ where: { articleId }, data: { matchKey: "", matchTerms: "" } });
    await rematchClaims(t.db, OPERATOR);
    expect(await keys()).toEqual(ingested);
  });
});

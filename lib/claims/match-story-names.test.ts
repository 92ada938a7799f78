import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { createArticle, createUser } from "@/test/support/factories";
import { FERRY_ENGLISH, FERRY_GERMAN, PLANT_FIRE } from "@/test/support/ferry-story";
import { createTestDb, type TestDb } from "@/test/support/test-db";
import { listClaimMatches } from "./list-claim-matches";

// One story in two languages whose company, town and captain the lexicon does not know, beside another story of the
// same kind: stored as the ingest form stores them, matched through the database's own text search (a name and an
// event are one of its index terms).
let t: TestDb;
let reader: Actor;
const article: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestDb();
  reader = await createUser(t.db, { role: "viewer" });
  for (const [name, body] of Object.entries({ FERRY_GERMAN, FERRY_ENGLISH, PLANT_FIRE }))
    article[name] = (await createArticle(t.db, { title: name, body, outlet: name })).articleId;
});
afterAll(() => t?.drop());

const matchesOf = async (name: string, startsWith: string) => {
  const claim = await t.db.claim.findFirstOrThrow({ where: { articleId: article[name]!, quote: { startsWith } } });
  const { matches } = await listClaimMatches(t.db, reader, { claimId: claim.id });
  return matches.map((m) => ({ outlet: m.article.outlet, text: m.text, reasons: m.reasons }));
};

describe("claims of one story whose names the lexicon does not know", () => {
  it("are linked across the languages by the names both give, with the names among the reasons", async () => {
    const matches = await matchesOf("FERRY_GERMAN", "Der Kapitän");
    expect(matches).toEqual([
      expect.objectContaining({ outlet: "FERRY_ENGLISH", text: "Captain Ole Brandt was arrested" }),
    ]);
    expect(matches[0]!.reasons).toMatch(/Brandt/);
  });

  it("are not linked with the same event of another story that names other names", async () => {
    expect(await matchesOf("PLANT_FIRE", "The plant's manager was arrested")).toEqual([]);
    expect(await matchesOf("PLANT_FIRE", "Two people were killed")).toEqual([]);
  });
});

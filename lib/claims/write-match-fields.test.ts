import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createArticle } from "@/test/support/factories";
import { createTestDb, type TestDb } from "@/test/support/test-db";
import { writeMatchFields } from "./write-match-fields";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
}, 60_000);
afterAll(() => t?.drop());

const BODY = "Laut dpa wurden in Kassel 300 Häuser beschädigt. Die Feuerwehr rettete 14 Menschen aus dem Wasser.";

/** Claims whose key holds this word, as the candidate lookup finds them (SQLite's FTS5 index, PostgreSQL's GIN). */
async function keyedWith(word: string): Promise<string[]> {
  const rows =
    t.provider === "sqlite"
      ? await t.db.$queryRawUnsafe<{ id: string }[]>(
          `SELECT c."id" FROM "ClaimMatchIndex" JOIN "Claim" c ON c.rowid = "ClaimMatchIndex".rowid
           WHERE "ClaimMatchIndex" MATCH ?`,
          word,
        )
      : await t.db.$queryRawUnsafe<{ id: string }[]>(
          `SELECT "id" FROM "Claim" WHERE to_tsvector('simple', "matchTerms") @@ to_tsquery('simple', $1)`,
          word,
        );
  return rows.map((r) => r.id);
}

describe("writeMatchFields", () => {
  it("stores each claim's key and terms, where the claim still has the words and figures it was keyed from", async () => {
    const { articleId } = await createArticle(t.db, { body: BODY });
    const [kept, edited] = await t.db.claim.findMany({ where: { articleId }, orderBy: { id: "asc" } });
    const key = (word: string) => ({ matchKey: `{"v":0,"word":"${word}"}`, matchTerms: `${word} kassel` });
    await t.db.$transaction((tx) =>
      writeMatchFields(tx, t.provider, [
        { id: kept!.id, text: kept!.text, quantities: kept!.quantities, fields: key("zuerstgelesen") },
        // Edited since it was keyed: the edit stored its own key, which stays.
        { id: edited!.id, text: "Andere Worte.", quantities: edited!.quantities, fields: key("veraltet") },
      ]),
    );
    const after = await t.db.claim.findMany({ where: { articleId }, orderBy: { id: "asc" } });
    expect(after.map((c) => c.matchKey)).toEqual([key("zuerstgelesen").matchKey, edited!.matchKey]);
    expect(await keyedWith("zuerstgelesen")).toEqual([kept!.id]);
    expect(await keyedWith("veraltet")).toEqual([]);
  });

  it("leaves a claim whose figures changed since it was keyed", async () => {
    const { articleId } = await createArticle(t.db, { body: BODY.replace("Kassel", "Melsungen") });
    const claim = await t.db.claim.findFirstOrThrow({ where: { articleId, text: { contains: "300" } } });
    expect(claim.quantities).not.toBe("[]");
    await t.db.$transaction((tx) =>
      writeMatchFields(tx, t.provider, [
        { id: claim.id, text: claim.text, quantities: "[]", fields: { matchKey: '{"v":0}', matchTerms: "alt" } },
      ]),
    );
    expect((await t.db.claim.findUniqueOrThrow({ where: { id: claim.id } })).matchKey).toBe(claim.matchKey);
  });
});

import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { providerOf } from "@/lib/db/client";
import { searchClaims } from "@/lib/claims/search-claims";
import { createArticle, createUser } from "@/test/support/factories";
import { runClaimsHere } from "@/test/support/run-claims-here";
import { createTestDb, type TestDb } from "@/test/support/test-db";

let t: TestDb;
let first: string;
let second: string;

const claims = (args: string[]) => runClaimsHere(args, { env: { DATABASE_URL: t.url } });
const sqlite = () => providerOf(t.db) === "sqlite";

beforeEach(async () => {
  t = await createTestDb();
  ({ articleId: first } = await createArticle(t.db, {
    body: "Laut dpa wurden in Kassel 300 Häuser beschädigt.\n\nReuters zufolge sperrte die Bahn zwei Strecken.",
  }));
  ({ articleId: second } = await createArticle(t.db, { body: "Laut AP kamen 4000 Gäste nach Bonn." }));
}, 60_000);
afterEach(async () => t?.drop());

/** What the kept counts should be, from the claims: the coverage figures' totals per article and status. */
const keptTotals = async () =>
  (await t.db.articleFigures.findMany({ where: { total: { not: 0 } }, orderBy: [{ articleId: "asc" }] })).map(
    (f) => `${f.articleId} ${f.status} ${f.total} ${f.sourced}`,
  );

/** Writes around the triggers, as a bug or a hand-made fix might: each kept count now says something untrue. */
async function breakTheKeptCounts() {
  await t.db.articleFigures.updateMany({ where: { articleId: first }, data: { total: { increment: 3 } } });
  await t.db.articleFigures.deleteMany({ where: { articleId: second } });
  const citation = await t.db.citation.findFirstOrThrow({ where: { claim: { articleId: second } } });
  await t.db.citation.update({ where: { id: citation.id }, data: { claimStatus: "false" } });
  if (sqlite()) {
    // The text search index loses one claim's entry: searching for its words finds nothing.
    await t.db.$executeRawUnsafe(
      `INSERT INTO "ClaimTextIndex"("ClaimTextIndex", rowid, "text", "label")
       SELECT 'delete', rowid, "text", "label" FROM "Claim" WHERE "articleId" = ?`,
      second,
    );
  }
}

describe("claims check", () => {
  it("says that everything the triggers keep matches the claims, with exit code 0", async () => {
    const run = await claims(["check"]);
    expect(run).toMatchObject({ code: 0, stderr: "" });
    expect(run.stdout).toContain("Coverage figures of 2 articles: all match their claims.");
    expect(run.stdout).toContain("Sources' copies of their claims' status (3 citations): all match.");
    if (sqlite()) expect(run.stdout).toContain("Text search index: holds what the claims hold.");
    expect(run.stdout).not.toContain("--repair");
  });

  it("names what differs, changes nothing, and exits 1; --repair rewrites it from the claims", async () => {
    const before = await keptTotals();
    await breakTheKeptCounts();
    const broken = await keptTotals();

    const check = await claims(["check"]);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain("2 articles differ from their claims");
    expect(check.stdout).toContain(first);
    expect(check.stdout).toContain(second);
    expect(check.stdout).toContain("(3 citations): 1 differs.");
    if (sqlite()) expect(check.stdout).toContain("Text search index: differs from the claims.");
    expect(check.stdout).toContain("Run claims check --repair");
    expect(await keptTotals()).toEqual(broken);

    const repair = await claims(["check", "--repair"]);
    expect(repair.code).toBe(0);
    expect(repair.stdout).toContain("2 articles differ from their claims (rewritten from the claims)");
    expect(repair.stdout).toContain("Checked again after the repair: all match.");
    expect(await keptTotals()).toEqual(before);
    expect(await t.db.citation.count({ where: { claimStatus: "false" } })).toBe(0);

    const again = await claims(["check", "--format", "json"]);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({
      figures: { articles: 2, differing: 0 },
      citations: { checked: 3, differing: 0 },
      repaired: false,
    });
    // The claim the index had lost is found by its words again.
    const viewer = await createUser(t.db, { role: "viewer" });
    const found = await searchClaims(t.db, viewer, { q: "4000 Gäste" });
    expect(found.claims.map((c) => c.article.id)).toEqual([second]);
  });

  it("refuses an argument it does not take in one sentence, with exit code 2", async () => {
    expect(await claims(["check", "now"])).toMatchObject({
      code: 2,
      stderr: 'claims: claims check takes no argument (got "now").\n',
    });
    expect(await claims(["check", "--format", "xml"])).toMatchObject({
      code: 2,
      stderr: 'claims: The format must be "text" or "json".\n',
    });
  });
});

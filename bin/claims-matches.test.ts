import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testTempDir } from "@/test/support/temp-dir";
import { MATCH_KEY_VERSION } from "@/lib/matching/match-terms";
import { dismissClaimMatch } from "@/lib/claims/dismiss-claim-match";
import { restoreClaimMatch } from "@/lib/claims/restore-claim-match";
import { createArticle, createUser } from "@/test/support/factories";
import { runClaimsHere } from "@/test/support/run-claims-here";
import { createTestDb, type TestDb } from "@/test/support/test-db";

let t: TestDb;
const claims = (args: string[]) => runClaimsHere(args, { env: { DATABASE_URL: t.url } });
const DPA = "Nordkorea hat nach Angaben des Geheimdienstes NIS mehr als 1.000 Soldaten nach Russland entsandt.";
const HERALD = "More than 10,000 North Korean soldiers have been sent to Russia, the US State Department said.";
let dpaClaim: string;

beforeAll(async () => {
  t = await createTestDb();
  const { articleId } = await createArticle(t.db, { title: "dpa", body: DPA, outlet: "dpa" });
  await createArticle(t.db, { title: "Herald", body: HERALD, outlet: "Korea Herald" });
  dpaClaim = (await t.db.claim.findFirstOrThrow({ where: { articleId } })).id;
}, 60_000);
afterAll(() => t?.drop());
const tempDir = testTempDir("claims-match-");

describe("claims matches, match and rematch", () => {
  it("lists where a claim was seen, readable and as JSON, with figures that disagree", async () => {
    const text = await claims(["matches", dpaClaim]);
    expect(text).toMatchObject({ code: 0, stderr: "" });
    // No date of its own: the day it was stored.
    expect(text.stdout).toMatch(
      /^Seen in 1 other article:\n- \S+ {2}Herald \(Korea Herald, added \d{4}-\d\d-\d\d\) {2}status: unverified/,
    );
    expect(text.stdout).toContain("FIGURES DISAGREE");
    expect(text.stdout).toContain("figures: > 1,000 troops vs > 10,000 troops");
    const json = JSON.parse((await claims(["matches", dpaClaim, "--format", "json"])).stdout);
    expect(json).toMatchObject({ claimId: dpaClaim, articles: 1, matches: [{ figuresDisagree: true }] });
    // A German desk reads the reasons and figures in German.
    const german = await claims(["matches", dpaClaim, "--language", "de"]);
    expect(german.stdout).toContain("Zahlen: > 1.000 Soldaten gegen > 10.000 Soldaten");
    expect(german.stdout).toContain("gleich: Nordkorea, Russland");
  });

  it("says which matches a desk unlinked, and why", async () => {
    const other = await t.db.claimLink.findFirstOrThrow({ where: { claimId: dpaClaim } });
    const checker = await createUser(t.db, { role: "factchecker" });
    await dismissClaimMatch(t.db, checker, {
      claimId: dpaClaim,
      otherId: other.otherId,
      reason: "different_event",
      note: "The Herald counts another deployment.",
    });
    const text = await claims(["matches", dpaClaim]);
    expect(text.stdout).toMatch(
      /^Not seen in any other article\.\nUnlinked as not the same claim \(1\):\n {2}“More than 10,000 North Korean soldiers[^”]*” \(Herald\): different event, The Herald counts another deployment\.\n$/,
    );
    await restoreClaimMatch(t.db, checker, { claimId: dpaClaim, otherId: other.otherId });
    expect((await claims(["matches", dpaClaim])).stdout).toMatch(/^Seen in 1 other article:/);
  });

  it("refuses what it cannot do in one sentence", async () => {
    expect(await claims(["matches"])).toMatchObject({
      code: 2,
      stderr: "claims: Name one claim: claims matches CLAIM_ID.\n",
    });
    expect(await claims(["matches", "nope"])).toMatchObject({
      code: 2,
      stderr: "claims: There is no such claim (it may have been removed or merged).\n",
    });
    expect(await claims(["matches", dpaClaim, "--limit", "0"])).toMatchObject({
      code: 2,
      stderr: "claims: Ask for at least one match.\n",
    });
    expect(await claims(["matches", dpaClaim, "--language", "fr"])).toMatchObject({
      code: 2,
      stderr: 'claims: The language is "en" or "de".\n',
    });
    expect(await claims(["match", "/nowhere.txt"])).toMatchObject({ code: 2 });
  });

  it("matches an article file against the archive without storing it", async () => {
    const file = join(tempDir(), "ukrinform.txt");
    writeFileSync(file, "About 1,000 North Korean troops were sent to Russia in October, the NIS said.\n");
    const before = await t.db.article.count();
    const run = await claims(["match", file]);
    expect(run).toMatchObject({ code: 0, stderr: "" });
    expect(run.stdout).toMatch(/^1 of 1 claims seen before\./);
    expect(run.stdout).toContain("dpa");
    expect(await t.db.article.count()).toBe(before);
  });

  it("keys claims stored before matching, and again only those whose key is old", async () => {
    // As a database from before matching: no keys, no links, no article matched.
    await t.db.claimLink.deleteMany();
    await t.db.claim.updateMany({ data: { matchKey: "", matchTerms: "" } });
    await t.db.article.updateMany({ data: { matchedAt: null } });
    expect((await claims(["matches", dpaClaim])).stdout).toBe("Not seen in any other article.\n");
    const run = await claims(["rematch"]);
    expect(run).toMatchObject({
      code: 0,
      stdout: "2 of 2 claims keyed anew; 2 articles matched against the archive.\n",
    });
    expect(run.stderr).toContain("keyed 2 of 2 claims\n");
    expect(run.stderr).toContain("matched 2 of 2 articles\n");
    expect(await t.db.claimLink.count()).toBe(2);
    expect((await claims(["matches", dpaClaim])).stdout).toMatch(/^Seen in 1 other article/);
    expect(await t.db.claim.count({ where: { matchKey: { startsWith: `{"v":${MATCH_KEY_VERSION},` } } })).toBe(2);
    expect((await claims(["rematch"])).stdout).toBe(
      "0 of 2 claims keyed anew; 0 articles matched against the archive.\n",
    );
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deleteArticle } from "@/lib/articles/delete-article";
import { OPERATOR, type Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { createArticle, createUser } from "@/test/support/factories";
import { createTestDb, type TestDb } from "@/test/support/test-db";
import { editClaim } from "./edit-claim";
import { listClaimMatches } from "./list-claim-matches";
import { listFigureDisagreements } from "./list-figure-disagreements";
import { searchClaims } from "./search-claims";
import { linkClaims } from "./link-claims";
import { addClaim } from "./add-claim";
import { mergeClaims } from "./merge-claims";
import { splitClaim } from "./split-claim";
import type { Language } from "@/lib/extract";
import { articleContextOf } from "@/lib/matching/article-context";
import { storedMatchFieldsOf } from "@/lib/matching/match-terms";

// Sentences of our own, in the style of the agencies: one fact told by three outlets in two languages, with figures
// that disagree, beside claims that only share a country with it.
const DPA =
  "Nordkorea hat nach Angaben des südkoreanischen Geheimdienstes NIS mehr als 1.000 Soldaten nach Russland entsandt.";
const HERALD = "More than 10,000 North Korean soldiers have been sent to Russia, the US State Department said.";
const YONHAP = "North Korea has sent more than 1,000 troops to Russia, South Korea's spy agency said on Friday.";
const HARVEST = "Nordkoreas Getreideernte ist nach Angaben der Welternährungsorganisation um zehn Prozent gesunken.";
const MISSILE = "North Korea fired a ballistic missile into the sea off its east coast on Tuesday, Yonhap reported.";
const COUNCIL_A =
  "Der Stadtrat von Bonn beschloss am Montag eine neue Baumschutzsatzung für alle städtischen Parkanlagen.";
const COUNCIL_B =
  "Der Stadtrat von Bonn beschloss am Montag eine neue Baumschutzsatzung für sämtliche städtischen Parkanlagen.";

let t: TestDb;
let reader: Actor;
const article: Record<string, string> = {};
const claimOf = async (name: string) =>
  (await t.db.claim.findFirstOrThrow({ where: { articleId: article[name]! }, orderBy: { position: "asc" } })).id;
const matchesOf = async (name: string) =>
  (await listClaimMatches(t.db, reader, { claimId: await claimOf(name) })).matches;

beforeAll(async () => {
  t = await createTestDb();
  reader = await createUser(t.db, { role: "viewer" });
  const texts = { DPA, HERALD, YONHAP, HARVEST, MISSILE, COUNCIL_A, COUNCIL_B };
  for (const [name, body] of Object.entries(texts))
    article[name] = (await createArticle(t.db, { title: name, body, outlet: name })).articleId;
});
afterAll(() => t?.drop());

describe("claims seen before in other articles", () => {
  it("links the same fact across outlets and languages, and says why", async () => {
    const matches = await matchesOf("DPA");
    expect(matches.map((m) => m.article.outlet).sort()).toEqual(["HERALD", "YONHAP"]);
    const herald = matches.find((m) => m.article.outlet === "HERALD")!;
    expect(herald.reasons).toMatch(/North Korea/);
    expect(herald.reasons).toMatch(/Russia/);
    expect(herald.same).toContain("troops");
    // No date of its own: when it was stored, for the list to show.
    expect(herald.article.publishedAt).toBeNull();
    expect(herald.article.createdAt).toBeInstanceOf(Date);
  });

  it("flags figures that cannot both be true, with both figures, and not figures that agree", async () => {
    const matches = await matchesOf("DPA");
    const herald = matches.find((m) => m.article.outlet === "HERALD")!;
    expect(herald.figuresDisagree).toBe(true);
    expect(herald.figures).toEqual([
      { kind: "troops", here: "> 1,000 troops", there: "> 10,000 troops", disagree: true },
    ]);
    expect(matches.find((m) => m.article.outlet === "YONHAP")!.figuresDisagree).toBe(false);
  });

  it("keeps each link from both sides, each with its own figures first", async () => {
    const herald = (await matchesOf("HERALD")).find((m) => m.article.outlet === "DPA")!;
    expect(herald.figures).toEqual([
      { kind: "troops", here: "> 10,000 troops", there: "> 1,000 troops", disagree: true },
    ]);
    expect(herald.article.title).toBe("DPA");
  });

  it("says what two claims share in the reader's language, from the stored links and when matched live", async () => {
    const inGerman = async () => {
      const { matches } = await listClaimMatches(t.db, reader, { claimId: await claimOf("DPA"), language: "de" });
      return matches.find((m) => m.article.outlet === "HERALD")!;
    };
    for (const herald of [
      await inGerman(),
      await (async () => {
        // Not matched yet (just ingested): the matches are found live, and described in German too.
        await t.db.article.update({ where: { id: article.DPA! }, data: { matchedAt: null } });
        try {
          return await inGerman();
        } finally {
          await t.db.article.update({ where: { id: article.DPA! }, data: { matchedAt: new Date() } });
        }
      })(),
    ]) {
      expect(herald.same).toEqual(expect.arrayContaining(["Nordkorea", "Russland", "Soldaten", "entsandt"]));
      expect(herald.figures).toEqual([
        { kind: "troops", here: "> 1.000 Soldaten", there: "> 10.000 Soldaten", disagree: true },
      ]);
      expect(herald.reasons).toMatch(/^gleich: .*; Zahlen: > 1\.000 Soldaten gegen > 10\.000 Soldaten$/);
    }
    await expect(
      listClaimMatches(t.db, reader, { claimId: await claimOf("DPA"), language: "fr" as "de" }),
    ).rejects.toMatchObject({ status: 400 });
    // A limit that is no number is said in words, not as the validator's own ("expected number, received NaN").
    await expect(
      listClaimMatches(t.db, reader, { claimId: await claimOf("DPA"), limit: "abc" as unknown as number }),
    ).rejects.toMatchObject({ status: 400, message: "Ask for a number of matches, from 1 to 50." });
  });

  it("lists the figures that disagree for the coverage pages: each pair once, and an article's own claims first", async () => {
    const pairs = await listFigureDisagreements(t.db, reader);
    // HERALD's 10,000 against DPA's and YONHAP's 1,000; DPA and YONHAP agree.
    const titles = pairs.map((p) =>
      p.claims
        .map((c) => c.article.title)
        .sort()
        .join(" ↔ "),
    );
    expect(titles.sort()).toEqual(["DPA ↔ HERALD", "HERALD ↔ YONHAP"]);
    const ofDpa = await listFigureDisagreements(t.db, reader, { articleId: article.DPA! });
    expect(ofDpa.map((p) => [p.claims[0].article.title, p.claims[1].article.title, p.figures])).toEqual([
      ["DPA", "HERALD", "> 1,000 troops vs > 10,000 troops"],
    ]);
    const inGerman = await listFigureDisagreements(t.db, reader, { articleId: article.DPA!, language: "de" });
    expect(inGerman.map((p) => p.figures)).toEqual(["> 1.000 Soldaten gegen > 10.000 Soldaten"]);
  });

  it("filters the claims list to claims seen before, or to those whose figures another article contradicts", async () => {
    const labelsOf = async (seen: "yes" | "figures") =>
      (await searchClaims(t.db, reader, { seen })).claims.map((c) => c.article.title).sort();
    expect(await labelsOf("yes")).toEqual(["COUNCIL_A", "COUNCIL_B", "DPA", "HERALD", "YONHAP"]);
    expect(await labelsOf("figures")).toEqual(["DPA", "HERALD", "YONHAP"]);
  });

  it("does not link claims that merely share a country", async () => {
    const outlets = (await matchesOf("DPA")).map((m) => m.article.outlet);
    expect(outlets).not.toContain("HARVEST");
    expect(outlets).not.toContain("MISSILE");
    expect(await matchesOf("HARVEST")).toEqual([]);
  });

  it("finds a near-copy in the same language that the lexicon knows nothing about", async () => {
    expect((await matchesOf("COUNCIL_A")).map((m) => m.article.outlet)).toEqual(["COUNCIL_B"]);
  });

  it("follows an edit of the claim's text, and forgets a deleted article", async () => {
    const claimId = await claimOf("YONHAP");
    const editor = await createUser(t.db, { role: "editor" });
    await editClaim(t.db, editor, { claimId, version: 1, text: "North Korea's rice harvest fell by a tenth." });
    expect((await matchesOf("DPA")).map((m) => m.article.outlet)).toEqual(["HERALD"]);
    await deleteArticle(t.db, OPERATOR, { articleId: article.HERALD!, reason: "Withdrawn by the outlet." });
    expect(await matchesOf("DPA")).toEqual([]);
  });

  it("keeps every claim's key in step with its words through split, merge and a claim added by hand", async () => {
    const editor = await createUser(t.db, { role: "editor" });
    const body = `${DPA} Zuvor hatte Seoul den russischen Botschafter einbestellt und Moskau mit Sanktionen gedroht.`;
    const { articleId } = await createArticle(t.db, { title: "Steps", body });
    const second = await t.db.claim.findFirstOrThrow({ where: { articleId, quote: { startsWith: "Zuvor" } } });
    await splitClaim(t.db, editor, { claimId: second.id, at: second.quote.indexOf("und Moskau"), version: 1 });
    const first = await t.db.claim.findFirstOrThrow({ where: { articleId, quote: { startsWith: "Nordkorea" } } });
    const added = await addClaim(t.db, editor, { articleId, start: body.indexOf("mehr als"), end: DPA.length - 1 });
    const split = await t.db.claim.findMany({ where: { articleId, deletedAt: null }, orderBy: { start: "asc" } });
    const [left, right] = split.filter((c) => c.start >= DPA.length);
    await mergeClaims(t.db, editor, {
      claimId: left!.id,
      version: left!.version,
      withId: right!.id,
      withVersion: right!.version,
    });
    const live = await t.db.claim.findMany({ where: { articleId, deletedAt: null } });
    expect(live.map((c) => c.id)).toEqual(expect.arrayContaining([first.id, added.id, left!.id]));
    for (const c of live) {
      const expected = storedMatchFieldsOf({
        text: c.text,
        language: "de" as Language,
        quantities: JSON.parse(c.quantities),
        context: articleContextOf(body),
      });
      expect({ id: c.id, matchKey: c.matchKey, matchTerms: c.matchTerms }).toEqual({ id: c.id, ...expected });
    }
    // The merged claim's terms hold what its second half added.
    const merged = live.find((c) => c.id === left!.id)!;
    expect(merged.matchTerms).toMatch(/\bcsanction\b/);
  });

  it("keys an article stored before matching when it is matched, and links it", async () => {
    const claimId = await claimOf("COUNCIL_B");
    await t.db.claimLink.deleteMany({ where: { OR: [{ claimId }, { otherId: claimId }] } });
    await t.db.claim.update({ where: { id: claimId }, data: { matchKey: "", matchTerms: "" } });
    await t.db.article.update({ where: { id: article.COUNCIL_B! }, data: { matchedAt: null } });
    await linkClaims(t.db, article.COUNCIL_B!);
    // Keyed anew: the city it names and the words of its council's decision.
    expect((await t.db.claim.findUniqueOrThrow({ where: { id: claimId } })).matchTerms).toMatch(
      /\bebonn\b.*\bwkounk\b/,
    );
    expect((await matchesOf("COUNCIL_B")).map((m) => m.article.outlet)).toEqual(["COUNCIL_A"]);
    expect((await t.db.article.findUniqueOrThrow({ where: { id: article.COUNCIL_B! } })).matchedAt).not.toBeNull();
  });

  it("answers an unknown claim with a 404 and checks the reader's role", async () => {
    await expect(listClaimMatches(t.db, reader, { claimId: "nope" })).rejects.toMatchObject({ status: 404 });
    const stranger = { ...reader, role: "nobody" } as unknown as Actor;
    await expect(listClaimMatches(t.db, stranger, { claimId: await claimOf("DPA") })).rejects.toBeInstanceOf(AppError);
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { createArticle, createUser } from "@/test/support/factories";
import { createTestDb, type TestDb } from "@/test/support/test-db";
import { pageOfClaimsWithText, TEXT_HITS_MAX } from "./claims-with-text";
import { editClaim } from "./edit-claim";
import { removeClaim } from "./remove-claim";
import { searchClaims } from "./search-claims";
import { setClaimStatus } from "./set-claim-status";

// The text search on both engines: on SQLite through the trigram index (claims-with-text.ts) when few claims hold
// the text, else through a scan; the results must be the same either way.
let t: TestDb;
let reader: Actor;
let checker: Actor;

beforeAll(async () => {
  t = await createTestDb();
  reader = await createUser(t.db, { role: "viewer" });
  checker = await createUser(t.db, { role: "factchecker" });
  await createArticle(t.db, {
    title: "Hafen",
    body: "Laut Reuters hat die Hafenbehörde von Rostock 240 Containerschiffe abgefertigt.\n\nThe port of Gdańsk handled 310 ships, AP reported.",
  });
});
afterAll(() => t?.drop());

const textsFor = async (q: string) => (await searchClaims(t.db, reader, { q })).claims.map((c) => c.text);

describe("searching claims by their words", () => {
  it("finds a word inside a longer one, in any case, and a phrase across words", async () => {
    expect(await textsFor("hafenbehörde")).toHaveLength(1);
    expect(await textsFor("CONTAINERSCHIFFE")).toHaveLength(1);
    expect(await textsFor("port of gdańsk")).toEqual(["The port of Gdańsk handled 310 ships, AP reported"]);
    expect(await textsFor("Gdańsk handled 999")).toEqual([]);
  });

  it("reads the search syntax of the index as plain text", async () => {
    for (const q of ['"Rostock', "Rostock AND Gdańsk", "Rost*", "-Rostock", "NEAR(Rostock)", "^Rostock", "Ros:tock"])
      expect(await searchClaims(t.db, reader, { q })).toMatchObject({ total: 0 });
    // Two letters are too short for the index; they are still found.
    expect((await textsFor("ńs")).length).toBe(1);
  });

  it("says in words that a page is a whole number from 1", async () => {
    for (const page of ["abc", "0", "1.5"])
      await expect(searchClaims(t.db, reader, { page })).rejects.toMatchObject({
        status: 400,
        message: "A page is a whole number from 1.",
      });
  });

  it("reads a per cent sign and an underscore as themselves, not as wildcards", async () => {
    await createArticle(t.db, {
      title: "Preise",
      body: "Prices hit 5% in May, the office said.\n\nPrices hit 50 dollars in June, the office said.\n\nThe file old_data was lost, police said.\n\nThe file oldXdata was kept, police said.",
    });
    expect(await textsFor("hit 5%")).toEqual(["Prices hit 5% in May, the office said"]);
    expect(await textsFor("old_data")).toEqual(["The file old_data was lost, police said"]);
  });

  it("follows a claim's text as it is edited and leaves out a removed claim", async () => {
    const [claim] = (await searchClaims(t.db, reader, { q: "Rostock" })).claims;
    const { version } = await t.db.claim.findUniqueOrThrow({ where: { id: claim!.id }, select: { version: true } });
    const edited = await editClaim(t.db, checker, {
      claimId: claim!.id,
      version,
      text: "Die Hafenbehörde von Warnemünde hat 240 Containerschiffe abgefertigt",
      label: "240 ships handled in Warnemünde",
    });
    expect(await textsFor("Rostock")).toEqual([]);
    expect(await textsFor("warnemünde")).toHaveLength(1);
    expect(await textsFor("ships handled in")).toHaveLength(1);
    await removeClaim(t.db, checker, { claimId: claim!.id, version: edited.version, reason: "not a claim" });
    expect(await textsFor("Warnemünde")).toEqual([]);
  });

  it("finds by text alone what it finds with another filter beside the text, page by page", async () => {
    // A search by text alone is counted and paged through the index; with any other filter it goes through the
    // filter's condition. Both must give the same claims in the same order, removed claims and deleted articles left out.
    const body = Array.from({ length: 60 }, (_, i) => `Laut AP wurden ${i + 1} Boote im Hafen von Kiel gezählt.`);
    const { articleId } = await createArticle(t.db, { title: "Kiel", body: body.join("\n\n") });
    const gone = await createArticle(t.db, { title: "Kiel alt", body: "Laut AP lagen 7 Boote im Hafen von Kiel." });
    await t.db.article.update({ where: { id: gone.articleId }, data: { deletedAt: new Date() } });
    const removed = await t.db.claim.findFirstOrThrow({ where: { articleId }, orderBy: { start: "desc" } });
    await removeClaim(t.db, checker, { claimId: removed.id, version: removed.version, reason: "not a claim" });
    for (const page of [1, 2, 3]) {
      const alone = await searchClaims(t.db, reader, { q: "hafen von kiel", page });
      const filtered = await searchClaims(t.db, reader, { q: "hafen von kiel", page, kind: "claim" });
      expect(alone.total).toBe(59);
      expect(alone.claims.map((c) => c.id)).toEqual(filtered.claims.map((c) => c.id));
      // Grouping chooses no claims: the same page.
      const grouped = await searchClaims(t.db, reader, { q: "hafen von kiel", page, group: "match" });
      expect(grouped.claims.map((c) => c.id)).toEqual(alone.claims.map((c) => c.id));
    }
    expect((await searchClaims(t.db, reader, { q: "hafen von kiel", page: 2 })).claims).toHaveLength(9);
    expect(await searchClaims(t.db, reader, { q: "hafen von kiel", page: 3 })).toMatchObject({ total: 59, claims: [] });
  });

  it.runIf(process.env.TEST_DATABASE_URL === undefined)(
    "SQLite: a text many claims hold is paged in the list's order and counted up to the list's bound, as all hits are",
    async () => {
      // Many hits walk the list's index and stop; few are read in full. Both must find the same claims in one order.
      const lines = Array.from({ length: 14 }, (_, i) => `Laut AP lagen ${i + 1} Fähren im Hafen von Kappeln.`);
      const { articleId } = await createArticle(t.db, { title: "Kappeln", body: lines.join("\n\n") });
      const later = await createArticle(t.db, {
        title: "Kappeln 2",
        body: "Laut Polizei lagen 3 Fähren im Hafen von Kappeln.",
      });
      const gone = await createArticle(t.db, {
        title: "Kappeln alt",
        body: "Laut AP lagen 9 Fähren im Hafen von Kappeln.",
      });
      await t.db.article.update({ where: { id: gone.articleId }, data: { deletedAt: new Date() } });
      // Held by the index (it folds Ä and ä), not by `contains` where the text has a letter of another case beyond ASCII.
      await createArticle(t.db, { title: "KAPPELN", body: "LAUT AP LAGEN 5 FÄHREN IM HAFEN VON KAPPELN." });
      const removed = await t.db.claim.findFirstOrThrow({ where: { articleId }, orderBy: { start: "desc" } });
      await removeClaim(t.db, checker, { claimId: removed.id, version: removed.version, reason: "doppelt" });
      const read = (q: string, page: number, walkFrom: number, upTo = 1000) =>
        pageOfClaimsWithText(t.db, q, { page, pageSize: 5, upTo, walkFrom });
      const pages = [1, 2, 3, 4];
      const q = "im Hafen von Kappeln";
      const walked = await Promise.all(pages.map((page) => read(q, page, 0)));
      const readInFull = await Promise.all(pages.map((page) => read(q, page, Infinity)));
      expect(walked).toEqual(readInFull);
      expect(walked[0]).toMatchObject({ total: 15, moreThanTotal: false });
      expect(walked.map((p) => p!.ids.length)).toEqual([5, 5, 5, 0]);
      // Newest first: the upper-case article's claim leads, then the later article's.
      const [next] = await t.db.claim.findMany({ where: { articleId: later.articleId } });
      expect(walked[0]!.ids[1]).toBe(next!.id);
      // Counted up to the bound where many claims hold it.
      expect(await read(q, 1, 0, 10)).toMatchObject({ total: 10, moreThanTotal: true });
      expect(await read(q, 1, Infinity, 10)).toMatchObject({ total: 15, moreThanTotal: false });
      // A text with a letter cased beyond ASCII walks where most of its newest hits hold it, as written here…
      const umlaut = "Fähren im Hafen von Kappeln";
      expect(await read(umlaut, 1, 0, 10)).toMatchObject({ total: 10, moreThanTotal: true });
      expect(await read(umlaut, 2, 0)).toEqual(await read(umlaut, 2, Infinity));
      // …and is read in full where the index lists claims `contains` does not hold (the other case of Ä).
      expect(await read(umlaut.toUpperCase(), 1, 0, 10)).toMatchObject({ total: 1, moreThanTotal: false });
    },
  );

  it("counts every claim holding a text more claims hold than the index lists, the newest first", async () => {
    const n = TEXT_HITS_MAX + 40;
    const body = Array.from({ length: n }, (_, i) => `Laut AP kamen ${i + 1} Gäste zum Fest in Bonn.`).join("\n\n");
    await createArticle(t.db, { title: "Fest", body });
    const common = await searchClaims(t.db, reader, { q: "zum Fest in Bonn" });
    expect(common.total).toBe(n);
    expect(common.claims).toHaveLength(50);
    const rare = await searchClaims(t.db, reader, { q: "kamen 17 Gäste" });
    expect(rare.claims.map((c) => c.text)).toEqual(["Laut AP kamen 17 Gäste zum Fest in Bonn"]);
  });
});

describe("counting a filtered list", () => {
  // Three claims, pages of one claim, counted up to two: what a list of 1,000+ claims does with pages of 50.
  const shortPages = { countUpTo: 2, pageSize: 1 };

  it("counts up to its bound and says more match, with the same page either way", async () => {
    const { articleId } = await createArticle(t.db, {
      title: "Häfen",
      body: "Hamburg handled 8,000 ships last year, the port authority said.\n\nBremen handled 5,000 ships, according to Reuters.\n\nKiel handled 2,000 ferries, the city said.",
    });
    const exact = await searchClaims(t.db, reader, { articleId });
    expect(exact).toMatchObject({ total: 3, moreThanTotal: false });
    const bounded = await searchClaims(t.db, reader, { articleId }, shortPages);
    expect(bounded).toMatchObject({ total: 2, moreThanTotal: true, pageSize: 1 });
    expect(bounded.claims).toEqual(exact.claims.slice(0, 1));
    expect(await searchClaims(t.db, reader, { articleId }, { countUpTo: 3 })).toMatchObject({ moreThanTotal: false });
  });

  it("counts as far as the page asked for, so the last page says no more follow", async () => {
    const { articleId } = await createArticle(t.db, {
      title: "Flughäfen",
      body: "Frankfurt counted 60 million passengers, the airport said.\n\nMunich counted 40 million passengers, according to AP.\n\nBerlin counted 25 million passengers, the operator said.",
    });
    const page = (n: number) => searchClaims(t.db, reader, { articleId, page: n }, shortPages);
    expect(await page(2)).toMatchObject({ total: 2, moreThanTotal: true });
    const last = await page(3);
    expect(last).toMatchObject({ total: 3, moreThanTotal: false });
    expect(last.claims).toHaveLength(1);
    expect(await page(4)).toMatchObject({ total: 3, moreThanTotal: false, claims: [] });
  });

  it("counts the claims citing a source as the list shows them: removed ones, deleted articles and other statuses left out", async () => {
    // "Cites source X" is counted from X's citations (their copy of each claim's standing), not through the claims.
    const body = Array.from({ length: 5 }, (_, i) => `Laut dpa fuhren ${i + 2} Fähren nach Sylt.`).join("\n\n");
    const { articleId } = await createArticle(t.db, { title: "Fähren", body });
    const gone = await createArticle(t.db, { title: "Fähren alt", body: "Laut dpa fuhren 9 Fähren nach Föhr." });
    const citation = await t.db.citation.findFirstOrThrow({ where: { claim: { articleId } } });
    const sourceId = citation.sourceId;
    const citing = (extra = {}, bounds = {}) => searchClaims(t.db, reader, { sourceId, ...extra }, bounds);
    expect(await citing()).toMatchObject({ total: 6, moreThanTotal: false });
    expect(await citing({}, shortPages)).toMatchObject({ total: 2, moreThanTotal: true });

    await t.db.article.update({ where: { id: gone.articleId }, data: { deletedAt: new Date() } });
    const claims = await t.db.claim.findMany({ where: { articleId }, orderBy: { start: "asc" } });
    await removeClaim(t.db, checker, { claimId: claims[0]!.id, version: claims[0]!.version, reason: "not a claim" });
    const listed = await citing();
    expect(listed).toMatchObject({ total: 4, moreThanTotal: false });
    expect(listed.claims.map((c) => c.id).sort()).toEqual(
      claims
        .slice(1)
        .map((c) => c.id)
        .sort(),
    );

    await setClaimStatus(t.db, checker, { claimId: claims[1]!.id, version: claims[1]!.version, status: "false" });
    const rated = await citing({ status: "false" });
    expect(rated).toMatchObject({ total: 1, claims: [{ id: claims[1]!.id, status: "false" }] });
    expect(await citing({ status: "unverified" })).toMatchObject({ total: 3 });
    // With a filter the citations do not carry, the claims are counted: the same claims either way.
    expect(await citing({ kind: "claim" })).toMatchObject({ total: 4 });
  });
});

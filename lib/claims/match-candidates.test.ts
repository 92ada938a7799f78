import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extractClaims } from "@/lib/extract";
import { matchKeyOf } from "@/lib/matching/match-key";
import { createArticle } from "@/test/support/factories";
import { createDb } from "@/lib/db/client";
import { createTestDb, type TestDb } from "@/test/support/test-db";
import { syntheticArticle } from "@/scripts/bench/synthetic-corpus";
import { linkClaims } from "./link-claims";
import { OPERATOR } from "@/lib/auth/permissions";
import { articleContextOf } from "@/lib/matching/article-context";
import { IN_PLACE, matchAgainstArchive, rankAgainstArchive } from "./match-against-archive";
import { matchArticle } from "./match-article";
import { findMatchCandidates } from "./match-candidates";

// An archive of the bench's synthetic news (stories told again and again, as a newsroom's archive is), and a long
// new article of the same stories: its claims' lookups travel in several statements, side by side on PostgreSQL.
let t: TestDb;

beforeAll(async () => {
  t = await createTestDb();
  for (let i = 0; i < 24; i++)
    await createArticle(t.db, { body: syntheticArticle(7, i).body, outlet: `Outlet ${i % 5}` });
}, 120_000);
afterAll(() => t?.drop());

const newArticle = () =>
  Array.from({ length: 12 }, (_, i) => i)
    .map((i) => syntheticArticle(991, i))
    .filter((a) => a.language === "en")
    .map((a) => a.body)
    .join("\n\n");

const keysOfNewArticle = () => {
  const body = newArticle();
  const context = articleContextOf(body);
  const extraction = extractClaims(body, { language: "en" });
  return extraction.claims.map((c) => matchKeyOf({ text: c.text, language: "en", quantities: c.quantities, context }));
};

describe("match candidates of a whole article", () => {
  it("are for each claim the ones it finds when looked up alone", async () => {
    const keys = keysOfNewArticle();
    // More than two parts of the ranking's RANKED_PER_JOB (64).
    expect(keys.length).toBeGreaterThan(128);
    const together = await findMatchCandidates(t.db, keys);
    const alone = [];
    for (const key of keys) alone.push((await findMatchCandidates(t.db, [key]))[0]!);
    const ids = (candidates: { id: string }[][]) => candidates.map((c) => c.map((x) => x.id).sort());
    expect(ids(together)).toEqual(ids(alone));
    // Not vacuous: most claims of the archive's stories find candidates.
    expect(together.filter((c) => c.length > 0).length).toBeGreaterThan(keys.length / 2);
  });

  it("are ranked on the worker thread for an article as they are in place for one claim", async () => {
    const keys = keysOfNewArticle();
    const together = await rankAgainstArchive(t.db, keys);
    const alone = [];
    for (const key of keys) alone.push((await rankAgainstArchive(t.db, [key]))[0]!);
    expect(together).toEqual(alone);
    expect(together.filter((m) => m.length > 0).length).toBeGreaterThan(keys.length / 4);
  });

  it("are the same for an article matched without storing it, keyed and looked up part by part", async () => {
    const keys = keysOfNewArticle();
    const expected = await matchAgainstArchive(t.db, keys);
    const matched = await matchArticle(t.db, OPERATOR, { body: newArticle(), language: "en" });
    // The rules' matches; the article is also aligned with its story's reports (align-with-story.test.ts).
    expect(matched.claims.map((c) => c.matches.filter((m) => !m.inStory))).toEqual(expected);
    expect(expected.filter((m) => m.length > 0).length).toBeGreaterThan(keys.length / 4);
  });

  it("key an article stored before matching on the worker thread as its ingest did, and link it", async () => {
    const article = await t.db.article.findFirstOrThrow({ orderBy: { createdAt: "asc" }, select: { id: true } });
    const snapshot = async () => ({
      keys: await t.db.claim.findMany({
        where: { articleId: article.id },
        orderBy: { id: "asc" },
        select: { id: true, matchKey: true, matchTerms: true },
      }),
      links: await t.db.claimLink.findMany({
        where: { claim: { articleId: article.id } },
        orderBy: [{ claimId: "asc" }, { otherId: "asc" }],
        select: { claimId: true, otherId: true, score: true, figuresDisagree: true },
      }),
    });
    const ingested = await snapshot();
    expect(ingested.keys.length).toBeGreaterThan(IN_PLACE);
    await t.db.claim.updateMany({ where: { articleId: article.id }, data: { matchKey: "", matchTerms: "" } });
    await linkClaims(t.db, article.id);
    const relinked = await snapshot();
    expect(relinked.keys).toEqual(ingested.keys);
    // Linked against the whole archive now (at its ingest, the first article had none to meet).
    expect(relinked.links.length).toBeGreaterThan(ingested.keys.length);
  });
});

describe("match candidates across the two languages", () => {
  it("are found by the words the other language writes too, when rarer German words fill the claim", async () => {
    const archive = await createTestDb();
    try {
      await createArticle(archive.db, {
        body: "The union of dock workers in Antwerp broke off negotiations with shipping lines over higher wages.",
        outlet: "Wire",
      });
      // The English words the German claim is translated into are common in this archive; its own words the table
      // does not know ("Reedereien", "abgebrochen", "überraschend") are rarer, and only German articles hold them.
      for (const city of ["Lyon", "Gdansk", "Valencia", "Antwerp"])
        await createArticle(archive.db, {
          body: `In ${city}, the teachers' union resumed negotiations over wages, and port workers joined the union's talks.`,
          outlet: `English ${city}`,
        });
      for (const body of [
        "Die Reedereien in Hamburg haben überraschend zähe Gespräche über Frachtraten abgebrochen.",
        "Die Bauarbeiten am Tunnel wurden überraschend abgebrochen, nachdem zähe Streitigkeiten mit den Reedereien begannen.",
        "Mehrere Reedereien haben ihre zähen Fahrten überraschend abgebrochen, berichtet die Zeitung.",
      ])
        await createArticle(archive.db, { body, outlet: "Zeitung" });
      const german =
        "Die Gewerkschaft der Hafenarbeiter in Antwerpen hat die zähen Verhandlungen mit den Reedereien über höhere Löhne überraschend abgebrochen.";
      // A client of its own: the ingests above counted the words while the archive grew, and counts are kept a while.
      const db = createDb(archive.url);
      try {
        const [candidates] = await findMatchCandidates(db, [
          matchKeyOf({ text: german, language: "de", quantities: [] }),
        ]);
        const target = await db.claim.findFirstOrThrow({ where: { text: { contains: "Antwerp broke off" } } });
        expect(candidates!.map((c) => c.id)).toContain(target.id);
      } finally {
        await db.$disconnect();
      }
    } finally {
      await archive.drop();
    }
  });

  it("are found by a figure's kind and one word, where the place is the lead's or only one of the two has an event", async () => {
    const archive = await createTestDb();
    try {
      const stored = [
        "Inflation in Austria eased to 3.1 percent in October, the statistics office said.",
        "Unemployment in Carinthia stood at 6.4 percent at the end of October.",
      ];
      for (const body of stored) await createArticle(archive.db, { body, outlet: "Wire" });
      // Others of the same place and the same kind, so the lookups have something to leave out.
      for (const body of [
        "Austria's parliament passed the budget on Thursday.",
        "Rents in Vienna rose 7 percent in a year, a survey found.",
        "Carinthia opened two new ski lifts in October.",
      ])
        await createArticle(archive.db, { body, outlet: "Other wire" });
      const db = createDb(archive.url);
      try {
        // The first names Austria only in its lead: its own words are the rate and a verb the other does not write.
        const article =
          "Österreichs Statistikamt legte neue Zahlen vor.\n\nDie Teuerung lag im Oktober bei 3,3 Prozent.\n\n" +
          "In Kärnten lag die Arbeitslosenquote Ende Oktober bei 6,1 Prozent.\n\n" +
          // One with an event of its own finds the one without: a link must not depend on which came in last.
          "In Kärnten stieg die Arbeitslosigkeit auf 6,1 Prozent.";
        const context = articleContextOf(article);
        const keys = extractClaims(article, { language: "de" })
          .claims.filter((c) => /Prozent/.test(c.text))
          .map((c) => matchKeyOf({ text: c.text, language: "de", quantities: c.quantities, context }));
        expect(keys).toHaveLength(3);
        expect(keys[2]!.concepts).toContain("rise");
        const found = await findMatchCandidates(db, keys);
        const idOf = async (words: string) =>
          (await db.claim.findFirstOrThrow({ where: { text: { contains: words } } })).id;
        expect(found[0]!.map((c) => c.id)).toContain(await idOf("eased to 3.1 percent"));
        expect(found[1]!.map((c) => c.id)).toContain(await idOf("stood at 6.4 percent"));
        expect(found[2]!.map((c) => c.id)).toContain(await idOf("stood at 6.4 percent"));
      } finally {
        await db.$disconnect();
      }
    } finally {
      await archive.drop();
    }
  });
});

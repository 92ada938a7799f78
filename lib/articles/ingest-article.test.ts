import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extractClaims } from "@/lib/extract";
import { AppError } from "@/lib/errors";
import { seedBuiltinSources } from "@/lib/sources/seed-builtin-sources";
import { loadArticle } from "@/test/support/gold";
import { allowInserts, createTestDb, refuseInserts, type TestDb } from "@/test/support/test-db";
import { ingestArticle } from "./ingest-article";
import { OPERATOR } from "@/lib/auth/permissions";

const MAX = 2 * 1024 * 1024;
let t: TestDb;
const seed = loadArticle("de-suedkorea-truppen").text;
const english = loadArticle("en-seoul-drones").text;

beforeAll(async () => {
  t = await createTestDb();
  await seedBuiltinSources(t.db);
}, 60_000);
afterAll(async () => t?.drop());

const counts = async () => ({
  articles: await t.db.article.count(),
  claims: await t.db.claim.count(),
  citations: await t.db.citation.count(),
  sources: await t.db.source.count(),
  aliases: await t.db.sourceAlias.count(),
  events: await t.db.claimEvent.count(),
});

describe(`ingestArticle (${process.env.TEST_DATABASE_URL?.startsWith("postgres") ? "PostgreSQL" : "SQLite"})`, () => {
  it("stores exactly the extractor's claims and citations", async () => {
    const result = await ingestArticle(
      t.db,
      OPERATOR,
      { title: "Südkorea fordert Abzug", body: seed, outlet: "Euronews" },
      { maxBytes: MAX },
    );
    expect(result.status).toBe("created");
    const expected = extractClaims(seed);
    const stored = await t.db.claim.findMany({
      where: { articleId: result.articleId },
      orderBy: { position: "asc" },
      include: { citations: { include: { source: true, relayOf: true } } },
    });
    expect(stored.map((c) => [c.start, c.end, c.quote, c.text, c.label, c.kind, c.hedged])).toEqual(
      expected.claims.map((c) => [c.start, c.end, c.quote, c.text, c.label, c.kind, c.hedged]),
    );
    expect(stored.map((c) => JSON.parse(c.quantities))).toEqual(expected.claims.map((c) => c.quantities));
    expect(
      stored.map((c) =>
        c.citations.map((x) => [x.source.name, x.mention, x.start, x.end, x.cue, x.resolution, x.role]),
      ),
    ).toEqual(
      expected.claims.map((c) =>
        c.sources.map((s) => [s.name, s.mention, s.start, s.end, s.cue, s.resolution, s.role]),
      ),
    );
    const article = await t.db.article.findUniqueOrThrow({ where: { id: result.articleId } });
    for (const c of stored) expect(article.body.slice(c.start, c.end)).toBe(c.quote);
    expect(await t.db.claimEvent.count({ where: { claim: { articleId: result.articleId }, type: "created" } })).toBe(
      stored.length,
    );
  });

  it("points citations of known sources at the registry's rows, relays at their origin", async () => {
    const result = await ingestArticle(t.db, OPERATOR, { title: "Seoul: shells", body: english }, { maxBytes: MAX });
    expect(result.status).toBe("created");
    const yonhap = await t.db.citation.findFirstOrThrow({
      where: { claim: { articleId: result.articleId }, source: { name: "Yonhap" }, role: "relay" },
      include: { relayOf: true, source: true },
    });
    expect(yonhap.source.builtin).toBe(true);
    expect(yonhap.relayOf?.name).toBe("National Intelligence Service (South Korea)");
  });

  it("detects the same text ingested twice (even with other line endings) and stores nothing new", async () => {
    const before = await counts();
    const again = await ingestArticle(
      t.db,
      OPERATOR,
      { title: "Another title", body: `${seed.replace(/\n/g, "\r\n")}\r\n` },
      { maxBytes: MAX },
    );
    expect(again.status).toBe("duplicate");
    const first = await t.db.article.findFirstOrThrow({ where: { title: "Südkorea fordert Abzug" } });
    expect(again.articleId).toBe(first.id);
    expect(await counts()).toEqual(before);
  });

  it("reuses the registry across articles: an alias added later resolves the next article's mention", async () => {
    const source = await t.db.source.create({ data: { name: "Der Bergbote", type: "newspaper" } });
    await t.db.sourceAlias.create({
      data: { sourceId: source.id, alias: "Lokalblatt Bergbote", normalized: "lokalblatt bergbote" },
    });
    const sourcesBefore = await t.db.source.count();
    const result = await ingestArticle(
      t.db,
      OPERATOR,
      { title: "Miete", body: "Laut dem Lokalblatt Bergbote stieg die Miete um 12 Prozent." },
      { maxBytes: MAX },
    );
    const citation = await t.db.citation.findFirstOrThrow({ where: { claim: { articleId: result.articleId } } });
    expect(citation.sourceId).toBe(source.id);
    expect(await t.db.source.count()).toBe(sourcesBefore);
  });

  it("records a new source's name as an alias, but never a description like 'der Nachrichtenagentur'", async () => {
    const aliases = await t.db.sourceAlias.findMany({
      where: { source: { name: { in: ["Georgi Sinowjew", "Associated Press"] } } },
    });
    expect(aliases.map((a) => a.alias)).toContain("Der russische Botschafter Georgi Sinowjew");
    expect(aliases.map((a) => a.normalized)).not.toContain("nachrichtenagentur");
  });

  it("leaves nothing behind when the database fails in the middle of an ingest", async () => {
    const before = await counts();
    await refuseInserts(t, "Citation");
    try {
      await expect(
        ingestArticle(
          t.db,
          OPERATOR,
          { title: "Reuters report", body: "Laut Reuters stieg die Zahl der Opfer auf 40." },
          { maxBytes: MAX },
        ),
      ).rejects.toThrow(/citation/i);
    } finally {
      await allowInserts(t, "Citation");
    }
    expect(await counts()).toEqual(before);
  });

  it.each([
    ["an empty text", { title: "T", body: "   \n " }, "body", /empty/],
    ["a missing title", { title: " ", body: "Laut AP ist es so." }, "title", /title/],
    ["a text over the limit", { title: "T", body: "x".repeat(3 * 1024 * 1024) }, "body", /larger than 2 MB/, 413],
    ["a bad URL", { title: "T", body: "Laut AP ist es so.", url: "javascript:alert(1)" }, "url", /http/],
    ["a bad date", { title: "T", body: "Laut AP ist es so.", publishedAt: "gestern" }, "publishedAt", /date/],
  ])("refuses %s with a message for its field and stores nothing", async (_, input, field, message, status = 400) => {
    const before = await counts();
    const error = await ingestArticle(t.db, OPERATOR, input, { maxBytes: MAX }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ field, status });
    expect((error as AppError).message).toMatch(message);
    expect(await counts()).toEqual(before);
  });

  it("checks the acting person's role itself: a viewer is refused and nothing is stored, an editor is recorded", async () => {
    const before = await counts();
    const viewer = await t.db.user.create({ data: { email: "v@example.org", name: "Vera", role: "viewer" } });
    const body = "Laut Reuters stieg die Zahl der Opfer auf 41.";
    await expect(
      ingestArticle(t.db, { ...viewer, role: "viewer" }, { title: "T", body }, { maxBytes: MAX }),
    ).rejects.toMatchObject({
      code: "forbidden",
    });
    expect(await counts()).toEqual(before);
    const editor = await t.db.user.create({ data: { email: "e@example.org", name: "Ed", role: "editor" } });
    const result = await ingestArticle(t.db, { ...editor, role: "editor" }, { title: "T", body }, { maxBytes: MAX });
    const article = await t.db.article.findUniqueOrThrow({ where: { id: result.articleId } });
    expect(article.createdById).toBe(editor.id);
    expect(
      await t.db.claimEvent.count({ where: { claim: { articleId: article.id }, actorId: editor.id } }),
    ).toBeGreaterThan(0);
  });
});

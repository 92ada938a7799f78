import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AppError } from "@/lib/errors";
import { seedBuiltinSources } from "@/lib/sources/seed-builtin-sources";
import { startPageServer, type PageServer } from "@/test/support/page-server";
import { createTestDb, type TestDb } from "@/test/support/test-db";
import { ingestArticle } from "./ingest-article";
import { previewArticle } from "./preview-article";
import { addArticleVersion } from "./add-article-version";
import { OPERATOR } from "@/lib/auth/permissions";

const MAX = 2 * 1024 * 1024;
const PAGE = `<!doctype html><html lang="en"><head><title>Seoul summons Russian envoy | Morning Wire</title>
<meta property="og:site_name" content="Morning Wire"><meta property="article:published_time" content="2024-06-20T09:15:00Z">
</head><body>
<nav>Home · World · Politics</nav>
<article><h1>Seoul summons Russian envoy</h1>
<p>According to Reuters, Seoul summoned the Russian ambassador on Tuesday over the deployment of 1,500 troops.</p>
<p>The foreign ministry said the talks would continue next week.</p></article></body></html>`;

const PREVIEWED = `<html lang="en"><head><title>Port strike ends | Morning Wire</title></head><body><article>
<h1>Port strike ends</h1><p>Dock workers in Hamburg returned to work on Friday after a deal on wages, the union said.</p>
<p>The port authority said 40 ships had waited outside the harbour during the strike.</p></article></body></html>`;

let t: TestDb;
let server: PageServer;
/** A page the newsroom revises while the test runs: what /revised serves now. */
let revised = PAGE.replace("would continue next week", "would resume in Geneva");

beforeAll(async () => {
  // The local page server is on 127.0.0.1: allowed here as on an intranet (the refusals are fetch-article-page.test.ts').
  process.env.CLAIMTRACK_FETCH_ALLOW_PRIVATE = "1";
  t = await createTestDb();
  await seedBuiltinSources(t.db);
  server = await startPageServer((req, res) => {
    if (req.url === "/short") res.writeHead(301, { location: "/world/seoul-envoy" }).end();
    else if (req.url === "/world/seoul-envoy") res.writeHead(200, { "content-type": "text/html" }).end(PAGE);
    else if (req.url === "/revised") res.writeHead(200, { "content-type": "text/html" }).end(revised);
    else if (req.url === "/previewed") res.writeHead(200, { "content-type": "text/html" }).end(PREVIEWED);
    else if (req.url === "/login")
      res.writeHead(200, { "content-type": "text/html" }).end("<html><body></body></html>");
    else res.writeHead(404).end();
  });
}, 60_000);
afterAll(async () => {
  await server?.close();
  await t?.drop();
});

const counts = async () => ({ articles: await t.db.article.count(), claims: await t.db.claim.count() });

describe("adding an article from its URL", () => {
  it("asks the news site once when the form previewed the page first, and stores the page it previewed", async () => {
    const url = `${server.origin}/previewed`;
    const editor = { id: "u", email: "u@example.org", name: "U", role: "editor" as const };
    const preview = await previewArticle(editor, { url }, MAX);
    expect(preview.title).toBe("Port strike ends");
    const result = await ingestArticle(t.db, OPERATOR, { url }, { maxBytes: MAX });
    expect(result).toMatchObject({ status: "created" });
    expect(server.requests.filter((path) => path === "/previewed")).toHaveLength(1);
    const article = await t.db.article.findUniqueOrThrow({ where: { id: result.articleId } });
    expect(article.fetchedHtml).toContain("<h1>Port strike ends</h1>");
  });

  it("stores the article text read from the page, the page itself, when it was fetched and where it was found", async () => {
    const before = Date.now();
    const result = await ingestArticle(t.db, OPERATOR, { url: `${server.origin}/short` }, { maxBytes: MAX });
    expect(result).toMatchObject({ status: "created" });
    const article = await t.db.article.findUniqueOrThrow({
      where: { id: result.articleId },
      include: { claims: { include: { citations: { include: { source: true } } } } },
    });
    // What the page says about itself fills the fields nobody typed.
    expect(article).toMatchObject({ title: "Seoul summons Russian envoy", outlet: "Morning Wire", language: "en" });
    expect(article.publishedAt?.toISOString()).toBe("2024-06-20T09:15:00.000Z");
    expect(article.url).toBe(`${server.origin}/world/seoul-envoy`);
    expect(article.body).toContain("According to Reuters, Seoul summoned the Russian ambassador");
    expect(article.body).not.toContain("Home · World");
    expect(article.fetchedHtml).toBe(PAGE);
    expect(article.fetchedAt!.getTime()).toBeGreaterThanOrEqual(before);
    expect(article.fetchedAt!.getTime()).toBeLessThanOrEqual(Date.now());
    const reuters = article.claims.find((c) => c.quote.startsWith("According to Reuters"));
    expect(reuters?.citations[0]?.source.name).toBe("Reuters");
  });

  it("keeps what the person typed and fills only what they left empty", async () => {
    await t.db.article.deleteMany({});
    const result = await ingestArticle(
      t.db,
      OPERATOR,
      { url: `${server.origin}/world/seoul-envoy`, title: "Envoy summoned", outlet: "Wire", language: "en" },
      { maxBytes: MAX },
    );
    const article = await t.db.article.findUniqueOrThrow({ where: { id: result.articleId } });
    expect(article).toMatchObject({ title: "Envoy summoned", outlet: "Wire", language: "en" });
  });

  it("reads pasted text as before and only notes the URL beside it, fetching nothing", async () => {
    const requests = server.requests.length;
    const result = await ingestArticle(
      t.db,
      OPERATOR,
      { title: "Pasted", body: "Laut dpa kamen 300 Gäste.", url: `${server.origin}/world/seoul-envoy` },
      { maxBytes: MAX },
    );
    const article = await t.db.article.findUniqueOrThrow({ where: { id: result.articleId } });
    expect(article).toMatchObject({ body: "Laut dpa kamen 300 Gäste.", fetchedHtml: null, fetchedAt: null });
    expect(server.requests.length).toBe(requests);
  });

  it("stores nothing when the page cannot be fetched or holds no article text", async () => {
    const before = await counts();
    for (const [path, reason] of [
      ["/gone", "page_status"],
      ["/login", "no_article_text"],
    ]) {
      const error = (await ingestArticle(t.db, OPERATOR, { url: `${server.origin}${path}` }, { maxBytes: MAX }).catch(
        (e: unknown) => e,
      )) as AppError;
      expect(error).toMatchObject({ name: "AppError", field: "url", reason });
    }
    expect(await counts()).toEqual(before);
  });

  it("refuses a viewer before fetching anything", async () => {
    const requests = server.requests.length;
    const viewer = { id: "v", email: "v@example.org", name: "V", role: "viewer" as const };
    await expect(
      ingestArticle(t.db, viewer, { url: `${server.origin}/world/seoul-envoy` }, { maxBytes: MAX }),
    ).rejects.toMatchObject({ code: "forbidden" });
    expect(server.requests.length).toBe(requests);
  });

  it("fetches a revised page again as a new version, its figure changed; the same page again is unchanged", async () => {
    const { articleId } = (await ingestArticle(
      t.db,
      OPERATOR,
      { url: `${server.origin}/revised` },
      { maxBytes: MAX },
    )) as {
      articleId: string;
    };
    revised = revised.replace("1,500 troops", "1,800 troops");
    const result = await addArticleVersion(t.db, OPERATOR, { articleId }, { maxBytes: MAX });
    expect(result).toMatchObject({ status: "added", version: 2, changed: 1 });
    const stored = await t.db.articleVersion.findUniqueOrThrow({
      where: { articleId_number: { articleId, number: 2 } },
    });
    expect(stored.fetchedHtml).toContain("1,800 troops");
    expect(stored.body).toContain("1,800 troops");
    expect(await addArticleVersion(t.db, OPERATOR, { articleId }, { maxBytes: MAX })).toMatchObject({
      status: "unchanged",
      version: 2,
    });
  });

  it("offers a revised text of a stored URL as that article's next version, unless told it is an article of its own", async () => {
    const url = `${server.origin}/world/kept-aside`;
    const text = "Laut AP kamen 120 Gäste nach Bonn. Die Polizei sperrte zwei Straßen. Der Abend blieb ruhig.";
    const first = await ingestArticle(t.db, OPERATOR, { title: "Bonn", body: text, url }, { maxBytes: MAX });
    const revision = { title: "Bonn", body: text.replace("120", "150"), url };
    await expect(ingestArticle(t.db, OPERATOR, revision, { maxBytes: MAX })).rejects.toMatchObject({
      status: 409,
      reason: "same_url",
      params: { articleId: first.articleId, version: "1" },
    });
    // Another story published at the same address is not a revision: it is simply stored.
    const other = {
      title: "Köln",
      body: "Reuters meldete am Abend einen Stromausfall in ganz Köln und Umgebung.",
      url,
    };
    expect((await ingestArticle(t.db, OPERATOR, other, { maxBytes: MAX })).status).toBe("created");
    const separate = await ingestArticle(t.db, OPERATOR, revision, { maxBytes: MAX, asNewArticle: true });
    expect(separate.status).toBe("created");
  });
});

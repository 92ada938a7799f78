import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runClaimsHere } from "@/test/support/run-claims-here";
import { startPageServer, type PageServer } from "@/test/support/page-server";
import { createTestDb, type TestDb } from "@/test/support/test-db";

const PAGE = `<html><head><title>Seoul summons envoy</title><meta charset="windows-1252"></head><body><article>
<h1>Seoul summons envoy</h1><p>According to Reuters, Seoul summoned the Russian ambassador on Tuesday.</p>
<p>Die Bürgermeisterin äußerte sich nicht.</p></article></body></html>`;
let t: TestDb;
let server: PageServer;

beforeAll(async () => {
  t = await createTestDb();
  server = await startPageServer((_req, res) =>
    res.writeHead(200, { "content-type": "text/html" }).end(Buffer.from(PAGE, "latin1")),
  );
}, 60_000);
afterAll(async () => {
  await server?.close();
  await t?.drop();
});

describe("claims text URL", () => {
  it("prints the text an ingest of the page would store, with its title and final address, storing nothing", async () => {
    const run = await runClaimsHere(["text", `${server.origin}/story`, "--format", "json"], {
      env: { DATABASE_URL: t.url, CLAIMTRACK_FETCH_ALLOW_PRIVATE: "1" },
    });
    expect(run.code).toBe(0);
    const printed = JSON.parse(run.stdout) as { title: string; url: string; text: string };
    expect(printed).toMatchObject({ title: "Seoul summons envoy", url: `${server.origin}/story` });
    expect(printed.text).toContain("Die Bürgermeisterin äußerte sich nicht.");
    expect(await t.db.article.count()).toBe(0);
  });

  it("says in one sentence why a page is not fetched", async () => {
    const run = await runClaimsHere(["text", "http://169.254.169.254/latest/meta-data/"]);
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe(
      'claims: "169.254.169.254" is a cloud server\'s metadata address; Claimtrack never fetches from it.',
    );
  });
});

describe("claims ingest URL", () => {
  it("refuses a page in a private network unless CLAIMTRACK_FETCH_ALLOW_PRIVATE is set, storing nothing", async () => {
    const asked = server.requests.length;
    const run = await runClaimsHere(["ingest", `${server.origin}/story`], { env: { DATABASE_URL: t.url } });
    expect(run.stderr).toContain(
      `${server.origin}/story: failed — "127.0.0.1" is in a private or local network; Claimtrack fetches only pages on the public internet.`,
    );
    expect(run.code).toBe(1);
    expect(server.requests.length).toBe(asked);
    expect(await t.db.article.count()).toBe(0);
  });

  it("fetches the page and stores its article text, the page and the time it was fetched", async () => {
    const run = await runClaimsHere(["ingest", `${server.origin}/story`, "--outlet", "Wire"], {
      env: { DATABASE_URL: t.url, CLAIMTRACK_FETCH_ALLOW_PRIVATE: "1" },
    });
    expect(run.stdout).toContain("Ingested 1, skipped 0 already stored, failed 0.");
    expect(run.code).toBe(0);
    const article = await t.db.article.findFirstOrThrow({ include: { claims: true } });
    expect(article).toMatchObject({ title: "Seoul summons envoy", outlet: "Wire", url: `${server.origin}/story` });
    expect(article.body).toContain("Die Bürgermeisterin äußerte sich nicht.");
    expect(article.fetchedHtml).toBe(PAGE);
    expect(article.fetchedAt).toBeInstanceOf(Date);
    expect(article.claims.some((c) => c.quote.startsWith("According to Reuters"))).toBe(true);
  });
});

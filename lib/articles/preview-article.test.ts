import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startPageServer, type PageServer } from "@/test/support/page-server";
import { previewArticle } from "./preview-article";

const MAX = 2 * 1024 * 1024;
const PAGE = `<html lang="en"><head><title>Seoul summons envoy | Morning Wire</title>
<meta property="og:site_name" content="Morning Wire">
<meta property="article:published_time" content="2024-06-20T23:30:00-04:00"></head><body><article><h1>Seoul summons envoy</h1>
<p>According to Reuters, Seoul summoned the Russian ambassador on Tuesday over the deployment of troops.</p>
<p>The foreign ministry said the talks would continue next week in the capital.</p></article></body></html>`;
const as = (role: "editor" | "viewer") => ({ id: "u", email: "u@example.org", name: "U", role });
let server: PageServer;

beforeAll(async () => {
  process.env.CLAIMTRACK_FETCH_ALLOW_PRIVATE = "1";
  server = await startPageServer((_req, res) => res.writeHead(200, { "content-type": "text/html" }).end(PAGE));
});
afterAll(async () => server?.close());

describe("previewing a page for the add-article form", () => {
  it("says what the page at a URL says about itself and where it was found", async () => {
    expect(await previewArticle(as("editor"), { url: `${server.origin}/a` }, MAX)).toMatchObject({
      title: "Seoul summons envoy",
      outlet: "Morning Wire",
      language: "en",
      url: `${server.origin}/a`,
      // 23:30 in New York is the next morning in Berlin, the newsroom's time zone (the default).
      publishedDate: "2024-06-21",
    });
  });

  it("reads an uploaded HTML file the same way", async () => {
    const file = new File([PAGE], "page.html", { type: "text/html" });
    expect(await previewArticle(as("editor"), { file }, MAX)).toMatchObject({
      title: "Seoul summons envoy",
      outlet: "Morning Wire",
    });
  });

  it("fetches nothing for someone who may not add articles, or for nobody", async () => {
    const asked = server.requests.length;
    await expect(previewArticle(as("viewer"), { url: server.origin }, MAX)).rejects.toMatchObject({ status: 403 });
    await expect(previewArticle(null, { url: server.origin }, MAX)).rejects.toMatchObject({ status: 401 });
    expect(server.requests.length).toBe(asked);
  });

  it("refuses what is not a web address", async () => {
    await expect(previewArticle(as("editor"), { url: "javascript:alert(1)" }, MAX)).rejects.toMatchObject({
      field: "url",
      reason: "invalid",
    });
  });
});

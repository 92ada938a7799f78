import { describe, expect, it } from "vitest";
import { readArticleRequest } from "./read-article-request";

const PAGE = `<!DOCTYPE html><html lang="de"><head><title>Fähre läuft vor Rügen auf Grund – Ostseebote</title>
<meta property="og:site_name" content="Ostseebote"></head><body><article><h1>Fähre läuft vor Rügen auf Grund</h1>
<p>Eine Fähre mit 212 Passagieren ist am Sonntag vor Rügen auf eine Sandbank gelaufen.</p>
<nav>Startseite Politik Sport</nav></article></body></html>`;

const post = (json: unknown) =>
  readArticleRequest(
    new Request("http://localhost/api/articles", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(json),
    }),
    200_000,
  );

describe("POST /api/articles as JSON", () => {
  it("reads a page's source sent as the body as the page: its text, title and outlet, not its markup", async () => {
    const input = await post({ body: PAGE });
    expect(input).toMatchObject({
      title: "Fähre läuft vor Rügen auf Grund",
      outlet: "Ostseebote",
      body: "Eine Fähre mit 212 Passagieren ist am Sonntag vor Rügen auf eine Sandbank gelaufen.",
    });
    // What the request says keeps its place over what the page says.
    expect(await post({ body: PAGE, title: "Fähre auf Grund", url: "https://example.org/f" })).toMatchObject({
      title: "Fähre auf Grund",
      url: "https://example.org/f",
      outlet: "Ostseebote",
    });
  });

  it("leaves a field of the wrong type for the checks to refuse, rather than filling it from the page", async () => {
    expect(await post({ body: PAGE, title: 42 })).toMatchObject({ title: 42, body: PAGE });
  });

  it("keeps plain text, and prose that mentions a tag, as sent", async () => {
    const text = "Die <b>Fähre</b> lief auf Grund.";
    expect(await post({ title: "Fähre", body: text })).toEqual({ title: "Fähre", body: text });
  });
});

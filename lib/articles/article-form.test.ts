import { describe, expect, it } from "vitest";
import { readArticleForm } from "./article-form";

const PAGE = `<html lang="de"><head><title>Stadt baut neue Brücke – Rheinpost</title>
<meta property="og:site_name" content="Rheinpost"><meta property="article:published_time" content="2024-03-05">
</head><body><article><h1>Stadt baut neue Brücke</h1>
<p>Der Stadtrat hat am Montag den Bau einer neuen Fußgängerbrücke über den Rhein beschlossen.</p>
<div class="share-bar">Teilen Facebook WhatsApp</div></article></body></html>`;

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries({
    title: "",
    outlet: "",
    url: "",
    publishedAt: "",
    language: "",
    ...fields,
  }))
    data.set(name, value);
  data.set("file", new File([PAGE], "brücke.html", { type: "text/html" }));
  return data;
}

describe("readArticleForm with an uploaded HTML page", () => {
  it("takes title, outlet, date and language from the page for the fields left empty", async () => {
    const input = await readArticleForm(form({}), 200_000);
    expect(input).toMatchObject({
      title: "Stadt baut neue Brücke",
      outlet: "Rheinpost",
      publishedAt: "2024-03-05",
      language: "de",
      body: "Der Stadtrat hat am Montag den Bau einer neuen Fußgängerbrücke über den Rhein beschlossen.",
    });
  });

  it("keeps what the person typed over what the page says", async () => {
    const typed = { title: "Brücke", outlet: "Eigene Recherche", publishedAt: "2024-04-01", language: "en" };
    expect(await readArticleForm(form(typed), 200_000)).toMatchObject(typed);
  });
});

describe("readArticleForm with a page's source pasted as text", () => {
  const pasted = (body: string) => {
    const data = new FormData();
    for (const name of ["title", "outlet", "url", "publishedAt", "language"]) data.set(name, "");
    data.set("body", body);
    return data;
  };

  it("reads the pasted source as the page it is: its article text and what it says about itself", async () => {
    const input = await readArticleForm(pasted(`<!DOCTYPE html>\n${PAGE}`), 200_000);
    expect(input).toMatchObject({
      title: "Stadt baut neue Brücke",
      outlet: "Rheinpost",
      body: "Der Stadtrat hat am Montag den Bau einer neuen Fußgängerbrücke über den Rhein beschlossen.",
    });
    expect(input.body).not.toContain("<");
  });

  it("leaves prose with a tag in it, or a text about HTML, as the text it is", async () => {
    for (const body of ["Die Seite nutzt <b>fett</b> gesetzte Wörter.", "Der Tag <html> beginnt jede Webseite."])
      expect((await readArticleForm(pasted(body), 200_000)).body).toBe(body);
  });
});

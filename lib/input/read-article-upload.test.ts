import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { readArticleUpload } from "./read-article-upload";

const file = (name: string, bytes: Uint8Array) => ({
  name,
  size: bytes.byteLength,
  arrayBuffer: async () => bytes.slice().buffer,
});

const PAGE = (head: string) =>
  `<html><head>${head}<title>Brücke gesperrt – Stadtanzeiger</title></head><body><article><h1>Brücke gesperrt</h1>` +
  `<p>Die Stadt hat die Brücke über die Förde für zwölf Monate gesperrt, wie ein Sprecher am Montag mitteilte.</p>` +
  `<p>Die Sanierung soll „rund 4 Millionen €“ kosten, sagte die Kämmerin; die Opposition nannte den Plan zu knapp.</p>` +
  `</article></body></html>`;

describe("readArticleUpload", () => {
  it("reads an HTML page saved in Windows-1252 in the encoding its <meta charset> names", async () => {
    const bytes = iconv.encode(PAGE('<meta charset="windows-1252">'), "windows-1252");
    const upload = await readArticleUpload(file("bruecke.html", bytes), 1_000_000);
    expect(upload.text).toContain("Die Stadt hat die Brücke über die Förde für zwölf Monate gesperrt");
    expect(upload.text).toContain("„rund 4 Millionen €“");
    expect(upload.metadata.title).toMatch(/^Brücke gesperrt/);
  });

  it("reads a Latin-1 page declared the old way (http-equiv), as browsers do", async () => {
    const head = '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">';
    const bytes = iconv.encode(PAGE(head), "latin1");
    const upload = await readArticleUpload(file("bruecke.htm", bytes), 1_000_000);
    expect(upload.text).toContain("über die Förde für zwölf Monate");
  });

  it("refuses a page that is not UTF-8 and names no encoding, saying how to fix it", async () => {
    const bytes = iconv.encode(PAGE(""), "latin1");
    await expect(readArticleUpload(file("bruecke.html", bytes), 1_000_000)).rejects.toMatchObject({
      reason: "not_utf8",
      message: expect.stringMatching(/^The file is not valid UTF-8 text and names no other encoding.*try again\.$/),
    });
  });

  it("still refuses a text file that is not UTF-8, whatever it says inside", async () => {
    const bytes = iconv.encode('<meta charset="windows-1252"> Die Brücke über die Förde.', "windows-1252");
    await expect(readArticleUpload(file("notiz.txt", bytes), 1_000_000)).rejects.toMatchObject({ reason: "not_utf8" });
  });
});

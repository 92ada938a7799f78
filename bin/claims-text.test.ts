import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { testTempDir } from "@/test/support/temp-dir";
import { runClaimsHere } from "@/test/support/run-claims-here";

const tempDir = testTempDir("claimtrack-text-");
const fileWith = (name: string, content: string) => {
  const path = join(tempDir(), name);
  writeFileSync(path, content);
  return path;
};

const PAGE = fileWith(
  "seite.html",
  `<html lang="de"><head><title>Seoul bestellt Botschafter ein | Morgenblatt</title>
  <meta property="og:site_name" content="Morgenblatt"><meta name="author" content="Von Lena Kim">
  <meta property="article:published_time" content="2024-06-20T09:15:00+02:00"></head><body>
  <div class="cookie-consent">Wir verwenden Cookies. Mit der Nutzung der Seite stimmen Sie zu.</div>
  <article><h1>Seoul bestellt Botschafter ein</h1><div class="share">Teilen Facebook WhatsApp</div>
  <p>Laut der Nachrichtenagentur Yonhap hat Seoul am Donnerstag den russischen Botschafter einbestellt.</p>
  <p>Lesen Sie auch: Nordkorea testet neue Rakete</p>
  <p>Die Regierung prüfe alle Möglichkeiten, sagte ein Sprecher des Außenministeriums in Seoul.</p></article></body></html>`,
);

describe("claims extract and claims text with an HTML page", () => {
  it("extracts claims from the page's article text, not from its markup or clutter", async () => {
    const run = await runClaimsHere(["extract", PAGE, "--lang", "de"]);
    expect(run.code).toBe(0);
    const { claims } = JSON.parse(run.stdout) as { claims: { quote: string; sources: { name: string }[] }[] };
    expect(claims[0]?.quote).toMatch(/^Laut der Nachrichtenagentur Yonhap/);
    expect(claims[0]?.sources[0]?.name).toBe("Yonhap");
    expect(run.stdout).not.toMatch(/Cookies|Lesen Sie auch|<p>|og:site_name/);
  });

  it("prints the article text on standard output and the metadata an ingest would store on standard error", async () => {
    const run = await runClaimsHere(["text", PAGE]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      "Laut der Nachrichtenagentur Yonhap hat Seoul am Donnerstag den russischen Botschafter einbestellt.\n\n" +
        "Die Regierung prüfe alle Möglichkeiten, sagte ein Sprecher des Außenministeriums in Seoul.\n",
    );
    expect(run.stderr.split("\n")).toEqual(
      expect.arrayContaining([
        "title: Seoul bestellt Botschafter ein",
        "outlet: Morgenblatt",
        "byline: Lena Kim",
        "publishedAt: 2024-06-20T07:15:00.000Z",
        "language: de",
      ]),
    );
  });

  it("writes text and metadata as one JSON object with --format json", async () => {
    const run = await runClaimsHere(["text", PAGE, "--format", "json"]);
    expect(JSON.parse(run.stdout)).toMatchObject({ title: "Seoul bestellt Botschafter ein", outlet: "Morgenblatt" });
  });

  it("says in one sentence that a login page holds no article text", async () => {
    const login = fileWith("login.html", "<html><body><h1>Anmelden</h1><form><input name=email></form></body></html>");
    const run = await runClaimsHere(["text", login]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^claims: Claimtrack found no article text on this page/);
  });

  it("prints a text file as an ingest would store it, its first line as the title", async () => {
    const run = await runClaimsHere(["text", fileWith("notiz.txt", "Überschrift\n\nDer Text.")]);
    expect(run.stdout).toBe("Überschrift\n\nDer Text.\n");
    expect(run.stderr).toBe("title: Überschrift\n");
  });
});

import { writeFileSync, copyFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testTempDir } from "@/test/support/temp-dir";
import { runClaimsHere } from "@/test/support/run-claims-here";
import { createTestDb, type TestDb } from "@/test/support/test-db";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
let t: TestDb;
let folder: string;

const claims = (args: string[]) => runClaimsHere(args, { env: { DATABASE_URL: t.url } });

const tempDir = testTempDir("claimtrack-ingest-");

beforeAll(async () => {
  t = await createTestDb();
  folder = tempDir();
  copyFileSync(join(ROOT, "test/fixtures/articles/de-suedkorea-truppen.txt"), join(folder, "a-seed.txt"));
  writeFileSync(
    join(folder, "b-page.html"),
    "<html><head><title>Seoul summons envoy</title><script>alert(1)</script></head><body><nav>Home</nav><article><h1>Seoul summons envoy</h1><p>According to Reuters, Seoul summoned the Russian ambassador on Tuesday.</p></article></body></html>",
  );
  writeFileSync(join(folder, "c-broken.txt"), Buffer.from([0x25, 0x50, 0x44, 0x46, 0, 1, 2]));
  writeFileSync(join(folder, "ignored.pdf"), "not read");
}, 60_000);
afterAll(async () => t?.drop());

describe("claims ingest", () => {
  it("stores every readable file of a folder, reports each with a progress line and summarises", async () => {
    const run = await claims(["ingest", folder]);
    expect(run.stderr).toMatch(/\[1\/3\] .*a-seed\.txt: created \(24 claims\)/);
    expect(run.stderr).toMatch(/\[3\/3\] .*c-broken\.txt: failed — The file looks like a binary file/);
    expect(run.stdout).toContain("Ingested 2, skipped 0 already stored, failed 1.");
    expect(run.code).toBe(1);
    const html = await t.db.article.findFirstOrThrow({
      where: { title: "Seoul summons envoy" },
      include: { claims: { include: { citations: { include: { source: true } } } } },
    });
    expect(html.body).not.toContain("alert");
    const reuters = html.claims.find((c) => c.quote.startsWith("According to Reuters"));
    expect(reuters?.citations[0]?.source.name).toBe("Reuters");
  });

  it("skips what is already stored when run again", async () => {
    const run = await claims(["ingest", join(folder, "a-seed.txt"), join(folder, "b-page.html")]);
    expect(run.stdout).toContain("Ingested 0, skipped 2 already stored, failed 0.");
    expect(run.code).toBe(0);
  });

  it("gives one article the title named with --title, and refuses it for many", async () => {
    const file = join(folder, "d-floods.txt");
    writeFileSync(file, "Nach Angaben der Polizei wurden in Passau 400 Menschen in Sicherheit gebracht.\n");
    const run = await claims(["ingest", file, "--title", "Hochwasser in Passau", "--outlet", "Passauer Blatt"]);
    expect(run.code).toBe(0);
    expect(await t.db.article.count({ where: { title: "Hochwasser in Passau", outlet: "Passauer Blatt" } })).toBe(1);
    const many = await claims(["ingest", folder, "--title", "One title"]);
    expect(many.code).toBe(2);
    expect(many.stderr).toMatch(/--title names one article; you named \d+ files/);
  });

  it("says so in one sentence when nothing can be ingested", async () => {
    const run = await claims(["ingest", join(folder, "nope")]);
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe('claims: Cannot read "' + join(folder, "nope") + '": no such file or folder.');
  });

  it("stores an edited file as a new version of an article, and says unchanged for the same text", async () => {
    const html = await t.db.article.findFirstOrThrow({ where: { title: "Seoul summons envoy" } });
    const edited = join(folder, "edited.txt");
    writeFileSync(
      edited,
      `${html.body.replace("on Tuesday", "on Wednesday")}\n\nReuters said the talks lasted an hour.`,
    );
    const run = await claims(["ingest", "--new-version-of", html.id, edited]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /Stored version 2 of \S+: 0 claims kept, 1 changed, 0 no longer in the article, [1-9]\d* new/,
    );
    expect(await t.db.article.findUniqueOrThrow({ where: { id: html.id } })).toMatchObject({ version: 2 });
    const again = await claims(["ingest", "--new-version-of", html.id, edited]);
    expect(again.stdout).toContain("Unchanged: the text is that of version 2; nothing was stored.");
  });

  it("refresh: an article without a URL is told to upload its text; a new version is one file", async () => {
    const seed = await t.db.article.findFirstOrThrow({ where: { url: null } });
    const run = await claims(["refresh", seed.id]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("This article has no URL to fetch again: upload its new text.");
    const two = await claims(["ingest", "--new-version-of", seed.id, folder]);
    expect(two.code).toBe(2);
    expect(two.stderr).toContain("A new version is one file or one URL");
  });
});

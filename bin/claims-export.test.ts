import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testTempDir } from "@/test/support/temp-dir";
import { CSV_COLUMNS } from "@/lib/export/write-claims-csv";
import { runClaimsHere } from "@/test/support/run-claims-here";
import { createTestDb, type TestDb } from "@/test/support/test-db";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
let t: TestDb;

const claims = (args: string[], input?: string, env: Record<string, string | undefined> = {}) =>
  runClaimsHere(args, {
    input,
    env: { CLAIMTRACK_URL: undefined, LANG: "C.UTF-8", LC_ALL: undefined, DATABASE_URL: t.url, ...env },
  });

beforeAll(async () => {
  t = await createTestDb();
}, 60_000);
afterAll(async () => t?.drop());
const tempDir = testTempDir("claimtrack-export-");

describe("claims export", () => {
  it("writes the report of every stored claim as the operator (no account needed), with progress on stderr", async () => {
    expect((await claims(["ingest", join(ROOT, "test/fixtures/articles/de-suedkorea-truppen.txt")])).code).toBe(0);
    const out = join(tempDir(), "report.csv");
    const run = await claims(["export", "--format", "csv", "--out", out]);
    expect(run.code).toBe(0);
    const total = await t.db.claim.count();
    expect(run.stderr).toContain(`exported ${total} of ${total} claims`);
    expect(parse(readFileSync(out, "utf8"), { columns: true })).toHaveLength(total);
  });

  it("filters like the web, writes JSON to stdout, and refuses a bad format with one sentence", async () => {
    const run = await claims(["export", "--format", "json", "--sourcing", "none"]);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as { claims: { sources: unknown[] }[] };
    expect(report.claims.length).toBe(await t.db.claim.count({ where: { sourceCount: 0 } }));
    // "Mine" means the person asking; the operator is nobody, so the filter is refused, not answered with nothing.
    expect(await claims(["export", "--format", "json", "--assignee", "me"])).toMatchObject({
      code: 2,
      stderr: "claims: Only a signed-in person has claims of their own.\n",
    });
    const bad = await claims(["export", "--format", "xlsx"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim()).toBe("claims: Choose a format: csv, json, md, pdf, claimreview.");
  });

  it("writes the PDF report to a file", async () => {
    const out = join(tempDir(), "report.pdf");
    const run = await claims(["export", "--format", "pdf", "--out", out]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(`wrote ${out}`);
    const pdf = readFileSync(out);
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(spawnSync("pdftotext", ["-raw", out, "-"], { encoding: "utf8" }).stdout).toContain("Appendix: sources");
  });

  it("writes the CSV for Excel with the separator of the shell's language, or the one asked for", async () => {
    const german = await claims(["export", "--format", "csv", "--bom"], undefined, { LANG: "de_DE.UTF-8" });
    expect(german.code).toBe(0);
    expect(german.stdout.split("\r\n")[0]).toBe(`\uFEFF${CSV_COLUMNS.join(";")}`);
    const asked = await claims(["export", "--format", "csv", "--bom", "--excel-separator", "comma"], undefined, {
      LANG: "de_DE.UTF-8",
    });
    expect(asked.stdout.split("\r\n")[0]).toBe(`\uFEFF${CSV_COLUMNS.join(",")}`);
    const bad = await claims(["export", "--format", "csv", "--excel-separator", "semicolon"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim()).toBe("claims: excelSeparator applies to the CSV for Excel only (format=csv&bom=1).");
  }, 180_000);

  it("writes the Markdown report in German with --lang de, statuses in words", async () => {
    const claim = await t.db.claim.findFirstOrThrow({ orderBy: { start: "asc" } });
    await t.db.claim.update({ where: { id: claim.id }, data: { status: "mostly_true" } });
    const run = await claims(["export", "--format", "md", "--lang", "de"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("## Überwiegend wahr (1)");
    expect(run.stdout).not.toContain("mostly_true");
  }, 120_000);

  it("warns on stderr that ClaimReview links are wrong without CLAIMTRACK_URL, and counts the fragments it leaves out", async () => {
    const [fragment] = await t.db.claim.findMany({ orderBy: { start: "asc" }, skip: 1, take: 1 });
    await t.db.claim.update({ where: { id: fragment!.id }, data: { text: "Nach Angaben des NIS", status: "false" } });
    const run = await claims(["export", "--format", "claimreview"]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(
      "warning: CLAIMTRACK_URL is not set: the links in the ClaimReview markup point at localhost",
    );
    expect(run.stderr).toContain("left out of the ClaimReview: 1 without a verb (a fragment, not a statement)");
    const reviews = JSON.parse(run.stdout) as { claimReviewed: string }[];
    expect(reviews.map((r) => r.claimReviewed)).not.toContain("Nach Angaben des NIS");
    const configured = await claims(["export", "--format", "claimreview"], undefined, {
      CLAIMTRACK_URL: "https://claims.example.org",
    });
    expect(configured.stderr).not.toContain("CLAIMTRACK_URL");
    expect(configured.stdout).toContain("https://claims.example.org/articles/");
  }, 180_000);
});

import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/test/support/test-db";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
let t: TestDb;

function claims(args: string[], input?: string) {
  const run = spawnSync(join(ROOT, "node_modules/.bin/tsx"), [join(ROOT, "bin/claims.ts"), ...args], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: t.url },
    encoding: "utf8",
    input,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

beforeAll(async () => {
  t = await createTestDb();
}, 60_000);
afterAll(async () => t?.drop());

describe("claims export", () => {
  it("needs an admin, then writes the report of every stored claim with progress on stderr", async () => {
    expect(claims(["export", "--format", "csv"]).stderr).toContain("There is no admin yet");
    expect(
      claims(["user", "add", "ops@x.org", "--role", "admin", "--password-stdin"], "a-long-password-1\n").code,
    ).toBe(0);
    expect(claims(["ingest", join(ROOT, "test/fixtures/articles/de-suedkorea-truppen.txt")]).code).toBe(0);
    const out = join(mkdtempSync(join(tmpdir(), "claimtrack-export-")), "report.csv");
    const run = claims(["export", "--format", "csv", "--out", out]);
    expect(run.code).toBe(0);
    const total = await t.db.claim.count();
    expect(run.stderr).toContain(`exported ${total} of ${total} claims`);
    expect(parse(readFileSync(out, "utf8"), { columns: true })).toHaveLength(total);
  });

  it("filters like the web, writes JSON to stdout, and refuses a bad format with one sentence", async () => {
    const run = claims(["export", "--format", "json", "--sourcing", "none"]);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as { claims: { sources: unknown[] }[] };
    expect(report.claims.length).toBe(await t.db.claim.count({ where: { sourceCount: 0 } }));
    const bad = claims(["export", "--format", "xlsx"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim()).toBe("claims: Choose a format: csv, json, md, pdf, claimreview.");
  });

  it("writes the PDF report to a file", () => {
    const out = join(mkdtempSync(join(tmpdir(), "claimtrack-export-")), "report.pdf");
    const run = claims(["export", "--format", "pdf", "--out", out]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(`wrote ${out}`);
    const pdf = readFileSync(out);
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(spawnSync("pdftotext", ["-raw", out, "-"], { encoding: "utf8" }).stdout).toContain("Appendix: sources");
  });
});

import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { testTempDir } from "@/test/support/temp-dir";
import { ExtractionSchema } from "@/lib/extract/schema";
import { runClaimsHere } from "@/test/support/run-claims-here";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const SEED = join(ROOT, "test/fixtures/articles/de-suedkorea-truppen.txt");
const TSX = join(ROOT, "node_modules/.bin/tsx");

/** Runs the real command line, as a user would through `npm run claims --` (its own process: seconds apiece). */
function spawnClaims(args: string[], input?: string | Buffer) {
  const run = spawnSync(TSX, [join(ROOT, "bin/claims.ts"), ...args], { cwd: ROOT, input, encoding: "utf8" });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** The same commands run in this process (bin/claims.ts only hands its streams and exit code to runClaims). */
const claims = (args: string[], input?: string | Buffer) => runClaimsHere(args, { input });

const tempDir = testTempDir("claimtrack-cli-");
const fileWith = (name: string, content: string | Buffer) => {
  const path = join(tempDir(), name);
  writeFileSync(path, content);
  return path;
};

describe("claims, the command", () => {
  it("reads standard input, writes the result to standard output and a refusal to standard error, with exit codes", () => {
    const run = spawnClaims(["extract", "-", "--lang", "en"], "According to Reuters, the talks failed.");
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).claims[0].sources[0].name).toBe("Reuters");
    const refused = spawnClaims(["frobnicate"]);
    expect(refused.code).toBe(2);
    expect(refused.stdout).toBe("");
    expect(refused.stderr).toBe('claims: Unknown command "frobnicate"; run "npm run claims -- --help" for the list.\n');
  });
});

describe("claims extract", () => {
  it("prints the extraction contract as JSON for a file", async () => {
    const run = await claims(["extract", SEED]);
    expect(run.code).toBe(0);
    const result = ExtractionSchema.parse(JSON.parse(run.stdout));
    expect(result.sources.map((s) => s.name)).toContain("Associated Press");
  });

  it("reads standard input with '-' and honours --lang", async () => {
    const run = await claims(["extract", "-", "--lang", "en"], "According to Reuters, the talks failed.");
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).claims[0].sources[0].name).toBe("Reuters");
  });

  it("prints a readable table with --format text", async () => {
    const run = await claims(["extract", SEED, "--format", "text"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("über 1.000 Soldaten entsandt");
    expect(run.stdout).toContain("← Associated Press (news_agency");
    // Why the extractor says so: the kind of cue and the rule that matched, for every source.
    expect(run.stdout).toContain("according_to cue, rule de.zufolge");
  });

  it.each([
    ["a missing file", () => ["extract", join(tempDir(), "nope.txt")], undefined, /no such file/],
    ["empty input", () => ["extract", fileWith("empty.txt", "")], undefined, /empty/],
    [
      "binary input",
      () => ["extract", fileWith("doc.pdf", Buffer.from([0x25, 0x50, 0x44, 0x46, 0, 1, 2]))],
      undefined,
      /binary/,
    ],
    ["non-UTF-8 input", () => ["extract", "-"], Buffer.from([0x47, 0x72, 0xfc, 0xdf, 0x65]), /not valid UTF-8/],
    ["input over --max-bytes", () => ["extract", SEED, "--max-bytes", "100"], undefined, /over the limit of 100 bytes/],
    ["an unknown language", () => ["extract", SEED, "--lang", "fr"], undefined, /"de", "en" or "auto"/],
    ["an unknown command", () => ["frobnicate"], undefined, /Unknown command/],
  ])("exits 2 with one clear sentence for %s", async (_, args, input, message) => {
    const run = await claims(args(), input);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
  });
});

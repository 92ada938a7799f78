import { spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testTempDir } from "@/test/support/temp-dir";
import type { Db } from "@/lib/db/client";
import { runClaimsHere } from "@/test/support/run-claims-here";
import { createTestDb, type TestDb } from "@/test/support/test-db";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const TSX = join(ROOT, "node_modules/.bin/tsx");
// Enough that the kill lands mid-run (after five) with most still to come, and few enough that the three runs of
// them (killed, reference, resume) stay quick on PostgreSQL: each article is matched against the copies stored before it.
const FILES = 20;
let killed: TestDb;
let reference: TestDb;
let folder: string;

// Only the killed run needs a process of its own; the runs to compare with are the same command in this one.
const ingest = (url: string) => runClaimsHere(["ingest", folder], { env: { DATABASE_URL: url } });

/** Per article (by content hash): how many claims, citations and events it has. */
async function shapes(db: Db) {
  const articles = await db.article.findMany({
    select: { contentHash: true, claims: { select: { _count: { select: { citations: true, events: true } } } } },
  });
  return new Map(
    articles.map((a) => [
      a.contentHash,
      {
        claims: a.claims.length,
        citations: a.claims.reduce((n, c) => n + c._count.citations, 0),
        events: a.claims.reduce((n, c) => n + c._count.events, 0),
      },
    ]),
  );
}

const tempDir = testTempDir("claimtrack-kill-");

beforeAll(async () => {
  [killed, reference] = await Promise.all([createTestDb(), createTestDb()]);
  folder = tempDir();
  const texts = ["de-suedkorea-truppen", "en-seoul-drones"].map((n) =>
    readFileSync(join(ROOT, `test/fixtures/articles/${n}.txt`), "utf8"),
  );
  for (let i = 0; i < FILES; i++)
    writeFileSync(
      join(folder, `article-${String(i).padStart(2, "0")}.txt`),
      `${texts[i % 2]}\n\nMeldung ${i}: Laut AP kamen ${i + 10} Gäste.\n`,
    );
}, 60_000);
afterAll(async () => Promise.all([killed?.drop(), reference?.drop()]));

describe("kill -9 during a bulk ingest", () => {
  it("leaves only whole articles, and a second run stores exactly the missing ones", async () => {
    // Kill the ingest (SIGKILL: no clean-up runs) once a few articles are in.
    const child = spawn(TSX, [join(ROOT, "bin/claims.ts"), "ingest", folder], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: killed.url },
      detached: true, // its own process group: tsx runs the CLI in a child process, and both must die
    });
    let created = 0;
    let sent = false;
    await new Promise<void>((resolve) => {
      child.stderr.on("data", (chunk: Buffer) => {
        created += (chunk.toString().match(/: created /g) ?? []).length;
        if (created >= 5 && !sent) {
          process.kill(-child.pid!, "SIGKILL");
          sent = true;
        }
      });
      child.on("exit", () => resolve());
    });
    expect(child.signalCode).toBe("SIGKILL");
    const stored = await killed.db.article.count();
    expect(stored).toBeGreaterThanOrEqual(5);
    expect(stored).toBeLessThan(FILES);

    // The same files ingested without interruption: what each whole article looks like.
    expect((await ingest(reference.url)).code).toBe(0);
    const whole = await shapes(reference.db);
    const afterKill = await shapes(killed.db);
    for (const [hash, shape] of afterKill) expect(shape).toEqual(whole.get(hash));

    const rerun = await ingest(killed.url);
    expect(rerun.code).toBe(0);
    expect(rerun.stdout).toContain(`Ingested ${FILES - stored}, skipped ${stored} already stored, failed 0.`);
    expect(await shapes(killed.db)).toEqual(whole);
  }, 180_000);
});

import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testTempDir } from "@/test/support/temp-dir";
import { ingestArticle } from "@/lib/articles/ingest-article";
import { addNote } from "@/lib/claims/add-note";
import { setClaimStatus } from "@/lib/claims/set-claim-status";
import { runClaimsHere } from "@/test/support/run-claims-here";
import { createTestDb, type TestDb } from "@/test/support/test-db";
import { OPERATOR } from "@/lib/auth/permissions";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
let t: TestDb;
let dir: string;

const claims = (args: string[], databaseUrl = t.url) => runClaimsHere(args, { env: { DATABASE_URL: databaseUrl } });

/**
 * Every row of every table, in a stable order: what "the same database" means. Virtual tables are left out: the text
 * search index's rows are its shadow tables (ClaimMatchIndex_data, …), which are compared like any other.
 */
function everyTable(file: string) {
  const db = new Database(file, { readonly: true });
  try {
    const tables = db
      .prepare(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name",
      )
      .all() as { name: string; sql: string }[];
    // A table without rowids (the index's own) is read in its key's order.
    const order = (sql: string) => (/WITHOUT ROWID/i.test(sql) ? "" : " ORDER BY rowid");
    return Object.fromEntries(
      tables.map(({ name, sql }) => [name, db.prepare(`SELECT * FROM "${name}"${order(sql)}`).all()]),
    );
  } finally {
    db.close();
  }
}

beforeAll(async () => {
  t = await createTestDb();
  dir = tempDir();
  const editor = await t.db.user.create({ data: { email: "ed@x.org", name: "Ed", role: "editor" } });
  const actor = { ...editor, role: "editor" as const };
  const seed = readFileSync(join(ROOT, "test/fixtures/articles/de-suedkorea-truppen.txt"), "utf8");
  const { articleId } = (await ingestArticle(t.db, OPERATOR, { title: "Seed", body: seed }, { maxBytes: 2 << 20 })) as {
    articleId: string;
  };
  const claim = await t.db.claim.findFirstOrThrow({ where: { articleId } });
  await setClaimStatus(t.db, actor, { status: "false", version: 1, reason: "Zahl stimmt nicht", claimId: claim.id });
  await addNote(t.db, actor, { body: "Quelle angefragt", claimId: claim.id });
}, 60_000);
afterAll(async () => t?.drop());
const tempDir = testTempDir("claimtrack-backup-");

describe("claims backup / restore", () => {
  it("round-trips the whole database: every row of every table comes back", async () => {
    const backup = join(dir, "claimtrack.backup.db");
    const run = await claims(["backup", backup]);
    expect(run.stderr).toContain(`wrote ${backup}`);
    expect(run.code).toBe(0);
    const restored = join(dir, "restored.db");
    const back = await claims(["restore", backup], `file:${restored}`);
    expect(back.code).toBe(0);
    expect(back.stderr).toContain("1 articles");
    const original = everyTable(t.url.slice("file:".length));
    expect(Object.keys(original)).toEqual(expect.arrayContaining(["Article", "Claim", "ClaimEvent", "Note", "User"]));
    expect((original.Claim as unknown[]).length).toBeGreaterThan(10);
    expect(everyTable(restored)).toEqual(original);
  });

  it("refuses to overwrite: an existing backup file, or a database holding articles unless --force", async () => {
    const backup = join(dir, "second.db");
    expect((await claims(["backup", backup])).code).toBe(0);
    const again = await claims(["backup", backup]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("exists already");
    const over = await claims(["restore", backup]);
    expect(over.code).toBe(2);
    expect(over.stderr).toContain("Add --force");
    expect((await claims(["restore", backup, "--force"])).code).toBe(0);
  });

  it("refuses a file that is not a Claimtrack backup and leaves the database as it was", async () => {
    const before = everyTable(t.url.slice("file:".length));
    const junk = join(dir, "junk.db");
    writeFileSync(junk, Buffer.from("this is not a database at all ".repeat(200)));
    const run = await claims(["restore", junk, "--force"]);
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe(`claims: ${junk} is not a readable SQLite database.`);
    const empty = join(dir, "empty.db");
    new Database(empty).close();
    expect((await claims(["restore", empty, "--force"])).stderr).toContain("is not a Claimtrack backup");
    expect(everyTable(t.url.slice("file:".length))).toEqual(before);
  });

  it("points PostgreSQL users to pg_dump", async () => {
    const run = await claims(["backup", join(dir, "pg.dump")], "postgresql://u:p@127.0.0.1:1/x");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("pg_dump");
  });
});

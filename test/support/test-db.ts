import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import pg from "pg";
import { createDb, type Db } from "@/lib/db/client";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const LOCAL_HOSTS = new Set(["127.0.0.1", "localhost", "::1", "[::1]"]);
/** Set by prepareTestTemplates (vitest's globalSetup) for the test processes: what createTestDb copies. */
const SQLITE_TEMPLATE = "CLAIMTRACK_TEST_SQLITE_TEMPLATE";
const POSTGRES_TEMPLATE = "CLAIMTRACK_TEST_POSTGRES_TEMPLATE";

/**
 * Test databases give up on a lock held by another writer after this long (production: 5 s). The tests that hold one
 * on purpose check what happens past the timeout, whatever its length.
 */
export const TEST_BUSY_TIMEOUT_MS = 1_500;

export interface TestDb {
  db: Db;
  url: string;
  provider: "sqlite" | "postgresql";
  drop(): Promise<void>;
}

/**
 * A fresh database with every migration applied through the real `prisma migrate deploy`. SQLite: a temporary file,
 * a copy of a template migrated once for these migrations. PostgreSQL (TEST_DATABASE_URL=postgresql://…): a new
 * database on that server, a copy of the run's template database if vitest's globalSetup made one (else migrated
 * itself), dropped afterwards.
 */
export async function createTestDb(): Promise<TestDb> {
  const server = process.env.TEST_DATABASE_URL;
  if (server?.startsWith("postgres")) return createPostgresTestDb(server);
  const dir = mkdtempSync(join(tmpdir(), "claimtrack-test-"));
  const file = join(dir, "test.db");
  copyFileSync(sqliteTemplate(), file);
  const url = `file:${file}`;
  const db = createDb(url, { busyTimeoutMs: TEST_BUSY_TIMEOUT_MS });
  return {
    db,
    url,
    provider: "sqlite",
    drop: async () => {
      await db.$disconnect();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Migrates, once per test run rather than once per test file (a `prisma migrate deploy` is a subprocess of 3–25 s on
 * a busy machine), the databases createTestDb copies, and tells the test processes where they are. Returns what
 * removes them again. vitest's globalSetup (test/support/global-setup.ts) calls it.
 */
export async function prepareTestTemplates(): Promise<() => Promise<void>> {
  process.env[SQLITE_TEMPLATE] = sqliteTemplate();
  const server = process.env.TEST_DATABASE_URL;
  if (!server?.startsWith("postgres")) return async () => {};
  assertLocal(server);
  // createTestDb's name pattern, so scripts/test-postgres.sh removes it too if this run is killed before teardown.
  const name = `claimtrack_test_${process.pid}_template`;
  await admin(server, `CREATE DATABASE "${name}"`);
  migrate(databaseOn(server, name));
  process.env[POSTGRES_TEMPLATE] = name;
  return async () => {
    delete process.env[POSTGRES_TEMPLATE];
    await dropDatabase(server, name);
  };
}

/**
 * The migrated SQLite template for the migrations in prisma/sqlite: kept under .tmp/ by a hash of those files, so a
 * run (or a single test file) after the first migrates nothing, and a changed or added migration makes a new one.
 */
function sqliteTemplate(): string {
  const given = process.env[SQLITE_TEMPLATE];
  if (given && existsSync(given)) return given;
  const dir = join(ROOT, ".tmp/test-db");
  const file = join(dir, `template-${hashOf(join(ROOT, "prisma/sqlite/migrations"))}.db`);
  if (existsSync(file)) return file;
  mkdirSync(dir, { recursive: true });
  // Built under a name of its own and renamed into place: a run that starts meanwhile never copies a half-made one.
  const building = `${file}.${process.pid}.building`;
  migrate(`file:${building}`);
  // One self-contained file, so that copying the file copies the database: no write-ahead log beside it, and not the
  // emptied rollback journal the migration leaves behind.
  const raw = new Database(building);
  raw.pragma("journal_mode = DELETE");
  raw.close();
  rmSync(`${building}-journal`, { force: true });
  renameSync(building, file);
  return file;
}

function hashOf(dir: string): string {
  const hash = createHash("sha256");
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort()) {
    hash.update(entry.slice(dir.length)).update("\0").update(readFileSync(entry)).update("\0");
  }
  return hash.digest("hex").slice(0, 16);
}

async function createPostgresTestDb(server: string): Promise<TestDb> {
  // Tests create and drop databases: never let them near a server that is not on this machine.
  assertLocal(server);
  const name = `claimtrack_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const template = process.env[POSTGRES_TEMPLATE];
  if (template) await copyDatabase(server, template, name);
  else await admin(server, `CREATE DATABASE "${name}"`);
  const url = databaseOn(server, name);
  if (!template) migrate(url);
  const db = createDb(url);
  return {
    db,
    url,
    provider: "postgresql",
    drop: async () => {
      await db.$disconnect();
      await dropDatabase(server, name);
    },
  };
}

/** CREATE DATABASE … TEMPLATE: a file-level copy of the migrated template, no migration run. */
async function copyDatabase(server: string, template: string, name: string): Promise<void> {
  // The copy needs the template to itself for a moment: another copy being made from it at the same instant (two
  // test files starting together) answers 55006 "being accessed by other users", so try again shortly.
  for (let attempt = 1; ; attempt++) {
    try {
      return await admin(server, `CREATE DATABASE "${name}" TEMPLATE "${template}"`);
    } catch (error) {
      if ((error as { code?: string }).code !== "55006" || attempt === 50) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

async function dropDatabase(server: string, name: string): Promise<void> {
  // FORCE ends our own leftover connections. A superuser's backend there (autovacuum analysing the new tables)
  // cannot be ended by our role and fails the drop: it finishes within moments for a test's tables, and within a
  // minute or so for the bench's archive of 450k claims, so try again for up to two minutes.
  for (let attempt = 1; ; attempt++) {
    try {
      return await admin(server, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    } catch (error) {
      if ((error as { code?: string }).code !== "42501" || attempt === 240) throw error;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}

function assertLocal(server: string): void {
  const { hostname } = new URL(server);
  if (!LOCAL_HOSTS.has(hostname)) throw new Error(`Refusing to run tests against non-local ${hostname}.`);
}

function databaseOn(server: string, name: string): string {
  const url = new URL(server);
  url.pathname = `/${name}`;
  return url.toString();
}

function migrate(url: string): void {
  execFileSync(join(ROOT, "node_modules/.bin/prisma"), ["migrate", "deploy"], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: url },
    stdio: "pipe",
  });
}

/**
 * A PostgreSQL test database kept past its process under a name of its own (claimtrack_kept_…): the next test run
 * drops every claimtrack_test_<pid>_… whose process is gone (scripts/test-postgres.sh). Returns its new URL.
 */
export async function keepPostgresTestDb(url: string): Promise<string> {
  const from = new URL(url).pathname.slice(1);
  const to = from.replace(/^claimtrack_test_/, "claimtrack_kept_");
  await admin(url, `ALTER DATABASE "${from}" RENAME TO "${to}"`);
  return databaseOn(url, to);
}

async function admin(server: string, sql: string): Promise<void> {
  const url = new URL(server);
  url.pathname = "/postgres";
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * Makes the database itself refuse every insert into `table` (once it holds `afterRows` rows, if given), to prove a
 * failure in the middle of a change leaves nothing behind. A real trigger, not a mock: the transaction fails where it
 * would fail in production.
 */
export async function refuseInserts(
  t: TestDb,
  table: "Citation" | "ClaimEvent",
  { afterRows }: { afterRows?: number } = {},
): Promise<void> {
  const name = `refuse_${table.toLowerCase()}`;
  const full = afterRows === undefined ? "" : `(SELECT count(*) FROM "${table}") >= ${Number(afterRows)}`;
  if (t.provider === "sqlite") {
    await t.db.$executeRawUnsafe(
      `CREATE TRIGGER ${name} BEFORE INSERT ON "${table}" ${full ? `WHEN ${full} ` : ""}BEGIN SELECT RAISE(ABORT, '${table} refused by test'); END`,
    );
    return;
  }
  await t.db.$executeRawUnsafe(
    `CREATE FUNCTION ${name}() RETURNS trigger AS $$ BEGIN IF ${full || "true"} THEN RAISE EXCEPTION '${table} refused by test'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`,
  );
  await t.db.$executeRawUnsafe(
    `CREATE TRIGGER ${name} BEFORE INSERT ON "${table}" FOR EACH ROW EXECUTE FUNCTION ${name}()`,
  );
}

/** Removes what refuseInserts added. */
export async function allowInserts(t: TestDb, table: "Citation" | "ClaimEvent"): Promise<void> {
  const name = `refuse_${table.toLowerCase()}`;
  if (t.provider === "sqlite") {
    await t.db.$executeRawUnsafe(`DROP TRIGGER IF EXISTS ${name}`);
    return;
  }
  await t.db.$executeRawUnsafe(`DROP TRIGGER IF EXISTS ${name} ON "${table}"`);
  await t.db.$executeRawUnsafe(`DROP FUNCTION IF EXISTS ${name}()`);
}

import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { createDb, type Db } from "@/lib/db/client";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const LOCAL_HOSTS = new Set(["127.0.0.1", "localhost", "::1", "[::1]"]);

export interface TestDb {
  db: Db;
  url: string;
  provider: "sqlite" | "postgresql";
  drop(): Promise<void>;
}

/**
 * A fresh database with every migration applied through the real `prisma migrate deploy`. SQLite: a temporary file.
 * PostgreSQL (TEST_DATABASE_URL=postgresql://…): a new database on that server, dropped afterwards.
 */
export async function createTestDb(): Promise<TestDb> {
  const server = process.env.TEST_DATABASE_URL;
  if (server?.startsWith("postgres")) return createPostgresTestDb(server);
  const dir = mkdtempSync(join(tmpdir(), "claimtrack-test-"));
  const url = `file:${join(dir, "test.db")}`;
  migrate(url);
  const db = createDb(url);
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

async function createPostgresTestDb(server: string): Promise<TestDb> {
  const base = new URL(server);
  // Tests create and drop databases: never let them near a server that is not on this machine.
  if (!LOCAL_HOSTS.has(base.hostname)) throw new Error(`Refusing to run tests against non-local ${base.hostname}.`);
  const name = `claimtrack_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  await admin(server, `CREATE DATABASE "${name}"`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  migrate(url.toString());
  const db = createDb(url.toString());
  return {
    db,
    url: url.toString(),
    provider: "postgresql",
    drop: async () => {
      await db.$disconnect();
      // FORCE ends our own leftover connections. A superuser's backend there (autovacuum analysing the new tables)
      // cannot be ended by our role and fails the drop: it finishes within moments, so try again.
      for (let attempt = 1; ; attempt++) {
        try {
          return await admin(server, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        } catch (error) {
          if ((error as { code?: string }).code !== "42501" || attempt === 10) throw error;
          await new Promise((resolve) => setTimeout(resolve, 500));
        }
      }
    },
  };
}

function migrate(url: string): void {
  execFileSync(join(ROOT, "node_modules/.bin/prisma"), ["migrate", "deploy"], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: url },
    stdio: "pipe",
  });
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

#!/usr/bin/env node
/**
 * Stands in for Prisma's native schema engine, which cannot be downloaded on our machines (see STACK.md).
 * prisma.config.ts points PRISMA_SCHEMA_ENGINE_BINARY here; the Prisma CLI then talks to this process exactly as
 * to the native engine, and we forward to @prisma/schema-engine-wasm running on the project's driver adapters.
 *
 * The CLI calls the engine three ways:
 *   ENGINE --version
 *   ENGINE --datasource '{"url":…}' cli can-connect-to-database|create-database|drop-database
 *   ENGINE [-d FILE]… [--datasource …]   then JSON-RPC 2.0 over stdin/stdout, one JSON object a line
 *
 * This is a private protocol of pinned versions (prisma 7.10.1, schema-engine-wasm 8.1.0-2.59be4fd): re-test
 * `npm run db:migrate`, `db:deploy` and `db:reset` on both databases after any upgrade.
 */
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, resolve } from "node:path";
import { createInterface } from "node:readline";

const require = createRequire(import.meta.url);
const WASM_PACKAGE = "@prisma/schema-engine-wasm";

// ── arguments ───────────────────────────────────────────────────────────────────────────────────────────────────
const argv = process.argv.slice(2);
if (argv.includes("--version")) {
  const { version } = require(`${WASM_PACKAGE}/package.json`);
  process.stdout.write(`schema-engine-cli ${version} (claimtrack wasm shim)\n`);
  process.exit(0);
}
const datamodelPaths = [];
let datasourceArg = null;
let cliCommand = null;
for (let i = 0; i < argv.length; i++) {
  const a = argv[i];
  if (a === "-d" || a === "--datamodels" || a === "--datamodel") datamodelPaths.push(argv[++i]);
  else if (a === "--datasource") datasourceArg = JSON.parse(argv[++i]);
  else if (a === "cli") cliCommand = argv[++i];
  else if (a === "--enabled-preview-features" || a === "--extension-types") i++;
}

function datasourceUrl(params) {
  const fromParams = params?.datasource?.url ?? params?.url;
  const raw = fromParams ?? datasourceArg?.url ?? process.env.DATABASE_URL ?? "";
  return typeof raw === "object" && raw !== null ? raw.value : raw;
}

const isSqlite = (url) => url.startsWith("file:");
/** "file:./data/dev.db" relative to the schema's folder, as Prisma resolves it. */
function sqlitePath(url) {
  const path = url.replace(/^file:/, "").replace(/\?.*$/, "");
  const base = datamodelPaths[0] ? dirname(resolve(datamodelPaths[0])) : process.cwd();
  return resolve(base, path);
}

// ── logging: the CLI reads JSON lines on stderr and skips the first line ────────────────────────────────────────
process.stderr.write("claimtrack schema-engine shim\n");
function logError(message, errorCode) {
  const fields = { message, ...(errorCode ? { error_code: errorCode } : {}) };
  process.stderr.write(`${JSON.stringify({ level: "ERROR", target: "schema_engine::logger", fields })}\n`);
}

// ── driver adapters ─────────────────────────────────────────────────────────────────────────────────────────────
/** The engine reads pg_constraint's internal "char" column (OID 18), which @prisma/adapter-pg cannot map: call it text. */
function teachPgAboutInternalChar() {
  const pg = require("pg");
  const addFields = pg.Result.prototype.addFields;
  pg.Result.prototype.addFields = function (fields) {
    for (const f of fields) if (f.dataTypeID === 18) f.dataTypeID = 25;
    return addFields.call(this, fields);
  };
}

/** better-sqlite3 refuses several statements in one executeRaw; the shadow replay sends whole migration files. */
function acceptScripts(adapter) {
  return new Proxy(adapter, {
    get(target, prop, receiver) {
      if (prop === "executeRaw") {
        return async (query) => {
          try {
            return await target.executeRaw(query);
          } catch (error) {
            if (query.args?.length || !/more than one statement/i.test(String(error?.message ?? error))) throw error;
            await target.executeScript(query.sql);
            return 0;
          }
        };
      }
      const value = Reflect.get(target, prop, receiver);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

/**
 * @prisma/adapter-pg runs a script by cutting it at every ";", which cuts a function's body ($$ … $$) apart. PostgreSQL
 * takes a whole script as one simple query, run as one implicit transaction: all of a migration or none of it.
 */
function wholePgScripts(adapter) {
  return new Proxy(adapter, {
    get(target, prop, receiver) {
      if (prop === "executeScript") {
        return async (script) => {
          try {
            await target.client.query(script);
          } catch (error) {
            target.onError(error);
          }
        };
      }
      const value = Reflect.get(target, prop, receiver);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

const shadowCleanups = [];

async function makeAdapterFactory(url) {
  const { bindMigrationAwareSqlAdapterFactory } = await import("@prisma/driver-adapter-utils");
  if (isSqlite(url)) {
    const { PrismaBetterSqlite3 } = await import("@prisma/adapter-better-sqlite3");
    const main = new PrismaBetterSqlite3({ url: `file:${sqlitePath(url)}` });
    return bindMigrationAwareSqlAdapterFactory({
      provider: main.provider,
      adapterName: main.adapterName,
      connect: async () => acceptScripts(await main.connect()),
      connectToShadowDb: async () => acceptScripts(await new PrismaBetterSqlite3({ url: ":memory:" }).connect()),
    });
  }
  teachPgAboutInternalChar();
  const { PrismaPg } = await import("@prisma/adapter-pg");
  const main = new PrismaPg({ connectionString: url });
  return bindMigrationAwareSqlAdapterFactory({
    provider: main.provider,
    adapterName: main.adapterName,
    connect: async () => wholePgScripts(await main.connect()),
    // @prisma/adapter-pg's own shadow connection opens the main database when given a URL: make a real one.
    connectToShadowDb: async () => {
      const name = `prisma_shadow_${randomBytes(6).toString("hex")}`;
      await adminQuery(url, `CREATE DATABASE "${name}"`);
      const shadowUrl = withDatabase(url, name);
      const adapter = wholePgScripts(await new PrismaPg({ connectionString: shadowUrl }).connect());
      let dropped = false;
      const drop = async () => {
        if (dropped) return;
        dropped = true;
        await adminQuery(url, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      };
      shadowCleanups.push(drop);
      // Drop the shadow database as soon as the engine is done with it.
      return new Proxy(adapter, {
        get(target, prop, receiver) {
          if (prop === "dispose") return async () => (await target.dispose(), await drop());
          const value = Reflect.get(target, prop, receiver);
          return typeof value === "function" ? value.bind(target) : value;
        },
      });
    },
  });
}

function withDatabase(url, database) {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/** Runs one statement on the server's maintenance database (CREATE/DROP DATABASE cannot run inside the target). */
async function adminQuery(url, sql) {
  const { Client } = require("pg");
  const client = new Client({ connectionString: withDatabase(url, "postgres") });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

async function databaseExists(url) {
  if (isSqlite(url)) return existsSync(sqlitePath(url));
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  const result = await adminQuery(url, `SELECT 1 FROM pg_database WHERE datname = '${name.replace(/'/g, "''")}'`);
  return result.rowCount > 0;
}

async function createDatabase(url) {
  if (isSqlite(url)) {
    const path = sqlitePath(url);
    mkdirSync(dirname(path), { recursive: true });
    if (!existsSync(path)) writeFileSync(path, "");
    return path;
  }
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  if (!(await databaseExists(url))) await adminQuery(url, `CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  return name;
}

// ── one-shot CLI subcommands: exit 0 on success, an ERROR log line and exit 1 otherwise ─────────────────────────
if (cliCommand) {
  const url = datasourceUrl();
  try {
    if (cliCommand === "can-connect-to-database") {
      if (!(await databaseExists(url))) {
        logError(`Database does not exist: ${url.replace(/:[^:@/]*@/, ":***@")}`, "P1003");
        process.exit(1);
      }
    } else if (cliCommand === "create-database") {
      process.stdout.write(`${JSON.stringify({ databaseName: await createDatabase(url) })}\n`);
    } else if (cliCommand === "drop-database") {
      if (isSqlite(url)) rmSync(sqlitePath(url), { force: true });
      else await adminQuery(url, `DROP DATABASE IF EXISTS "${new URL(url).pathname.slice(1)}" WITH (FORCE)`);
    } else {
      logError(`Unknown command: ${cliCommand}`);
      process.exit(1);
    }
    process.exit(0);
  } catch (error) {
    logError(String(error?.message ?? error), error?.code === "ECONNREFUSED" ? "P1001" : undefined);
    process.exit(1);
  }
}

// ── the WebAssembly engine ──────────────────────────────────────────────────────────────────────────────────────
async function loadWasm() {
  globalThis.PRISMA_WASM_PANIC_REGISTRY = {
    message: "",
    set_message(value) {
      this.message = value;
    },
  };
  const bg = await import(`${WASM_PACKAGE}/schema_engine_bg`);
  const bytes = await readFile(require.resolve(`${WASM_PACKAGE}/schema_engine_bg`).replace(/\.js$/, ".wasm"));
  const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": bg });
  bg.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start();
  return bg;
}

const datamodels = datamodelPaths.length ? datamodelPaths.map((path) => [path, readFileSync(path, "utf8")]) : undefined; // an empty array panics the engine
const url = datasourceUrl();
const wasm = await loadWasm();
let engine = await newEngine();
let hasDiagnosed = false;

async function newEngine() {
  const log = (line) => process.stderr.write(`${line}\n`);
  return wasm.SchemaEngine.new({ datamodels }, log, await makeAdapterFactory(url));
}

// ── JSON-RPC ────────────────────────────────────────────────────────────────────────────────────────────────────
const send = (message) => process.stdout.write(`${JSON.stringify(message)}\n`);
const pendingAcks = new Map();
let nextOwnId = 1_000_000;

/** Sends a request to the CLI (the engine's "print") and waits for its acknowledgement. */
function requestFromCli(method, params) {
  const id = nextOwnId++;
  send({ jsonrpc: "2.0", id, method, params });
  return new Promise((resolveAck) => pendingAcks.set(id, resolveAck));
}

const isMissingMigrationsTable = (error) => /P1014|_prisma_migrations/.test(String(error?.message ?? error));

const handlers = {
  async devDiagnostic(params) {
    try {
      return await engine.devDiagnostic(params);
    } catch (error) {
      // A fresh SQLite file has no _prisma_migrations table yet: create it with an empty apply, then retry.
      if (!isMissingMigrationsTable(error)) throw error;
      await engine.applyMigrations({
        ...params,
        migrationsList: { ...params.migrationsList, migrationDirectories: [] },
      });
      return engine.devDiagnostic(params);
    }
  },
  async diagnoseMigrationHistory(params) {
    hasDiagnosed = true;
    return engine.diagnoseMigrationHistory(params);
  },
  async createMigration(params) {
    await ensureDiagnosed(params);
    return engine.createMigration(params);
  },
  async evaluateDataLoss(params) {
    await ensureDiagnosed(params);
    return engine.evaluateDataLoss(params);
  },
  async createDatabase(params) {
    return { databaseName: await createDatabase(datasourceUrl(params)) };
  },
  async getDatabaseVersion(params) {
    return engine.version(params ?? null);
  },
  async diff(params) {
    const { stdout, ...rest } = await engine.diff(params);
    if (stdout) await requestFromCli("print", { content: stdout });
    return rest;
  },
  async reset(params) {
    if (!isSqlite(url)) return engine.reset(params);
    // The WebAssembly engine's SQLite reset only deletes rows; an empty database is a new file.
    engine.free();
    const path = sqlitePath(url);
    for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(`${path}${suffix}`, { force: true });
    writeFileSync(path, "");
    engine = await newEngine();
    return {};
  },
};

/** createMigration and evaluateDataLoss need the shadow database that diagnoseMigrationHistory sets up. */
async function ensureDiagnosed(params) {
  if (hasDiagnosed) return;
  hasDiagnosed = true;
  await engine.diagnoseMigrationHistory({
    migrationsList: params.migrationsList,
    optInToShadowDatabase: true,
    filters: params.filters ?? { externalTables: [], externalEnums: [] },
  });
}

function toRpcError(error) {
  const message = String(error?.message ?? error);
  const code = typeof error?.code === "string" && /^P\d{4}$/.test(error.code) ? error.code : undefined;
  const isPanic = /panicked|RuntimeError: unreachable/.test(message);
  return { code: 4466, message, data: { is_panic: isPanic, message, error_code: code, meta: error?.meta ?? null } };
}

async function handle(request) {
  const handler = handlers[request.method];
  try {
    const result = handler ? await handler(request.params) : await engine[request.method](request.params ?? undefined); // same names as the engine's methods
    send({ jsonrpc: "2.0", id: request.id, result: result ?? null });
  } catch (error) {
    send({ jsonrpc: "2.0", id: request.id, error: toRpcError(error) });
  }
}

let queue = Promise.resolve();
const lines = createInterface({ input: process.stdin });
lines.on("line", (line) => {
  if (!line.trim()) return;
  const message = JSON.parse(line);
  if (message.method === undefined && pendingAcks.has(message.id)) {
    pendingAcks.get(message.id)(message);
    pendingAcks.delete(message.id);
    return;
  }
  // The engine is single-threaded: handle requests one after another, in order.
  queue = queue.then(() => handle(message));
});
async function shutDown() {
  await queue;
  for (const cleanup of shadowCleanups) await cleanup().catch(() => {});
  process.exit(0);
}
lines.on("close", shutDown);
// The CLI sends SIGTERM right after closing stdin.
process.on("SIGTERM", shutDown);

/**
 * Fault test: PostgreSQL stops under the running app and comes back. `npx tsx scripts/faults/pg-restart.ts`, as root
 * on a machine with Debian's PostgreSQL packages (CI, ours). Reads and status changes keep coming; while the database
 * is down each must fail with a clean 503 (never another 5xx, never a hang), afterwards they must succeed again, and
 * the server process must still be the same one. Exits 1 if not.
 *
 * The server it stops is its own (a throwaway cluster in a temporary directory, on a free port): stopping the
 * machine's shared server would fail every other test run on it at the time, a CI run's own PostgreSQL suites among
 * them when they run side by side.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stripVTControlCharacters } from "node:util";
import { ingestArticle } from "@/lib/articles/ingest-article";
import { seedBuiltinSources } from "@/lib/sources/seed-builtin-sources";
import { createTestDb } from "@/test/support/test-db";
import { benchPort, freePort, startBenchServer } from "../bench/bench-server";
import { OPERATOR } from "@/lib/auth/permissions";

const PORT = await benchPort();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// A stopped CI run ends this with a signal, which skips "exit" handlers (the throwaway server's removal) unless the
// signal ends it through exit().
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => process.exit(1));
const postgres = await throwawayPostgres();
process.env.TEST_DATABASE_URL = postgres.url;
const t = await createTestDb();
await seedBuiltinSources(t.db);
const { articleId } = (await ingestArticle(
  t.db,
  OPERATOR,
  { title: "Restart", body: "Laut AP kamen 40 Gäste nach Bonn. Reuters zufolge regnete es." },
  { maxBytes: 1 << 20 },
)) as { articleId: string };
const claim = await t.db.claim.findFirstOrThrow({ where: { articleId } });
await t.db.$disconnect();
process.env.CLAIMTRACK_URL = `http://127.0.0.1:${PORT}`;
const serverLog = join(postgres.dir, "app.log");
const server = await startBenchServer(t.url, PORT, { logFile: serverLog });
const headers = { cookie: server.cookie, origin: server.base, "content-type": "application/json" };

type Phase = "before" | "down" | "after";
const seen: Record<Phase, Map<number, number>> = { before: new Map(), down: new Map(), after: new Map() };
let phase: Phase = "before";
let version = claim.version;
let running = true;
const problems: string[] = [];

async function client(n: number) {
  for (let i = 0; running; i++) {
    const write = (i + n) % 2 === 0;
    const started = Date.now();
    const at = phase;
    try {
      const response = write
        ? await fetch(`${server.base}/api/claims/${claim.id}/status`, {
            method: "POST",
            headers,
            body: JSON.stringify({ status: i % 3 ? "in_progress" : "unverified", version }),
            signal: AbortSignal.timeout(15_000),
          })
        : await fetch(`${server.base}/api/claims?q=G%C3%A4ste`, { headers, signal: AbortSignal.timeout(15_000) });
      const body = await response.text();
      if (write && response.status === 200) version = (JSON.parse(body) as { version: number }).version;
      if (write && response.status === 409) version++; // someone else's change won; catch up
      seen[at].set(response.status, (seen[at].get(response.status) ?? 0) + 1);
      if (response.status >= 500 && response.status !== 503)
        problems.push(`${at}: ${response.status} ${body.slice(0, 200)}`);
      if (response.status === 503 && !/try again/i.test(body)) problems.push(`${at}: a 503 without a message: ${body}`);
    } catch (error) {
      problems.push(`${at}: no answer after ${Date.now() - started} ms (${(error as Error).message})`);
    }
    await sleep(100);
  }
}

const clients = Array.from({ length: Number(process.env.FAULT_CLIENTS) || 8 }, (_, n) => client(n));
try {
  await sleep(3_000);
  phase = "down";
  postgres.ctl("stop", "-m", "fast");
  await sleep(5_000);
  postgres.ctl("start"); // -w: returns once the server accepts connections
  await sleep(2_000); // the pool notices its connections are gone and opens new ones
  phase = "after";
  await sleep(4_000);
} finally {
  running = false;
  await Promise.all(clients);
}
const health = await fetch(`${server.base}/api/health`).then(
  (r) => r.status,
  () => 0,
);
server.stop();
await t.drop().catch(() => {});

const describe = (m: Map<number, number>) => [...m].map(([code, n]) => `${code}×${n}`).join(", ") || "none";
console.log(`before: ${describe(seen.before)}\nwhile down: ${describe(seen.down)}\nafter: ${describe(seen.after)}`);
const checks: [string, boolean][] = [
  ["every request answered, and no 5xx but 503", problems.length === 0],
  ["requests succeeded before the stop", (seen.before.get(200) ?? 0) > 0],
  ["while down, requests failed with 503", (seen.down.get(503) ?? 0) > 0],
  ["after the restart, reads and changes succeed again", (seen.after.get(200) ?? 0) > 0 && !seen.after.has(503)],
  ["the server process survived", health === 200],
];
for (const [what, ok] of checks) console.log(`${ok ? "ok  " : "FAIL"}  ${what}`);
for (const p of problems.slice(0, 10)) console.log(`  ${p}`);
// What the server logged about the requests that failed unexpectedly (the database being down is expected).
if (problems.length > 0) console.log(unexpectedServerErrors(serverLog));
process.exit(checks.every(([, ok]) => ok) ? 0 : 1);

/**
 * The distinct error lines of the server's log, but for those that say the database cannot be reached or is shutting
 * down (expected while it is down): what to read first when a request got an unexpected 500.
 */
function unexpectedServerErrors(file: string): string {
  const expected = /P1001|DatabaseNotReachable|Can't reach|shutting down/;
  // Without colours and times, so that the same error said twice is listed once.
  const lines = stripVTControlCharacters(readFileSync(file, "utf8"))
    .replace(/\d{4}-\d\d-\d\dT[\d:.]+Z/g, "")
    .split("\n");
  const errors = new Set(
    lines.filter((line) => /\b\w*Error\b/.test(line) && !expected.test(line)).map((l) => l.trim()),
  );
  return errors.size ? `server log:\n  ${[...errors].slice(0, 10).join("\n  ")}` : "server log: no other errors";
}

/**
 * A new cluster (initdb) in a temporary directory, run as the postgres user (PostgreSQL refuses to run as root) on
 * a free port; stopped and deleted when the script exits, early or not.
 */
async function throwawayPostgres() {
  const version = execFileSync("bash", ["-c", "ls /usr/lib/postgresql | sort -V | tail -1"]).toString().trim();
  if (!version) throw new Error("PostgreSQL is not installed (bash scripts/start-postgres.sh installs it)");
  const bin = `/usr/lib/postgresql/${version}/bin`;
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), "claimtrack-pg-fault-"));
  const asPostgres = (command: string, ...args: string[]) =>
    execFileSync("runuser", ["-u", "postgres", "--", `${bin}/${command}`, ...args], {
      stdio: ["ignore", "ignore", "inherit"],
    });
  const ctl = (action: "start" | "stop", ...args: string[]) =>
    asPostgres(
      "pg_ctl",
      "-D",
      `${dir}/data`,
      "-l",
      `${dir}/server.log`,
      "-w",
      ...args,
      action,
      "-o",
      `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1`,
    );
  process.on("exit", () => {
    try {
      ctl("stop", "-m", "immediate");
    } catch {
      // not started, or stopped already
    }
    rmSync(dir, { recursive: true, force: true });
  });
  execFileSync("chown", ["postgres:", dir]);
  // The shared server's locale and encoding (start-postgres.sh's Debian cluster), trust for the loopback only.
  asPostgres("initdb", "-D", `${dir}/data`, "-U", "claimtrack", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8");
  ctl("start");
  return { url: `postgresql://claimtrack@127.0.0.1:${port}/postgres`, ctl, dir };
}

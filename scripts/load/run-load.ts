/**
 * `npm run load [-- --seconds 60 --connections 50]`: the production build under concurrent clients on loopback,
 * mixing page reads, claim searches, status changes on a small set of shared claims and notes. On SQLite (write-ahead
 * log, busy timeout) and, with PG_SERVER_URL, on PostgreSQL (pool of DATABASE_POOL_SIZE, 20 here). Prints throughput
 * and latency, then checks, from the database: no 5xx, every acknowledged change stored, and exactly one claim event
 * per acknowledged change. Exits 1 if any of that fails.
 */
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { ingestArticle } from "@/lib/articles/ingest-article";
import { CLAIM_STATUSES } from "@/lib/claims/claim-status";
import { seedBuiltinSources } from "@/lib/sources/seed-builtin-sources";
import { createTestDb, type TestDb } from "@/test/support/test-db";
import { loadArticle } from "@/test/support/gold";
import { benchPort, startBenchServer } from "../bench/bench-server";
import { OPERATOR } from "@/lib/auth/permissions";

const { values } = parseArgs({
  options: { seconds: { type: "string", default: "60" }, connections: { type: "string", default: "50" } },
});
const SECONDS = Number(values.seconds);
const CONNECTIONS = Number(values.connections);
const PORT = await benchPort();
const HOT_CLAIMS = 20;
// The server's public address: the clients send it as Origin, as a browser on Claimtrack's pages does.
process.env.CLAIMTRACK_URL = `http://127.0.0.1:${PORT}`;

interface Acked {
  status: { claimId: string; version: number }[];
  notes: string[];
}

/** Mutations sent and answered: those the end of the run cut off may or may not have been committed. */
const sent = { status: 0, notes: 0 };
const answered = { status: 0, notes: 0 };

/** Ten articles (the seed article and the English one, varied) and the claims everybody fights over. */
async function prepare(t: TestDb) {
  await seedBuiltinSources(t.db);
  const texts = [loadArticle("de-suedkorea-truppen").text, loadArticle("en-seoul-drones").text];
  const articleIds: string[] = [];
  for (let i = 0; i < 10; i++) {
    const r = await ingestArticle(
      t.db,
      OPERATOR,
      { title: `Load ${i}`, body: `${texts[i % 2]}\n\nStand ${i}.` },
      { maxBytes: 2 << 20 },
    );
    if (r.status === "created") articleIds.push(r.articleId);
  }
  const hot = await t.db.claim.findMany({
    take: HOT_CLAIMS,
    orderBy: { id: "asc" },
    select: { id: true, version: true },
  });
  return { articleIds, hot };
}

/**
 * One request of each kind before the clock starts: a route's first request loads its code (about two seconds on two
 * cores), and fifty clients arriving at that moment measure the start-up, not the server under load. The two writes are
 * refused (an empty note, a stale version), so nothing is stored that the invariants would have to explain.
 */
async function warmUp(server: { base: string; cookie: string }, articleId: string, claimId: string) {
  const headers = { cookie: server.cookie, origin: server.base, "content-type": "application/json" };
  const paths: [string, RequestInit?][] = [
    [`/articles/${articleId}`],
    [`/api/claims?status=unverified`],
    [`/api/claims/${claimId}/notes`, { method: "POST", body: JSON.stringify({ body: "" }) }],
    [`/api/claims/${claimId}/status`, { method: "POST", body: JSON.stringify({ status: "verified", version: -1 }) }],
  ];
  for (const [path, init] of paths) {
    const response = await fetch(`${server.base}${path}`, { headers, ...init });
    await response.text();
    if (response.status >= 500) throw new Error(`warm-up: ${path} answered ${response.status}`);
  }
}

async function eventsSince(t: TestDb, since: Date) {
  return t.db.claimEvent.findMany({
    where: { createdAt: { gte: since } },
    select: { claimId: true, type: true, claimVersion: true, to: true },
  });
}

async function runOn(database: string) {
  const t = await createTestDb();
  // The server starts (its own process) while the articles are stored (this one): the two cores share the wait.
  const starting = startBenchServer(t.url, PORT);
  try {
    const [{ articleIds, hot }, started] = await Promise.all([prepare(t), starting]);
    await warmUp(started, articleIds[0]!, hot[0]!.id);
    Object.assign(sent, { status: 0, notes: 0 });
    Object.assign(answered, { status: 0, notes: 0 });
    const since = new Date();
    const versions = new Map(hot.map((c) => [c.id, c.version]));
    const acked: Acked = { status: [], notes: [] };
    let n = 0;
    const pick = () => hot[n++ % hot.length]!;
    const json = { "content-type": "application/json" };
    type Ctx = { claimId?: string };
    const result = await autocannon({
      url: started.base,
      connections: CONNECTIONS,
      duration: SECONDS,
      headers: { cookie: started.cookie, origin: started.base },
      requests: [
        {
          method: "GET",
          setupRequest: (req) => ({ ...req, path: `/articles/${articleIds[n++ % articleIds.length]}` }),
        },
        { method: "GET", setupRequest: (req) => ({ ...req, path: `/api/claims?status=${CLAIM_STATUSES[n++ % 8]}` }) },
        {
          method: "POST",
          setupRequest: (req, context: Ctx) => {
            const claim = pick();
            context.claimId = claim.id;
            sent.status++;
            const body = { status: CLAIM_STATUSES[n++ % 8], version: versions.get(claim.id), reason: "load" };
            return {
              ...req,
              path: `/api/claims/${claim.id}/status`,
              headers: { ...req.headers, ...json },
              body: JSON.stringify(body),
            };
          },
          onResponse: (status, body, context: Ctx) => {
            answered.status++;
            if (status !== 200) return;
            const { version } = JSON.parse(body) as { version: number };
            acked.status.push({ claimId: context.claimId!, version });
            versions.set(context.claimId!, Math.max(versions.get(context.claimId!) ?? 0, version));
          },
        },
        {
          method: "POST",
          setupRequest: (req) => {
            const claim = pick();
            sent.notes++;
            return {
              ...req,
              path: `/api/claims/${claim.id}/notes`,
              headers: { ...req.headers, ...json },
              body: JSON.stringify({ body: `Notiz ${n++}` }),
            };
          },
          onResponse: (status, body) => {
            answered.notes++;
            if (status === 201) acked.notes.push((JSON.parse(body) as { id: string }).id);
          },
        },
      ],
    });
    const serverPeakMb = started.peakMemoryMb(); // before stopping: the kernel forgets an ended process
    started.stop();
    const codes = new Map(
      Object.entries(result.statusCodeStats ?? {}).map(([code, s]) => [Number(code), s.count ?? 0]),
    );

    // The invariants, from the database.
    const events = await eventsSince(t, since);
    const statusEvents = new Set(
      events.filter((e) => e.type === "status_changed").map((e) => `${e.claimId}:${e.claimVersion}`),
    );
    const missingStatus = acked.status.filter((a) => !statusEvents.has(`${a.claimId}:${a.version}`)).length;
    let storedNotes = 0; // in lists of 900: SQLite takes at most 999 parameters
    for (let i = 0; i < acked.notes.length; i += 900)
      storedNotes += await t.db.note.count({ where: { id: { in: acked.notes.slice(i, i + 900) } } });
    const noteEvents = events.filter((e) => e.type === "note_added").length;
    const fiveXX = result["5xx"];
    const checks: [string, boolean][] = [
      [`no 5xx (${fiveXX})`, fiveXX === 0],
      [`no socket errors or timeouts (${result.errors} / ${result.timeouts})`, result.errors + result.timeouts === 0],
      [
        `every acknowledged status change stored (${acked.status.length - missingStatus} of ${acked.status.length})`,
        missingStatus === 0,
      ],
      [`every acknowledged note stored (${storedNotes} of ${acked.notes.length})`, storedNotes === acked.notes.length],
      [
        // A change whose answer the end of the run cut off may be stored too; no event without a change sent.
        `claim events = acknowledged changes + committed-but-cut-off (${statusEvents.size} status events for ${acked.status.length} acknowledged, ${sent.status - answered.status} cut off; ${noteEvents} note events for ${acked.notes.length}, ${sent.notes - answered.notes} cut off)`,
        statusEvents.size >= acked.status.length &&
          statusEvents.size - acked.status.length <= sent.status - answered.status &&
          noteEvents >= acked.notes.length &&
          noteEvents - acked.notes.length <= sent.notes - answered.notes &&
          events.length === statusEvents.size + noteEvents,
      ],
      [
        `changes were made (${acked.status.length} status, ${acked.notes.length} notes)`,
        acked.status.length > 0 && acked.notes.length > 0,
      ],
    ];
    return { database, result, codes, checks, serverPeakMb };
  } finally {
    // Stopped even when the preparation failed first: the server may have come up after it.
    await starting.then((started) => started.stop()).catch(() => {});
    await t.drop();
  }
}

const runs = [await runOn("SQLite")];
if (process.env.PG_SERVER_URL) {
  process.env.TEST_DATABASE_URL = `${process.env.PG_SERVER_URL}/postgres`;
  process.env.DATABASE_POOL_SIZE ??= "20";
  runs.push(await runOn("PostgreSQL"));
}
let failed = 0;
for (const { database, result, codes, checks, serverPeakMb } of runs) {
  const l = result.latency;
  console.log(`\n${database}: ${CONNECTIONS} clients for ${SECONDS} s`);
  console.log(`  requests        ${result.requests.total} (${result.requests.average.toFixed(0)}/s)`);
  console.log(`  latency ms      p50 ${l.p50}, p90 ${l.p90}, p99 ${l.p99}, max ${l.max}`);
  console.log(`  server memory   peak ${serverPeakMb.toFixed(0)} MB resident`);
  console.log(
    `  status codes    ${[...codes]
      .sort()
      .map(([c, k]) => `${c}: ${k}`)
      .join(", ")}`,
  );
  for (const [what, ok] of checks) {
    console.log(`  ${ok ? "ok  " : "FAIL"}            ${what}`);
    if (!ok) failed++;
  }
}
if (!process.env.PG_SERVER_URL) console.log("\nPostgreSQL not run: set PG_SERVER_URL.");
process.exit(failed ? 1 : 0);

/**
 * `npx tsx scripts/faults/hostile-ingest.ts`: the production build (`npm run build` first) gets one hostile 2 MB
 * article at a time — the inputs of issue 14 — while /api/health is asked every 50 ms. Prints, per input, how the
 * ingest was answered and how long it took, and the slowest health answer meanwhile. Exits 1 if any health answer
 * took 200 ms or more, or an ingest was answered with a 5xx.
 */
import { seedBuiltinSources } from "@/lib/sources/seed-builtin-sources";
import { createTestDb } from "@/test/support/test-db";
import { benchPort, startBenchServer } from "../bench/bench-server";

const PORT = await benchPort();
const SIZE = 2 * 1024 * 1024;
process.env.CLAIMTRACK_URL = `http://127.0.0.1:${PORT}`;
process.env.ARTICLE_MAX_BYTES = String(SIZE);

const fill = (unit: string, prefix = "", suffix = "") =>
  prefix + unit.repeat(Math.floor((SIZE - prefix.length - suffix.length) / unit.length)) + suffix;
const INPUTS: [label: string, body: string, fileName?: string][] = [
  ["a run of commas mid-sentence", fill(",", "Reuters said a", "b happened.")],
  ["a run of spaces mid-sentence", fill(" ", "Reuters said a", "b happened.")],
  ['\'"X," said Y, "\' repeated', fill('"X," said Y, "')],
  // Not hostile at all, only large: the 1 MB of 36,000 quoted sentences that blocked the server for 39–79 s.
  ["36,000 short quoted sentences (1 MB)", Array.from({ length: 36_000 }, (_, i) => `"Er kam um ${i}." `).join("")],
  ["<title flood (.html)", fill("<title"), "page.html"],
  ["200k nested <div> (.html)", fill("<div>", "", "x"), "page.html"],
  ['<td colspan="1000000"> (.html)', '<table><tr><td colspan="1000000">x</td></tr></table>', "page.html"],
];

const t = await createTestDb();
await seedBuiltinSources(t.db);
const server = await startBenchServer(t.url, PORT);
let worst = 0;
let failed = false;
try {
  // `-- commas` runs only the inputs whose label holds that word.
  for (const [label, body, fileName] of INPUTS.filter(([l]) => l.includes(process.argv[2] ?? ""))) {
    const started = performance.now();
    let done = false;
    const health: number[] = [];
    const poll = (async () => {
      while (!done) {
        const asked = performance.now();
        await fetch(`${server.base}/api/health`);
        health.push(performance.now() - asked);
        await new Promise((r) => setTimeout(r, 50));
      }
    })();
    const headers = { cookie: server.cookie, origin: server.base };
    let request: RequestInit;
    if (fileName) {
      const form = new FormData();
      form.set("title", label);
      form.set("file", new File([body], fileName, { type: "text/html" }));
      request = { method: "POST", headers, body: form };
    } else {
      request = {
        method: "POST",
        headers: { ...headers, "content-type": "application/json" },
        body: JSON.stringify({ title: label, body }),
      };
    }
    const response = await fetch(`${server.base}/api/articles`, request);
    const answer = (await response.text()).slice(0, 90);
    const seconds = (performance.now() - started) / 1000;
    done = true;
    await poll;
    const slowest = Math.max(...health);
    worst = Math.max(worst, slowest);
    if (response.status >= 500) failed = true;
    console.log(
      `${label.padEnd(32)} ${response.status} in ${seconds.toFixed(1)} s; /api/health ×${health.length}: ` +
        `slowest ${slowest.toFixed(0)} ms, median ${median(health).toFixed(0)} ms  ${response.status >= 300 ? answer : ""}`,
    );
  }
} finally {
  server.stop();
  await t.drop();
}
console.log(`slowest /api/health answer during hostile ingests: ${worst.toFixed(0)} ms (limit 200 ms)`);
if (worst >= 200 || failed) process.exitCode = 1;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/**
 * One export measurement in a process of its own (spawned by export-bench.ts), so its memory peak is its own:
 * `tsx scripts/bench/export-measure.ts raw|csv|json|pdf DATABASE_URL`. Prints one JSON line.
 */
import { createDb } from "@/lib/db/client";
import { exportClaims } from "@/lib/export/export-claims";

const [what, url] = process.argv.slice(2) as [string, string];
const db = createDb(url);
const user = await db.user.findFirstOrThrow({ where: { email: "ex@bench.test" } });
await db.claim.count(); // connect and load the engine before the baseline

const drain = async (format: string) => {
  let bytes = 0;
  for await (const chunk of exportClaims(db, { ...user, role: "editor" }, { format }).chunks)
    bytes += typeof chunk === "string" ? Buffer.byteLength(chunk) : chunk.byteLength;
  return bytes;
};
/** The naive way: every row with its relations in one query, serialized in one go. */
const raw = async () =>
  Buffer.byteLength(
    JSON.stringify(
      await db.claim.findMany({
        include: { article: { select: { title: true } }, citations: { include: { source: true } }, evidence: true },
      }),
    ),
  );

const baseline = process.memoryUsage().rss;
const start = performance.now();
let bytes = 0;
try {
  bytes = what === "raw" ? await raw() : await drain(what);
} catch (error) {
  // The naive way has a ceiling: one JSON string of every claim outgrows V8's longest string (about 512 MB).
  if (!(error instanceof RangeError)) throw error;
  const seconds = (performance.now() - start) / 1000;
  const peakMb = (process.resourceUsage().maxRSS * 1024) / 2 ** 20;
  console.log(
    JSON.stringify({ seconds, peakMb, growthMb: peakMb - baseline / 2 ** 20, megabytes: 0, error: error.message }),
  );
  process.exit(0);
}
const seconds = (performance.now() - start) / 1000;
// maxRSS (KiB) is the kernel's high-water mark of this process: no sampling can miss a spike.
const peak = process.resourceUsage().maxRSS * 1024;
console.log(
  JSON.stringify({
    seconds,
    peakMb: peak / 2 ** 20,
    growthMb: (peak - baseline) / 2 ** 20,
    megabytes: bytes / 2 ** 20,
  }),
);
await db.$disconnect();

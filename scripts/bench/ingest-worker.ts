/**
 * One ingester process of the corpus bench: `tsx scripts/bench/ingest-worker.ts DATABASE_URL SEED FROM TO STEP`
 * ingests synthetic articles FROM, FROM+STEP, … below TO through the real domain function and prints one JSON line.
 */
import { ingestArticle } from "@/lib/articles/ingest-article";
import { createDb } from "@/lib/db/client";
import { syntheticArticle } from "./synthetic-corpus";
import { OPERATOR } from "@/lib/auth/permissions";

const [url, seed, from, to, step] = process.argv.slice(2) as [string, string, string, string, string];
const db = createDb(url);
let created = 0;
let claims = 0;
for (let i = Number(from); i < Number(to); i += Number(step)) {
  const result = await ingestArticle(db, OPERATOR, syntheticArticle(Number(seed), i), {
    maxBytes: 5 << 20,
    lockWaitMs: 60_000,
  });
  if (result.status === "created") {
    created++;
    claims += result.claims;
  }
}
console.log(JSON.stringify({ created, claims }));
await db.$disconnect();

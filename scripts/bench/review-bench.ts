import type { Actor } from "@/lib/auth/permissions";
import { CLAIM_STATUSES } from "@/lib/claims/claim-status";
import { searchClaims, type ClaimFilter } from "@/lib/claims/search-claims";
import { setClaimStatus } from "@/lib/claims/set-claim-status";
import { getNewsroomCoverage } from "@/lib/coverage/get-newsroom-coverage";
import { createDb, type Db } from "@/lib/db/client";
import type { TestDb } from "@/test/support/test-db";
import { percentile } from "./stats";

export interface ReviewBenchRow {
  database: string;
  claims: number;
  statusP50: number;
  statusP95: number;
  filterP50: number;
  filterP95: number;
  searchP50: number;
  searchP95: number;
  /** Newsroom coverage over every claim, and over one status. */
  coverageAllP50: number;
  coverageAllP95: number;
  coverageFalseP50: number;
  coverageFalseP95: number;
}

/** Runs `fn` after three warm-up runs; a number it returns is its own measurement (setup left out). */
const time = async (runs: number, fn: (i: number) => Promise<unknown>) => {
  const ms: number[] = [];
  for (let i = 0; i < runs + 3; i++) {
    const start = performance.now();
    const measured = await fn(i);
    if (i >= 3) ms.push(typeof measured === "number" ? measured : performance.now() - start);
  }
  return { p50: percentile(ms, 50), p95: percentile(ms, 95) };
};

/**
 * Status change, filtered list, text search and newsroom coverage timings, straight through the domain functions, on
 * the archive `t`.
 */
export async function benchReview(t: TestDb, database: string): Promise<ReviewBenchRow> {
  const claims = await t.db.claim.count();
  const user = await t.db.user.create({ data: { email: "rev@bench.test", name: "Reviewer", role: "factchecker" } });
  const actor: Actor = { ...user, role: "factchecker" };
  const ids = (await t.db.claim.findMany({ select: { id: true }, take: 5000, skip: 7 })).map((c) => c.id);
  const status = await time(200, async (i) => {
    const id = ids[(i * 37) % ids.length]!;
    const { version } = await t.db.claim.findUniqueOrThrow({ where: { id }, select: { version: true } });
    const start = performance.now();
    await setClaimStatus(t.db, actor, { status: CLAIM_STATUSES[i % 8]!, version, claimId: id });
    return performance.now() - start;
  });
  const { filter, search } = await benchSearch(t.db, actor);
  const coverageAll = await time(5, () => getNewsroomCoverage(t.db, actor, {}));
  const coverageFalse = await time(20, () => getNewsroomCoverage(t.db, actor, { status: "false" }));
  return {
    coverageAllP50: coverageAll.p50,
    coverageAllP95: coverageAll.p95,
    coverageFalseP50: coverageFalse.p50,
    coverageFalseP95: coverageFalse.p95,
    database,
    claims,
    statusP50: status.p50,
    statusP95: status.p95,
    filterP50: filter.p50,
    filterP95: filter.p95,
    searchP50: search.p50,
    searchP95: search.p95,
  };
}

/** The filtered list (six filter mixes) and the text search (six texts, some held by thousands of claims, some by none). */
async function benchSearch(db: Db, actor: Actor) {
  const ap = await db.source.findFirstOrThrow({ where: { name: "Associated Press" } });
  const filters: ClaimFilter[] = [
    { status: "false" },
    { status: "unverified", sourcing: "single" },
    { sourcing: "none", hedged: "yes" },
    { sourceId: ap.id },
    { kind: "opinion", assignee: "none" },
    { status: "in_progress", page: 20 },
  ];
  const filter = await time(120, (i) => searchClaims(db, actor, filters[i % filters.length]!));
  const words = ["Pjöngjang", "botschafter", "Drohnen", "extremely tense", "Zugang zum Pazifik", "kein Treffer xyz"];
  const search = await time(60, (i) => searchClaims(db, actor, { q: words[i % words.length]! }));
  return { filter, search };
}

/**
 * `npm run bench -- --search-on DATABASE_URL`: the filtered-list and text-search rows on an archive kept from an
 * earlier run (building one of 10,000 articles takes half an hour), reading only, as a reader.
 */
export async function benchSearchOn(url: string): Promise<string> {
  const db = createDb(url);
  try {
    const claims = await db.claim.count();
    const actor: Actor = { id: "bench-reader", name: "Bench reader", email: "reader@bench.test", role: "viewer" };
    const { filter, search } = await benchSearch(db, actor);
    const ms = (r: { p50: number; p95: number }) => `p50 ${r.p50.toFixed(1)} ms, p95 ${r.p95.toFixed(1)} ms`;
    return `${claims} claims: filtered list ${ms(filter)}; text search ${ms(search)}`;
  } finally {
    await db.$disconnect();
  }
}

import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { allowInserts, createTestDb, refuseInserts, type TestDb } from "@/test/support/test-db";
import { assignMatchingClaims } from "./assign-matching-claims";
import { bulkSetStatusMatching } from "./bulk-set-status-matching";
import { MATCHING_BATCH } from "./matching-claims";

let t: TestDb;
let editor: Actor;
let checker: Actor;
let viewer: Actor;

/** An article of `count` claims under `outlet`, written directly: these tests are about numbers, not extraction. */
async function articleWithClaims(outlet: string, count: number, extra: { hedged?: (i: number) => boolean } = {}) {
  const article = await t.db.article.create({
    data: {
      title: `${outlet} ${count}`,
      body: "Laut AP ist es so.",
      language: "de",
      outlet,
      contentHash: `${outlet}-${count}-${Math.random()}`,
      extractorVersion: "test",
    },
  });
  await t.db.claim.createMany({
    data: Array.from({ length: count }, (_, i) => ({
      articleId: article.id,
      position: i,
      start: 0,
      end: 18,
      quote: "Laut AP ist es so.",
      text: `Claim ${i} of ${outlet}`,
      label: `Claim ${i}`,
      kind: "claim",
      hedged: extra.hedged?.(i) ?? false,
    })),
  });
  return article.id;
}

/** Adds `count` copies of the article's claim in one statement (createMany of 10,000 rows takes most of a minute). */
async function copyClaims(articleId: string, count: number) {
  await t.db.$executeRawUnsafe(
    `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${count})
     INSERT INTO "Claim" (id, "articleId", position, start, "end", quote, text, label, kind, "updatedAt")
     SELECT c.id || '-' || n.i, c."articleId", n.i, c.start, c."end", c.quote, c.text, c.label, c.kind, c."updatedAt"
     FROM "Claim" c, n WHERE c."articleId" = '${articleId}'`,
  );
}

const statusCounts = async (outlet: string) =>
  Object.fromEntries(
    (await t.db.claim.groupBy({ by: ["status"], where: { article: { outlet } }, _count: { _all: true } })).map((g) => [
      g.status,
      g._count._all,
    ]),
  );
const events = (type: string, outlet: string) =>
  t.db.claimEvent.count({ where: { type, claim: { article: { outlet } } } });

beforeAll(async () => {
  t = await createTestDb();
  const make = async (email: string, role: Actor["role"]) => ({
    ...(await t.db.user.create({ data: { email, name: email, role } })),
    role,
  });
  editor = await make("editor@x.org", "editor");
  checker = await make("checker@x.org", "factchecker");
  viewer = await make("viewer@x.org", "viewer");
  // More than two batches, so "all matching" is more than one transaction and far more than a page of 50.
  await articleWithClaims("Bonner Blatt", 2 * MATCHING_BATCH + 50, { hedged: (i) => i % 3 === 0 });
  await articleWithClaims("Kölner Kurier", 30);
}, 60_000);
afterAll(async () => t?.drop());

describe("bulkSetStatusMatching", () => {
  it("sets the status of all 450 claims the filter matches, not a page of them, with one event each", async () => {
    const result = await bulkSetStatusMatching(t.db, checker, {
      status: "in_progress",
      reason: "Redaktion prüft",
      filter: { outlet: "Bonner Blatt" },
    });
    expect(result).toEqual({ matched: 450, changed: 450, skipped: 0 });
    expect(await statusCounts("Bonner Blatt")).toEqual({ in_progress: 450 });
    expect(await statusCounts("Kölner Kurier")).toEqual({ unverified: 30 });
    expect(await events("status_changed", "Bonner Blatt")).toBe(450);
    const event = await t.db.claimEvent.findFirstOrThrow({ where: { type: "status_changed" } });
    expect(event).toMatchObject({
      actorId: checker.id,
      from: "unverified",
      to: "in_progress",
      reason: "Redaktion prüft",
      claimVersion: 2,
    });
  });

  it("parses the filter as the claims page does: its query-string values narrow the set", async () => {
    const result = await bulkSetStatusMatching(t.db, checker, {
      status: "unproven",
      filter: { outlet: "Bonner Blatt", hedged: "yes", q: "", page: "3" },
    });
    expect(result).toMatchObject({ matched: 150, changed: 150 });
    expect(await statusCounts("Bonner Blatt")).toEqual({ in_progress: 300, unproven: 150 });
  });

  it("refuses a filter the page would refuse, and a filter nothing matches, changing nothing", async () => {
    const before = await t.db.claimEvent.count();
    await expect(
      bulkSetStatusMatching(t.db, checker, { status: "true", filter: { outlet: "Bonner Blatt", from: "gestern" } }),
    ).rejects.toThrow("Give dates as YYYY-MM-DD.");
    await expect(
      bulkSetStatusMatching(t.db, checker, { status: "true", filter: { outlet: "Niemandsland" } }),
    ).rejects.toThrow("No claim matches the filter.");
    expect(await t.db.claimEvent.count()).toBe(before);
  });

  it("refuses a viewer and changes nothing", async () => {
    await expect(
      bulkSetStatusMatching(t.db, viewer, { status: "true", filter: { outlet: "Kölner Kurier" } }),
    ).rejects.toMatchObject({ code: "forbidden" });
    expect(await statusCounts("Kölner Kurier")).toEqual({ unverified: 30 });
  });

  it("skips and counts a claim someone else changes during the run, never overwriting it", async () => {
    const [first, second] = await t.db.claim.findMany({
      where: { article: { outlet: "Kölner Kurier" } },
      orderBy: { id: "asc" },
      take: 2,
    });
    // The second was edited once before (version 2), so the run writes it after the first (version 1). Another
    // writer changes it right after the run writes the first: a real trigger, inside the run's own transaction,
    // between its read of the second claim and its write.
    await t.db.claim.update({ where: { id: second!.id }, data: { version: 2 } });
    await bumpVersionOnUpdate(first!.id, second!.id);
    try {
      const result = await bulkSetStatusMatching(t.db, checker, {
        status: "false",
        filter: { outlet: "Kölner Kurier" },
      });
      expect(result).toEqual({ matched: 30, changed: 29, skipped: 1 });
    } finally {
      await dropBumpTrigger();
    }
    const untouched = await t.db.claim.findUniqueOrThrow({ where: { id: second!.id } });
    expect(untouched).toMatchObject({ status: "unverified", version: 3 });
    expect(await t.db.claimEvent.count({ where: { claimId: second!.id } })).toBe(0);
  });

  it("says how many were changed when a batch fails after earlier batches were written", async () => {
    const before = await t.db.claimEvent.count();
    await refuseInserts(t, "ClaimEvent", { afterRows: before + MATCHING_BATCH });
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    let error: unknown;
    let logged: unknown[] = [];
    try {
      error = await bulkSetStatusMatching(t.db, checker, {
        status: "mostly_true",
        filter: { outlet: "Bonner Blatt" },
      }).catch((e: unknown) => e);
    } finally {
      await allowInserts(t, "ClaimEvent");
      logged = log.mock.calls.flat();
      log.mockRestore();
    }
    // The cause goes to the server's log; the person gets the count.
    expect(logged).toEqual([expect.objectContaining({ message: expect.stringContaining("claimEvent") })]);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ reason: "matching_partial", params: { changed: "200", matched: "450" } });
    expect((error as AppError).message).toBe(
      "200 of 450 matching claims were changed, then the change stopped on an error. Run it again for the rest.",
    );
    // The failed batch left nothing behind: exactly the first batch is changed, each with its event.
    expect((await statusCounts("Bonner Blatt")).mostly_true).toBe(MATCHING_BATCH);
    expect(await t.db.claimEvent.count()).toBe(before + MATCHING_BATCH);
  });

  it("refuses more than 10,000 matching claims with a clear message and changes none of them", async () => {
    await copyClaims(await articleWithClaims("Großes Archiv", 1), 10_000);
    const before = await t.db.claimEvent.count();
    const error = await bulkSetStatusMatching(t.db, checker, {
      status: "true",
      filter: { outlet: "Großes Archiv" },
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: "invalid_input",
      status: 400,
      reason: "matching_too_many",
      params: { matched: "10001", max: "10000" },
    });
    expect((error as AppError).message).toBe(
      "10,001 claims match; a change to all matching claims takes at most 10,000. Narrow the filter first.",
    );
    expect(await statusCounts("Großes Archiv")).toEqual({ unverified: 10_001 });
    expect(await t.db.claimEvent.count()).toBe(before);
  });
});

describe("assignMatchingClaims", () => {
  it("assigns every matching claim, leaves those already with that person alone, and audits each move", async () => {
    const some = await t.db.claim.findMany({ where: { article: { outlet: "Bonner Blatt" } }, take: 10 });
    await t.db.claim.updateMany({ where: { id: { in: some.map((c) => c.id) } }, data: { assigneeId: checker.id } });
    const result = await assignMatchingClaims(t.db, editor, {
      assigneeId: checker.id,
      filter: { outlet: "Bonner Blatt" },
    });
    expect(result).toEqual({ matched: 450, changed: 440, skipped: 0 });
    expect(await t.db.claim.count({ where: { article: { outlet: "Bonner Blatt" }, assigneeId: checker.id } })).toBe(
      450,
    );
    expect(await events("assigned", "Bonner Blatt")).toBe(440);
    expect(await t.db.claim.count({ where: { article: { outlet: "Kölner Kurier" }, assigneeId: { not: null } } })).toBe(
      0,
    );
  });

  it("reads 'assigned to me' as the acting person: unassigning their claims leaves another reviewer's alone", async () => {
    await assignMatchingClaims(t.db, editor, { assigneeId: editor.id, filter: { outlet: "Kölner Kurier" } });
    const result = await assignMatchingClaims(t.db, editor, { assigneeId: null, filter: { assignee: "me" } });
    expect(result).toEqual({ matched: 30, changed: 30, skipped: 0 });
    expect(await t.db.claim.count({ where: { assigneeId: editor.id } })).toBe(0);
    expect(await t.db.claim.count({ where: { assigneeId: checker.id } })).toBe(450);
  });

  it("refuses a fact-checker (assigning is for editors) and an assignee who cannot review", async () => {
    const before = await t.db.claimEvent.count();
    await expect(
      assignMatchingClaims(t.db, checker, { assigneeId: checker.id, filter: { outlet: "Kölner Kurier" } }),
    ).rejects.toMatchObject({ code: "forbidden" });
    await expect(
      assignMatchingClaims(t.db, editor, { assigneeId: viewer.id, filter: { outlet: "Kölner Kurier" } }),
    ).rejects.toThrow("Claims can only go to an active editor, fact-checker or admin.");
    expect(await t.db.claimEvent.count()).toBe(before);
  });
});

/** A trigger standing in for another person: when `whenId` is updated, `bumpId` gets a new version. */
async function bumpVersionOnUpdate(whenId: string, bumpId: string) {
  if (t.provider === "sqlite") {
    await t.db.$executeRawUnsafe(
      `CREATE TRIGGER bump_claim AFTER UPDATE ON "Claim" WHEN NEW.id = '${whenId}' BEGIN UPDATE "Claim" SET version = version + 1 WHERE id = '${bumpId}'; END`,
    );
    return;
  }
  await t.db.$executeRawUnsafe(
    `CREATE FUNCTION bump_claim() RETURNS trigger AS $$ BEGIN IF NEW.id = '${whenId}' THEN UPDATE "Claim" SET version = version + 1 WHERE id = '${bumpId}'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`,
  );
  await t.db.$executeRawUnsafe(
    `CREATE TRIGGER bump_claim AFTER UPDATE ON "Claim" FOR EACH ROW EXECUTE FUNCTION bump_claim()`,
  );
}

async function dropBumpTrigger() {
  if (t.provider === "sqlite") return void (await t.db.$executeRawUnsafe(`DROP TRIGGER IF EXISTS bump_claim`));
  await t.db.$executeRawUnsafe(`DROP TRIGGER IF EXISTS bump_claim ON "Claim"`);
  await t.db.$executeRawUnsafe(`DROP FUNCTION IF EXISTS bump_claim()`);
}

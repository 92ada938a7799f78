import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/test/support/test-db";
import { providerOf } from "./client";
import { insertRows } from "./insert-rows";
import { newId } from "./new-id";

let t: TestDb;
let articleId: string;
beforeEach(async () => {
  t = await createTestDb();
  articleId = (
    await t.db.article.create({
      data: { title: "T", body: "Body.", language: "en", extractorVersion: "test" },
      select: { id: true },
    })
  ).id;
});
afterEach(() => t.drop());

const claimRow = (position: number, at: Date) => ({
  id: newId(),
  articleId,
  position,
  start: 0,
  end: 5,
  quote: "Body.",
  text: `Claim ${position}`,
  label: `Claim ${position}`,
  kind: "claim",
  hedged: position % 2 === 0,
  createdAt: at,
  updatedAt: at,
});

describe("rows written by insertRows", () => {
  it("read back through Prisma as rows Prisma wrote: dates, booleans and the database's own defaults", async () => {
    const at = new Date("2020-03-04T10:00:00.123Z");
    await t.db.$transaction((tx) => insertRows(tx, providerOf(t.db), "Claim", [claimRow(0, at), claimRow(1, at)]));
    const byPrisma = await t.db.claim.create({
      data: { articleId, position: 2, start: 0, end: 5, quote: "Body.", text: "P", label: "P", kind: "claim" },
      select: { createdAt: true },
    });
    const claims = await t.db.claim.findMany({
      where: { articleId },
      orderBy: { position: "asc" },
      select: { position: true, createdAt: true, hedged: true, status: true, version: true, anchor: true },
    });
    expect(claims.slice(0, 2)).toEqual([
      { position: 0, createdAt: at, hedged: true, status: "unverified", version: 1, anchor: "current" },
      { position: 1, createdAt: at, hedged: false, status: "unverified", version: 1, anchor: "current" },
    ]);
    // Dates compare with Prisma's own: SQLite compares them as text, so both must be written alike.
    const later = await t.db.claim.findMany({ where: { createdAt: { gt: at } }, select: { position: true } });
    expect(later).toEqual([{ position: 2 }]);
    const newest = await t.db.claim.findFirst({ orderBy: { createdAt: "desc" }, select: { createdAt: true } });
    expect(newest?.createdAt).toEqual(byPrisma.createdAt);
  });

  it("writes more rows than one statement may carry parameters for, each once", async () => {
    const at = new Date();
    const rows = Array.from({ length: 150 }, (_, i) => claimRow(i, at));
    await t.db.$transaction((tx) => insertRows(tx, providerOf(t.db), "Claim", rows));
    const stored = await t.db.claim.findMany({ where: { articleId }, select: { id: true } });
    expect(new Set(stored.map((c) => c.id))).toEqual(new Set(rows.map((r) => r.id)));
  });

  it("leaves a row whose key is taken as it is when asked to, and refuses it otherwise", async () => {
    const at = new Date();
    const first = claimRow(0, at);
    await t.db.$transaction((tx) => insertRows(tx, providerOf(t.db), "Claim", [first]));
    const again = { ...claimRow(1, at), id: first.id };
    await t.db.$transaction((tx) =>
      insertRows(tx, providerOf(t.db), "Claim", [again, claimRow(2, at)], { ignoreDuplicates: true }),
    );
    const stored = await t.db.claim.findMany({ orderBy: { position: "asc" }, select: { position: true } });
    expect(stored).toEqual([{ position: 0 }, { position: 2 }]);
    await expect(t.db.$transaction((tx) => insertRows(tx, providerOf(t.db), "Claim", [again]))).rejects.toThrow();
  });

  it("writes nothing when the transaction fails", async () => {
    const at = new Date();
    const rows = [claimRow(0, at), { ...claimRow(1, at), articleId: "no such article" }];
    await expect(t.db.$transaction((tx) => insertRows(tx, providerOf(t.db), "Claim", rows))).rejects.toThrow();
    expect(await t.db.claim.count()).toBe(0);
  });
});

describe("newId", () => {
  it("makes ids that look like Prisma's and sort in the order they were made", () => {
    const ids = Array.from({ length: 1000 }, newId);
    expect(new Set(ids).size).toBe(1000);
    expect(ids.every((id) => /^c[0-9a-z]{24}$/.test(id))).toBe(true);
    expect([...ids].sort()).toEqual(ids);
  });
});

import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { createTestDb, type TestDb } from "@/test/support/test-db";
import { asActionError } from "./action-error";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
}, 60_000);
afterAll(async () => t?.drop());

describe("what a form shows for what its action threw", () => {
  it("a domain refusal as it is", () => {
    const refusal = new AppError("not_found", "No such claim.");
    expect(asActionError(refusal)).toBe(refusal);
  });

  it("a database held by another writer past the busy timeout: try again, nothing changed", async () => {
    if (t.provider !== "sqlite") return; // the lock below is SQLite's; PostgreSQL's outage is covered in lib/db
    const other = new Database(t.url.slice("file:".length));
    other.exec("BEGIN IMMEDIATE");
    try {
      const thrown = await t.db.source.create({ data: { name: "Gesperrt", type: "other" } }).catch((e: unknown) => e);
      expect(asActionError(thrown)).toMatchObject({ code: "unavailable", status: 503 });
    } finally {
      other.exec("ROLLBACK");
      other.close();
    }
  }, 30_000);

  it("a bug, or Next.js' own redirect, is not a refusal: it is thrown on", () => {
    expect(asActionError(new TypeError("x is undefined"))).toBeNull();
    expect(
      asActionError(Object.assign(new Error("NEXT_REDIRECT"), { digest: "NEXT_REDIRECT;replace;/;307;" })),
    ).toBeNull();
  });
});

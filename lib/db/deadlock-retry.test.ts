import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClaim } from "@/test/support/factories";
import { signal } from "@/test/support/signal";
import { createTestDb, type TestDb } from "@/test/support/test-db";

// PostgreSQL only: SQLite runs one writer at a time, so two of its transactions never wait for each other.
let t: TestDb;
let a: string;
let b: string;
beforeAll(async () => {
  t = await createTestDb();
  a = (await createClaim(t.db)).id;
  b = (await createClaim(t.db)).id;
}, 60_000);
afterAll(async () => t?.drop());

describe.runIf(process.env.TEST_DATABASE_URL?.startsWith("postgres"))(
  "two transactions that wait for each other",
  () => {
    it("both go through: the one PostgreSQL ends for the deadlock is run again after the other", async () => {
      // Each holds one claim and then asks for the other's: a deadlock, whichever the server picks to end.
      const held = { a: signal(), b: signal() };
      const change = (first: string, second: string, mine: "a" | "b", theirs: "a" | "b", label: string) =>
        t.db.$transaction(
          async (tx) => {
            await tx.claim.update({ where: { id: first }, data: { label } });
            held[mine].resolve();
            await held[theirs].promise;
            await tx.claim.update({ where: { id: second }, data: { label } });
          },
          { timeout: 20_000 },
        );
      await Promise.all([change(a, b, "a", "b", "erste"), change(b, a, "b", "a", "zweite")]);
      const labels = await t.db.claim.findMany({ where: { id: { in: [a, b] } }, select: { label: true } });
      // Whole transactions, one after the other: both claims carry the label of the one that committed last.
      expect(new Set(labels.map((c) => c.label)).size).toBe(1);
    }, 30_000);
  },
);

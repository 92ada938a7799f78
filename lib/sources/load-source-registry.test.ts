import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "@/lib/db/client";
import { createTestDb, type TestDb } from "@/test/support/test-db";
import { sourceRegistryFor } from "./load-source-registry";

/**
 * The registry cache of the ingest: what another process adds, renames or removes must reach the next extraction.
 * Two clients on one database stand for two processes (the cache lives per client).
 */
describe("sourceRegistryFor", () => {
  let t: TestDb;
  let other: Db;
  // Migrating a test database by subprocess took 10–27 s on a loaded machine; the other suites allow 60 s too.
  beforeAll(async () => {
    t = await createTestDb();
    other = createDb(t.url);
  }, 60_000);
  afterAll(async () => {
    await other.$disconnect();
    await t.drop();
  });
  const nameOf = async (mention: string) => (await sourceRegistryFor(t.db)).lookup(mention)?.name ?? null;

  it("is reused while nothing changes, and learns sources and aliases another process adds", async () => {
    const first = await sourceRegistryFor(t.db);
    expect(await sourceRegistryFor(t.db)).toBe(first);
    expect(await nameOf("Ostseewarte")).toBeNull();
    const source = await other.source.create({ data: { name: "Ostseewarte Kiel", type: "organization" } });
    await other.sourceAlias.create({ data: { sourceId: source.id, alias: "Ostseewarte", normalized: "ostseewarte" } });
    expect(await nameOf("Ostseewarte")).toBe("Ostseewarte Kiel");
    expect(await nameOf("die Ostseewarte Kiel")).toBe("Ostseewarte Kiel");
    expect(await sourceRegistryFor(t.db)).toBe(first);
  });

  it("forgets a renamed or removed source", async () => {
    const source = await other.source.findUniqueOrThrow({
      where: { name_scope: { name: "Ostseewarte Kiel", scope: "" } },
    });
    await other.source.update({ where: { id: source.id }, data: { name: "Meereswarte Kiel" } });
    expect(await nameOf("Meereswarte Kiel")).toBe("Meereswarte Kiel");
    expect(await nameOf("Ostseewarte")).toBe("Meereswarte Kiel"); // its alias now names the new name
    await other.source.delete({ where: { id: source.id } });
    expect(await nameOf("Meereswarte Kiel")).toBeNull();
    expect(await nameOf("Ostseewarte")).toBeNull();
  });
});

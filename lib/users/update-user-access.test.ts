import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actorFromApiToken } from "@/lib/auth/verify-api-token";
import { createApiToken } from "@/lib/tokens/create-api-token";
import { revokeApiToken } from "@/lib/tokens/revoke-api-token";
import { createTestDb, type TestDb } from "@/test/support/test-db";
import { updateUserAccess } from "./update-user-access";

let t: TestDb;
const asActor = (u: { id: string; email: string; name: string; role: string }) => ({ ...u, role: u.role as "admin" });

beforeAll(async () => {
  t = await createTestDb();
}, 60_000);
afterAll(async () => t?.drop());

describe("updateUserAccess", () => {
  it("refuses an unknown role with a 400 that names the field", async () => {
    const vic = await t.db.user.create({ data: { email: "r@x.org", name: "R", role: "viewer" } });
    await expect(
      updateUserAccess(t.db, { ...asActor(vic), role: "admin" }, { role: "superuser" as "admin", userId: vic.id }),
    ).rejects.toMatchObject({ status: 400, field: "role" });
  });

  it("changes a role and disables an account, deleting its sessions and logging both", async () => {
    const admin = await t.db.user.create({ data: { email: "a@x.org", name: "A", role: "admin" } });
    const vic = await t.db.user.create({ data: { email: "v@x.org", name: "V", role: "viewer" } });
    await t.db.session.create({
      data: { id: "s1", token: "tok-1", userId: vic.id, expiresAt: new Date(Date.now() + 3600_000) },
    });
    await updateUserAccess(t.db, asActor(admin), { role: "factchecker", userId: vic.id });
    await updateUserAccess(t.db, asActor(admin), { disabled: true, userId: vic.id });
    expect(await t.db.user.findUniqueOrThrow({ where: { id: vic.id } })).toMatchObject({
      role: "factchecker",
      banned: true,
    });
    expect(await t.db.session.count({ where: { userId: vic.id } })).toBe(0);
    const events = await t.db.authEvent.findMany({ where: { userId: vic.id }, orderBy: { createdAt: "asc" } });
    expect(events.map((e) => [e.type, e.actorId])).toEqual([
      ["role_changed", admin.id],
      ["user_disabled", admin.id],
    ]);
  });

  it("never leaves the newsroom without an active admin, and nobody disables themselves", async () => {
    const admin = await t.db.user.findFirstOrThrow({ where: { role: "admin" } });
    await expect(updateUserAccess(t.db, asActor(admin), { role: "viewer", userId: admin.id })).rejects.toMatchObject({
      code: "conflict",
    });
    await expect(updateUserAccess(t.db, asActor(admin), { disabled: true, userId: admin.id })).rejects.toMatchObject({
      code: "conflict",
    });
    expect((await t.db.user.findUniqueOrThrow({ where: { id: admin.id } })).role).toBe("admin");
  });

  it("refuses anyone but an admin", async () => {
    const vic = await t.db.user.findFirstOrThrow({ where: { email: "v@x.org" } });
    await expect(
      updateUserAccess(t.db, { ...asActor(vic), role: "editor" }, { disabled: false, userId: vic.id }),
    ).rejects.toMatchObject({
      code: "forbidden",
    });
  });
});

describe("API tokens", () => {
  it("stores only a hash, act as their owner with the owner's current role, and stop at revocation", async () => {
    const ed = await t.db.user.create({ data: { email: "ed@x.org", name: "Ed", role: "editor" } });
    const { id, token } = await createApiToken(t.db, { ...asActor(ed), role: "editor" }, { name: "nightly" });
    const stored = await t.db.apiToken.findUniqueOrThrow({ where: { id } });
    expect(JSON.stringify(stored)).not.toContain(token);
    // actorFromApiToken reads through the app's client (getDb), which the test points at this database.
    process.env.DATABASE_URL = t.url;
    const viaToken = await actorFromApiToken(token);
    expect(viaToken).toMatchObject({ id: ed.id, role: "editor" });
    await expect(createApiToken(t.db, viaToken!, { name: "one more" })).rejects.toMatchObject({
      code: "forbidden",
      reason: "token_mints",
    });
    await t.db.user.update({ where: { id: ed.id }, data: { role: "viewer" } });
    expect(await actorFromApiToken(token)).toMatchObject({ role: "viewer" });
    await revokeApiToken(t.db, { ...asActor(ed), role: "viewer" }, { tokenId: id });
    expect(await actorFromApiToken(token)).toBeNull();
    expect(
      await t.db.authEvent.count({ where: { userId: ed.id, type: { in: ["token_created", "token_revoked"] } } }),
    ).toBe(2);
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Auth } from "@/lib/auth/auth";
import { AppError } from "@/lib/errors";
import type { Db } from "@/lib/db/client";
import { createTestAuth } from "@/test/support/test-auth";
import { createTestDb, type TestDb } from "@/test/support/test-db";
import { createUser } from "./create-user";

let t: TestDb;
let auth: Auth;
let withSecrets: Db;

beforeAll(async () => {
  t = await createTestDb();
  // The same library and plugins as lib/auth/auth.ts, on the test database.
  ({ auth, withSecrets } = createTestAuth(t));
}, 60_000);
afterAll(async () => {
  await withSecrets?.$disconnect();
  await t?.drop();
});

const admin1 = { email: "ada@example.org", name: "Ada", role: "admin" as const, password: "a-long-password-1" };

describe("createUser", () => {
  it("refuses a first account that is not an admin", async () => {
    await expect(createUser(t.db, auth, null, { ...admin1, role: "editor" })).rejects.toMatchObject({
      code: "invalid_input",
      field: "role",
    });
    expect(await t.db.user.count()).toBe(0);
  });

  it("creates the first admin with a hashed password that signs in and need not be changed", async () => {
    const user = await createUser(t.db, auth, null, admin1);
    expect(user).toMatchObject({ email: "ada@example.org", role: "admin", password: undefined });
    expect(await t.db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ mustChangePassword: false });
    const account = await withSecrets.account.findFirstOrThrow({ where: { userId: user.id } });
    expect(account.password).toMatch(/.{20,}/);
    expect(account.password).not.toContain("a-long-password-1");
    // The app's own client never hands the hash out, whatever the query asks for.
    const seenByApp = await t.db.account.findFirstOrThrow({ where: { userId: user.id } });
    expect(seenByApp).not.toHaveProperty("password");
    const session = await auth.api.signInEmail({ body: { email: admin1.email, password: admin1.password } });
    expect(session.user.id).toBe(user.id);
    expect(await t.db.authEvent.count({ where: { type: "user_created", userId: user.id } })).toBe(1);
  });

  it("refuses a second account without an admin acting, and a non-admin actor", async () => {
    await expect(createUser(t.db, auth, null, { ...admin1, email: "eve@example.org" })).rejects.toMatchObject({
      code: "forbidden",
    });
    const editor = { id: "x", email: "e@x", name: "E", role: "editor" as const };
    await expect(
      createUser(t.db, auth, editor, { email: "new@example.org", name: "N", role: "viewer" }),
    ).rejects.toMatchObject({
      code: "forbidden",
    });
    expect(await t.db.user.count()).toBe(1);
  });

  it("lets an admin add an account and hands back a one-time password, which must be replaced at first sign-in", async () => {
    const ada = await t.db.user.findFirstOrThrow();
    const created = await createUser(
      t.db,
      auth,
      { ...ada, role: "admin" },
      { email: "Vic@Example.org ", name: "Vic", role: "viewer" },
    );
    expect(created.email).toBe("vic@example.org");
    expect(created.password).toMatch(/^[\w-]{16,}$/);
    expect(await t.db.user.findUniqueOrThrow({ where: { id: created.id } })).toMatchObject({
      mustChangePassword: true,
    });
    const session = await auth.api.signInEmail({ body: { email: created.email, password: created.password! } });
    expect(session.user).toMatchObject({ mustChangePassword: true });
    await expect(
      createUser(t.db, auth, { ...ada, role: "admin" }, { email: "vic@example.org", name: "V", role: "viewer" }),
    ).rejects.toBeInstanceOf(AppError);
  });

  it("refuses a second account with a name someone has (whatever its case and spaces), so history names one person", async () => {
    const ada = await t.db.user.findFirstOrThrow({ where: { email: admin1.email } });
    const before = await t.db.user.count();
    await expect(
      createUser(
        t.db,
        auth,
        { ...ada, role: "admin" },
        { email: "other-vic@example.org", name: "  VIC ", role: "viewer" },
      ),
    ).rejects.toMatchObject({ code: "duplicate", field: "name", reason: "name_taken" });
    expect(await t.db.user.count()).toBe(before);
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Auth } from "@/lib/auth/auth";
import { recordPasswordAttempt } from "@/lib/auth/login-lockout";
import type { Db } from "@/lib/db/client";
import { createTestAuth, signInHeaders } from "@/test/support/test-auth";
import { runClaimsHere } from "@/test/support/run-claims-here";
import { createTestDb, type TestDb } from "@/test/support/test-db";

let t: TestDb;
let auth: Auth;
let withSecrets: Db;
const claims = (args: string[], input?: string) => runClaimsHere(args, { env: { DATABASE_URL: t.url }, input });

beforeAll(async () => {
  t = await createTestDb();
  ({ auth, withSecrets } = createTestAuth(t));
}, 60_000);
afterAll(async () => {
  await withSecrets?.$disconnect();
  await t?.drop();
});

describe("claims user add", { timeout: 120_000 }, () => {
  it("adds the first admin with the password from standard input, which signs in and need not be replaced", async () => {
    const stdin = "rita-long-password-1\n";
    expect(await claims(["user", "add", "rita@x.org", "--role", "editor", "--password-stdin"], stdin)).toMatchObject({
      code: 2,
      stderr: expect.stringContaining("The first account must be an admin."),
    });
    const added = await claims(["user", "add", "Rita@X.org", "--role", "admin", "--password-stdin"], stdin);
    expect(added, added.stderr).toMatchObject({ code: 0, stdout: "Created admin rita@x.org.\n" });
    const user = await t.db.user.findUniqueOrThrow({ where: { email: "rita@x.org" } });
    expect(user).toMatchObject({ name: "Rita", role: "admin", mustChangePassword: false });
    await expect(signInHeaders(auth, "rita@x.org", "rita-long-password-1")).resolves.toBeInstanceOf(Headers);
  });

  it("without a password makes a one-time one, shown once, that must be replaced at the first sign-in", async () => {
    const added = await claims(["user", "add", "otto@x.org", "--role", "viewer", "--name", "Otto O."]);
    expect(added.code, added.stderr).toBe(0);
    const password = /One-time password \(shown once, hand it over safely\): (\S+)\n/.exec(added.stdout)?.[1];
    expect(password).toBeDefined();
    const user = await t.db.user.findUniqueOrThrow({ where: { email: "otto@x.org" } });
    expect(user).toMatchObject({ name: "Otto O.", role: "viewer", mustChangePassword: true });
    await expect(signInHeaders(auth, "otto@x.org", password!)).resolves.toBeInstanceOf(Headers);
  });

  it("refuses an unknown role, a short password and an address already taken, and adds nothing", async () => {
    const before = await t.db.user.count();
    expect(await claims(["user", "add", "x@x.org", "--role", "boss"])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining("--role must be one of admin, editor, factchecker, viewer."),
    });
    expect(await claims(["user", "add", "x@x.org", "--role", "viewer", "--password-stdin"], "short\n")).toMatchObject({
      code: 2,
      stderr: expect.stringContaining("12"),
    });
    expect(await claims(["user", "add", "RITA@x.org", "--role", "viewer"])).toMatchObject({ code: 2 });
    expect(await t.db.user.count()).toBe(before);
  });
});

describe("claims user unlock", { timeout: 120_000 }, () => {
  it("lifts the lock someone's guessing put on the only admin, so the right password can be tried again", async () => {
    const email = "ops@x.org";
    await t.db.user.create({ data: { email, name: "Ops", role: "admin" } });
    await Promise.all(Array.from({ length: 11 }, () => recordPasswordAttempt(t.db, { email, ip: "10.0.0.1" })));
    expect(await recordPasswordAttempt(t.db, { email, ip: "10.0.0.1" })).toMatchObject({ reason: "account_locked" });

    expect(await claims(["user", "unlock", "OPS@x.org"])).toMatchObject({
      code: 0,
      stdout: `Unlocked sign-in for ${email}.\n`,
    });
    expect(await recordPasswordAttempt(t.db, { email, ip: "10.0.0.1" })).toBeNull();
    expect(await claims(["user", "unlock", "nobody@x.org"])).toMatchObject({ code: 2 });
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Auth } from "@/lib/auth/auth";
import { ACCOUNT_FAILURE_LIMIT, recordPasswordAttempt } from "@/lib/auth/login-lockout";
import type { Actor } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/client";
import { createTestAuth, signInHeaders } from "@/test/support/test-auth";
import { createTestDb, type TestDb } from "@/test/support/test-db";
import { changeOwnPassword } from "./change-own-password";
import { createUser } from "./create-user";
import { resetUserPassword } from "./reset-user-password";
import { createApiToken } from "@/lib/tokens/create-api-token";

let t: TestDb;
let auth: Auth;
let withSecrets: Db;
let ada: Actor;

beforeAll(async () => {
  t = await createTestDb();
  ({ auth, withSecrets } = createTestAuth(t));
  const created = await createUser(t.db, auth, null, {
    email: "ada@example.org",
    name: "Ada",
    role: "admin",
    password: "ada-long-password-1",
  });
  ada = { id: created.id, email: created.email, name: "Ada", role: "admin" };
}, 60_000);
afterAll(async () => {
  await withSecrets?.$disconnect();
  await t?.drop();
});

/** An account an admin added: its one-time password, and the actor it signs in as. */
async function addAccount(email: string) {
  const created = await createUser(t.db, auth, ada, { email, name: email, role: "factchecker" });
  const actor: Actor = { id: created.id, email, name: email, role: "factchecker", mustChangePassword: true };
  return { actor, password: created.password! };
}

const signsIn = (email: string, password: string) =>
  auth.api.signInEmail({ body: { email, password } }).then(
    () => true,
    () => false,
  );
/** What the log says happened to an account, without the sign-ins and guesses. */
const events = (userId: string) =>
  t.db.authEvent.findMany({
    where: { userId, type: { notIn: ["login_ok", "password_attempt"] } },
    orderBy: { createdAt: "asc" },
    select: { type: true },
  });

describe("changeOwnPassword", () => {
  it("replaces the password: the old one stops working, other sessions and API tokens end, and the change is logged", async () => {
    const { actor, password } = await addAccount("vic@example.org");
    const token = await createApiToken(t.db, { ...actor, mustChangePassword: false }, { name: "script" });
    const here = await signInHeaders(auth, actor.email, password);
    const elsewhere = await signInHeaders(auth, actor.email, password, "10.2.2.2");
    const before = await t.db.session.findMany({ where: { userId: actor.id }, select: { id: true } });
    expect(before).toHaveLength(2);
    expect(await auth.api.getSession({ headers: elsewhere })).not.toBeNull();

    const mine = "vic-chose-this-one";
    await changeOwnPassword(
      t.db,
      auth,
      actor,
      { currentPassword: password, newPassword: mine, repeatPassword: mine },
      here,
    );

    expect(await signsIn(actor.email, password)).toBe(false);
    expect(await signsIn(actor.email, mine)).toBe(true);
    expect(await auth.api.getSession({ headers: elsewhere })).toBeNull();
    expect(await t.db.apiToken.findUniqueOrThrow({ where: { id: token.id } })).toMatchObject({
      revokedAt: expect.any(Date),
    });
    // Better Auth replaced this browser's session with a new one (its cookie goes back with the answer).
    const after = await t.db.session.findMany({ where: { userId: actor.id }, select: { id: true } });
    expect(after.map((s) => s.id)).not.toContain(before[0]!.id);
    expect(after.map((s) => s.id)).not.toContain(before[1]!.id);
    expect((await events(actor.id)).map((e) => e.type)).toContain("password_changed");
  });

  it("refuses a wrong current password, changes nothing, and counts it like a failed sign-in", async () => {
    const { actor, password } = await addAccount("wes@example.org");
    const here = await signInHeaders(auth, actor.email, password);
    const change = {
      currentPassword: "not-the-password",
      newPassword: "wes-new-password",
      repeatPassword: "wes-new-password",
    };

    await expect(changeOwnPassword(t.db, auth, actor, change, here)).rejects.toMatchObject({
      code: "invalid_input",
      field: "currentPassword",
      reason: "wrong_current",
    });
    expect(await signsIn(actor.email, password)).toBe(true);
    expect(await signsIn(actor.email, "wes-new-password")).toBe(false);
    expect((await t.db.user.findUniqueOrThrow({ where: { id: actor.id } })).mustChangePassword).toBe(true);

    // With the sign-in guesses from the same address, it reaches the limit: the change itself is now refused.
    await Promise.all(
      Array.from({ length: ACCOUNT_FAILURE_LIMIT - 1 }, () =>
        recordPasswordAttempt(t.db, { email: actor.email, ip: "10.1.1.1" }),
      ),
    );
    await expect(
      changeOwnPassword(t.db, auth, actor, { ...change, currentPassword: password }, here),
    ).rejects.toMatchObject({ code: "too_many_requests", reason: "locked", params: { minutes: "15" } });
    expect(await t.db.authEvent.count({ where: { userId: actor.id, type: "password_change_failed" } })).toBe(1);
  });

  it("refuses a short new password, a repeat that differs and the current password again, before anything else", async () => {
    const { actor, password } = await addAccount("xia@example.org");
    const here = await signInHeaders(auth, actor.email, password);
    const attempt = (newPassword: string, repeatPassword = newPassword) =>
      changeOwnPassword(t.db, auth, actor, { currentPassword: password, newPassword, repeatPassword }, here);

    await expect(attempt("too-short")).rejects.toMatchObject({ field: "newPassword", reason: "too_short" });
    await expect(attempt("xia-new-password", "xia-new-passw0rd")).rejects.toMatchObject({
      field: "repeatPassword",
      reason: "mismatch",
    });
    await expect(attempt(password)).rejects.toMatchObject({ field: "newPassword", reason: "unchanged" });
    expect(await signsIn(actor.email, password)).toBe(true);
    expect(await t.db.authEvent.count({ where: { userId: actor.id, type: { startsWith: "password_change" } } })).toBe(
      0,
    );
  });
});

describe("one-time passwords", () => {
  it("hold an account to choosing its own password; an admin's reset does so again and ends its sessions", async () => {
    const { actor, password } = await addAccount("yan@example.org");
    const mine = "yan-chose-this-one";
    await changeOwnPassword(
      t.db,
      auth,
      actor,
      { currentPassword: password, newPassword: mine, repeatPassword: mine },
      await signInHeaders(auth, actor.email, password),
    );
    expect((await t.db.user.findUniqueOrThrow({ where: { id: actor.id } })).mustChangePassword).toBe(false);
    const session = await auth.api.signInEmail({ body: { email: actor.email, password: mine } });
    expect(session.user).toMatchObject({ mustChangePassword: false });

    const token = await createApiToken(t.db, { ...actor, mustChangePassword: false }, { name: "script" });
    const reset = await resetUserPassword(t.db, auth, ada, { userId: actor.id });
    expect(await t.db.session.count({ where: { userId: actor.id } })).toBe(0);
    expect(await t.db.apiToken.findUniqueOrThrow({ where: { id: token.id } })).toMatchObject({
      revokedAt: expect.any(Date),
    });
    expect(await signsIn(actor.email, mine)).toBe(false);
    const again = await auth.api.signInEmail({ body: { email: actor.email, password: reset.password } });
    expect(again.user).toMatchObject({ mustChangePassword: true });
    expect((await events(actor.id)).map((e) => e.type)).toEqual([
      "user_created",
      "password_changed",
      "token_created",
      "password_reset",
    ]);
  });

  it("a reset that fails half-way changes nothing: the old password still signs in, its sessions stay", async () => {
    const { actor, password } = await addAccount("hugo@example.org");
    expect(await signsIn(actor.email, password)).toBe(true);
    const sessions = await t.db.session.count({ where: { userId: actor.id } });
    // The database fails after the reset's last write, before its transaction commits.
    const failing = new Proxy(t.db, {
      get(target, prop, receiver) {
        if (prop !== "$transaction") return Reflect.get(target, prop, receiver);
        return (work: (tx: unknown) => Promise<unknown>) =>
          target.$transaction(async (tx) => {
            await work(tx);
            throw new Error("disk full");
          });
      },
    }) as Db;
    await expect(resetUserPassword(failing, auth, ada, { userId: actor.id })).rejects.toThrow("disk full");
    expect(await signsIn(actor.email, password)).toBe(true);
    expect(await t.db.session.count({ where: { userId: actor.id } })).toBeGreaterThanOrEqual(sessions);
    expect((await events(actor.id)).map((e) => e.type)).not.toContain("password_reset");
  });
});

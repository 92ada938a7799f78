import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Auth } from "@/lib/auth/build-auth";
import type { Actor } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/client";
import { PEER_HEADER } from "@/lib/http/request-context";
import { createUser } from "@/lib/users/create-user";
import { unlockUser, listLockedUserIds } from "@/lib/users/unlock-user";
import { updateUserAccess } from "@/lib/users/update-user-access";
import { createTestAuth } from "@/test/support/test-auth";
import { createTestDb, type TestDb } from "@/test/support/test-db";
import { ACCOUNT_FAILURE_LIMIT, lockMinutes } from "./login-lockout";

let t: TestDb;
let auth: Auth;
let withSecrets: Db;
let ada: Actor;
const PASSWORD = "the-right-password-1";

beforeAll(async () => {
  t = await createTestDb();
  ({ auth, withSecrets } = createTestAuth(t));
  const created = await createUser(t.db, auth, null, { email: "ada@example.org", name: "Ada", role: "admin" });
  ada = { id: created.id, email: created.email, name: "Ada", role: "admin" };
}, 60_000);
afterAll(async () => {
  await withSecrets?.$disconnect();
  await t?.drop();
});

async function addAccount(email: string) {
  return createUser(t.db, auth, ada, { email, name: email, role: "editor", password: PASSWORD });
}

/** A sign-in from `ip` (with the cookies of an earlier sign-in, if given): its status, or 200, and its cookies. */
async function signIn(email: string, password: string, ip: string, cookie = "") {
  try {
    const { headers } = await auth.api.signInEmail({
      body: { email, password },
      headers: new Headers({ [PEER_HEADER]: ip, cookie }),
      returnHeaders: true,
    });
    return {
      status: 200,
      message: "",
      cookie: headers
        .getSetCookie()
        .map((c) => c.split(";")[0])
        .join("; "),
    };
  } catch (error) {
    const e = error as { statusCode: number; message: string };
    return { status: e.statusCode, message: e.message, cookie: "" };
  }
}

const checked = (email: string) => t.db.authEvent.count({ where: { email, type: "login_failed" } });

describe("sign-in lockout", () => {
  it("checks no more than the limit of 40 parallel guesses from one address, and then refuses even the right password there", async () => {
    const { email } = await addAccount("race@example.org");
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) => signIn(email, `wrong-password-${i}`, "10.0.0.1")),
    );
    expect(await checked(email)).toBeLessThanOrEqual(ACCOUNT_FAILURE_LIMIT);
    expect(results.filter((r) => r.status === 429).length).toBeGreaterThanOrEqual(40 - ACCOUNT_FAILURE_LIMIT);
    const right = await signIn(email, PASSWORD, "10.0.0.1");
    expect(right.status).toBe(429);
    expect(right.message).toMatch(/locked for \d+ minutes/);
  }, 30_000);

  it("lets the owner in from another address, and from a browser that signed in before at the locked one", async () => {
    const { email } = await addAccount("owner@example.org");
    const earlier = await signIn(email, PASSWORD, "10.0.0.2");
    expect(earlier.cookie).toContain("claimtrack.device=");
    await Promise.all(Array.from({ length: 12 }, (_, i) => signIn(email, `wrong-${i}-password`, "10.0.0.2")));
    expect((await signIn(email, PASSWORD, "10.0.0.2")).status).toBe(429);
    expect((await signIn(email, PASSWORD, "10.0.0.3")).status).toBe(200);
    expect((await signIn(email, PASSWORD, "10.0.0.2", earlier.cookie)).status).toBe(200);
  }, 30_000);

  it("shows the lock to an admin, whose unlock lets the right password through again, logged", async () => {
    const user = await addAccount("unlock@example.org");
    await Promise.all(Array.from({ length: 12 }, (_, i) => signIn(user.email, `wrong-${i}-password`, "10.0.0.4")));
    expect((await signIn(user.email, PASSWORD, "10.0.0.4")).status).toBe(429);
    expect(await listLockedUserIds(t.db, ada)).toContain(user.id);

    await unlockUser(t.db, ada, { userId: user.id });
    expect(await listLockedUserIds(t.db, ada)).not.toContain(user.id);
    expect((await signIn(user.email, PASSWORD, "10.0.0.4")).status).toBe(200);
    expect(await t.db.authEvent.count({ where: { type: "account_unlocked", userId: user.id, actorId: ada.id } })).toBe(
      1,
    );
  }, 30_000);

  it("tells a disabled account so whatever the password, without checking it", async () => {
    const user = await addAccount("gone@example.org");
    await updateUserAccess(t.db, ada, { disabled: true, userId: user.id });
    const wrong = await signIn(user.email, "not-the-password", "10.0.0.5");
    const right = await signIn(user.email, PASSWORD, "10.0.0.5");
    expect(wrong).toEqual(right);
    expect(right.message).toMatch(/disabled/);
  });

  it("doubles the lock with every further ten guesses, up to a day", () => {
    expect([9, 10, 19, 20, 30, 1000].map(lockMinutes)).toEqual([0, 15, 15, 30, 60, 1440]);
  });
});

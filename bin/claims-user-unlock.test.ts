import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordPasswordAttempt } from "@/lib/auth/login-lockout";
import { runClaimsHere } from "@/test/support/run-claims-here";
import { createTestDb, type TestDb } from "@/test/support/test-db";

let t: TestDb;
const claims = (args: string[]) => runClaimsHere(args, { env: { DATABASE_URL: t.url } });

beforeAll(async () => {
  t = await createTestDb();
}, 60_000);
afterAll(async () => t?.drop());

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

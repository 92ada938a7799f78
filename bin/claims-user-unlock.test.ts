import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordPasswordAttempt } from "@/lib/auth/login-lockout";
import { createTestDb, type TestDb } from "@/test/support/test-db";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
let t: TestDb;

function claims(args: string[]) {
  const run = spawnSync(join(ROOT, "node_modules/.bin/tsx"), [join(ROOT, "bin/claims.ts"), ...args], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: t.url },
    encoding: "utf8",
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

beforeAll(async () => {
  t = await createTestDb();
}, 60_000);
afterAll(async () => t?.drop());

describe("claims user unlock", { timeout: 120_000 }, () => {
  it("lifts the lock someone's guessing put on the only admin, so the right password can be tried again", async () => {
    const email = "ops@x.org";
    await t.db.user.create({ data: { email, name: "Ops", role: "admin" } });
    await Promise.all(Array.from({ length: 11 }, () => recordPasswordAttempt(t.db, { email, ip: "10.0.0.1" })));
    expect(await recordPasswordAttempt(t.db, { email, ip: "10.0.0.1" })).toMatch(/locked/);

    expect(claims(["user", "unlock", "OPS@x.org"])).toMatchObject({
      code: 0,
      stdout: `Unlocked sign-in for ${email}.\n`,
    });
    expect(await recordPasswordAttempt(t.db, { email, ip: "10.0.0.1" })).toBeNull();
    expect(claims(["user", "unlock", "nobody@x.org"])).toMatchObject({ code: 2 });
  });
});

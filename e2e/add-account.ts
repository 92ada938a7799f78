import { OPERATOR } from "../lib/auth/permissions";
import { createDb } from "../lib/db/client";
import { databaseProvider } from "../lib/db/database-url";
import { createUser } from "../lib/users/create-user";
import { createTestAuth } from "../test/support/test-auth";
import { PASSWORD, type E2ERole } from "./accounts";

/**
 * Adds an account on the e2e server's database as an operator would with `claims user add --password-stdin` (the same
 * createUser, in this process: a CLI start is seconds of CPU the browser tests need, and bin/claims-user.test.ts tests
 * the command). The password is the test's own, so the account is not held to replace it (only the one-time passwords
 * Claimtrack makes for an admin to hand over are; e2e/password.spec.ts goes through that). Better Auth is the tests'
 * own build of it: only its password hashing is used here, which no secret or address enters.
 */
export async function addAccount(email: string, role: E2ERole, password = PASSWORD): Promise<void> {
  const url = process.env.E2E_DATABASE_URL!;
  const db = createDb(url);
  const { auth, withSecrets } = createTestAuth({ url, provider: databaseProvider(url), db });
  try {
    await createUser(db, auth, OPERATOR, { email, name: email.split("@")[0]!, role, password });
  } finally {
    await Promise.all([db.$disconnect(), withSecrets.$disconnect()]);
  }
}

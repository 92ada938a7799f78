import { execFileSync } from "node:child_process";
import type { APIRequestContext } from "@playwright/test";
import { runTmp } from "./run-tmp";

export const PASSWORD = "a-long-e2e-password-42";
export const ROLE_USERS = {
  admin: "admin@e2e.test",
  editor: "editor@e2e.test",
  factchecker: "checker@e2e.test",
  viewer: "viewer@e2e.test",
} as const;
export type E2ERole = keyof typeof ROLE_USERS;
export const storageStateOf = (role: E2ERole) => runTmp(`auth/${role}.json`);

/**
 * Adds an account the way an operator would: the real CLI, on the e2e server's database. The password comes with
 * --password-stdin, so the tests chose it themselves and the account is not held to replace it (only the one-time
 * passwords Claimtrack makes for an admin to hand over are; e2e/password.spec.ts goes through that).
 */
export function addAccount(email: string, role: E2ERole, password = PASSWORD): void {
  execFileSync("node_modules/.bin/tsx", ["bin/claims.ts", "user", "add", email, "--role", role, "--password-stdin"], {
    input: `${password}\n`,
    env: { ...process.env, DATABASE_URL: process.env.E2E_DATABASE_URL },
    stdio: ["pipe", "pipe", "pipe"],
  });
}

/** Signs in through the app's own auth endpoint and returns the context, now holding the session cookie. */
export async function signInByApi(request: APIRequestContext, baseURL: string, email: string, password = PASSWORD) {
  const response = await request.post("/api/auth/sign-in/email", {
    data: { email, password },
    headers: { origin: baseURL },
  });
  if (!response.ok()) throw new Error(`sign-in as ${email} failed: ${response.status()} ${await response.text()}`);
  return request;
}

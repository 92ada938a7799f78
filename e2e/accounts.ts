import type { APIRequestContext } from "@playwright/test";
import { readFileSync } from "node:fs";
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

/** A role's saved session as a Cookie header, for requests sent without Playwright (Node's fetch). */
export function cookieHeaderOf(role: E2ERole): string {
  const state = JSON.parse(readFileSync(storageStateOf(role), "utf8")) as {
    cookies: { name: string; value: string }[];
  };
  return state.cookies.map((cookie) => `${cookie.name}=${cookie.value}`).join("; ");
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

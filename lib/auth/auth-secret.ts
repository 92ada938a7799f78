import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { getEnv } from "@/lib/env";

const SECRET_FILE = join(process.cwd(), "data", ".auth-secret");

/**
 * The secret that signs session cookies: BETTER_AUTH_SECRET from the environment, else one generated on first
 * start and kept in data/.auth-secret (readable by its owner only, never committed). No default secret exists.
 */
export function authSecret(): string {
  const fromEnv = getEnv().BETTER_AUTH_SECRET;
  if (fromEnv) return fromEnv;
  if (existsSync(SECRET_FILE)) return readFileSync(SECRET_FILE, "utf8").trim();
  mkdirSync(join(process.cwd(), "data"), { recursive: true });
  const secret = randomBytes(48).toString("base64url");
  writeFileSync(SECRET_FILE, `${secret}\n`, { mode: 0o600 });
  chmodSync(SECRET_FILE, 0o600);
  return secret;
}

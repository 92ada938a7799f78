import { randomBytes } from "node:crypto";

/** A password made for someone else to hand over (shown once): 120 random bits, 20 URL-safe characters. */
export function oneTimePassword(): string {
  return randomBytes(15).toString("base64url");
}

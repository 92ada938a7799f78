import { randomBytes } from "node:crypto";

let counter = 0;

/**
 * An id for a row written without Prisma's client (insertRows): 25 characters, as Prisma's `cuid()` writes them — a
 * "c", the time, a counter, then random letters — so ids made either way look alike and keep the order they were made
 * in, which keeps index inserts at the end of the index rather than anywhere in it.
 */
export function newId(): string {
  counter = (counter + 1) % 36 ** 4;
  const time = Date.now().toString(36).padStart(8, "0");
  const random = [...randomBytes(12)].map((b) => (b % 36).toString(36)).join("");
  return `c${time}${counter.toString(36).padStart(4, "0")}${random}`;
}

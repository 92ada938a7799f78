import { providerOf, type Db } from "./client";

/**
 * A `contains` condition that finds the text as a person typed it, in any case: "5%" is five and a per cent sign,
 * "snake_case" has an underscore. Prisma writes `contains` as LIKE and leaves % and _ as LIKE's wildcards; PostgreSQL
 * reads a backslash before them as "this character" (its default escape), so they are escaped there. SQLite's LIKE
 * has no escape without an ESCAPE clause, which Prisma does not write: there the claims search's trigram index
 * (claims-with-text.ts) narrows a text of three characters or more to what holds it exactly, and a shorter one with
 * a wildcard finds more than it says.
 */
export function containsText(db: Db, q: string): { contains: string; mode?: "insensitive" } {
  return providerOf(db) === "postgresql"
    ? { contains: q.replace(/[\\%_]/g, "\\$&"), mode: "insensitive" }
    : { contains: q };
}

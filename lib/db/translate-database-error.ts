import { AppError } from "@/lib/errors";

// Prisma's codes for "cannot reach / timed out / connection closed / pool exhausted / too many connections", and P2034: a transaction ended
// for a write conflict or deadlock (rolled back whole) that still met one when run again (lib/db/client.ts).
const UNAVAILABLE_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024", "P2034", "P2037"]);
// What the drivers say when the database is down, restarting or locked by another process past the busy timeout.
// node-postgres refuses a query on a connection the server has ended ("not queryable") without sending it; inside a
// transaction the server has rolled the rest back with the connection, so nothing was written either way.
const UNAVAILABLE_MESSAGE =
  /database is locked|SQLITE_BUSY|ECONNREFUSED|ECONNRESET|Connection terminated|terminating connection|the database system is (starting up|shutting down|in recovery mode)|Can't reach database server|server (has )?closed the connection|is not queryable|deadlock detected/i;

// Prisma's P2028 when the server was too busy for a transaction: no connection free within its wait, or its work not
// done within its time (Prisma rolls it back). Nothing was written either way. Other P2028s (a query after the commit)
// are bugs and stay 500s.
const TRANSACTION_OUT_OF_TIME =
  /Unable to start a transaction in the given time|cannot be executed on an expired transaction/;

// PostgreSQL refuses NUL characters in text (SQLite stores them): an id or text holding one is the request's fault.
const REFUSED_TEXT = /invalid byte sequence for encoding "UTF8": 0x00/;

/**
 * Database errors that are not bugs, as the AppError a person can act on. The database being down, restarting, locked
 * or too busy to finish a transaction in time becomes a 503 that says to try again (nothing was changed); text
 * PostgreSQL cannot store becomes a 400. Anything else is null: a real 500.
 */
export function translateDatabaseError(error: unknown): AppError | null {
  const chain = causesOf(error);
  if (chain.length === 0) return null;
  const text = chain.map((e) => e.message).join(" ");
  if (REFUSED_TEXT.test(text))
    return new AppError(
      "invalid_input",
      "The request holds a NUL character, which cannot be stored.",
      undefined,
      "nul",
    );
  const codes = chain.map((e) => e.code);
  if (
    codes.some((code) => UNAVAILABLE_CODES.has(code)) ||
    UNAVAILABLE_MESSAGE.test(text) ||
    (codes.includes("P2028") && TRANSACTION_OUT_OF_TIME.test(text))
  ) {
    return new AppError(
      "unavailable",
      "The database is busy or restarting; nothing was changed. Try again in a moment.",
      undefined,
      "database",
    );
  }
  return null;
}

/**
 * The error and what it was caused by, a few levels deep, each as its code and message. Libraries wrap the database's
 * error in their own: Better Auth answers a session read that met a closed connection with "Failed to get session",
 * whose cause is Prisma's P1017 (CI met it as a 500 while PostgreSQL restarted).
 */
function causesOf(error: unknown): { code: string; message: string }[] {
  const chain: { code: string; message: string }[] = [];
  for (let e = error; typeof e === "object" && e !== null && chain.length < 5; e = (e as { cause?: unknown }).cause) {
    const { code, message } = e as { code?: unknown; message?: unknown };
    chain.push({ code: typeof code === "string" ? code : "", message: typeof message === "string" ? message : "" });
  }
  return chain;
}

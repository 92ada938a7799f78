import Database from "better-sqlite3";
import { APIError } from "better-auth/api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/test/support/test-db";
import { buildAuth } from "@/lib/auth/build-auth";
import { Prisma } from "@/lib/generated/prisma-sqlite/client";
import { createTestAuth, signInHeaders } from "@/test/support/test-auth";
import { createUser } from "@/lib/users/create-user";
import { createDb } from "./client";
import { translateDatabaseError } from "./translate-database-error";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
}, 60_000);
afterAll(async () => t?.drop());

const caught = async (work: () => Promise<unknown>) => {
  try {
    await work();
    return null;
  } catch (error) {
    return error;
  }
};

describe("database errors a person can act on", () => {
  it("a NUL character in an id is a 400 on PostgreSQL, and simply not found on SQLite", async () => {
    const error = await caught(() => t.db.article.findUnique({ where: { id: "a\u0000b" } }));
    if (t.provider === "postgresql") expect(translateDatabaseError(error)?.status).toBe(400);
    else expect(error).toBeNull();
  });

  it("a database that cannot be reached is a 503 that says to try again", async () => {
    const url = t.provider === "postgresql" ? "postgresql://nobody:x@127.0.0.1:1/none" : null;
    if (url) {
      const down = createDb(url);
      const error = await caught(() => down.article.count());
      await down.$disconnect();
      expect(translateDatabaseError(error)).toMatchObject({
        status: 503,
        message: expect.stringContaining("Try again"),
      });
      return;
    }
    // SQLite: another process holds the write lock past the busy timeout.
    const other = new Database(t.url.slice("file:".length));
    other.exec("BEGIN IMMEDIATE");
    try {
      const error = await caught(() => t.db.source.create({ data: { name: "Gesperrt", type: "other" } }));
      expect(translateDatabaseError(error)).toMatchObject({ status: 503 });
    } finally {
      other.exec("ROLLBACK");
      other.close();
    }
    expect(await t.db.source.count({ where: { name: "Gesperrt" } })).toBe(0);
  }, 30_000);

  it("a transaction the server was too busy to finish in time is a 503, and wrote nothing", async () => {
    // An overloaded machine: the work inside the transaction takes longer than its time allows.
    const error = await caught(() =>
      t.db.$transaction(
        async (tx) => {
          await tx.source.create({ data: { name: "Zu spät", type: "other" } });
          await new Promise((resolve) => setTimeout(resolve, 300));
          await tx.source.create({ data: { name: "Zu spät 2", type: "other" } });
        },
        { timeout: 100 },
      ),
    );
    expect(error).toMatchObject({ code: "P2028" });
    expect(translateDatabaseError(error)).toMatchObject({ status: 503, message: expect.stringContaining("Try again") });
    expect(await t.db.source.count({ where: { name: { startsWith: "Zu spät" } } })).toBe(0);
  });

  // SQLite has no server to end a connection.
  it.runIf(process.env.TEST_DATABASE_URL?.startsWith("postgres"))(
    "a connection the server ended in the middle of a transaction is a 503, and the transaction wrote nothing",
    async () => {
      const error = await caught(() =>
        t.db.$transaction(async (tx) => {
          await tx.source.create({ data: { name: "Abgebrochen", type: "other" } });
          const [backend] = await tx.$queryRaw<{ pid: number }[]>`SELECT pg_backend_pid() AS pid`;
          // The server ends this connection (as a restart or an administrator does). The pause lets the driver hear of
          // it first, which is the case CI met ("not queryable"); should it not have yet, the query itself meets the
          // closed connection ("terminated"). Either is the same 503 with nothing written: the assertions hold both.
          await t.db.$queryRaw`SELECT pg_terminate_backend(${backend?.pid})`;
          await new Promise((resolve) => setTimeout(resolve, 200));
          await tx.source.create({ data: { name: "Abgebrochen 2", type: "other" } });
        }),
      );
      expect(String((error as Error).message)).toMatch(/not queryable|terminat/i);
      expect(translateDatabaseError(error)).toMatchObject({
        status: 503,
        message: expect.stringContaining("Try again"),
      });
      expect(await t.db.source.count({ where: { name: { startsWith: "Abgebrochen" } } })).toBe(0);
    },
  );

  it("a session read that met a closed connection is a 503, though Better Auth wraps the error in its own", () => {
    // What Prisma makes of node-postgres' ECONNRESET (a server that went away mid-read), inside Better Auth's answer
    // to getSession: the code is a level down, and the message names no driver error.
    const closed = new Prisma.PrismaClientKnownRequestError("Server has closed the connection.", {
      code: "P1017",
      clientVersion: "7",
    });
    const wrapped = APIError.from(
      "INTERNAL_SERVER_ERROR",
      { code: "FAILED_TO_GET_SESSION", message: "Failed to get session" },
      { cause: closed },
    );
    expect(translateDatabaseError(wrapped)).toMatchObject({
      status: 503,
      message: expect.stringContaining("Try again"),
    });
    expect(translateDatabaseError(APIError.from("INTERNAL_SERVER_ERROR", { code: "X", message: "Failed" }))).toBeNull();
  });

  it.runIf(process.env.TEST_DATABASE_URL?.startsWith("postgres"))(
    "a signed-in user whose session cannot be read for a database down is told to try again",
    async () => {
      const { auth, withSecrets } = createTestAuth(t);
      await createUser(t.db, auth, null, {
        email: "grace@example.org",
        name: "Grace",
        role: "admin",
        password: "pw-grace-0123456",
      });
      const headers = await signInHeaders(auth, "grace@example.org", "pw-grace-0123456");
      await withSecrets.$disconnect();
      // The same server's auth, with its database gone: the session cookie is valid, its row cannot be read.
      const downDb = createDb("postgresql://nobody:x@127.0.0.1:1/none", { withSecrets: true });
      const down = buildAuth({
        authDb: downDb,
        provider: "postgresql",
        appDb: () => downDb,
        secret: "test-secret-test-secret-test-secret-0123",
        baseURL: "http://127.0.0.1:3000",
      });
      const error = await caught(() => down.api.getSession({ headers }));
      await downDb.$disconnect();
      expect(error).toBeInstanceOf(APIError);
      expect(translateDatabaseError(error)).toMatchObject({ status: 503 });
    },
    30_000,
  );

  it("a deadlock that outlasted its retries is a 503: the transaction was rolled back whole", () => {
    const deadlock = Object.assign(new Error("Transaction failed due to a write conflict or a deadlock"), {
      code: "P2034",
    });
    expect(translateDatabaseError(deadlock)).toMatchObject({ status: 503 });
    expect(translateDatabaseError(new Error("ERROR: deadlock detected"))).toMatchObject({ status: 503 });
  });

  it("leaves other errors alone: they are bugs, and stay 500s", () => {
    expect(translateDatabaseError(new Error("Unique constraint failed"))).toBeNull();
    expect(translateDatabaseError("text")).toBeNull();
  });
});

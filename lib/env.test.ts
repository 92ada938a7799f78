import { afterEach, describe, expect, it } from "vitest";
import { databasePoolSize } from "./db/database-url";
import { EnvSchema } from "./env";

const saved = process.env.DATABASE_POOL_SIZE;
afterEach(() => {
  if (saved === undefined) delete process.env.DATABASE_POOL_SIZE;
  else process.env.DATABASE_POOL_SIZE = saved;
});

describe("the environment", () => {
  it("takes the PostgreSQL pool size from DATABASE_POOL_SIZE, 10 without it", () => {
    delete process.env.DATABASE_POOL_SIZE;
    expect(databasePoolSize()).toBe(10);
    process.env.DATABASE_POOL_SIZE = "25";
    expect(databasePoolSize()).toBe(25);
  });

  it("refuses a pool size that is not a whole number from 1, with the variable's name", () => {
    for (const bad of ["ten", "0", "2.5", "-3"]) {
      process.env.DATABASE_POOL_SIZE = bad;
      expect(() => databasePoolSize()).toThrow(/DATABASE_POOL_SIZE/);
      expect(EnvSchema.safeParse({ DATABASE_POOL_SIZE: bad }).success).toBe(false);
    }
  });
});

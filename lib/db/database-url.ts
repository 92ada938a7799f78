import { z } from "zod";

/**
 * Where the data lives. SQLite by default (a file under data/, zero set-up); PostgreSQL when DATABASE_URL is a
 * postgresql:// URL. Relative SQLite paths are taken from the project root — the working directory of every entry
 * point (npm scripts, Prisma's CLI, next start) — so all of them open the same file. CLAIMTRACK_ROOT overrides it.
 */
const PROJECT_ROOT = `${(process.env.CLAIMTRACK_ROOT ?? process.cwd()).replace(/\/$/, "")}/`;
export const DEFAULT_SQLITE_FILE = "data/claimtrack.db";

export type DatabaseProvider = "sqlite" | "postgresql";

export function databaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  const raw = env.DATABASE_URL?.trim() || `file:${DEFAULT_SQLITE_FILE}`;
  if (!raw.startsWith("file:")) return raw;
  const path = raw.slice("file:".length);
  return `file:${path.startsWith("/") ? path : `${PROJECT_ROOT}${path.replace(/^\.\//, "")}`}`;
}

export function databaseProvider(url = databaseUrl()): DatabaseProvider {
  if (url.startsWith("file:")) return "sqlite";
  if (/^postgres(ql)?:\/\//.test(url)) return "postgresql";
  throw new Error(`DATABASE_URL must start with file: or postgresql:// (got "${url.split(":")[0]}:").`);
}

export function sqliteFilePath(url = databaseUrl()): string {
  return url.slice("file:".length);
}

/** DATABASE_POOL_SIZE: connections each app process keeps to PostgreSQL (lib/env.ts checks it at start too). */
export const PoolSizeSchema = z.coerce
  .number({ error: "DATABASE_POOL_SIZE must be a whole number." })
  .int("DATABASE_POOL_SIZE must be a whole number.")
  .min(1, "DATABASE_POOL_SIZE must be at least 1.")
  .max(1000, "DATABASE_POOL_SIZE must be at most 1000.")
  .default(10);

/** The pool size, read when a handle is made (scripts set it just before), with the variable named when it is bad. */
export function databasePoolSize(): number {
  const result = PoolSizeSchema.safeParse(process.env.DATABASE_POOL_SIZE);
  if (!result.success) throw new Error(`Invalid environment: DATABASE_POOL_SIZE: ${result.error.issues[0]!.message}`);
  return result.data;
}

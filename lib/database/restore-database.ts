import { existsSync } from "node:fs";
import Database from "better-sqlite3";
import { AppError } from "@/lib/errors";
import { databaseProvider, sqliteFilePath } from "@/lib/db/database-url";
import { PG_BACKUP_HINT } from "./backup-database";

/** Tables a Claimtrack database has; a file without them is not one of our backups. */
const REQUIRED_TABLES = ["_prisma_migrations", "Article", "Claim", "Citation", "Source", "User"];

/** Opens `file` read-only and checks it is an intact SQLite database with Claimtrack's tables. */
function checkBackup(file: string): void {
  if (!existsSync(file)) throw new AppError("not_found", `There is no backup at ${file}.`, "file");
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const ok = db.pragma("quick_check", { simple: true });
    if (ok !== "ok") throw new Error(String(ok));
    const tables = new Set(
      db
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table'")
        .all()
        .map((row) => (row as { name: string }).name),
    );
    const missing = REQUIRED_TABLES.filter((t) => !tables.has(t));
    if (missing.length)
      throw new AppError("invalid_input", `${file} is not a Claimtrack backup (no ${missing[0]} table).`, "file");
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError("invalid_input", `${file} is not a readable SQLite database.`, "file");
  } finally {
    db?.close();
  }
}

/**
 * Replaces the SQLite database's contents with a backup, through SQLite's backup API (a locked, all-or-nothing
 * copy). Refuses a file that is not a Claimtrack backup, and a database that holds articles unless `force`.
 * Stop the app first: it would otherwise keep serving what it had cached in memory.
 */
export async function restoreDatabase(
  url: string,
  file: string,
  { force = false } = {},
): Promise<{ articles: number }> {
  if (databaseProvider(url) !== "sqlite") throw new AppError("invalid_input", PG_BACKUP_HINT, "database");
  checkBackup(file);
  const target = sqliteFilePath(url);
  if (existsSync(target) && !force) {
    const current = new Database(target, { readonly: true });
    try {
      const hasArticles = current.prepare("SELECT name FROM sqlite_master WHERE name = 'Article'").get()
        ? (current.prepare('SELECT count(*) AS n FROM "Article"').get() as { n: number }).n > 0
        : false;
      if (hasArticles)
        throw new AppError(
          "conflict",
          `The database at ${target} holds articles; restoring replaces all of it. Add --force to do so.`,
          "database",
        );
    } finally {
      current.close();
    }
  }
  const backup = new Database(file, { readonly: true, fileMustExist: true });
  try {
    await backup.backup(target);
  } finally {
    backup.close();
  }
  const restored = new Database(target, { readonly: true });
  try {
    return { articles: (restored.prepare('SELECT count(*) AS n FROM "Article"').get() as { n: number }).n };
  } finally {
    restored.close();
  }
}

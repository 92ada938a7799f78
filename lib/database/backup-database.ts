import { chmodSync, existsSync } from "node:fs";
import Database from "better-sqlite3";
import { AppError } from "@/lib/errors";
import { databaseProvider, sqliteFilePath } from "@/lib/db/database-url";

export interface BackupProgress {
  totalPages: number;
  remainingPages: number;
}

/** PostgreSQL has its own tools; we point to them rather than re-implement a worse pg_dump. */
export const PG_BACKUP_HINT =
  'For PostgreSQL use its own tools: pg_dump --format=custom --file=FILE "$DATABASE_URL" (and pg_restore to restore).';

/**
 * A consistent copy of the SQLite database into `file`, taken with SQLite's online backup API: the app may keep
 * running and writing meanwhile. Refuses to overwrite an existing file.
 */
export async function backupDatabase(
  url: string,
  file: string,
  onProgress?: (progress: BackupProgress) => void,
): Promise<{ pages: number }> {
  if (databaseProvider(url) !== "sqlite") throw new AppError("invalid_input", PG_BACKUP_HINT, "database");
  const source = sqliteFilePath(url);
  if (!existsSync(source)) throw new AppError("not_found", `There is no database at ${source} to back up.`, "database");
  if (existsSync(file)) throw new AppError("invalid_input", `${file} exists already; choose a new file name.`, "file");
  const db = new Database(source, { readonly: true, fileMustExist: true });
  try {
    const result = await db.backup(file, {
      progress: (p) => {
        onProgress?.(p);
        return 200; // pages per step: small steps let the app's writers in between
      },
    });
    // A copy of every password hash and review: as private as the database itself.
    chmodSync(file, 0o600);
    return { pages: result.totalPages };
  } finally {
    db.close();
  }
}

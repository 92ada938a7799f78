import { chmodSync, existsSync } from "node:fs";
import { dirname, resolve } from "node:path";

/**
 * The SQLite database holds password hashes and every review: readable by the account the app runs as, nobody
 * else. The file and its write-ahead log 0600, and the app's own data/ folder (which also keeps the auth secret)
 * 0700, whatever umask created them. A folder named by DATABASE_URL elsewhere is the operator's to set.
 */
export function restrictFileAccess(databaseFile: string): void {
  if (!existsSync(databaseFile)) return;
  const folder = resolve(dirname(databaseFile));
  if (folder === resolve("data")) chmodSync(folder, 0o700);
  for (const file of [databaseFile, `${databaseFile}-wal`, `${databaseFile}-shm`])
    if (existsSync(file)) chmodSync(file, 0o600);
}

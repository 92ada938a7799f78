import { parseArgs } from "node:util";
import { databaseUrl } from "@/lib/db/database-url";
import { backupDatabase } from "@/lib/database/backup-database";
import { restoreDatabase } from "@/lib/database/restore-database";
import { AppError } from "@/lib/errors";
import { CliError } from "../cli-error";
import type { CliIo } from "../cli-io";

const asCliError = (error: unknown) => (error instanceof AppError ? new CliError(error.message) : error);

/** `claims backup FILE`: an online copy of the SQLite database (the app may keep running). */
export async function runBackup(argv: string[], io: CliIo): Promise<void> {
  const { positionals } = parseArgs({ args: argv, allowPositionals: true, strict: true });
  const [file] = positionals;
  if (!file || positionals.length > 1) throw new CliError("Give one file to write the backup to: claims backup FILE.");
  let lastTenth = -1;
  try {
    const { pages } = await backupDatabase(databaseUrl(), file, ({ totalPages, remainingPages }) => {
      const tenth = Math.floor(((totalPages - remainingPages) / Math.max(totalPages, 1)) * 10);
      if (tenth > lastTenth) io.stderr.write(`backed up ${tenth * 10} %\n`);
      lastTenth = tenth;
    });
    io.stderr.write(`wrote ${file} (${pages} pages)\n`);
  } catch (error) {
    throw asCliError(error);
  }
}

/** `claims restore FILE [--force]`: the database replaced by a backup (stop the app first). */
export async function runRestore(argv: string[], io: CliIo): Promise<void> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: { force: { type: "boolean" } },
  });
  const [file] = positionals;
  if (!file || positionals.length > 1) throw new CliError("Give the backup file to restore: claims restore FILE.");
  try {
    const { articles } = await restoreDatabase(databaseUrl(), file, { force: values.force ?? false });
    io.stderr.write(
      `restored ${file}: ${articles} articles. If the backup is older than this version, run npm run db:deploy.\n`,
    );
  } catch (error) {
    throw asCliError(error);
  }
}

#!/usr/bin/env -S npx tsx
/** `npm run claims -- <command> …`: the command line, a thin wrapper over lib/. */
import { runBackup, runRestore } from "./commands/backup";
import { runDelete } from "./commands/delete";
import { runExport } from "./commands/export";
import { runExtract } from "./commands/extract";
import { runIngest } from "./commands/ingest";
import { runUser } from "./commands/user";
import { CliError } from "./cli-error";

const COMMANDS: Record<string, (args: string[]) => Promise<void>> = {
  backup: runBackup,
  delete: runDelete,
  export: runExport,
  extract: runExtract,
  ingest: runIngest,
  restore: runRestore,
  user: runUser,
};

const USAGE = `Usage: npm run claims -- <command> [options]

Commands:
  extract FILE|-   Extract claims and their cited sources from an article
                   [--lang de|en|auto] [--format json|text] [--max-bytes N]
  ingest FILE|DIR… Store articles (.txt, .md, .html) in the database with their claims and sources
                   [--lang de|en|auto] [--outlet NAME]   (DATABASE_URL picks the database)
  export           Write the claims report: --format csv|json|md|pdf|claimreview [--out FILE] [--lang en|de]
                   [--bom [--excel-separator comma|semicolon]]   (the CSV for Excel)
                   [--article ID] [--status S] [--q WORDS] [--kind K] [--sourcing none|single|multiple]
                   [--source ID] [--assignee me|none|ID] [--hedged yes|no] [--outlet NAME]
                   [--from YYYY-MM-DD] [--to YYYY-MM-DD]   (progress on stderr)
  delete ID        Delete an article (hidden everywhere; an admin can restore it): --reason "why"
  user add EMAIL   Create an account: --role admin|editor|factchecker|viewer [--name NAME] [--password-stdin]
                   (prints a one-time password unless one is given on standard input)
  user unlock EMAIL  Lift the sign-in locks on an account (after someone else guessed at its password)
  backup FILE      Copy the SQLite database to FILE while the app keeps running (PostgreSQL: pg_dump)
  restore FILE     Replace the SQLite database with a backup [--force if it holds articles]; stop the app first`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === "--help" || command === "-h") {
    process.stdout.write(`${USAGE}\n`);
    return command ? 0 : 2;
  }
  const run = COMMANDS[command];
  if (!run) throw new CliError(`Unknown command "${command}"; run "npm run claims -- --help" for the list.`);
  await run(rest);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code || Number(process.exitCode ?? 0)),
  (error: unknown) => {
    if (error instanceof CliError) {
      process.stderr.write(`claims: ${error.message}\n`);
      process.exit(2);
    }
    throw error;
  },
);

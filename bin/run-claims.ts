/** The command line as a function: `claims <command> …` with its streams given, returning the exit code. */
import { CliError } from "./cli-error";
import type { CliCommand, CliIo } from "./cli-io";

// Each command loads only what it needs: `extract` starts without the database clients, Better Auth or the PDF kit.
const COMMANDS: Record<string, () => Promise<CliCommand>> = {
  backup: async () => (await import("./commands/backup")).runBackup,
  check: async () => (await import("./commands/check")).runCheck,
  delete: async () => (await import("./commands/delete")).runDelete,
  export: async () => (await import("./commands/export")).runExport,
  extract: async () => (await import("./commands/extract")).runExtract,
  ingest: async () => (await import("./commands/ingest")).runIngest,
  match: async () => (await import("./commands/matches")).runMatch,
  matches: async () => (await import("./commands/matches")).runMatches,
  refresh: async () => (await import("./commands/version")).runRefresh,
  rematch: async () => (await import("./commands/matches")).runRematch,
  restore: async () => (await import("./commands/backup")).runRestore,
  text: async () => (await import("./commands/text")).runText,
  user: async () => (await import("./commands/user")).runUser,
};

const USAGE = `Usage: npm run claims -- <command> [options]

Commands:
  extract FILE|-   Extract claims and their cited sources from an article (an .html file is reduced to its
                   article text first, as the upload does) [--lang de|en|auto] [--format json|text] [--max-bytes N]
  text FILE|URL    Print the article text an ingest of FILE (.html, .txt, .md) or of the page at URL would store,
                   its title, outlet, byline, date, language (and a page's final URL) on standard error
                   [--format text|json]
  ingest FILE|DIR|URL…  Store articles (.txt, .md, .html files, or web pages fetched from http(s) URLs) in the
                   database with their claims and sources [--lang de|en|auto] [--outlet NAME]
                   [--title TEXT]   (one file or URL: its title, instead of the page's or the first line's)
                   (DATABASE_URL picks the database)
                   --new-version-of ID FILE|URL: the text as a new version of article ID (its claims re-anchored);
                   a revised page stored before is refused with its ID unless --as-new-article
  refresh ID       Fetch article ID's page again from its URL; a changed text is stored as a new version
  export           Write the claims report: --format csv|json|md|pdf|claimreview [--out FILE] [--lang en|de]
                   [--bom [--excel-separator comma|semicolon]]   (the CSV for Excel)
                   [--article ID] [--status S] [--q WORDS] [--kind K] [--sourcing none|single|multiple]
                   [--source ID] [--assignee me|none|ID] [--hedged yes|no] [--outlet NAME]
                   [--from YYYY-MM-DD] [--to YYYY-MM-DD]   (progress on stderr)
  matches CLAIM_ID Claims of other articles that state the same thing, best first, with their status, verdict,
                   the reasons and figures that disagree [--format text|json] [--limit N]
                   [--language en|de]   (the language the reasons are written in)
  match FILE       The same for each claim of an article file, without storing it [--lang de|en|auto]
                   [--format text|json]
  rematch          Key every claim with the current matching lexicon (after an upgrade; run it again after a
                   stop and it goes on where it was; progress on stderr)
  delete ID        Delete an article (hidden everywhere; an admin can restore it): --reason "why"
  user add EMAIL   Create an account: --role admin|editor|factchecker|viewer [--name NAME] [--password-stdin]
                   (prints a one-time password unless one is given on standard input)
  user unlock EMAIL  Lift the sign-in locks on an account (after someone else guessed at its password)
  check            Hold what the database keeps beside the claims (each article's coverage figures, each
                   citation's copy of its claim's status, SQLite's search indexes) against the claims; exit code 1
                   if something differs [--repair: rewrite it from the claims] [--format text|json]
  backup FILE      Copy the SQLite database to FILE while the app keeps running (PostgreSQL: pg_dump)
  restore FILE     Replace the SQLite database with a backup [--force if it holds articles]; stop the app first`;

/**
 * Runs one command. A mistake the user can fix (CliError) is one sentence on stderr and exit code 2; anything else
 * is a bug and is thrown, for the caller to crash on with its stack.
 */
export async function runClaims(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (!command || command === "--help" || command === "-h") {
      io.stdout.write(`${USAGE}\n`);
      return command ? 0 : 2;
    }
    const load = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
    if (!load) throw new CliError(`Unknown command "${command}"; run "npm run claims -- --help" for the list.`);
    const run = await load();
    return (await run(rest, io)) ?? 0;
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    io.stderr.write(`claims: ${error.message}\n`);
    return 2;
  }
}

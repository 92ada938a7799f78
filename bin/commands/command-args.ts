import { parseArgs } from "node:util";
import { z } from "zod";
import { createDb, type Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { CliError } from "../cli-error";

/**
 * What the commands share in reading their arguments and opening the database: a mistake in either is one sentence
 * (CliError), never a stack.
 */

/** The positionals, the options named (each a string) and the flags named (each true or absent). */
export function parseCommandArgs(
  argv: string[],
  names: string[],
  flags: string[] = [],
): { positionals: string[]; values: Record<string, string | undefined>; flags: Set<string> } {
  const options = {
    ...Object.fromEntries(names.map((n) => [n, { type: "string" as const }])),
    ...Object.fromEntries(flags.map((n) => [n, { type: "boolean" as const }])),
  };
  try {
    const { positionals, values } = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
    const given = values as Record<string, string | boolean | undefined>;
    return {
      positionals,
      values: Object.fromEntries(names.map((n) => [n, given[n] as string | undefined])),
      flags: new Set(flags.filter((n) => given[n] === true)),
    };
  } catch (error) {
    throw new CliError(error instanceof Error ? error.message : String(error));
  }
}

const FormatSchema = z.enum(["text", "json"], { error: 'The format must be "text" or "json".' }).default("text");

/** `--format text|json`, text unless given. */
export function parseFormat(value: unknown): "text" | "json" {
  const format = FormatSchema.safeParse(value);
  if (!format.success) throw new CliError(format.error.issues[0]!.message);
  return format.data;
}

/** Runs `run` on the database of DATABASE_URL, closed after; a mistake a person can fix (AppError) is a CliError. */
export async function withDb<T>(run: (db: Db) => Promise<T>): Promise<T> {
  const db = createDb();
  try {
    return await run(db);
  } catch (error) {
    if (error instanceof AppError) throw new CliError(error.message);
    throw error;
  } finally {
    await db.$disconnect();
  }
}

import { parseArgs } from "node:util";
import { z } from "zod";
import { getEnv } from "@/lib/env";
import { CliError } from "../cli-error";
import type { CliIo } from "../cli-io";
import { readArticleFile } from "./read-article-file";

const TextArgsSchema = z.object({
  file: z.string({ error: "Name a file to read (.html, .txt or .md)." }).min(1),
  format: z.enum(["text", "json"], { error: 'The format must be "text" or "json".' }).default("text"),
});

/**
 * `claims text FILE`: the article text and metadata an ingest of FILE would store, without storing it. The text
 * goes to standard output (to read, or to pipe into `claims extract -`); the metadata to standard error, one
 * "name: value" line each. `--format json` writes both as one object to standard output.
 */
export async function runText(argv: string[], io: CliIo): Promise<void> {
  const args = parseTextArgs(argv);
  const { text, suggestedTitle, metadata } = await readArticleFile(args.file, getEnv().ARTICLE_MAX_BYTES);
  const stored = { ...metadata, title: suggestedTitle };
  if (args.format === "json") {
    io.stdout.write(`${JSON.stringify({ ...stored, text }, null, 2)}\n`);
    return;
  }
  for (const [name, value] of Object.entries(stored)) if (value) io.stderr.write(`${name}: ${value}\n`);
  io.stdout.write(`${text}\n`);
}

function parseTextArgs(argv: string[]) {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { format: { type: "string" } } });
  } catch (error) {
    throw new CliError(error instanceof Error ? error.message : String(error));
  }
  if (parsed.positionals.length > 1) throw new CliError("Give one file at a time.");
  const result = TextArgsSchema.safeParse({ file: parsed.positionals[0], format: parsed.values.format });
  if (!result.success) throw new CliError(result.error.issues[0]!.message);
  return result.data;
}

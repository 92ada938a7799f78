import { parseArgs } from "node:util";
import { z } from "zod";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { readArticleUrl } from "@/lib/input/read-article-url";
import { CliError } from "../cli-error";
import type { CliIo } from "../cli-io";
import { readArticleFile } from "./read-article-file";

const TextArgsSchema = z.object({
  file: z.string({ error: "Name a file to read (.html, .txt or .md) or the URL of a page." }).min(1),
  format: z.enum(["text", "json"], { error: 'The format must be "text" or "json".' }).default("text"),
});

/**
 * `claims text FILE|URL`: the article text and metadata an ingest of FILE or of the page at URL would store, without
 * storing it (a URL is fetched as `claims ingest URL` fetches it, and its final address is printed as `url`). The text
 * goes to standard output (to read, or to pipe into `claims extract -`); the metadata to standard error, one
 * "name: value" line each. `--format json` writes both as one object to standard output.
 */
export async function runText(argv: string[], io: CliIo): Promise<void> {
  const args = parseTextArgs(argv);
  const { ARTICLE_MAX_BYTES } = getEnv();
  const { text, suggestedTitle, metadata, url } = /^https?:\/\//i.test(args.file)
    ? await readUrl(args.file, ARTICLE_MAX_BYTES)
    : { ...(await readArticleFile(args.file, ARTICLE_MAX_BYTES)), url: undefined };
  const stored = { ...metadata, title: suggestedTitle, url };
  if (args.format === "json") {
    io.stdout.write(`${JSON.stringify({ ...stored, text }, null, 2)}\n`);
    return;
  }
  for (const [name, value] of Object.entries(stored)) if (value) io.stderr.write(`${name}: ${value}\n`);
  io.stdout.write(`${text}\n`);
}

async function readUrl(url: string, maxBytes: number) {
  try {
    const { text, metadata, page } = await readArticleUrl(url, maxBytes);
    return { text, metadata, suggestedTitle: metadata.title ?? text.trim().split("\n")[0], url: page.url };
  } catch (error) {
    if (error instanceof AppError) throw new CliError(error.message);
    throw error;
  }
}

function parseTextArgs(argv: string[]) {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { format: { type: "string" } } });
  } catch (error) {
    throw new CliError(error instanceof Error ? error.message : String(error));
  }
  if (parsed.positionals.length > 1) throw new CliError("Give one file or URL at a time.");
  const result = TextArgsSchema.safeParse({ file: parsed.positionals[0], format: parsed.values.format });
  if (!result.success) throw new CliError(result.error.issues[0]!.message);
  return result.data;
}

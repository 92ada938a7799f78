import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { z } from "zod";
import { extractClaims, type Extraction } from "@/lib/extract";
import { DEFAULT_MAX_BYTES, decodeArticleBytes, formatBytes } from "@/lib/input/decode-article-bytes";
import { CliError } from "../cli-error";
import type { CliIo } from "../cli-io";
import { formatExtractionTable } from "./format-extraction-table";
import { fileSize, isHtmlFile, readArticleFile } from "./read-article-file";

const ExtractArgsSchema = z.object({
  file: z.string({ error: "Name a file to read, or - for standard input." }).min(1),
  lang: z.enum(["de", "en", "auto"], { error: 'The language must be "de", "en" or "auto".' }).default("auto"),
  format: z.enum(["json", "text"], { error: 'The format must be "json" or "text".' }).default("json"),
  maxBytes: z.coerce
    .number({ error: "--max-bytes takes a number of bytes." })
    .int("--max-bytes takes a whole number of bytes.")
    .positive("--max-bytes must be above zero.")
    .default(DEFAULT_MAX_BYTES),
});

export async function runExtract(argv: string[], io: CliIo): Promise<void> {
  const args = parseExtractArgs(argv);
  const text = isHtmlFile(args.file) ? await readHtmlArticle(args.file, args.maxBytes) : await readText(args, io);
  const extraction: Extraction = extractClaims(text, { language: args.lang });
  io.stdout.write(
    args.format === "json" ? `${JSON.stringify(extraction, null, 2)}\n` : formatExtractionTable(extraction),
  );
}

function parseExtractArgs(argv: string[]) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { lang: { type: "string" }, format: { type: "string" }, "max-bytes": { type: "string" } },
    });
  } catch (error) {
    throw new CliError(error instanceof Error ? error.message : String(error));
  }
  if (parsed.positionals.length > 1) throw new CliError("Give one file at a time (or - for standard input).");
  const result = ExtractArgsSchema.safeParse({
    file: parsed.positionals[0],
    lang: parsed.values.lang,
    format: parsed.values.format,
    maxBytes: parsed.values["max-bytes"],
  });
  if (!result.success) throw new CliError(result.error.issues[0]!.message);
  return result.data;
}

async function readText(args: { file: string; maxBytes: number }, io: CliIo): Promise<string> {
  const bytes = await readInput(args.file, args.maxBytes, io.stdin);
  const decoded = decodeArticleBytes(bytes, args.maxBytes);
  if (!decoded.ok) throw new CliError(decoded.message);
  return decoded.text;
}

/** A web page is reduced to its article text as the upload form does, never read as markup. */
async function readHtmlArticle(file: string, maxBytes: number): Promise<string> {
  return (await readArticleFile(file, maxBytes)).text;
}

/** Reads at most maxBytes + 1 bytes, so a huge file or stream is refused without being loaded whole. */
async function readInput(file: string, maxBytes: number, stdin: CliIo["stdin"]): Promise<Uint8Array> {
  if (file === "-") return readStdin(stdin, maxBytes);
  const size = await fileSize(file);
  if (size > maxBytes)
    throw new CliError(`The input is ${formatBytes(size)}, over the limit of ${formatBytes(maxBytes)}.`);
  return readFile(file);
}

async function readStdin(stdin: CliIo["stdin"], maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stdin) {
    const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    total += buf.byteLength;
    if (total > maxBytes) throw new CliError(`The input is over the limit of ${formatBytes(maxBytes)}.`);
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}

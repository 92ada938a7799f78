import { readdir, stat } from "node:fs/promises";
import { basename, extname, join } from "node:path";
import { parseArgs } from "node:util";
import { ingestArticle } from "@/lib/articles/ingest-article";
import { createDb } from "@/lib/db/client";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { UPLOAD_EXTENSIONS, readArticleUpload } from "@/lib/input/read-article-upload";
import { readFile } from "node:fs/promises";
import { CliError } from "../cli-error";
import type { CliIo } from "../cli-io";
import { progressBar } from "../progress-bar";
import { OPERATOR } from "@/lib/auth/permissions";
import { storeNewVersion } from "./version";

/**
 * `claims ingest FILE|DIR|URL…`: stores articles through the same domain function as the web form. Folders are read
 * for .txt/.md/.html files; an http(s) URL is fetched on this machine as the server fetches it (the same limits and
 * address checks; CLAIMTRACK_FETCH_ALLOW_PRIVATE opens private networks). A progress bar on a terminal (a line per file in logs), a summary at the end; exit 1
 * if any failed. Each article is one transaction, so an interrupted run leaves whole articles only, and running it
 * again skips what is stored (by content hash) and does the rest.
 */
export async function runIngest(argv: string[], io: CliIo): Promise<number> {
  const { positionals, values } = parseIngestArgs(argv);
  if (positionals.length === 0) throw new CliError("Name at least one file, folder or URL to ingest.");
  if (values["new-version-of"] !== undefined)
    return ingestNewVersion(values["new-version-of"], positionals, values, io);
  const files = (await Promise.all(positionals.map(expand))).flat();
  if (files.length === 0) throw new CliError("No .txt, .md or .html files found in what you named.");
  // A title is one article's: given for many, every one would carry it.
  if (values.title !== undefined && files.length !== 1)
    throw new CliError(`--title names one article; you named ${files.length} files. Ingest them one at a time.`);
  const { ARTICLE_MAX_BYTES } = getEnv();
  const db = createDb();
  const tally = { created: 0, duplicate: 0, failed: [] as string[] };
  // A terminal gets one bar redrawn in place; a log (CI, cron) gets a line per file it can be searched by.
  const tty = io.stderr.isTTY;
  const bar = tty ? progressBar(io.stderr, files.length, "files", { verb: "ingested", every: 1 }) : undefined;
  try {
    for (const [i, file] of files.entries()) {
      const prefix = `[${i + 1}/${files.length}] ${file}`;
      try {
        const read = isUrl(file)
          ? { url: file, outlet: values.outlet, language: (values.lang ?? "auto") as "auto" }
          : await readFileInput(file, values, ARTICLE_MAX_BYTES);
        const input = values.title === undefined ? read : { ...read, title: values.title };
        const result = await ingestArticle(db, OPERATOR, input, {
          maxBytes: ARTICLE_MAX_BYTES,
          lockWaitMs: 60_000,
          asNewArticle: values["as-new-article"],
        });
        tally[result.status]++;
        const detail = result.status === "created" ? `${result.claims} claims` : "already stored";
        if (!tty) io.stderr.write(`${prefix}: ${result.status} (${detail}) ${result.articleId}\n`);
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        // A revised page stored before: say how to store it either way from here.
        const how =
          error.reason === "same_url"
            ? ` Run: claims ingest --new-version-of ${error.params?.articleId} ${file} (or --as-new-article).`
            : "";
        tally.failed.push(`${file}: ${error.message}${how}`);
        // On a terminal the bar's line is cleared first, so the failure stands on its own line.
        io.stderr.write(`${tty ? "\r\x1b[K" : ""}${prefix}: failed — ${error.message}${how}\n`);
      }
      bar?.(i + 1);
    }
  } finally {
    await db.$disconnect();
  }
  io.stdout.write(
    `Ingested ${tally.created}, skipped ${tally.duplicate} already stored, failed ${tally.failed.length}.\n`,
  );
  for (const line of tally.failed) io.stdout.write(`  failed: ${line}\n`);
  return tally.failed.length > 0 ? 1 : 0;
}

const isUrl = (item: string) => /^https?:\/\//i.test(item);

/** `--new-version-of ID FILE|URL`: the file's text, or the page at URL, as the article's next version. */
async function ingestNewVersion(articleId: string, positionals: string[], values: { lang?: string }, io: CliIo) {
  if (positionals.length !== 1 || (await expand(positionals[0]!)).length !== 1)
    throw new CliError("A new version is one file or one URL: claims ingest --new-version-of ID FILE|URL.");
  const [item] = positionals as [string];
  if (isUrl(item)) return storeNewVersion(io, articleId, { url: item });
  const { body } = await readFileInput(item, values, getEnv().ARTICLE_MAX_BYTES);
  return storeNewVersion(io, articleId, { body });
}

async function readFileInput(file: string, values: { outlet?: string; lang?: string }, maxBytes: number) {
  const bytes = await readFile(file);
  const upload = await readArticleUpload(
    {
      name: file,
      size: bytes.byteLength,
      arrayBuffer: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    },
    maxBytes,
  );
  const title = upload.suggestedTitle ?? basename(file, extname(file));
  // What an HTML page says about itself stands in for the options not given.
  const { outlet, publishedAt, language } = upload.metadata;
  return {
    title,
    body: upload.text,
    outlet: values.outlet ?? outlet,
    publishedAt,
    language: (values.lang ?? language ?? "auto") as "auto",
  };
}

function parseIngestArgs(argv: string[]) {
  try {
    const parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        lang: { type: "string" },
        outlet: { type: "string" },
        title: { type: "string" },
        "new-version-of": { type: "string" },
        "as-new-article": { type: "boolean" },
      },
    });
    if (parsed.values.lang && !["de", "en", "auto"].includes(parsed.values.lang)) {
      throw new CliError('The language must be "de", "en" or "auto".');
    }
    return parsed;
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(error instanceof Error ? error.message : String(error));
  }
}

async function expand(path: string): Promise<string[]> {
  if (isUrl(path)) return [path];
  let info;
  try {
    info = await stat(path);
  } catch {
    throw new CliError(`Cannot read "${path}": no such file or folder.`);
  }
  if (!info.isDirectory()) return [path];
  const entries = await readdir(path, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && (UPLOAD_EXTENSIONS as readonly string[]).includes(extname(e.name).toLowerCase()))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

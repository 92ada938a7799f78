import { articleTooLarge, HTML_FILE_FACTOR } from "@/lib/input/article-size";
import { AppError } from "@/lib/errors";
import { decodeArticleBytes } from "./decode-article-bytes";
import type { ArticlePage, ArticlePageMetadata } from "./read-article-page";
import { runOffThread } from "./run-off-thread";

export const UPLOAD_EXTENSIONS = [".txt", ".md", ".html", ".htm"] as const;

export interface ArticleUpload {
  text: string;
  suggestedTitle: string | undefined;
  /** What an HTML page says about itself (title, outlet, byline, date, language); empty for .txt and .md. */
  metadata: ArticlePageMetadata;
}

/**
 * Reads an uploaded article file: .txt and .md as text, .html reduced to its article text and metadata
 * (readArticlePage, on the worker thread; read in the encoding the page declares). Refuses other types, binary
 * files, text that is not UTF-8 (an HTML page: nor in its declared encoding), files over
 * the limit and pages without article text, each with a message for the person uploading.
 */
export async function readArticleUpload(
  file: { name: string; size: number; arrayBuffer(): Promise<ArrayBuffer> },
  maxBytes: number,
): Promise<ArticleUpload> {
  const extension = /\.[^.]+$/.exec(file.name.toLowerCase())?.[0] ?? "";
  if (!(UPLOAD_EXTENSIONS as readonly string[]).includes(extension)) {
    const message = `Claimtrack reads .txt, .md and .html files, not "${extension || file.name}".`;
    throw new AppError("invalid_input", message, "file", "file_type");
  }
  const rawLimit = extension.startsWith(".htm") ? maxBytes * HTML_FILE_FACTOR : maxBytes;
  // The same sentence as for pasted text: the limit people are told about is the article's, not the file's.
  if (file.size > rawLimit) throw articleTooLarge(maxBytes, "file");
  const isHtml = extension.startsWith(".htm");
  const decoded = decodeArticleBytes(new Uint8Array(await file.arrayBuffer()), rawLimit, { html: isHtml });
  if (!decoded.ok)
    throw new AppError("invalid_input", decoded.message.replace("The input", "The file"), "file", decoded.code);
  if (!isHtml) return { text: decoded.text, suggestedTitle: firstLine(decoded.text), metadata: {} };
  const { text, ...metadata } = await runOffThread<ArticlePage>({ kind: "html", html: decoded.text }, "file");
  return { text, suggestedTitle: metadata.title ?? firstLine(text), metadata };
}

function firstLine(text: string): string | undefined {
  const line = text
    .split("\n")
    .find((l) => l.trim())
    ?.trim();
  return line ? line.replace(/^#+\s*/, "").slice(0, 300) : undefined;
}

import { readFile, stat } from "node:fs/promises";
import { AppError } from "@/lib/errors";
import { readArticleUpload, type ArticleUpload } from "@/lib/input/read-article-upload";
import { CliError } from "../cli-error";

/**
 * Reads an article file exactly as the upload form does (readArticleUpload): .txt and .md as text, .html reduced to
 * its article text and metadata on the worker thread. A refusal is the upload's sentence, as a CliError.
 */
export async function readArticleFile(file: string, maxBytes: number): Promise<ArticleUpload> {
  const size = await fileSize(file);
  try {
    return await readArticleUpload(
      {
        name: file,
        size,
        arrayBuffer: async () => {
          const bytes = await readFile(file);
          return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
        },
      },
      maxBytes,
    );
  } catch (error) {
    if (error instanceof AppError) throw new CliError(error.message);
    throw error;
  }
}

export const isHtmlFile = (file: string) => /\.html?$/i.test(file);

/** The size of a file to read, or the sentence that says why it cannot be read (missing, or a folder). */
export async function fileSize(file: string): Promise<number> {
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw new CliError(`"${file}" is a folder, not a file.`);
    return info.size;
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`Cannot read "${file}": no such file.`);
  }
}

import { decodePageBytes, declaredPageEncoding } from "./decode-page-bytes";

/**
 * Turns uploaded or piped bytes into article text, or says in one sentence why it cannot.
 * Shared by the CLI and the web upload, so both refuse the same inputs with the same words.
 */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

export type DecodeResult = { ok: true; text: string } | { ok: false; code: DecodeErrorCode; message: string };
export type DecodeErrorCode = "empty" | "too_large" | "binary" | "not_utf8";

const BINARY_SNIFF_BYTES = 8192;

/**
 * Text is read as UTF-8. An HTML page is read in the encoding it declares (a byte-order mark or <meta charset>, as a
 * browser reads a saved page): pages saved from sites in Windows-1252 or Latin-1 are common.
 */
export function decodeArticleBytes(
  bytes: Uint8Array,
  maxBytes = DEFAULT_MAX_BYTES,
  { html = false }: { html?: boolean } = {},
): DecodeResult {
  if (bytes.byteLength > maxBytes) {
    return fail(
      "too_large",
      `The input is ${formatBytes(bytes.byteLength)}, over the limit of ${formatBytes(maxBytes)}.`,
    );
  }
  const declared = html ? declaredPageEncoding(bytes) : undefined;
  // A NUL byte never occurs in text (but for UTF-16); it is the surest sign of a binary file (PDF, image, Word file).
  if (!declared?.startsWith("utf-16") && bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0)) {
    return fail("binary", "The input looks like a binary file, not text; paste the article or save it as .txt first.");
  }
  let text: string;
  try {
    text =
      declared && declared !== "utf-8"
        ? decodePageBytes(bytes, undefined, true)
        : new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    const names = html ? " and names no other encoding in a <meta charset>" : "";
    return fail("not_utf8", `The input is not valid UTF-8 text${names}; save it with UTF-8 encoding and try again.`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim().length === 0)
    return fail("empty", "The input is empty: there is no article text to extract claims from.");
  return { ok: true, text };
}

function fail(code: DecodeErrorCode, message: string): DecodeResult {
  return { ok: false, code, message };
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1).replace(/\.0$/, "")} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1).replace(/\.0$/, "")} KB`;
  return `${n} bytes`;
}

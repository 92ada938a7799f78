/**
 * Turns uploaded or piped bytes into article text, or says in one sentence why it cannot.
 * Shared by the CLI and (later) the web upload, so both refuse the same inputs with the same words.
 */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

export type DecodeResult = { ok: true; text: string } | { ok: false; code: DecodeErrorCode; message: string };
export type DecodeErrorCode = "empty" | "too_large" | "binary" | "not_utf8";

const BINARY_SNIFF_BYTES = 8192;

export function decodeArticleBytes(bytes: Uint8Array, maxBytes = DEFAULT_MAX_BYTES): DecodeResult {
  if (bytes.byteLength > maxBytes) {
    return fail(
      "too_large",
      `The input is ${formatBytes(bytes.byteLength)}, over the limit of ${formatBytes(maxBytes)}.`,
    );
  }
  // A NUL byte never occurs in text; it is the surest sign of a binary file (PDF, image, Word document).
  if (bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0)) {
    return fail("binary", "The input looks like a binary file, not text; paste the article or save it as .txt first.");
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return fail("not_utf8", "The input is not valid UTF-8 text; save it with UTF-8 encoding and try again.");
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

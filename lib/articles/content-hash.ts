import { createHash } from "node:crypto";

/**
 * The fingerprint that detects the same article ingested twice. Line endings and trailing white space are folded
 * first: a browser submits a pasted text with CRLF, the same text uploaded as a file has LF.
 */
export function contentHash(body: string): string {
  const folded = body
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line) => line.trimEnd())
    .join("\n")
    .trim();
  return createHash("sha256").update(folded, "utf8").digest("hex");
}

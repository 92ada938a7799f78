import type { IncomingMessage } from "node:http";
import { pipeline, type Readable } from "node:stream";
import { createBrotliDecompress, createGunzip, createInflate } from "node:zlib";
import type { AppError } from "@/lib/errors";
import { fetchRefusal } from "./fetch-refusal";

const DECOMPRESS: Record<string, () => NodeJS.ReadWriteStream> = {
  gzip: createGunzip,
  "x-gzip": createGunzip,
  deflate: createInflate,
  br: createBrotliDecompress,
};

interface BodyLimits {
  /** Bytes of the page as it will be read (after decompression): a small compressed bomb is stopped here too. */
  maxBytes: number;
  signal: AbortSignal;
  tooLarge: () => AppError;
  host: string;
}

/**
 * Reads a response's body as it streams in and stops — closing the connection — as soon as it passes the limit, so a
 * huge or endless page is never held in memory. A declared Content-Length over the limit is refused unread.
 */
export async function readPageBody(response: IncomingMessage, limits: BodyLimits): Promise<Uint8Array> {
  const encoding = (response.headers["content-encoding"] ?? "identity").trim().toLowerCase();
  const declared = Number(response.headers["content-length"]);
  if (encoding === "identity" && declared > limits.maxBytes) {
    response.destroy();
    throw limits.tooLarge();
  }
  const decompress = DECOMPRESS[encoding];
  const body: Readable = decompress ? (pipeline(response, decompress(), () => {}) as unknown as Readable) : response;
  const abort = () => response.destroy(limits.signal.reason as Error);
  limits.signal.addEventListener("abort", abort, { once: true });
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of body) {
      size += (chunk as Buffer).byteLength;
      if (size > limits.maxBytes) throw limits.tooLarge();
      chunks.push(chunk as Buffer);
    }
  } catch (error) {
    if (limits.signal.aborted) throw limits.signal.reason;
    if ((error as AppError).name === "AppError") throw error;
    throw fetchRefusal.unreachable(limits.host);
  } finally {
    limits.signal.removeEventListener("abort", abort);
    response.destroy();
  }
  return Buffer.concat(chunks);
}

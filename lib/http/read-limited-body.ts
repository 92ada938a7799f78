import { AppError } from "@/lib/errors";

const tooLargeDefault = () => new AppError("too_large", "The request body is too large.", "body", "too_large");

/**
 * A request's body, refused with `tooLarge` as soon as it is over `maxBytes`: at once when Content-Length says so,
 * and for a body sent without one (chunked) after reading just past the limit — never the whole body held in memory
 * to find out.
 */
export async function readLimitedBody(
  request: Request,
  maxBytes: number,
  tooLarge: () => AppError = tooLargeDefault,
): Promise<Uint8Array<ArrayBuffer>> {
  if (Number(request.headers.get("content-length") ?? 0) > maxBytes) throw tooLarge();
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

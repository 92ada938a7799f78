import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { readJsonBody } from "./read-json-body";

const KB = 1024;

/** A JSON body sent in 16 KB chunks without Content-Length (chunked), counting how many chunks were pulled. */
function chunkedRequest(totalKb: number) {
  const pulled = { chunks: 0 };
  const chunk = new TextEncoder().encode(" ".repeat(16 * KB));
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled.chunks === 0) controller.enqueue(new TextEncoder().encode('{"body":"'));
      if (pulled.chunks++ * 16 < totalKb) return controller.enqueue(chunk);
      controller.enqueue(new TextEncoder().encode('"}'));
      controller.close();
    },
  });
  const request = new Request("http://claimtrack.test/api/articles", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body,
    duplex: "half",
  } as RequestInit);
  return { request, pulled };
}

describe("readJsonBody", () => {
  it("refuses a body whose Content-Length is over the limit with a 413, before reading any of it", async () => {
    const request = new Request("http://claimtrack.test/api/articles", {
      method: "POST",
      headers: { "content-type": "application/json", "content-length": String(50 * 1024 * KB) },
      body: "{}",
    });
    const error = await readJsonBody(request, 100 * KB).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ status: 413, reason: "too_large" });
    expect(request.bodyUsed).toBe(false);
  });

  it("stops reading a body sent without Content-Length just past the limit, and reads one under it whole", async () => {
    const { request, pulled } = chunkedRequest(50 * 1024);
    const error = await readJsonBody(request, 100 * KB).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 413 });
    // 100 KB is seven 16 KB chunks; a reader that took in all 50 MB would have pulled 3,200.
    expect(pulled.chunks).toBeLessThan(10);
    expect(await readJsonBody(chunkedRequest(32).request, 100 * KB)).toEqual({ body: expect.stringMatching(/^ +$/) });
  });

  it("says what the caller wants said about a body that is too large", async () => {
    const { request } = chunkedRequest(1024);
    const tooLarge = () => new AppError("too_large", "The article is larger than 100 KB.", "body", "too_large");
    await expect(readJsonBody(request, 100 * KB, tooLarge)).rejects.toThrow("The article is larger than 100 KB.");
  });
});

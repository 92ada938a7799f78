import { AppError } from "@/lib/errors";
import { readLimitedBody } from "./read-limited-body";

/**
 * Reads a JSON request body with a size limit, refusing the wrong content type, oversized bodies and malformed
 * JSON with a 4xx the client can act on, before anything is parsed further.
 */
export async function readJsonBody(request: Request, maxBytes: number, tooLarge?: () => AppError): Promise<unknown> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/json\b/i.test(type)) {
    throw new AppError(
      "invalid_input",
      "Send the request as JSON (Content-Type: application/json).",
      "body",
      "content_type",
    );
  }
  const bytes = await readLimitedBody(request, maxBytes, tooLarge);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new AppError("invalid_input", "The request body is not valid UTF-8.", "body", "not_utf8");
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError("invalid_input", "The request body is not valid JSON.", "body", "invalid_json");
  }
}

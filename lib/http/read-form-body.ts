import { AppError } from "@/lib/errors";
import { readLimitedBody } from "./read-limited-body";

/** A multipart form body, size-limited like readJsonBody before anything is parsed; a broken form is a 400. */
export async function readFormBody(request: Request, maxBytes: number, tooLarge?: () => AppError): Promise<FormData> {
  const type = request.headers.get("content-type") ?? "";
  const bytes = await readLimitedBody(request, maxBytes, tooLarge);
  try {
    return await new Response(bytes, { headers: { "content-type": type } }).formData();
  } catch {
    throw new AppError("invalid_input", "The form data cannot be read.", "body", "invalid_form");
  }
}

import { AppError } from "@/lib/errors";
import { formatBytes } from "@/lib/input/decode-article-bytes";

export { articleRequestLimit, HTML_FILE_FACTOR } from "./article-request-limit";

/** The one sentence for an article over the limit, whichever check finds it (form, upload, API, request size). */
export const articleTooLargeMessage = (maxBytes: number) =>
  `The article is larger than ${formatBytes(maxBytes)}, the most Claimtrack accepts. Shorten it or split it into parts.`;

export const articleTooLarge = (maxBytes: number, field: "body" | "file" | "url" = "body") =>
  new AppError("too_large", articleTooLargeMessage(maxBytes), field, "too_large");

import { AppError } from "@/lib/errors";
import { readFormBody } from "@/lib/http/read-form-body";
import { readJsonBody } from "@/lib/http/read-json-body";
import { looksLikeHtmlPage, readArticleForm } from "./article-form";
import type { ArticleInput } from "./article-input";
import { articleRequestLimit, articleTooLarge } from "@/lib/input/article-size";

/**
 * An article sent to POST /api/articles, as JSON or as the page's form (multipart, with or without a file). A body
 * over the request limit is refused with the same sentence as an article over the limit, before it is read whole.
 */
export async function readArticleRequest(request: Request, maxBytes: number): Promise<ArticleInput> {
  const limit = articleRequestLimit(maxBytes);
  const tooLarge = () => articleTooLarge(maxBytes);
  if (/^multipart\/form-data/i.test(request.headers.get("content-type") ?? ""))
    return readArticleForm(await readFormBody(request, limit, tooLarge), maxBytes);
  const input = await readJsonBody(request, limit, tooLarge);
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    throw new AppError("invalid_input", "Send a JSON object with title and body.", "body", "invalid");
  }
  const article = input as ArticleInput;
  // A page's source sent as the body is read as the page, as the form reads it pasted: its text, not its markup.
  // A field of the wrong type is left for the checks to refuse, not filled from the page.
  const wellTyped = Object.values(article).every((v) => v === undefined || v === null || typeof v === "string");
  return wellTyped && typeof article.body === "string" && looksLikeHtmlPage(article.body)
    ? { ...article, ...(await readArticleForm(asForm(article), maxBytes)) }
    : article;
}

/** The JSON's text fields as the add-article form would send them. */
function asForm(article: ArticleInput): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(article)) if (typeof value === "string") form.set(name, value);
  return form;
}

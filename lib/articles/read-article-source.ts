import type { ArticlePageMetadata } from "@/lib/input/read-article-page";
import { readArticleUrl } from "@/lib/input/read-article-url";
import { AppError } from "@/lib/errors";
import type { ArticleInput, ArticleSubmission } from "./article-input";
import { ArticleInputSchema } from "./article-input";

/** The page an article was read from, kept with it (Article.fetchedHtml, fetchedAt). */
export interface FetchedSource {
  html: string;
  fetchedAt: Date;
}

const isBlank = (value: unknown) => typeof value !== "string" || value.trim() === "";

/**
 * Where an article's text comes from: the text given (body; a url beside it only says where the original is), or —
 * with no text — the page at its url, fetched on the server. What the person typed stands; what they left empty the
 * page fills (title, outlet, date, language), and the article's URL becomes the address the page was found at after
 * redirects, the page its text was read from.
 */
export async function readArticleSource(
  input: ArticleSubmission,
  maxBytes: number,
  { fresh = false } = {},
): Promise<{ input: ArticleInput; fetched?: FetchedSource }> {
  // Without a text or a URL the ingest verb says what is missing, in the form's words.
  if (!isBlank(input.body) || isBlank(input.url))
    return { input: { ...input, title: input.title ?? "", body: input.body ?? "" } };
  const url = ArticleInputSchema.shape.url.safeParse(input.url);
  if (!url.success || !url.data)
    throw new AppError("invalid_input", "The URL must start with http:// or https://.", "url", "invalid");
  const read = await readArticleUrl(url.data, maxBytes, { fresh });
  return {
    input: {
      ...input,
      title: input.title ?? "",
      ...filled(input, read.metadata, read.text),
      body: read.text,
      url: read.page.url,
    },
    fetched: { html: read.page.content, fetchedAt: read.page.fetchedAt },
  };
}

/** The fields the person left empty, from the page's metadata (the title falls back to the text's first line). */
export function filled(input: ArticleSubmission, metadata: ArticlePageMetadata, text: string): Partial<ArticleInput> {
  const title = metadata.title ?? firstLine(text);
  return {
    ...(isBlank(input.title) && title ? { title: title.slice(0, 300) } : {}),
    ...(isBlank(input.outlet) && metadata.outlet ? { outlet: metadata.outlet.slice(0, 200) } : {}),
    ...(!input.publishedAt && metadata.publishedAt ? { publishedAt: metadata.publishedAt } : {}),
    ...((input.language ?? "auto") === "auto" && metadata.language ? { language: metadata.language } : {}),
  };
}

const firstLine = (text: string) =>
  text
    .split("\n")
    .find((line) => line.trim())
    ?.trim();

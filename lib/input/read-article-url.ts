import { HTML_FILE_FACTOR } from "@/lib/articles/article-size";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { fetchArticlePage, type FetchedPage } from "./fetch-article-page";
import { fetchRefusal } from "./fetch-refusal";
import type { htmlToArticleText } from "./html-to-article-text";
import { runOffThread } from "./run-off-thread";

export interface PageMetadata {
  title?: string;
  outlet?: string;
  byline?: string;
  publishedAt?: string;
  language?: "de" | "en";
}

export interface ArticleFromUrl {
  text: string;
  metadata: PageMetadata;
  page: FetchedPage;
}

/**
 * Fetches the page at a URL on the server (fetch-article-page.ts: public addresses only unless
 * CLAIMTRACK_FETCH_ALLOW_PRIVATE, redirects, time and size limits) and reads its article text as an uploaded HTML
 * file is read, on the worker thread; a plain-text page is its own text.
 */
export async function readArticleUrl(url: string, maxBytes: number): Promise<ArticleFromUrl> {
  const env = getEnv();
  const page = await fetchArticlePage(url, {
    allowPrivate: env.CLAIMTRACK_FETCH_ALLOW_PRIVATE,
    maxBytes,
    maxPageBytes: maxBytes * HTML_FILE_FACTOR,
    timeoutMs: env.CLAIMTRACK_FETCH_TIMEOUT_MS,
  });
  let text = page.content;
  let metadata: PageMetadata = {};
  if (page.isHtml) {
    const reduced = await runOffThread<ReturnType<typeof htmlToArticleText>>(
      { kind: "html", html: page.content },
      "url",
    ).catch((error: unknown) => {
      // The HTML limits speak of the file field: here the page came from the URL field, where the message belongs.
      if (error instanceof AppError) throw new AppError(error.code, error.message, "url", error.reason, error.params);
      throw error;
    });
    text = reduced.text;
    metadata = { title: reduced.title };
  }
  if (!text.trim()) throw fetchRefusal.empty();
  return { text, metadata, page };
}

import { HTML_FILE_FACTOR } from "@/lib/input/article-size";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { fetchArticlePage, type FetchedPage } from "./fetch-article-page";
import { fetchRefusal } from "./fetch-refusal";
import type { ArticlePage, ArticlePageMetadata } from "./read-article-page";
import { RecentPages } from "./recent-pages";
import { runOffThread } from "./run-off-thread";

export interface ArticleFromUrl {
  text: string;
  /** What the page says about itself (title, outlet, byline, date, language); empty for a plain-text page. */
  metadata: ArticlePageMetadata;
  page: FetchedPage;
}

/**
 * Fetches the page at a URL on the server (fetch-article-page.ts: public addresses only unless
 * CLAIMTRACK_FETCH_ALLOW_PRIVATE, redirects, time and size limits) and reads its article text and metadata as an
 * uploaded HTML file is read (readArticlePage, on the worker thread); a plain-text page is its own text. A page
 * fetched for the form's preview in the last minutes is not fetched again (recent-pages.ts), unless `fresh` (a page
 * fetched again to see whether it changed).
 */
export async function readArticleUrl(url: string, maxBytes: number, { fresh = false } = {}): Promise<ArticleFromUrl> {
  const env = getEnv();
  const key = `${maxBytes} ${url}`;
  let page = fresh ? undefined : recentPages.get(key);
  if (!page) {
    page = await fetchArticlePage(url, {
      allowPrivate: env.CLAIMTRACK_FETCH_ALLOW_PRIVATE,
      maxBytes,
      maxPageBytes: maxBytes * HTML_FILE_FACTOR,
      timeoutMs: env.CLAIMTRACK_FETCH_TIMEOUT_MS,
    });
    recentPages.set(key, page);
  }
  if (!page.isHtml) {
    if (!page.content.trim()) throw fetchRefusal.empty();
    return { text: page.content, metadata: {}, page };
  }
  const { text, ...metadata } = await runOffThread<ArticlePage>(
    { kind: "html", html: page.content, pageUrl: page.url },
    "url",
  ).catch((error: unknown) => {
    // The page reader speaks of the file field (an upload): here the page came from the URL field.
    if (error instanceof AppError) throw new AppError(error.code, error.message, "url", error.reason, error.params);
    throw error;
  });
  return { text, metadata, page };
}

const recentPages = new RecentPages();

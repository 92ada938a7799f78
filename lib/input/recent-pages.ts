import type { FetchedPage } from "./fetch-article-page";

/** How long a fetched page is reused: the form's preview and its submit are a minute or two apart. */
export const RECENT_PAGE_MS = 10 * 60_000;
const MAX_PAGES = 20;
const MAX_CHARS = 40 * 1024 * 1024;

/**
 * Pages fetched in the last minutes, by the address asked for. The form reads a page when the URL is typed (to fill in
 * title, outlet and date) and again when the article is added: the second read takes the first one's page, so the
 * news site is asked once and the article stored is the page the form showed. Only pages that were read are kept
 * (a refusal is asked again); the oldest go first past MAX_PAGES or MAX_CHARS.
 */
export class RecentPages {
  private pages = new Map<string, { page: FetchedPage; at: number }>();
  private chars = 0;

  constructor(private readonly now: () => number = Date.now) {}

  get(url: string): FetchedPage | undefined {
    const entry = this.pages.get(url);
    if (!entry) return undefined;
    if (this.now() - entry.at > RECENT_PAGE_MS) {
      this.delete(url);
      return undefined;
    }
    return entry.page;
  }

  set(url: string, page: FetchedPage) {
    this.delete(url);
    this.pages.set(url, { page, at: this.now() });
    this.chars += page.content.length;
    for (const oldest of this.pages.keys()) {
      if (this.pages.size <= MAX_PAGES && this.chars <= MAX_CHARS) break;
      this.delete(oldest);
    }
  }

  private delete(url: string) {
    const entry = this.pages.get(url);
    if (!entry) return;
    this.chars -= entry.page.content.length;
    this.pages.delete(url);
  }
}

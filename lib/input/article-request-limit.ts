// No imports: next.config.ts reads this file, and its loader does not resolve the "@/" paths.

/** An uploaded HTML page carries markup around its text, so its file may be this many times the text limit. */
export const HTML_FILE_FACTOR = 4;

/**
 * The most one request adding an article may carry: the largest file we read (an HTML page), pasted text beside it
 * and room for the other fields. Next.js refuses server-action bodies above it before our code runs, the proxy and
 * POST /api/articles stop reading there — so every size over the article limit gets the same sentence
 * (article-size.ts), and a huge body is never held in memory just to say no.
 */
export const articleRequestLimit = (maxBytes: number) => (HTML_FILE_FACTOR + 1) * maxBytes + 64 * 1024;

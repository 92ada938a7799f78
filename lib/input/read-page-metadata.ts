/**
 * What a news page says about itself, read from its <head> and JSON-LD before anything changes the page: the
 * title without the site name, the outlet, the byline, the publication date and the language. Pages disagree with
 * themselves; the order of preference is JSON-LD (what the outlet tells search engines), then og:/article: meta
 * tags, then what Readability found, then <title> and <html lang>.
 */
export interface ArticlePageMetadata {
  title?: string;
  outlet?: string;
  byline?: string;
  /** ISO 8601: a date (2024-05-01) when the page gives only a date, else a date-time in UTC. */
  publishedAt?: string;
  language?: "de" | "en";
}

/** The part of a DOM document the metadata is read from (linkedom's, or a browser's). */
interface PageDocument {
  documentElement: { getAttribute(name: string): string | null } | null;
  querySelectorAll(
    selector: string,
  ): Iterable<{ getAttribute(name: string): string | null; textContent: string | null }>;
}

/** What Readability's parse reports, as far as it helps here. */
export interface ReadabilityFindings {
  title?: string | null;
  byline?: string | null;
  siteName?: string | null;
  publishedTime?: string | null;
  lang?: string | null;
}

type JsonLd = Record<string, unknown>;
const ARTICLE_TYPES = /^(News|Report|Blog|Scholarly|Tech|Opinion|Analysis|Review|Satirical)?(Article|Posting)$/;

export function readPageMetadata(
  document: PageDocument,
  htmlTitle: string | undefined,
  pageUrl?: string,
): ArticlePageMetadata {
  const meta = readMetaTags(document);
  const ld = findArticleJsonLd(document);
  const publisher = asRecord(ld?.publisher);
  const outlet = clean(text(publisher?.name) ?? meta["og:site_name"] ?? meta["application-name"]);
  const title = stripSiteName(
    clean(text(ld?.headline) ?? meta["og:title"] ?? meta["twitter:title"] ?? htmlTitle),
    outlet,
    pageUrl,
  );
  const byline = clean(authorNames(ld?.author) ?? nonUrl(meta["author"]) ?? nonUrl(meta["article:author"]));
  const publishedAt = normaliseDate(
    text(ld?.datePublished) ?? meta["article:published_time"] ?? meta["date"] ?? meta["pubdate"],
  );
  const language = languageOf(
    text(ld?.inLanguage) ?? document.documentElement?.getAttribute("lang") ?? meta["og:locale"],
  );
  return prune({ title, outlet, byline: byline && stripBylinePrefix(byline), publishedAt, language });
}

/** Fills what the page's own metadata left open with what Readability found in the page's text. */
export function completeMetadata(
  metadata: ArticlePageMetadata,
  found: ReadabilityFindings,
  pageUrl?: string,
): ArticlePageMetadata {
  const outlet = metadata.outlet ?? clean(found.siteName ?? undefined);
  const byline = metadata.byline ?? clean(found.byline ?? undefined);
  return prune({
    title: metadata.title ?? stripSiteName(clean(found.title ?? undefined), outlet, pageUrl),
    outlet,
    byline: byline && stripBylinePrefix(byline),
    publishedAt: metadata.publishedAt ?? normaliseDate(found.publishedTime ?? undefined),
    language: metadata.language ?? languageOf(found.lang ?? undefined),
  });
}

function readMetaTags(document: PageDocument): Record<string, string> {
  const found: Record<string, string> = {};
  for (const tag of document.querySelectorAll("meta[content]")) {
    const key = (tag.getAttribute("property") ?? tag.getAttribute("name") ?? tag.getAttribute("itemprop"))
      ?.trim()
      .toLowerCase();
    const content = tag.getAttribute("content")?.trim();
    // The first of a kind wins: pages that repeat a tag put the canonical one first.
    if (key && content && !(key in found)) found[key] = content;
  }
  return found;
}

/** The page's JSON-LD object of an article type, looked for in arrays and @graph lists too. */
function findArticleJsonLd(document: PageDocument): JsonLd | undefined {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      // limitHtml wrote the script out with &, < and > escaped; a script's text is not decoded again.
      data = JSON.parse(decodeEscapes(script.textContent ?? ""));
    } catch {
      continue; // Broken JSON-LD is common and says nothing about the article.
    }
    const article = findArticleNode(data, 0);
    if (article) return article;
  }
  return undefined;
}

function findArticleNode(data: unknown, depth: number): JsonLd | undefined {
  if (depth > 4 || data === null || typeof data !== "object") return undefined;
  if (Array.isArray(data)) {
    for (const item of data) {
      const found = findArticleNode(item, depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  const node = data as JsonLd;
  const types = ([] as unknown[]).concat(node["@type"] ?? []);
  if (types.some((t) => typeof t === "string" && ARTICLE_TYPES.test(t))) return node;
  return findArticleNode(node["@graph"], depth + 1);
}

function authorNames(author: unknown): string | undefined {
  const names = ([] as unknown[])
    .concat(author ?? [])
    .map((a) => (typeof a === "string" ? nonUrl(a) : text(asRecord(a)?.name)))
    .filter((name): name is string => Boolean(name?.trim()));
  return names.length ? [...new Set(names.map((n) => n.trim()))].join(", ") : undefined;
}

/** " | Site", " - Site", "Site: " and section trails ("Politik | SPIEGEL") go; the headline stays as written. */
export function stripSiteName(title: string | undefined, outlet: string | undefined, pageUrl?: string) {
  if (!title) return undefined;
  const names = [outlet, hostName(pageUrl)].filter((n): n is string => Boolean(n)).map(squash);
  const isSiteName = (part: string) =>
    names.some((name) => name.length > 2 && (squash(part).includes(name) || name.includes(squash(part))));
  // Parts and the separators between them: [part, separator, part, …].
  const pieces = title.split(/(\s+[|–—·•»]\s+|\s+-{1,2}\s+|:\s+)/);
  const isSection = (part: string, separator: string) => separator.includes("|") && wordCount(part) <= 3;
  let first = 0;
  let last = pieces.length - 1;
  while (last - first >= 2 && (isSiteName(pieces[last]!) || isSection(pieces[last]!, pieces[last - 1]!))) last -= 2;
  while (last - first >= 2 && isSiteName(pieces[first]!)) first += 2;
  return (
    pieces
      .slice(first, last + 1)
      .join("")
      .trim() || title
  );
}

function normaliseDate(value: string | undefined): string | undefined {
  const v = value?.trim();
  if (!v) return undefined;
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return Number.isNaN(Date.parse(v)) ? undefined : v;
  // Only ISO-like dates: "Nov 20, 2019" is read differently by different engines.
  if (!/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/.test(v)) return undefined;
  const date = new Date(v.replace(" ", "T"));
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

function languageOf(value: string | undefined): "de" | "en" | undefined {
  const code = value?.trim().toLowerCase().slice(0, 2);
  return code === "de" || code === "en" ? code : undefined;
}

const stripBylinePrefix = (byline: string) => byline.replace(/^(by|von|text:?|author:?|autor:?)\s+/i, "").trim();
const text = (v: unknown) => (typeof v === "string" && v.trim() ? v : undefined);
const asRecord = (v: unknown) => (v && typeof v === "object" && !Array.isArray(v) ? (v as JsonLd) : undefined);
const nonUrl = (v: string | undefined) => (v && !/^https?:\/\//i.test(v.trim()) ? v : undefined);
const clean = (v: string | undefined) => {
  const s = v?.replace(/\s+/g, " ").trim();
  return s ? s.slice(0, 300) : undefined;
};
const squash = (s: string) => s.toLowerCase().replace(/^(www\.)|\b(der|die|das|the)\b|[^\p{L}\p{N}]/gu, "");
const wordCount = (s: string) => s.split(/\s+/).filter(Boolean).length;
const decodeEscapes = (s: string) => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

function hostName(pageUrl: string | undefined): string | undefined {
  if (!pageUrl) return undefined;
  try {
    // "www.spiegel.de" → "spiegel": the name people know the site by.
    const labels = new URL(pageUrl).hostname.split(".");
    return labels.length >= 2 ? labels.at(-2) : undefined;
  } catch {
    return undefined;
  }
}

function prune(metadata: ArticlePageMetadata): ArticlePageMetadata {
  return Object.fromEntries(Object.entries(metadata).filter(([, v]) => v !== undefined)) as ArticlePageMetadata;
}

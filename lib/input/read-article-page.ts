import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { AppError } from "../errors";
import { htmlToPlainText } from "./html-to-article-text";
import { limitHtml } from "./limit-html";
import { completeMetadata, readPageMetadata, type ArticlePageMetadata } from "./read-page-metadata";
import { hasArticleText, isPaywalled, stripClutterElements, stripClutterLines } from "./strip-page-clutter";

export type { ArticlePageMetadata } from "./read-page-metadata";
export interface ArticlePage extends ArticlePageMetadata {
  text: string;
}

/**
 * A news page as its article text and metadata. The page is held to HTML_LIMITS first (limitHtml: a 4xx over a
 * limit) and only what that pass wrote out is read; on a server-side DOM (linkedom) that runs no script, Mozilla's
 * Readability (Firefox Reader View) finds the article; our clean-up then drops what it keeps of share bars,
 * newsletter boxes, teasers, photo credits and cookie text. Where Readability finds nothing, the page's <article>,
 * <main> or <body> is read as text instead. Pure and synchronous: it runs on the worker thread (run-off-thread.ts).
 */
export function readArticlePage(page: string, pageUrl?: string): ArticlePage {
  const { html, title: htmlTitle } = limitHtml(page);
  const document = parsePage(html);
  const metadata = readPageMetadata(document, htmlTitle, pageUrl);
  const paywalled = isPaywalled(document);
  stripClutterElements(document.body ?? document.documentElement);
  const found = readWithReadability(document);
  let text = found?.content ? stripClutterLines(htmlToPlainText(found.content.innerHTML)) : "";
  // Readability gives up on pages without one clear block of prose (a list of short items, a page of tables).
  if (!hasArticleText(text)) text = stripClutterLines(htmlToPlainText(html, ["article", "main", "body"]));
  if (!hasArticleText(text, paywalled)) throw noArticleText();
  return { ...completeMetadata(metadata, found ?? {}, pageUrl), text };
}

/** linkedom builds no <html> or <body> a page leaves out (a fragment, or text saved as .html): they are added. */
function parsePage(html: string): Document {
  const { document } = parseHTML(html);
  if (document.documentElement && document.querySelector("body")) return document;
  return parseHTML(`<html><head></head><body>${html}</body></html>`).document;
}

function readWithReadability(document: Document) {
  try {
    // keepClasses: the clean-up after it recognises clutter by its class names too.
    const reader = new Readability(document, { keepClasses: true, serializer: (node) => node as Element });
    lazyBylineCheck(reader);
    return reader.parse();
  } catch {
    // A page Readability cannot walk is read by the fallback; its errors say nothing the person can act on.
    return null;
  }
}

/**
 * Readability 0.6 reads the text of every element's whole subtree before asking whether it could be a byline at
 * all: native in a browser, but in linkedom each read walks the subtree, and a 1 MB page spent 60 % of its time
 * there. The same test, with the text read only for the few elements that could be a byline.
 */
function lazyBylineCheck(reader: Readability<Element>) {
  const byline = /byline|author|dateline|writtenby|p-author/i;
  Object.assign(reader, {
    _isValidByline(node: Element, matchString: string) {
      const itemprop = node.getAttribute("itemprop");
      if (node.getAttribute("rel") !== "author" && !itemprop?.includes("author") && !byline.test(matchString))
        return false;
      const length = node.textContent?.trim().length ?? 0;
      return length > 0 && length < 100;
    },
  });
}

export function noArticleText(): AppError {
  return new AppError(
    "invalid_input",
    "Claimtrack found no article text on this page (only a login or subscription prompt, or no text at all). Copy the article's text and paste it instead.",
    "file",
    "no_article_text",
  );
}

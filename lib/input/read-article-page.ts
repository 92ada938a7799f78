import { parseHTML } from "linkedom";
import { AppError } from "../errors";
import { elementToText } from "./element-to-text";
import { htmlToPlainText, tidyText } from "./html-to-article-text";
import { limitHtml } from "./limit-html";
import { readWithReadability } from "./readability-on-linkedom";
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
  stripClutterElements(document.body ?? document.documentElement);
  const found = readWithReadability(document);
  let text = found?.content ? stripClutterLines(tidyText(elementToText(found.content))) : "";
  // Readability gives up on pages without one clear block of prose (a list of short items, a page of tables).
  if (!hasArticleText(text)) text = stripClutterLines(htmlToPlainText(html, ["article", "main", "body"]));
  // Whether the page says it is for subscribers matters only for a short text: asked of the page as it came (the
  // clean-up and Readability have changed the document since), and only then — reading a long page's text is slow.
  if (!hasArticleText(text) || (!hasArticleText(text, true) && isPaywalled(parsePage(html)))) throw noArticleText();
  return { ...completeMetadata(metadata, found ?? {}, pageUrl), text };
}

/** linkedom builds no <html> or <body> a page leaves out (a fragment, or text saved as .html): they are added. */
function parsePage(html: string): Document {
  const { document } = parseHTML(html);
  if (document.documentElement && document.querySelector("body")) return document;
  return parseHTML(`<html><head></head><body>${html}</body></html>`).document;
}

export function noArticleText(): AppError {
  return new AppError(
    "invalid_input",
    "Claimtrack found no article text on this page (only a login or subscription prompt, or no text at all). Copy the article's text and paste it instead.",
    "file",
    "no_article_text",
  );
}

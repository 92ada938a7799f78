import { compile, type HtmlToTextOptions } from "html-to-text";
import { limitHtml } from "./limit-html";

/**
 * Reduces an HTML page to its article text the plain way: the page's <article>, <main> or <body> as text. Scripts,
 * styles, navigation, forms and images are dropped, never run; links keep their words only. The result is plain
 * text: Claimtrack never renders uploaded HTML. The page is held to HTML_LIMITS first (a 4xx over them), and only
 * the page as limitHtml wrote it out is reduced. readArticlePage falls back on this when Readability finds nothing.
 */
export function htmlToArticleText(page: string): { text: string; title: string | undefined } {
  const { html, title } = limitHtml(page);
  return { text: htmlToPlainText(html, ["article", "main", "body"]), title };
}

/** HTML (already held to HTML_LIMITS) as plain text: a blank line between blocks, headings on their own line. */
export function htmlToPlainText(html: string, baseSelectors?: string[]): string {
  return tidyText(converter(baseSelectors)(html));
}

/** At most one blank line between blocks, none at either end. */
export const tidyText = (text: string) => text.replace(/\n{3,}/g, "\n\n").trim();

/** A <table> (its outer HTML) as htmlToPlainText lays it out, one row per line, not yet tidied. */
export const tableToText = (html: string) => converter()(html);

function converter(baseSelectors?: string[]) {
  const key = baseSelectors?.join(",") ?? "";
  let convert = converters.get(key);
  // Compiling the options is a fifth of converting a typical page: done once per set of base selectors.
  if (!convert) converters.set(key, (convert = compile(optionsFor(baseSelectors))));
  return convert;
}

const converters = new Map<string, (html: string) => string>();

function optionsFor(baseSelectors: string[] | undefined): HtmlToTextOptions {
  return {
    wordwrap: false,
    ...(baseSelectors ? { baseElements: { selectors: baseSelectors, returnDomByDefault: true } } : {}),
    selectors: [
      ...["script", "style", "noscript", "nav", "form", "button", "iframe", "svg", "img", "figure", "template"].map(
        (selector) => ({ selector, format: "skip" }),
      ),
      { selector: "a", options: { ignoreHref: true } },
      ...["h1", "h2", "h3", "h4", "h5", "h6"].map((selector) => ({ selector, options: { uppercase: false } })),
      { selector: "ul", options: { itemPrefix: "• " } },
      // A cell's text stays on one line: wrapped at 60 characters, a sentence in a layout table fell apart.
      { selector: "table", format: "dataTable", options: { maxColumnWidth: 10_000 } },
    ],
  };
}

import { convert } from "html-to-text";
import { limitHtml } from "./limit-html";

/**
 * Reduces an HTML page to its article text. Scripts, styles, navigation, forms and images are dropped, never run;
 * links keep their words only. The result is plain text: Claimtrack never renders uploaded HTML. The page is held
 * to HTML_LIMITS first (a 4xx over them), and only the page as limitHtml wrote it out is reduced.
 */
export function htmlToArticleText(page: string): { text: string; title: string | undefined } {
  const { html, title } = limitHtml(page);
  const text = convert(html, {
    wordwrap: false,
    baseElements: { selectors: ["article", "main", "body"], returnDomByDefault: true },
    selectors: [
      ...["script", "style", "noscript", "nav", "form", "button", "iframe", "svg", "img", "figure", "template"].map(
        (selector) => ({ selector, format: "skip" }),
      ),
      { selector: "a", options: { ignoreHref: true } },
      ...["h1", "h2", "h3", "h4", "h5", "h6"].map((selector) => ({ selector, options: { uppercase: false } })),
      { selector: "ul", options: { itemPrefix: "• " } },
      { selector: "table", format: "dataTable" },
    ],
  });
  return { text: text.replace(/\n{3,}/g, "\n\n").trim(), title };
}

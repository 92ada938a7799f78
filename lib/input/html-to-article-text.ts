import { convert } from "html-to-text";

/**
 * Reduces an HTML page to its article text. Scripts, styles, navigation, forms and images are dropped, never run;
 * links keep their words only. The result is plain text: Claimtrack never renders uploaded HTML.
 */
export function htmlToArticleText(html: string): { text: string; title: string | undefined } {
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
  const title = /<title[^>]*>([^<]{1,300})<\/title>/i.exec(html)?.[1];
  return {
    text: text.replace(/\n{3,}/g, "\n\n").trim(),
    title: title ? decodeEntities(title).trim() || undefined : undefined,
  };
}

function decodeEntities(s: string): string {
  return convert(s, { wordwrap: false });
}

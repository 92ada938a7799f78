import fc from "fast-check";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { elementToText } from "./element-to-text";
import { htmlToPlainText, tidyText } from "./html-to-article-text";

/** The article text both ways: straight from the DOM, and as html-to-text lays out the same markup. */
function bothWays(markup: string) {
  const { document } = parseHTML(`<html><body><div id="article">${markup}</div></body></html>`);
  const article = document.getElementById("article")!;
  return { fromDom: tidyText(elementToText(article)), fromHtml: htmlToPlainText(article.innerHTML) };
}

describe("an article's text read straight from the DOM", () => {
  it.each([
    [
      "paragraphs and headings",
      "<h2>Bridge closed</h2><p>The city  closed\nthe bridge.</p><p>Repairs start in May.</p>",
    ],
    ["words split across inline elements", "<p><b>Ber</b>lin and <a href='/x'>Ham</a>burg <em> agree </em>.</p>"],
    ["line breaks and rules", "<p>First line<br>second line<br><br>third</p><hr><div>after the rule</div>"],
    ["nested lists", "<ul><li>one<ul><li>one a</li><li>one b</li></ul></li><li><p>two</p><p>two, again</p></li></ul>"],
    ["ordered lists", "<ol start='9'><li>nine</li><li>ten</li></ol><ol type='i'><li>i</li><li>ii</li></ol>"],
    ["quotes and preformatted text", "<blockquote><p>Quoted.</p><p>More.</p></blockquote><pre>  kept\n    as is</pre>"],
    ["a table", "<p>Before.</p><table><tr><th>City</th><th>Votes</th></tr><tr><td>Kiel</td><td>40</td></tr></table>"],
    ["what is skipped", "<p>Kept.</p><script>x()</script><nav>Menu</nav><figure>Photo</figure><button>Share</button>"],
    [
      "empty blocks and white space",
      "<div> </div><p></p><div><div>\n\t<p>Deep</p>\n</div></div>\u00a0<section>end</section>",
    ],
  ])("lays out %s as html-to-text does", (_, markup) => {
    const { fromDom, fromHtml } = bothWays(markup);
    expect(fromDom).toBe(fromHtml);
    expect(fromDom).not.toBe("");
  });

  it("lays out any nesting of blocks, lists and inline text as html-to-text does", () => {
    const text = fc.constantFrom("Wort", " ", "Satz. ", "\n", "  zwei Wörter ", "\u00a0", "und");
    const { inline, block } = fc.letrec((tie) => ({
      inline: fc.oneof(
        { depthSize: "small" },
        text,
        fc.constant("<br>"),
        fc
          .tuple(fc.constantFrom("b", "a", "span", "em"), fc.array(tie("inline"), { maxLength: 3 }))
          .map(([tag, parts]) => `<${tag}>${(parts as string[]).join("")}</${tag}>`),
      ),
      block: fc.oneof(
        { depthSize: "small" },
        fc
          .tuple(fc.constantFrom("p", "h2", "h4"), fc.array(tie("inline"), { maxLength: 4 }))
          .map(([tag, parts]) => `<${tag}>${(parts as string[]).join("")}</${tag}>`),
        fc
          .tuple(fc.constantFrom("div", "section", "blockquote"), fc.array(tie("node"), { maxLength: 4 }))
          .map(([tag, parts]) => `<${tag}>${(parts as string[]).join("")}</${tag}>`),
        fc
          .tuple(fc.constantFrom("ul", "ol"), fc.array(fc.array(tie("node"), { maxLength: 3 }), { maxLength: 3 }))
          .map(
            ([tag, items]) => `<${tag}>${(items as string[][]).map((i) => `<li>${i.join("")}</li>`).join("")}</${tag}>`,
          ),
        fc.constant("<hr>"),
      ),
      node: fc.oneof(tie("inline"), tie("block")),
    }));
    fc.assert(
      fc.property(fc.array(fc.oneof(inline, block), { maxLength: 6 }), (parts) => {
        const { fromDom, fromHtml } = bothWays(parts.join(""));
        expect(fromDom).toBe(fromHtml);
      }),
      { numRuns: 300 },
    );
  });
});

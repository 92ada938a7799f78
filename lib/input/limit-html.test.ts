import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { htmlToArticleText } from "./html-to-article-text";
import { HTML_LIMITS, limitHtml } from "./limit-html";

const timed = <T>(work: () => T): [T, number] => {
  const started = performance.now();
  const value = work();
  return [value, performance.now() - started];
};

const refusalOf = (html: string) => {
  try {
    htmlToArticleText(html);
  } catch (error) {
    return error;
  }
  return null;
};

describe("HTML held to limits before it is reduced to text", () => {
  it("reads the title and text of a page as before, entities decoded", () => {
    const page =
      "<html><head><title>Bonn &amp; Köln</title></head><body><nav>Menü</nav><article><h1>Hi</h1>" +
      "<p>Laut AP kamen 5 Gäste.</p><table><tr><td>a</td><td>b</td></tr></table></article></body></html>";
    expect(htmlToArticleText(page)).toEqual({ title: "Bonn & Köln", text: "Hi\n\nLaut AP kamen 5 Gäste.\n\na   b" });
  });

  it("writes out no script or style code, but keeps JSON-LD, the one script read (as data)", () => {
    const { html } = limitHtml(
      '<head><script>var secret = "tracking";</script><style>.x{color:red}</style>' +
        '<script type="application/ld+json">{"headline":"Hi"}</script></head><body><p>Text</p></body>',
    );
    expect(html).not.toMatch(/tracking|color:red/);
    expect(html).toContain('{"headline":"Hi"}');
    expect(html).toContain("<p>Text</p>");
  });

  it("reads a 3 MB flood of unclosed <title tags in linear time (it took minutes)", () => {
    const [result, ms] = timed(() => htmlToArticleText("<title".repeat(500_000)));
    expect(result.title).toBeUndefined();
    expect(ms).toBeLessThan(3000);
  });

  it('clamps colspan="1000000" and rowspan to a few columns instead of laying out a million', () => {
    const [result, ms] = timed(() =>
      htmlToArticleText('<table><tr><td colspan="1000000" rowspan="1000000">Wert</td><td>x</td></tr></table>'),
    );
    expect(result.text).toMatch(/^Wert\s+x$/);
    expect(ms).toBeLessThan(1000);
  });

  it.each([
    ["200,000 nested <div>s", "<div>".repeat(200_000) + "x", "is nested more than 512 levels deep"],
    ["a table row of 10,000 cells", `<table><tr>${"<td>x</td>".repeat(10_000)}</tr></table>`, "200 columns"],
    ["30,000 table cells", `<table>${"<tr><td>x</td></tr>".repeat(30_000)}</table>`, "20,000 table cells"],
    ["60,000 paragraphs in one element", "<p>x</p>".repeat(60_000), "50,000 elements inside one"],
  ])("refuses %s with a 4xx that says why, quickly", (_, html, why) => {
    const [error, ms] = timed(() => refusalOf(html));
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ status: 400, field: "file", reason: "too_complex" });
    expect((error as AppError).message).toContain(why);
    // One sentence that fits an uploaded file and a page fetched from a URL alike.
    expect((error as AppError).message).toMatch(
      /^The page is too complex to read: .+ Copy the article's text and paste it instead\.$/,
    );
    expect(ms).toBeLessThan(2000);
  });

  it("accepts what real pages have: nesting, cells and spans within the limits", () => {
    const deep = `${"<div>".repeat(HTML_LIMITS.maxDepth - 3)}Tief.`;
    expect(htmlToArticleText(deep).text).toBe("Tief.");
  });
});

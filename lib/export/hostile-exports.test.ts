import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { ArticleInputSchema } from "@/lib/articles/article-input";
import { typedText } from "@/lib/input/typed-text";
import type { ExportedClaim } from "./claims-export-schema";
import { writeClaimReviews } from "./claim-review";
import { writeClaimsCsv } from "./write-claims-csv";
import { exportedClaim } from "@/test/support/exported-claim";
import { escapeMarkdown } from "./write-claims-markdown";

const claim = (change: Partial<ExportedClaim>): ExportedClaim =>
  exportedClaim({
    article: { ...exportedClaim().article, language: "en" },
    text: "Reuters said troops were sent",
    status: "false",
    sources: [{ name: "Reuters", type: "news_agency", role: "origin", relayOf: null, cue: "said", mention: "Reuters" }],
    ...change,
  });

async function* one(c: ExportedClaim) {
  yield c;
}
const collect = async (chunks: AsyncIterable<string>) => {
  let all = "";
  for await (const chunk of chunks) all += chunk;
  return all;
};

describe("exports of hostile text", () => {
  it("CSV: a cell starting = + - @ is text to a spreadsheet, and a lone CR cannot start a row", async () => {
    const csv = await collect(
      writeClaimsCsv(
        one(
          claim({
            article: { ...claim({}).article, title: '=HYPERLINK("https://evil.example","x")' },
            label: "+1+2",
            statusReason: "-2+3\rinjected,row",
            assignee: "@SUM(A1)",
          }),
        ),
        { timeZone: "UTC" },
      ),
    );
    const rows = parse(csv, { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      article_title: `'=HYPERLINK("https://evil.example","x")`,
      label: "'+1+2",
      status_reason: "'-2+3\rinjected,row",
      assignee: "'@SUM(A1)",
    });
    expect(csv).toContain(`"'-2+3\rinjected,row"`);
  });

  it("Markdown: no line break of any kind lets text start a line of its own", () => {
    for (const breaker of ["\r", "\n", "\r\n", "\u2028", "\u2029"])
      expect(escapeMarkdown(`claim${breaker}# Heading`)).toBe("claim \\# Heading");
  });

  it("ClaimReview: </script> in a claim, source or URL cannot close the script element it is pasted into", async () => {
    const json = await collect(
      writeClaimReviews(
        one(
          claim({
            text: "Reuters said </script><script>alert(1)</script> troops were sent",
            sources: [{ ...claim({}).sources[0]!, name: "</script><!--" }],
            article: { ...claim({}).article, url: "https://news.example/a?x=</script>&y=\u2028" },
          }),
        ),
        { newsroom: "N", baseUrl: "https://claims.example.org" },
      ),
    );
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    const [review] = JSON.parse(json) as { claimReviewed: string; itemReviewed: { author: { name: string } } }[];
    expect(review!.claimReviewed).toContain("</script><script>");
    expect(review!.itemReviewed.author.name).toBe("</script><!--");
  });
});

describe("text going in", () => {
  it("typed text keeps its line breaks only as line feeds", () => {
    expect(typedText().parse("one\rtwo\r\nthree")).toBe("one\ntwo\nthree");
  });

  it("an article body loses escape sequences and lone CRs, and its URL is stored as a browser reads it", () => {
    const parsed = ArticleInputSchema.parse({
      title: "T",
      body: "Reuters said \u001b[31mred\u001b[0m\rand \u0007more.\tTabbed\nline",
      url: "https://News.example/a b?q=<x>",
    });
    expect(parsed.body).toBe("Reuters said [31mred[0m\nand more.\tTabbed\nline");
    expect(parsed.url).toBe("https://news.example/a%20b?q=%3Cx%3E");
  });
});

import { extractClaims } from "@/lib/extract";
import { benchmarkPages } from "./pasted-page";

// A quotation of some length, or a verb of saying / "according to" in either language: the sentence reports what
// someone said, so it should carry a source. Not a gold annotation: a floor on recall that real pages give for free.
const QUOTATION = /[“"„«][^”"“»]{25,}[”"“»]/u;
const SAYING = /\b(said|says|told|according to|sagte|sagt|sagten|erklärte|teilte|laut|zufolge)\b/iu;

/** Claims from the benchmark's German or English article bodies that quote or report speech, and how many have a source. */
function tally(part: "dev" | "held-out") {
  let reported = 0;
  let sourced = 0;
  const examples: string[] = [];
  for (const page of benchmarkPages(part)) {
    if (!page.isDeEn) continue;
    for (const claim of extractClaims(page.body).claims) {
      if (!QUOTATION.test(claim.quote) && !SAYING.test(claim.quote)) continue;
      reported++;
      if (claim.sources.length > 0) sourced++;
      else if (examples.length < 5) examples.push(claim.quote.slice(0, 120));
    }
  }
  return { reported, sourced, examples };
}

/** The EVALUATION.md section: of the claims on real pages that quote someone or report speech, the share with a source. */
export function quotedSentencesSection(): string {
  const rows = (["dev", "held-out"] as const).map((part) => ({ part, ...tally(part) }));
  return `## Real pages: claims that quote or report speech, with a source

A recall floor on real news text without gold annotation: of the claims the extractor finds in the Article
Extraction Benchmark's German or English article bodies whose words hold a quotation (25 characters or more inside
quotation marks) or a verb of saying ("said", "told", "according to", "sagte", "laut", "zufolge", …), the share that
carries a source. Some have none to find ("After all is said and done"; a review quoting a customer), so the
ceiling is below 1. Sentences were read from both halves while writing rules.

| half | claims quoting or reporting speech | with a source | share |
|---|---|---|---|
${rows.map((r) => `| ${r.part} | ${r.reported} | ${r.sourced} | **${(r.sourced / Math.max(1, r.reported)).toFixed(3)}** |`).join("\n")}

Without a source (held-out, first five): ${rows[1]!.examples.map((e) => `"${e}"`).join("; ") || "none"}.
`;
}

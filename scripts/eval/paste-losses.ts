/**
 * `npx tsx scripts/eval/paste-losses.ts dev|held-out [leaks]`: for each pasted benchmark page (German or English),
 * the body sentences the extractor dropped and the rule that dropped them (or, with `leaks`, the boilerplate lines
 * that became claims): what to read before changing a rule. Not part of `npm run eval`.
 */
import { extractClaims } from "@/lib/extract";
import { datelineLength, explainBoilerplateBlocks } from "@/lib/extract/boilerplate";
import { splitBlocks } from "@/lib/extract/segment";
import { benchmarkPages, bodyIndex, labelLine, tokensOf } from "./pasted-page";
import { pastedPageText } from "./pasted-page-text";

const part = process.argv[2] === "held-out" ? "held-out" : "dev";
const showLeaks = process.argv[3] === "leaks";
const totals = new Map<string, number>();
for (const page of benchmarkPages(part)) {
  if (!page.isDeEn) continue;
  const body = bodyIndex(page.body);
  const { text, lines } = pastedPageText(page.html);
  const labels = lines.map((l) => labelLine(text.slice(l.start, l.end), l.inH1, body));
  const lineAt = (offset: number) => lines.findIndex((l) => l.end > offset);
  const reasons = explainBoilerplateBlocks(text, splitBlocks(text));
  const result = extractClaims(text);
  const out: string[] = [];
  if (showLeaks) {
    const claimed = new Set(result.claims.map((c) => lineAt(c.start)));
    lines.forEach((l, i) => {
      const line = text.slice(l.start, l.end);
      if (labels[i] !== "boilerplate" || !claimed.has(i) || tokensOf(line).length < 2) return;
      totals.set("leak", (totals.get("leak") ?? 0) + 1);
      out.push(`  leak: ${line.slice(0, 110)}`);
    });
  } else {
    for (const s of result.sentences) {
      const i = lineAt(s.start);
      const sentence = text.slice(s.start, s.end);
      if (s.kind !== "boilerplate" || labels[i] !== "content" || tokensOf(sentence).length === 0) continue;
      // Counted as the eval counts: a dateline that opens the line is not one of the body's sentences.
      if (s.start === lines[i]!.start && datelineLength(text.slice(s.start, lines[i]!.end)) >= sentence.length)
        continue;
      const reason = reasons.get(s.block) ?? "dateline/credit";
      totals.set(reason, (totals.get(reason) ?? 0) + 1);
      out.push(`  ${reason}: ${sentence.slice(0, 110)}`);
    }
  }
  if (out.length) console.log(`${page.id} (${out.length})\n${out.join("\n")}`);
}
console.log(Object.fromEntries(totals));

import { CLAIM_STATUSES } from "@/lib/claims/claim-status";
import { computeCoverage } from "@/lib/coverage/compute-coverage";
import type { ExportedClaim } from "./claims-export-schema";
import { coverageFigures, describeCitation, isOneArticle, STATUS_TITLES } from "./report-text";

/** Text as Markdown shows it, never as markup: article text may contain *, _, [, <script> … */
export const escapeMarkdown = (text: string) => text.replace(/[\\`*_[\]<>#|~]/g, (c) => `\\${c}`).replace(/\n/g, " ");

const sourceLine = (s: ExportedClaim["sources"][number]) => describeCitation(s, escapeMarkdown);

/**
 * The claims report as Markdown: title (the article's, for one article), coverage figures, the claims grouped by status with their sources,
 * evidence and reasons, and an appendix of the sources. Grouping needs every claim, so this one is not streamed
 * row by row.
 */
export async function* writeClaimsMarkdown(
  claims: AsyncIterable<ExportedClaim>,
  exportedAt = new Date(),
  filters: Record<string, string> = {},
): AsyncGenerator<string> {
  const all: ExportedClaim[] = [];
  for await (const claim of claims) all.push(claim);
  const oneArticle = isOneArticle(all);
  const title = oneArticle ? all[0]!.article.title : "Claims report";
  const c = computeCoverage(all.map((x) => ({ ...x, citations: x.sources })));
  yield `# ${escapeMarkdown(title)}\n\nClaims report, ${exportedAt.toISOString().slice(0, 10)}.\n\n`;
  const asked = Object.entries(filters).filter(([key]) => key !== "articleId");
  if (asked.length) yield `Filters: ${asked.map(([k, v]) => `${k} = ${escapeMarkdown(v)}`).join(", ")}\n\n`;
  yield "## Coverage\n\n| | claims |\n|---|---:|\n";
  for (const [label, value] of coverageFigures(c)) {
    yield `| ${label} | ${value} |\n`;
  }
  yield "\n";
  for (const status of CLAIM_STATUSES) {
    const group = all.filter((x) => x.status === status);
    if (group.length === 0) continue;
    yield `## ${STATUS_TITLES[status]} (${group.length})\n\n`;
    for (const claim of group) {
      yield `### ${escapeMarkdown(claim.label)}\n\n> ${escapeMarkdown(claim.text)}\n\n`;
      if (all.some((x) => x.article.id !== claim.article.id))
        yield `- Article: ${escapeMarkdown(claim.article.title)}\n`;
      yield `- Sources: ${claim.sources.length ? claim.sources.map(sourceLine).join("; ") : "none cited"}\n`;
      if (claim.statusReason) yield `- Reason: ${escapeMarkdown(claim.statusReason)}\n`;
      for (const e of claim.evidence)
        yield `- Evidence (${e.stance}): <${e.url.replace(/[<>\s]/g, encodeURIComponent)}>\n`;
      if (claim.hedged) yield "- Hedged\n";
      yield "\n";
    }
  }
  yield "## Sources\n\n| source | claims | as origin | as relay |\n|---|---:|---:|---:|\n";
  for (const s of c.sources) yield `| ${escapeMarkdown(s.name)} | ${s.claims} | ${s.asOrigin} | ${s.asRelay} |\n`;
}

import { CLAIM_STATUSES } from "@/lib/claims/claim-status";
import { computeCoverage } from "@/lib/coverage/compute-coverage";
import type { ExportedClaim } from "./claims-export-schema";
import { coveredClaims, isOneArticle, threadNotes, type ReportText } from "./report-text";

/**
 * Text as Markdown shows it, never as markup: article text may contain *, _, [, <script> … Every kind of line break
 * becomes a space, so no text can start a line of its own (a heading, a list item).
 */
export const escapeMarkdown = (text: string) =>
  text.replace(/[\\`*_[\]<>#|~]/g, (c) => `\\${c}`).replace(/\r\n?|[\n\u2028\u2029]/g, " ");

export interface MarkdownReportOptions {
  exportedAt: Date;
  filters: Record<string, string>;
  text: ReportText;
}

/**
 * The claims report as Markdown: title (the article's, for one article), coverage figures, the claims grouped by
 * status with their sources, reasons, evidence and notes, and an appendix of the sources, in the reader's language.
 * Grouping needs every claim, so this one is not streamed row by row.
 */
export async function* writeClaimsMarkdown(
  claims: AsyncIterable<ExportedClaim>,
  { exportedAt, filters, text }: MarkdownReportOptions,
): AsyncGenerator<string> {
  const { t, coverage: tc } = text;
  const all: ExportedClaim[] = [];
  for await (const claim of claims) all.push(claim);
  const oneArticle = isOneArticle(all);
  const title = oneArticle ? all[0]!.article.title : t("title");
  const c = computeCoverage(coveredClaims(all));
  yield `# ${escapeMarkdown(title)}\n\n${t("madeOn", { date: text.date(exportedAt) })}\n\n`;
  // Which text of the article the report describes: a later version may have changed its claims.
  if (oneArticle) yield `${t("articleVersion", { version: all[0]!.article.version })}\n\n`;
  const asked = Object.entries(filters).filter(([key]) => key !== "articleId");
  if (asked.length)
    yield `${t("filters", { filters: asked.map(([k, v]) => `${k} = ${escapeMarkdown(v)}`).join(", ") })}\n\n`;
  yield `## ${t("coverage")}\n\n| | ${tc("claims")} |\n|---|---:|\n`;
  for (const [label, value] of text.figures(c)) yield `| ${label} | ${value} |\n`;
  yield "\n";
  for (const status of CLAIM_STATUSES) {
    const group = all.filter((x) => x.status === status);
    if (group.length === 0) continue;
    yield `## ${text.status(status)} (${group.length})\n\n`;
    for (const claim of group) yield* claimSection(claim, !oneArticle, text);
  }
  yield `## ${t("sourcesHeading")}\n\n| ${tc("source")} | ${tc("claims")} | ${tc("asOrigin")} | ${tc("asRelay")} |\n|---|---:|---:|---:|\n`;
  for (const s of c.sources) yield `| ${escapeMarkdown(s.name)} | ${s.claims} | ${s.asOrigin} | ${s.asRelay} |\n`;
}

function* claimSection(claim: ExportedClaim, mixed: boolean, text: ReportText): Generator<string> {
  const { t } = text;
  yield `### ${escapeMarkdown(claim.label)}\n\n> ${escapeMarkdown(claim.text)}\n\n`;
  if (mixed) yield `- ${t("article", { title: escapeMarkdown(claim.article.title) })}\n`;
  yield claim.sources.length
    ? `- ${t("sources", { sources: claim.sources.map((s) => text.citation(s, escapeMarkdown)).join("; ") })}\n`
    : `- ${t("noSources")}\n`;
  if (claim.statusReason) yield `- ${t("reason", { reason: escapeMarkdown(claim.statusReason) })}\n`;
  if (claim.previousQuote) yield `- ${t("changedWords", { quote: escapeMarkdown(claim.previousQuote) })}\n`;
  if (claim.changedAfterVerdict) yield `- **${t("recheck")}**\n`;
  for (const e of claim.evidence)
    yield `- ${t("evidence", { stance: t(e.stance), url: `<${e.url.replace(/[<>\s]/g, encodeURIComponent)}>` })}\n`;
  // Notes like evidence, a reply indented under the note it answers.
  for (const { note, isReply } of threadNotes(claim.notes))
    yield `${isReply ? "  " : ""}- ${text.note(note, isReply, escapeMarkdown)}\n`;
  if (claim.hedged) yield `- ${t("hedged")}\n`;
  yield "\n";
}

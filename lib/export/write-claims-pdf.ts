import { once } from "node:events";
import { createRequire } from "node:module";
import path from "node:path";
import PDFDocument from "pdfkit";
import { CLAIM_STATUSES } from "@/lib/claims/claim-status";
import { computeCoverage, type Coverage } from "@/lib/coverage/compute-coverage";
import type { ExportedClaim } from "./claims-export-schema";
import {
  coveredClaims,
  isOneArticle,
  SOURCING_COLORS,
  STATUS_COLORS,
  threadNotes,
  type ReportText,
} from "./report-text";

type Doc = PDFKit.PDFDocument;
type Style = { font: "regular" | "bold"; size: number; color: string };

const INK = "#1b1f24";
const MUTED = "#59616b";
const RULE = "#d5d9de";
const MARGIN = 56;
const STYLES = {
  title: { font: "bold", size: 20, color: INK },
  h2: { font: "bold", size: 14, color: INK },
  label: { font: "bold", size: 11, color: INK },
  body: { font: "regular", size: 10, color: INK },
  meta: { font: "regular", size: 8.5, color: MUTED },
  figure: { font: "bold", size: 18, color: INK },
} satisfies Record<string, Style>;

/**
 * Noto Sans, embedded (subset) so German, Korean names in Latin script, Cyrillic and typographic quotes print as
 * written; PDF's built-in fonts only know Latin-1. Resolved from the project's node_modules at run time.
 */
function fontFile(weight: "400Regular" | "700Bold"): string {
  const require = createRequire(path.join(process.cwd(), "package.json"));
  return require.resolve(`@expo-google-fonts/noto-sans/${weight}/NotoSans_${weight}.ttf`);
}

let fonts: Record<Style["font"], string> | undefined;
/**
 * Fonts are used by their file path, never by a registered alias: PDFKit caches a font under the name it was first
 * opened with and re-parses the file for an alias of it on every use (that made 100k claims take ten minutes).
 */
const fontPath = (name: Style["font"]) =>
  (fonts ??= { regular: fontFile("400Regular"), bold: fontFile("700Bold") })[name];

export interface PdfReportOptions {
  newsroom: string;
  exportedAt: Date;
  filters: Record<string, string>;
  text: ReportText;
}

/**
 * The claims report as a paginated PDF, made on the server by PDFKit (no browser): title, coverage figures and
 * charts, the claims grouped by status with sources, reasons, evidence and notes, and an appendix of the sources, in
 * the reader's language. Grouping needs every claim first (as for Markdown); the pages are then streamed out as
 * PDFKit finishes them.
 */
export async function* writeClaimsPdf(
  claims: AsyncIterable<ExportedClaim>,
  options: PdfReportOptions,
): AsyncGenerator<Uint8Array> {
  const all: ExportedClaim[] = [];
  for await (const claim of claims) all.push(claim);
  const article = isOneArticle(all) ? all[0]!.article : null;
  const { text } = options;
  const title = article?.title ?? text.t("title");
  const coverage = computeCoverage(coveredClaims(all));

  const doc = new PDFDocument({
    size: "A4",
    margin: MARGIN,
    font: fontPath("regular"),
    pdfVersion: "1.7",
    displayTitle: true,
    lang: text.locale,
    info: {
      Title: title,
      Subject: text.t("title"),
      Author: options.newsroom,
      Creator: "Claimtrack",
      CreationDate: options.exportedAt,
    },
  });
  const pending: Uint8Array[] = [];
  doc.on("data", (chunk: Uint8Array) => pending.push(chunk));
  const finished = once(doc, "end");
  let pageNumber = 1;
  drawFooter(doc, text, title, pageNumber);
  doc.on("pageAdded", () => drawFooter(doc, text, title, ++pageNumber));

  drawTitle(doc, title, article, all, options);
  drawCoverage(doc, coverage, text);
  yield* pending.splice(0);

  const mixed = article === null;
  for (const status of CLAIM_STATUSES) {
    const group = all.filter((x) => x.status === status);
    if (group.length === 0) continue;
    ensureSpace(doc, 90);
    doc.moveDown(0.6);
    swatch(doc, STATUS_COLORS[status], doc.y + 4, 10);
    write(doc, STYLES.h2, `${text.status(status)} (${group.length})`, { inset: 16 });
    doc.moveDown(0.3);
    for (const [i, claim] of group.entries()) {
      drawClaim(doc, claim, mixed, text);
      if (i % 50 === 49) yield* pending.splice(0);
    }
  }
  drawSources(doc, coverage, text);
  doc.end();
  await finished;
  yield* pending.splice(0);
}

/** A paragraph in a style, from the left margin (or `inset` points further in), as wide as the text area. */
function write(doc: Doc, style: Style, text: string, options: PDFKit.Mixins.TextOptions & { inset?: number } = {}) {
  const { inset = 0, ...rest } = options;
  doc.font(fontPath(style.font)).fontSize(style.size).fillColor(style.color);
  doc.text(text, doc.page.margins.left + inset, doc.y, { width: contentWidth(doc) - inset, ...rest });
  doc.x = doc.page.margins.left;
}

const contentWidth = (doc: Doc) => doc.page.width - doc.page.margins.left - doc.page.margins.right;

function heightOf(doc: Doc, style: Style, text: string, width = contentWidth(doc)) {
  doc.font(fontPath(style.font)).fontSize(style.size);
  return doc.heightOfString(text, { width });
}

/** Starts a new page unless `height` points still fit (a claim is not torn across pages when it can be helped). */
function ensureSpace(doc: Doc, height: number) {
  const room = doc.page.height - doc.page.margins.bottom - doc.y;
  const page = doc.page.height - doc.page.margins.top - doc.page.margins.bottom;
  if (height <= room || height >= page) return false;
  doc.addPage();
  return true;
}

const swatch = (doc: Doc, color: string, y: number, size: number) =>
  doc.save().rect(doc.page.margins.left, y, size, size).fill(color).restore();

/**
 * "Title — page N" below the text area. Drawn when PDFKit opens a page, possibly in the middle of a paragraph:
 * the paragraph's font, size and position are put back afterwards, or it would continue in the footer's type.
 */
function drawFooter(doc: Doc, text: ReportText, title: string, n: number) {
  const state = doc as unknown as { _font: unknown; _fontSize: number; _fontFamily: unknown };
  const saved = { font: state._font, size: state._fontSize, family: state._fontFamily, x: doc.x, y: doc.y };
  const bottom = doc.page.margins.bottom;
  doc.page.margins.bottom = 0;
  const y = doc.page.height - MARGIN / 2 - 8;
  doc.save().font(fontPath("regular")).fontSize(8).fillColor(MUTED);
  doc.text(text.t("footer", { title }), MARGIN, y, {
    width: contentWidth(doc) - 60,
    lineBreak: false,
    ellipsis: true,
  });
  doc.text(text.t("page", { n }), MARGIN, y, { width: contentWidth(doc), align: "right", lineBreak: false });
  doc.restore();
  doc.page.margins.bottom = bottom;
  Object.assign(state, { _font: saved.font, _fontSize: saved.size, _fontFamily: saved.family });
  doc.x = saved.x;
  doc.y = saved.y;
}

function drawTitle(
  doc: Doc,
  title: string,
  article: ExportedClaim["article"] | null,
  all: ExportedClaim[],
  options: PdfReportOptions,
) {
  const { text } = options;
  write(doc, STYLES.title, title);
  doc.moveDown(0.2);
  write(doc, STYLES.meta, text.t("meta", { newsroom: options.newsroom, date: text.date(options.exportedAt) }));
  if (article) {
    const published = article.publishedAt ? text.date(article.publishedAt) : null;
    const where = [article.outlet, published].filter(Boolean).join(", ");
    if (where) write(doc, STYLES.meta, where);
    if (article.url) write(doc, STYLES.meta, article.url, isWebUrl(article.url) ? { link: article.url } : {});
    write(doc, STYLES.meta, text.t("articleVersion", { version: article.version }));
  } else {
    const articles = new Set(all.map((x) => x.article.id)).size;
    write(doc, STYLES.meta, text.t("claimsFromArticles", { claims: all.length, articles }));
  }
  // What was asked for, so a filtered report is never mistaken for the whole (the article itself is in the title).
  const filters = Object.entries(options.filters).filter(([key]) => key !== "articleId");
  if (filters.length)
    write(doc, STYLES.meta, text.t("filters", { filters: filters.map(([k, v]) => `${k} = ${v}`).join(", ") }));
  doc.moveDown(1);
}

function drawCoverage(doc: Doc, c: Coverage, text: ReportText) {
  write(doc, STYLES.h2, text.t("coverage"));
  doc.moveDown(0.4);
  const columns = 3;
  const gap = 10;
  const boxWidth = (contentWidth(doc) - gap * (columns - 1)) / columns;
  const boxHeight = 52;
  const top = doc.y;
  const figures = text.figures(c);
  figures.forEach(([label, value], i) => {
    const x = doc.page.margins.left + (i % columns) * (boxWidth + gap);
    const y = top + Math.floor(i / columns) * (boxHeight + gap);
    doc.save().roundedRect(x, y, boxWidth, boxHeight, 4).lineWidth(0.8).stroke(RULE).restore();
    doc
      .font(fontPath("bold"))
      .fontSize(STYLES.figure.size)
      .fillColor(INK)
      .text(String(value), x + 10, y + 6, { lineBreak: false });
    doc
      .font(fontPath("regular"))
      .fontSize(8.5)
      .fillColor(MUTED)
      .text(label, x + 10, y + 30, { width: boxWidth - 20, lineBreak: false });
  });
  doc.x = doc.page.margins.left;
  doc.y = top + Math.ceil(figures.length / columns) * (boxHeight + gap) + 6;
  const tc = text.coverage;
  drawStackedBar(doc, tc("sourcedChart"), [
    [tc("independent"), c.independent, SOURCING_COLORS.independent],
    [tc("singleSource"), c.singleSource, SOURCING_COLORS.single],
    [tc("unsourced"), c.unsourced, SOURCING_COLORS.unsourced],
  ]);
  drawStackedBar(
    doc,
    tc("statusChart"),
    CLAIM_STATUSES.map((s) => [text.status(s), c.byStatus[s], STATUS_COLORS[s]] as const),
  );
}

/** A horizontal bar split by share, with a legend that gives every number as text. */
function drawStackedBar(doc: Doc, heading: string, parts: (readonly [string, number, string])[]) {
  ensureSpace(doc, 90);
  doc.moveDown(0.6);
  write(doc, { ...STYLES.label, size: 10 }, heading);
  doc.moveDown(0.3);
  const total = parts.reduce((sum, [, value]) => sum + value, 0);
  const left = doc.page.margins.left;
  const width = contentWidth(doc);
  let x = left;
  const y = doc.y;
  if (total === 0) doc.save().rect(left, y, width, 12).fill(RULE).restore();
  for (const [, value, color] of parts) {
    const w = total === 0 ? 0 : (value / total) * width;
    if (w > 0) doc.save().rect(x, y, w, 12).fill(color).restore();
    x += w;
  }
  doc.y = y + 18;
  const shown = parts.filter(([, value]) => value > 0);
  const legendWidth = width / 2;
  const legendTop = doc.y;
  (shown.length ? shown : parts).forEach(([label, value, color], i) => {
    const lx = left + (i % 2) * legendWidth;
    const ly = legendTop + Math.floor(i / 2) * 13;
    doc
      .save()
      .rect(lx, ly + 2, 8, 8)
      .fill(color)
      .restore();
    const share = total === 0 ? 0 : Math.round((value / total) * 100);
    doc
      .font(fontPath("regular"))
      .fontSize(8.5)
      .fillColor(INK)
      .text(`${label}: ${value} (${share} %)`, lx + 12, ly, { width: legendWidth - 16, lineBreak: false });
  });
  doc.x = left;
  doc.y = legendTop + Math.ceil(Math.max(shown.length, 1) / 2) * 13 + 4;
}

type Line = { text: string; link?: string; inset?: number };

function claimLines(claim: ExportedClaim, mixed: boolean, { t, ...text }: ReportText): Line[] {
  const lines: Line[] = [];
  if (mixed) lines.push({ text: t("article", { title: claim.article.title }) });
  lines.push({
    text: claim.sources.length
      ? t("sources", { sources: claim.sources.map((s) => text.citation(s)).join("; ") })
      : t("noSources"),
  });
  if (claim.statusReason) lines.push({ text: t("reason", { reason: claim.statusReason }) });
  if (claim.previousQuote) lines.push({ text: t("changedWords", { quote: claim.previousQuote }) });
  if (claim.changedAfterVerdict) lines.push({ text: t("recheck") });
  for (const e of claim.evidence)
    lines.push({
      text: t("evidence", { stance: t(e.stance), url: `${e.title ? `${e.title} — ` : ""}${e.url}` }),
      link: e.url,
    });
  // Notes like evidence, a reply set in under the note it answers.
  for (const { note, isReply } of threadNotes(claim.notes))
    lines.push({ text: text.note(note, isReply), inset: isReply ? 12 : 0 });
  const marks = [claim.kind === "opinion" ? t("opinion") : null, claim.hedged ? t("hedgedWording") : null];
  if (claim.assignee) marks.push(t("assignedTo", { name: claim.assignee }));
  if (marks.some(Boolean)) lines.push({ text: marks.filter(Boolean).join(" · ") });
  return lines;
}

function drawClaim(doc: Doc, claim: ExportedClaim, mixed: boolean, text: ReportText) {
  const lines = claimLines(claim, mixed, text);
  const quoted = text.t("quoted", { text: claim.text });
  const height =
    heightOf(doc, STYLES.label, claim.label) +
    heightOf(doc, STYLES.body, quoted) +
    lines.reduce((sum, line) => sum + heightOf(doc, STYLES.meta, line.text), 0) +
    16;
  ensureSpace(doc, height);
  write(doc, STYLES.label, claim.label);
  write(doc, STYLES.body, quoted);
  for (const line of lines)
    write(doc, STYLES.meta, line.text, {
      inset: line.inset ?? 0,
      ...(line.link && isWebUrl(line.link) ? { link: line.link } : {}),
    });
  doc.moveDown(0.5);
  const y = doc.y;
  doc
    .save()
    .moveTo(doc.page.margins.left, y)
    .lineTo(doc.page.margins.left + contentWidth(doc), y)
    .lineWidth(0.5)
    .stroke(RULE)
    .restore();
  doc.y = y + 6;
}

const isWebUrl = (url: string) => /^https?:\/\//i.test(url);

/** The appendix: every cited source with how often it is cited, and what the checks found about those claims. */
function drawSources(doc: Doc, c: Coverage, { t, coverage: tc, status }: ReportText) {
  ensureSpace(doc, 120);
  doc.moveDown(1);
  write(doc, STYLES.h2, t("appendix"));
  doc.moveDown(0.4);
  if (c.sources.length === 0) {
    write(doc, STYLES.body, t("noCitedSource"));
    return;
  }
  // The verdict columns add up neighbouring statuses, and say so: "True / Mostly true", "False / Misleading".
  const columns = [
    tc("claims"),
    t("originColumn"),
    t("relayColumn"),
    `${status("true")} / ${status("mostly_true")}`,
    `${status("false")} / ${status("misleading")}`,
    status("unverified"),
  ];
  const header = [tc("source"), ...columns];
  const headerStyle = { ...STYLES.meta, size: 8, font: "bold" } as const;
  // Each number column as wide as its longest heading word ("Behauptungen", "Überwiegend"), so no word breaks
  // inside; the source names get the rest.
  doc.font(fontPath(headerStyle.font)).fontSize(headerStyle.size);
  const widths = columns.map((c) => Math.max(40, ...c.split(/\s+/).map((w) => Math.ceil(doc.widthOfString(w)) + 8)));
  const nameWidth = contentWidth(doc) - widths.reduce((sum, w) => sum + w, 0);
  const cellWidth = (i: number) => (i === 0 ? nameWidth - 6 : widths[i - 1]! - 4);
  const row = (cells: string[], style: Style) => {
    const height = Math.max(...cells.map((cell, i) => heightOf(doc, style, cell, cellWidth(i))), 12) + 5;
    if (ensureSpace(doc, height)) row(header, headerStyle);
    const y = doc.y;
    const left = doc.page.margins.left;
    doc.font(fontPath(style.font)).fontSize(style.size).fillColor(style.color);
    let x = left;
    cells.forEach((cell, i) => {
      doc.text(cell, x, y, { width: cellWidth(i), align: i === 0 ? "left" : "right" });
      x += i === 0 ? nameWidth : widths[i - 1]!;
    });
    doc.x = left;
    doc.y = y + height;
    doc
      .save()
      .moveTo(left, doc.y - 2)
      .lineTo(left + contentWidth(doc), doc.y - 2)
      .lineWidth(0.4)
      .stroke(RULE)
      .restore();
  };
  row(header, headerStyle);
  for (const s of c.sources) {
    const t = s.byStatus;
    row(
      [s.name, s.claims, s.asOrigin, s.asRelay, t.true + t.mostly_true, t.false + t.misleading, t.unverified].map(
        String,
      ),
      { ...STYLES.body, size: 9 },
    );
  }
}

import { once } from "node:events";
import { createRequire } from "node:module";
import path from "node:path";
import PDFDocument from "pdfkit";
import { CLAIM_STATUSES } from "@/lib/claims/claim-status";
import { computeCoverage, type Coverage } from "@/lib/coverage/compute-coverage";
import type { ExportedClaim } from "./claims-export-schema";
import {
  coverageFigures,
  describeCitation,
  isOneArticle,
  SOURCING_COLORS,
  STATUS_COLORS,
  STATUS_TITLES,
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
}

/**
 * The claims report as a paginated PDF, made on the server by PDFKit (no browser): title, coverage figures and
 * charts, the claims grouped by status with sources, reasons and evidence, and an appendix of the sources. Grouping
 * needs every claim first (as for Markdown); the pages are then streamed out as PDFKit finishes them.
 */
export async function* writeClaimsPdf(
  claims: AsyncIterable<ExportedClaim>,
  options: PdfReportOptions,
): AsyncGenerator<Uint8Array> {
  const all: ExportedClaim[] = [];
  for await (const claim of claims) all.push(claim);
  const article = isOneArticle(all) ? all[0]!.article : null;
  const title = article?.title ?? "Claims report";
  const coverage = computeCoverage(all.map((x) => ({ ...x, citations: x.sources })));

  const doc = new PDFDocument({
    size: "A4",
    margin: MARGIN,
    font: fontPath("regular"),
    pdfVersion: "1.7",
    displayTitle: true,
    info: {
      Title: title,
      Subject: "Claims report",
      Author: options.newsroom,
      Creator: "Claimtrack",
      CreationDate: options.exportedAt,
    },
  });
  const pending: Uint8Array[] = [];
  doc.on("data", (chunk: Uint8Array) => pending.push(chunk));
  const finished = once(doc, "end");
  let pageNumber = 1;
  drawFooter(doc, title, pageNumber);
  doc.on("pageAdded", () => drawFooter(doc, title, ++pageNumber));

  drawTitle(doc, title, article, all, options);
  drawCoverage(doc, coverage);
  yield* pending.splice(0);

  const mixed = article === null;
  for (const status of CLAIM_STATUSES) {
    const group = all.filter((x) => x.status === status);
    if (group.length === 0) continue;
    ensureSpace(doc, 90);
    doc.moveDown(0.6);
    swatch(doc, STATUS_COLORS[status], doc.y + 4, 10);
    write(doc, STYLES.h2, `${STATUS_TITLES[status]} (${group.length})`, { inset: 16 });
    doc.moveDown(0.3);
    for (const [i, claim] of group.entries()) {
      drawClaim(doc, claim, mixed);
      if (i % 50 === 49) yield* pending.splice(0);
    }
  }
  drawSources(doc, coverage);
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
function drawFooter(doc: Doc, title: string, n: number) {
  const state = doc as unknown as { _font: unknown; _fontSize: number; _fontFamily: unknown };
  const saved = { font: state._font, size: state._fontSize, family: state._fontFamily, x: doc.x, y: doc.y };
  const bottom = doc.page.margins.bottom;
  doc.page.margins.bottom = 0;
  const y = doc.page.height - MARGIN / 2 - 8;
  doc.save().font(fontPath("regular")).fontSize(8).fillColor(MUTED);
  doc.text(`${title} — claims report`, MARGIN, y, { width: contentWidth(doc) - 60, lineBreak: false, ellipsis: true });
  doc.text(`page ${n}`, MARGIN, y, { width: contentWidth(doc), align: "right", lineBreak: false });
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
  write(doc, STYLES.title, title);
  doc.moveDown(0.2);
  const date = options.exportedAt.toISOString().slice(0, 10);
  write(doc, STYLES.meta, `Claims report · ${options.newsroom} · ${date}`);
  if (article) {
    const where = [article.outlet, article.publishedAt?.slice(0, 10)].filter(Boolean).join(", ");
    if (where) write(doc, STYLES.meta, where);
    if (article.url) write(doc, STYLES.meta, article.url, isWebUrl(article.url) ? { link: article.url } : {});
  } else {
    const articles = new Set(all.map((x) => x.article.id)).size;
    write(doc, STYLES.meta, `${all.length} claims from ${articles} ${articles === 1 ? "article" : "articles"}`);
  }
  // What was asked for, so a filtered report is never mistaken for the whole (the article itself is in the title).
  const filters = Object.entries(options.filters).filter(([key]) => key !== "articleId");
  if (filters.length) write(doc, STYLES.meta, `Filters: ${filters.map(([k, v]) => `${k} = ${v}`).join(", ")}`);
  doc.moveDown(1);
}

function drawCoverage(doc: Doc, c: Coverage) {
  write(doc, STYLES.h2, "Coverage");
  doc.moveDown(0.4);
  const columns = 3;
  const gap = 10;
  const boxWidth = (contentWidth(doc) - gap * (columns - 1)) / columns;
  const boxHeight = 52;
  const top = doc.y;
  coverageFigures(c).forEach(([label, value], i) => {
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
  doc.y = top + 2 * (boxHeight + gap) + 6;
  drawStackedBar(doc, "Sourcing", [
    ["Two or more independent sources", c.independent, SOURCING_COLORS.independent],
    ["Single source", c.singleSource, SOURCING_COLORS.single],
    ["No source", c.unsourced, SOURCING_COLORS.unsourced],
  ]);
  drawStackedBar(
    doc,
    "What the checks found",
    CLAIM_STATUSES.map((s) => [STATUS_TITLES[s], c.byStatus[s], STATUS_COLORS[s]] as const),
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

function claimLines(claim: ExportedClaim, mixed: boolean): { text: string; link?: string }[] {
  const lines: { text: string; link?: string }[] = [];
  if (mixed) lines.push({ text: `Article: ${claim.article.title}` });
  lines.push({
    text: claim.sources.length
      ? `Sources: ${claim.sources.map((s) => describeCitation(s)).join("; ")}`
      : "Sources: none cited",
  });
  if (claim.statusReason) lines.push({ text: `Reason: ${claim.statusReason}` });
  for (const e of claim.evidence)
    lines.push({ text: `Evidence (${e.stance}): ${e.title ? `${e.title} — ` : ""}${e.url}`, link: e.url });
  const notes = [claim.kind === "opinion" ? "opinion" : null, claim.hedged ? "hedged wording" : null];
  if (claim.assignee) notes.push(`assigned to ${claim.assignee}`);
  if (notes.some(Boolean)) lines.push({ text: notes.filter(Boolean).join(" · ") });
  return lines;
}

function drawClaim(doc: Doc, claim: ExportedClaim, mixed: boolean) {
  const lines = claimLines(claim, mixed);
  const text = `“${claim.text}”`;
  const height =
    heightOf(doc, STYLES.label, claim.label) +
    heightOf(doc, STYLES.body, text) +
    lines.reduce((sum, line) => sum + heightOf(doc, STYLES.meta, line.text), 0) +
    16;
  ensureSpace(doc, height);
  write(doc, STYLES.label, claim.label);
  write(doc, STYLES.body, text);
  for (const line of lines)
    write(doc, STYLES.meta, line.text, line.link && isWebUrl(line.link) ? { link: line.link } : {});
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
function drawSources(doc: Doc, c: Coverage) {
  ensureSpace(doc, 120);
  doc.moveDown(1);
  write(doc, STYLES.h2, "Appendix: sources");
  doc.moveDown(0.4);
  if (c.sources.length === 0) {
    write(doc, STYLES.body, "No claim cites a source.");
    return;
  }
  const columns = ["Claims", "Origin", "Relay", "True", "False / misleading", "Unverified"];
  const numberWidth = 52;
  const nameWidth = contentWidth(doc) - numberWidth * columns.length;
  const header = ["Source", ...columns];
  const headerStyle = { ...STYLES.meta, font: "bold" } as const;
  const row = (cells: string[], style: Style) => {
    const height =
      Math.max(...cells.map((cell, i) => heightOf(doc, style, cell, i === 0 ? nameWidth - 6 : numberWidth - 4)), 12) +
      5;
    if (ensureSpace(doc, height)) row(header, headerStyle);
    const y = doc.y;
    const left = doc.page.margins.left;
    doc.font(fontPath(style.font)).fontSize(style.size).fillColor(style.color);
    doc.text(cells[0]!, left, y, { width: nameWidth - 6 });
    cells.slice(1).forEach((cell, i) => {
      doc.text(cell, left + nameWidth + i * numberWidth, y, { width: numberWidth - 4, align: "right" });
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

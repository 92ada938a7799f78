import { Parser } from "htmlparser2";
import { AppError } from "@/lib/errors";

/**
 * What an uploaded HTML page may be, whatever then reduces it to article text (html-to-text now, a Readability pass
 * later): these are checked in one streaming pass, without building a tree, before anything else parses the page.
 * Real news pages stay far below them (a few thousand elements, 30–60 levels deep).
 */
export const HTML_LIMITS = {
  /** Browsers stop nesting at 512 too; 200,000 nested <div>s overflowed the stack of every tree walk after us. */
  maxDepth: 512,
  maxElements: 200_000,
  /** Child elements of one element. */
  maxChildNodes: 50_000,
  /** colspan and rowspan: a table layout honours them cell by cell, so colspan="1000000" meant minutes of work. */
  maxSpan: 20,
  /** Columns of one table row (its cells' spans added up), and table cells in all: laying a table out looks for
   * each cell's place along its row, so a row of 19,000 cells took longer than anyone waits. */
  maxTableColumns: 200,
  maxTableCells: 20_000,
} as const;

const MAX_TITLE_CHARS = 300;
const VOID_ELEMENTS = new Set(
  "area base br col embed hr img input link meta param source track wbr basefont bgsound frame keygen".split(" "),
);
const SPAN_ATTRIBUTES = new Set(["colspan", "rowspan"]);

/**
 * Checks an HTML page against HTML_LIMITS and writes it out again, well-formed, with table spans clamped and
 * comments, doctype and the code of scripts and styles dropped (often half a news page's bytes, and never read);
 * also reads its <title>. Over a limit: a 4xx that says which one, never a 500.
 */
export function limitHtml(html: string): { html: string; title: string | undefined } {
  const out: string[] = [];
  const children: number[] = [0];
  let elements = 0;
  let cells = 0;
  // The columns used so far by each open table row, innermost last (tables nest).
  const rows: number[] = [];
  let title: string | undefined;
  let inTitle = false;
  // Inside a script or style: its text is written out only for JSON-LD, the one script whose text is read (as data).
  let dropText = false;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        elements++;
        children[children.length - 1]!++;
        children.push(0);
        if (children.length - 1 > HTML_LIMITS.maxDepth)
          throw tooComplex(`is nested more than ${HTML_LIMITS.maxDepth} levels deep`);
        if (elements > HTML_LIMITS.maxElements)
          throw tooComplex(`has more than ${count(HTML_LIMITS.maxElements)} elements`);
        if (children[children.length - 2]! > HTML_LIMITS.maxChildNodes)
          throw tooComplex(`has more than ${count(HTML_LIMITS.maxChildNodes)} elements inside one`);
        if (name === "tr") rows.push(0);
        if ((name === "td" || name === "th") && rows.length > 0) {
          rows[rows.length - 1]! += Number(clampSpan(attributes.colspan ?? "1"));
          if (++cells > HTML_LIMITS.maxTableCells)
            throw tooComplex(`has more than ${count(HTML_LIMITS.maxTableCells)} table cells`);
          if (rows[rows.length - 1]! > HTML_LIMITS.maxTableColumns)
            throw tooComplex(`has a table row of more than ${HTML_LIMITS.maxTableColumns} columns`);
        }
        if (name === "style" || (name === "script" && attributes.type?.toLowerCase() !== "application/ld+json"))
          dropText = true;
        if (name === "title" && title === undefined) {
          inTitle = true;
          title = "";
        }
        out.push(`<${name}`);
        for (const [key, value] of Object.entries(attributes)) {
          if (!/^[a-z_:][-a-z0-9_:.]*$/i.test(key)) continue;
          out.push(` ${key}="${escapeAttribute(SPAN_ATTRIBUTES.has(key) ? clampSpan(value) : value)}"`);
        }
        out.push(">");
      },
      ontext(text) {
        if (inTitle && title!.length <= MAX_TITLE_CHARS) title += text;
        if (!dropText) out.push(escapeText(text));
      },
      onclosetag(name) {
        children.pop();
        if (name === "tr") rows.pop();
        if (name === "title") inTitle = false;
        if (name === "script" || name === "style") dropText = false;
        if (!VOID_ELEMENTS.has(name)) out.push(`</${name}>`);
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  const trimmed = title?.replace(/\s+/g, " ").trim();
  return { html: out.join(""), title: trimmed && trimmed.length <= MAX_TITLE_CHARS ? trimmed : undefined };
}

function clampSpan(value: string): string {
  const n = Number.parseInt(value, 10);
  return String(Number.isFinite(n) ? Math.min(Math.max(n, 1), HTML_LIMITS.maxSpan) : 1);
}

const escapeText = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const escapeAttribute = (s: string) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;");
const count = (n: number) => n.toLocaleString("en");

function tooComplex(what: string): AppError {
  return new AppError(
    "invalid_input",
    // Said the same of an uploaded file and of a fetched page (the API and the CLI give this sentence as it is).
    `The page is too complex to read: it ${what}. Copy the article's text and paste it instead.`,
    "file",
    "too_complex",
  );
}

import { TZDate } from "@date-fns/tz";
import { stringify } from "csv-stringify";
import type { ExportedClaim } from "./claims-export-schema";
import { threadNotes } from "./report-text";

/** The CSV columns, in order: one row per claim. */
export const CSV_COLUMNS = [
  "article_id",
  "article_title",
  "article_url",
  "claim_id",
  "label",
  "text",
  "quote",
  "start",
  "end",
  "kind",
  "hedged",
  "status",
  "status_reason",
  "sources",
  "evidence_urls",
  "notes",
  "assignee",
  "last_change",
  // Added with article versions, after every older column: a reader that goes by position reads on as before.
  "article_version",
  "in_article",
  "previous_quote",
  "recheck",
] as const;

/** "AP (relay of NIS); NIS (origin)": a claim's sources in one cell. */
export const formatSources = (sources: ExportedClaim["sources"]) =>
  sources
    .map((s) => `${s.name} (${s.role === "relay" ? `relay${s.relayOf ? ` of ${s.relayOf}` : ""}` : "origin"})`)
    .join("; ");

/**
 * "2026-12-01 16:05": a time for people in the newsroom's time zone, in the one form spreadsheets in every locale
 * read as a date and time (an ISO offset would make it text).
 */
export const formatLocalTime = (iso: string, timeZone: string) =>
  new TZDate(new Date(iso), timeZone).toISOString().slice(0, 16).replace("T", " ");

/** A claim's notes in one cell, a line each, oldest thread first: "[2026-12-01 16:05] Ed: …", replies marked "↳". */
export const formatNotes = (notes: ExportedClaim["notes"], timeZone: string) =>
  threadNotes(notes)
    .map(
      ({ note, isReply }) =>
        `${isReply ? "↳ " : ""}[${formatLocalTime(note.createdAt, timeZone)}] ${note.author ?? "(deleted account)"}: ${note.body}`,
    )
    .join("\n");

export function csvRecord(c: ExportedClaim, timeZone: string): Record<(typeof CSV_COLUMNS)[number], string | number> {
  return {
    article_id: c.article.id,
    article_title: c.article.title,
    article_url: c.article.url ?? "",
    article_version: c.article.version,
    claim_id: c.id,
    label: c.label,
    text: c.text,
    quote: c.quote,
    start: c.start,
    end: c.end,
    // "yes"; "changed" (its words changed in a later version); "no" (no longer in the article).
    in_article: c.anchor === "current" ? "yes" : c.anchor === "changed" ? "changed" : "no",
    previous_quote: c.previousQuote ?? "",
    kind: c.kind,
    hedged: c.hedged ? "yes" : "no",
    status: c.status,
    status_reason: c.statusReason ?? "",
    recheck: c.changedAfterVerdict ? "yes" : "no",
    sources: formatSources(c.sources),
    evidence_urls: c.evidence.map((e) => e.url).join(" "),
    notes: formatNotes(c.notes, timeZone),
    assignee: c.assignee ?? "",
    last_change: formatLocalTime(c.lastChange, timeZone),
  };
}

export interface CsvOptions {
  /** The newsroom's time zone, for the times people read. */
  timeZone: string;
  /** A UTF-8 byte order mark first, which Excel needs to read umlauts right. */
  bom?: boolean;
  /** The field separator: "," by RFC 4180; Excel in comma-decimal locales (German) expects ";". */
  delimiter?: "," | ";";
}

/**
 * Claims as RFC 4180 CSV (csv-stringify: quotes, doubled quotes, CRLF), streamed row by row. A cell starting with
 * = + - @ (or tab, CR) gets a leading ' so spreadsheets show it as text instead of running it as a formula, and a
 * cell with a CR is quoted: some readers end the row at a lone CR.
 */
export async function* writeClaimsCsv(
  claims: AsyncIterable<ExportedClaim>,
  { timeZone, bom = false, delimiter = "," }: CsvOptions,
): AsyncGenerator<string> {
  const stringifier = stringify({
    header: true,
    columns: [...CSV_COLUMNS],
    record_delimiter: "windows",
    bom,
    delimiter,
    escape_formulas: true,
    quoted_match: /\r/,
  });
  const piping = (async () => {
    for await (const claim of claims) {
      const record = csvRecord(claim, timeZone);
      if (!stringifier.write(record)) await new Promise((resolve) => stringifier.once("drain", resolve));
    }
    stringifier.end();
  })().catch((error: unknown) => {
    // A failure while reading (the database, a bad row) must end the download with that error, not leave it hanging.
    stringifier.destroy(error instanceof Error ? error : new Error(String(error)));
  });
  for await (const chunk of stringifier) yield String(chunk);
  await piping;
}

import { stringify } from "csv-stringify";
import type { ExportedClaim } from "./claims-export-schema";

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
  "assignee",
  "last_change",
] as const;

/** "AP (relay of NIS); NIS (origin)": a claim's sources in one cell. */
export const formatSources = (sources: ExportedClaim["sources"]) =>
  sources
    .map((s) => `${s.name} (${s.role === "relay" ? `relay${s.relayOf ? ` of ${s.relayOf}` : ""}` : "origin"})`)
    .join("; ");

export function csvRecord(c: ExportedClaim): Record<(typeof CSV_COLUMNS)[number], string | number> {
  return {
    article_id: c.article.id,
    article_title: c.article.title,
    article_url: c.article.url ?? "",
    claim_id: c.id,
    label: c.label,
    text: c.text,
    quote: c.quote,
    start: c.start,
    end: c.end,
    kind: c.kind,
    hedged: c.hedged ? "yes" : "no",
    status: c.status,
    status_reason: c.statusReason ?? "",
    sources: formatSources(c.sources),
    evidence_urls: c.evidence.map((e) => e.url).join(" "),
    assignee: c.assignee ?? "",
    last_change: c.lastChange,
  };
}

/**
 * Claims as RFC 4180 CSV (csv-stringify: quotes, doubled quotes, CRLF), streamed row by row. `bom` puts a UTF-8 byte
 * order mark first, which Excel needs to read umlauts right.
 */
export async function* writeClaimsCsv(
  claims: AsyncIterable<ExportedClaim>,
  { bom = false } = {},
): AsyncGenerator<string> {
  const stringifier = stringify({ header: true, columns: [...CSV_COLUMNS], record_delimiter: "windows", bom });
  const piping = (async () => {
    for await (const claim of claims) {
      if (!stringifier.write(csvRecord(claim))) await new Promise((resolve) => stringifier.once("drain", resolve));
    }
    stringifier.end();
  })().catch((error: unknown) => {
    // A failure while reading (the database, a bad row) must end the download with that error, not leave it hanging.
    stringifier.destroy(error instanceof Error ? error : new Error(String(error)));
  });
  for await (const chunk of stringifier) yield String(chunk);
  await piping;
}

import { TZDate } from "@date-fns/tz";
import { z } from "zod";
import { requireActing, type Acting } from "@/lib/auth/permissions";
import { ClaimFilterSchema, claimWhere } from "@/lib/claims/search-claims";
import type { Db } from "@/lib/db/client";
import { getEnv } from "@/lib/env";
import { DEFAULT_LOCALE, LOCALES, type Locale } from "@/lib/i18n/locales";
import { parseInput } from "@/lib/input/parse-input";
import { writeClaimReviews, type SkippedReviews } from "./claim-review";
import { claimReviewBaseUrl } from "./claim-review-base-url";
import { exportFilename } from "./export-filename";
import { readExportClaims } from "./read-export-claims";
import { reportText } from "./report-text";
import { writeClaimsCsv } from "./write-claims-csv";
import { writeClaimsJson } from "./write-claims-json";
import { writeClaimsMarkdown } from "./write-claims-markdown";
import { writeClaimsPdf } from "./write-claims-pdf";

export const EXPORT_FORMATS = ["csv", "json", "md", "pdf", "claimreview"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Excel splits a CSV at the list separator of its locale: ";" where the decimal mark is a comma (German). */
const EXCEL_SEPARATORS = { comma: ",", semicolon: ";" } as const;
const EXCEL_SEPARATOR_OF: Record<Locale, keyof typeof EXCEL_SEPARATORS> = { en: "comma", de: "semicolon" };

const ExportRequestSchema = ClaimFilterSchema.omit({ page: true })
  .extend({
    format: z.enum(EXPORT_FORMATS, { error: `Choose a format: ${EXPORT_FORMATS.join(", ")}.` }),
    /** The CSV for Excel: a byte order mark, and the separator Excel expects in the reader's language. */
    bom: z.enum(["0", "1"]).optional(),
    excelSeparator: z.enum(["comma", "semicolon"], { error: "excelSeparator is comma or semicolon." }).optional(),
    /** The language of the Markdown and PDF reports; the reader's interface language when not given. */
    lang: z.enum(LOCALES, { error: `Choose a report language: ${LOCALES.join(", ")}.` }).optional(),
  })
  .refine((r) => !r.excelSeparator || (r.format === "csv" && r.bom === "1"), {
    error: "excelSeparator applies to the CSV for Excel only (format=csv&bom=1).",
    path: ["excelSeparator"],
  });

const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  json: "application/json; charset=utf-8",
  md: "text/markdown; charset=utf-8",
  pdf: "application/pdf",
  claimreview: "application/ld+json; charset=utf-8",
};

const EXTENSIONS: Record<ExportFormat, string> = {
  csv: "csv",
  json: "json",
  md: "md",
  pdf: "pdf",
  claimreview: "jsonld",
};

export interface ClaimsExport {
  contentType: string;
  /** The download's name (reads the article's title: asked for by the web download only). */
  filename: () => Promise<string>;
  /** Text formats give strings, the PDF gives bytes. */
  chunks: AsyncGenerator<string | Uint8Array>;
}

export interface ExportOptions {
  now?: Date;
  /** The reader's interface language: the reports' language and the Excel separator unless the request names them. */
  locale?: Locale;
  /** Called with the number of claims read so far (the CLI's progress bar). */
  onProgress?: (read: number) => void;
  /** ClaimReview: the claims with a verdict it leaves out, by why; called before the first chunk. */
  onSkipped?: (skipped: SkippedReviews) => void;
}

/**
 * A claims report in the asked format for the asked filters. Permission and filters are checked here, before the
 * first byte, so a refusal is a clear 4xx rather than a broken download; the rows are then streamed.
 */
export function exportClaims(
  db: Db,
  actor: Acting,
  request: Record<string, string | undefined>,
  { now = new Date(), locale = DEFAULT_LOCALE, onProgress, onSkipped }: ExportOptions = {},
): ClaimsExport {
  requireActing(actor, "claims.export");
  const { format, bom, excelSeparator, lang, ...filter } = parseInput(ExportRequestSchema, request, "format");
  const filters = Object.fromEntries(
    Object.entries(filter).filter((entry): entry is [string, string] => typeof entry[1] === "string"),
  );
  const claims = counted(readExportClaims(db, actor, filter), onProgress);
  const env = getEnv();
  const timeZone = env.CLAIMTRACK_TIME_ZONE;
  const text = reportText(lang ?? locale, timeZone);
  const isExcel = format === "csv" && bom === "1";
  const day = new TZDate(now, timeZone).toISOString().slice(0, 10);
  return {
    contentType: CONTENT_TYPES[format],
    filename: () =>
      exportFilename(db, { articleId: filter.articleId, day, excel: isExcel, extension: EXTENSIONS[format] }),
    chunks:
      format === "csv"
        ? writeClaimsCsv(claims, {
            timeZone,
            bom: isExcel,
            delimiter: isExcel ? EXCEL_SEPARATORS[excelSeparator ?? EXCEL_SEPARATOR_OF[text.locale]] : ",",
          })
        : format === "json"
          ? writeClaimsJson(claims, filters, now)
          : format === "md"
            ? writeClaimsMarkdown(claims, { exportedAt: now, filters, text })
            : format === "pdf"
              ? writeClaimsPdf(claims, { newsroom: env.CLAIMTRACK_NEWSROOM, exportedAt: now, filters, text })
              : writeClaimReviews(claims, {
                  newsroom: env.CLAIMTRACK_NEWSROOM,
                  baseUrl: claimReviewBaseUrl(env).baseUrl,
                  onSkipped,
                }),
  };
}

async function* counted<T>(rows: AsyncIterable<T>, onProgress?: (read: number) => void): AsyncGenerator<T> {
  let read = 0;
  for await (const row of rows) {
    yield row;
    onProgress?.(++read);
  }
}

/** How many claims an export with these filters holds (for a progress bar). */
export async function countExportClaims(db: Db, actor: Acting, request: Record<string, string | undefined>) {
  requireActing(actor, "claims.export");
  const {
    format: _f,
    bom: _b,
    excelSeparator: _s,
    lang: _l,
    ...filter
  } = parseInput(ExportRequestSchema, request, "format");
  return db.claim.count({ where: await claimWhere(db, actor, { ...filter, page: 1 }) });
}

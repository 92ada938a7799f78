import { z } from "zod";
import type { Actor } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/permissions";
import { ClaimFilterSchema, claimWhere } from "@/lib/claims/search-claims";
import type { Db } from "@/lib/db/client";
import { parseInput } from "@/lib/input/parse-input";
import { getEnv } from "@/lib/env";
import { writeClaimReviews } from "./claim-review";
import { readExportClaims } from "./read-export-claims";
import { writeClaimsCsv } from "./write-claims-csv";
import { writeClaimsJson } from "./write-claims-json";
import { writeClaimsMarkdown } from "./write-claims-markdown";
import { writeClaimsPdf } from "./write-claims-pdf";

export const EXPORT_FORMATS = ["csv", "json", "md", "pdf", "claimreview"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const ExportRequestSchema = ClaimFilterSchema.omit({ page: true }).extend({
  format: z.enum(EXPORT_FORMATS, { error: `Choose a format: ${EXPORT_FORMATS.join(", ")}.` }),
  bom: z.enum(["0", "1"]).optional(),
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
  filename: string;
  /** Text formats give strings, the PDF gives bytes. */
  chunks: AsyncGenerator<string | Uint8Array>;
}

/**
 * A claims report in the asked format for the asked filters. Permission and filters are checked here, before the
 * first byte, so a refusal is a clear 4xx rather than a broken download; the rows are then streamed.
 */
export function exportClaims(
  db: Db,
  actor: Actor,
  request: Record<string, string | undefined>,
  now = new Date(),
  /** Called with the number of claims read so far (the CLI's progress bar). */
  onProgress?: (read: number) => void,
): ClaimsExport {
  requirePermission(actor, "claims.export");
  const { format, bom, ...filter } = parseInput(ExportRequestSchema, request, "format");
  const filters = Object.fromEntries(
    Object.entries(filter).filter((entry): entry is [string, string] => typeof entry[1] === "string"),
  );
  const claims = counted(readExportClaims(db, actor, filter), onProgress);
  const stamp = now.toISOString().slice(0, 10);
  return {
    contentType: CONTENT_TYPES[format],
    // Only safe characters reach the Content-Disposition header.
    filename: `claims-${(filter.articleId ?? "all").replace(/[^\w-]/g, "_")}-${stamp}.${EXTENSIONS[format]}`,
    chunks:
      format === "csv"
        ? writeClaimsCsv(claims, { bom: bom === "1" })
        : format === "json"
          ? writeClaimsJson(claims, filters, now)
          : format === "md"
            ? writeClaimsMarkdown(claims, now, filters)
            : format === "pdf"
              ? writeClaimsPdf(claims, { newsroom: getEnv().CLAIMTRACK_NEWSROOM, exportedAt: now, filters })
              : writeClaimReviews(claims, {
                  newsroom: getEnv().CLAIMTRACK_NEWSROOM,
                  baseUrl: getEnv().CLAIMTRACK_URL ?? `http://localhost:${getEnv().PORT}`,
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
export async function countExportClaims(db: Db, actor: Actor, request: Record<string, string | undefined>) {
  requirePermission(actor, "claims.export");
  const { format: _f, bom: _b, ...filter } = parseInput(ExportRequestSchema, request, "format");
  return db.claim.count({ where: claimWhere(db, actor, { ...filter, page: 1 }) });
}

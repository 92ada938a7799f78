import { CLAIMS_EXPORT_VERSION, ExportedClaimSchema, type ExportedClaim } from "./claims-export-schema";

/**
 * The JSON export (CLAIMS_EXPORT_VERSION), streamed claim by claim so 100k claims never sit in memory as one
 * string; each claim is checked against the schema on its way out. Every time in it is ISO 8601 in UTC: this is the
 * machine format, read by programs that convert to whatever zone they need; the human reports (CSV, Markdown,
 * PDF) print the newsroom's time zone instead.
 */
export async function* writeClaimsJson(
  claims: AsyncIterable<ExportedClaim>,
  filters: Record<string, string>,
  exportedAt = new Date(),
): AsyncGenerator<string> {
  const head = { schema: CLAIMS_EXPORT_VERSION, exportedAt: exportedAt.toISOString(), filters };
  yield `${JSON.stringify(head).slice(0, -1)},"claims":[`;
  let first = true;
  for await (const claim of claims) {
    yield `${first ? "" : ","}\n${JSON.stringify(ExportedClaimSchema.parse(claim))}`;
    first = false;
  }
  yield "\n]}\n";
}

import { createWriteStream } from "node:fs";
import { once } from "node:events";
import { parseArgs } from "node:util";
import { createDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { SkippedReviews } from "@/lib/export/claim-review";
import { CLAIMTRACK_URL_WARNING, claimReviewBaseUrl } from "@/lib/export/claim-review-base-url";
import { countExportClaims, exportClaims } from "@/lib/export/export-claims";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { OPERATOR } from "@/lib/auth/permissions";
import { CliError } from "../cli-error";
import type { CliIo } from "../cli-io";
import { progressBar } from "../progress-bar";

const FILTERS = [
  "article",
  "status",
  "q",
  "kind",
  "sourcing",
  "source",
  "assignee",
  "hedged",
  "outlet",
  "from",
  "to",
] as const;
const FILTER_FIELDS: Record<(typeof FILTERS)[number], string> = {
  article: "articleId",
  status: "status",
  q: "q",
  kind: "kind",
  sourcing: "sourcing",
  source: "sourceId",
  assignee: "assignee",
  hedged: "hedged",
  outlet: "outlet",
  from: "from",
  to: "to",
};

/** The shell's language (LC_ALL, LC_MESSAGES, LANG: "de_DE.UTF-8"), as the browser's is for the web download. */
export function localeOfEnvironment(env: NodeJS.ProcessEnv): Locale {
  const tag = env.LC_ALL || env.LC_MESSAGES || env.LANG || "";
  return /^de(_|-|\.|$)/i.test(tag) ? "de" : DEFAULT_LOCALE;
}

const describeSkipped = ({ withoutVerb, breaksRules }: SkippedReviews) =>
  [
    withoutVerb ? `${withoutVerb} without a verb (a fragment, not a statement)` : "",
    breaksRules ? `${breaksRules} whose text names its own verdict` : "",
  ]
    .filter(Boolean)
    .join(", ");

/**
 * `claims export --format csv|json|md|pdf|claimreview [filters] [--out FILE]`: the claims report as the web download
 * gives it, as the operator. No row cap; progress on stderr; the report on stdout or in FILE.
 * `--lang` picks the report's language (else the shell's), `--bom` the CSV for Excel with that language's separator
 * unless `--excel-separator` names one.
 */
export async function runExport(argv: string[], io: CliIo): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      format: { type: "string" },
      out: { type: "string" },
      bom: { type: "boolean" },
      lang: { type: "string" },
      "excel-separator": { type: "string" },
      ...Object.fromEntries(FILTERS.map((f) => [f, { type: "string" as const }])),
    },
    allowPositionals: false,
    strict: true,
  });
  const request: Record<string, string | undefined> = {
    format: values.format as string | undefined,
    bom: values.bom ? "1" : undefined,
    lang: values.lang as string | undefined,
    excelSeparator: values["excel-separator"] as string | undefined,
  };
  const given = values as Record<string, string | boolean | undefined>;
  for (const f of FILTERS) request[FILTER_FIELDS[f]] = given[f] as string | undefined;
  const db = createDb();
  try {
    const total = await countExportClaims(db, OPERATOR, request);
    if (request.format === "claimreview" && !claimReviewBaseUrl().isConfigured)
      io.stderr.write(`warning: ${CLAIMTRACK_URL_WARNING}\n`);
    const report = exportClaims(db, OPERATOR, request, {
      locale: localeOfEnvironment(process.env),
      onProgress: progressBar(io.stderr, total, "claims"),
      onSkipped: (skipped) => {
        const why = describeSkipped(skipped);
        if (why) io.stderr.write(`left out of the ClaimReview: ${why}\n`);
      },
    });
    const out = values.out ? createWriteStream(values.out as string) : io.stdout;
    for await (const chunk of report.chunks) if (!out.write(chunk)) await once(out, "drain");
    if (out !== io.stdout) {
      out.end();
      await once(out, "finish");
      io.stderr.write(`wrote ${values.out as string}\n`);
    }
    if (total === 0) io.stderr.write("exported 0 claims: nothing matches the filters\n");
  } catch (error) {
    if (error instanceof AppError) throw new CliError(error.message);
    throw error;
  } finally {
    await db.$disconnect();
  }
}

import { createWriteStream } from "node:fs";
import { once } from "node:events";
import { parseArgs } from "node:util";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { countExportClaims, exportClaims } from "@/lib/export/export-claims";
import { operatorActor } from "@/lib/users/operator-actor";
import { CliError } from "../cli-error";
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

/**
 * `claims export --format csv|json|md|pdf|claimreview [filters] [--out FILE]`: the claims report as the web download
 * gives it, as the operator (the first admin). No row cap; progress on stderr; the report on stdout or in FILE.
 */
export async function runExport(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      format: { type: "string" },
      out: { type: "string" },
      bom: { type: "boolean" },
      ...Object.fromEntries(FILTERS.map((f) => [f, { type: "string" as const }])),
    },
    allowPositionals: false,
    strict: true,
  });
  const db = getDb();
  const actor = await operatorActor(db);
  if (!actor) throw new CliError('There is no admin yet: create one with "claims user add EMAIL --role admin".');
  const request: Record<string, string | undefined> = {
    format: values.format as string | undefined,
    bom: values.bom ? "1" : undefined,
  };
  const given = values as Record<string, string | boolean | undefined>;
  for (const f of FILTERS) request[FILTER_FIELDS[f]] = given[f] as string | undefined;
  try {
    const total = await countExportClaims(db, actor, request);
    const report = exportClaims(db, actor, request, new Date(), progressBar(total, "claims"));
    const out = values.out ? createWriteStream(values.out as string) : process.stdout;
    for await (const chunk of report.chunks) if (!out.write(chunk)) await once(out, "drain");
    if (out !== process.stdout) {
      out.end();
      await once(out, "finish");
      process.stderr.write(`wrote ${values.out as string}\n`);
    }
    if (total === 0) process.stderr.write("exported 0 claims: nothing matches the filters\n");
  } catch (error) {
    if (error instanceof AppError) throw new CliError(error.message);
    throw error;
  } finally {
    await db.$disconnect();
  }
}

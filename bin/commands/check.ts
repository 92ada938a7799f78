import {
  checkKeptCounts,
  keptCountsDiffer,
  type KeptCountsFindings,
  type KeptCountsReport,
} from "@/lib/database/check-kept-counts";
import { CliError } from "../cli-error";
import type { CliIo } from "../cli-io";
import { parseCommandArgs, parseFormat, withDb } from "./command-args";

/**
 * `claims check [--repair]`: holds what the database keeps beside the claims (each article's coverage figures, each
 * citation's copy of its claim's standing, SQLite's search indexes) against the claims. Exit code 1 when something
 * differs and was left as it is, so a scheduled run can alert; --repair rewrites it from the claims.
 */
export async function runCheck(argv: string[], io: CliIo): Promise<number> {
  const { positionals, values, flags } = parseCommandArgs(argv, ["format"], ["repair"]);
  if (positionals.length) throw new CliError(`claims check takes no argument (got "${positionals[0]}").`);
  const format = parseFormat(values.format);
  const report = await withDb((db) => checkKeptCounts(db, { repair: flags.has("repair") }));
  io.stdout.write(format === "json" ? `${JSON.stringify(report, null, 2)}\n` : describeReport(report));
  // Exit 1 while anything differs: found and left, or still there when checked again after the repair.
  return keptCountsDiffer(report.afterRepair ?? report) ? 1 : 0;
}

const INDEX_NAMES: Record<string, string> = { ClaimTextIndex: "Text search index", ClaimMatchIndex: "Matching index" };
const count = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString("en")} ${n === 1 ? one : many}`;

function describeReport(report: KeptCountsReport): string {
  const lines = describeFindings(report, report.repaired ? " (rewritten from the claims)" : "");
  if (report.afterRepair)
    lines.push(
      keptCountsDiffer(report.afterRepair)
        ? "Checked again after the repair, something still differs (written meanwhile around the triggers?):\n" +
            describeFindings(report.afterRepair, "").join("\n")
        : "Checked again after the repair: all match.",
    );
  else if (keptCountsDiffer(report)) lines.push("Run claims check --repair to rewrite them from the claims.");
  return `${lines.join("\n")}\n`;
}

function describeFindings({ figures, citations, indexes }: KeptCountsFindings, fixed: string): string[] {
  return [
    `Coverage figures of ${count(figures.articles, "article")}: ` +
      (figures.differing === 0
        ? "all match their claims."
        : `${count(figures.differing, "article differs", "articles differ")} from their claims${fixed}: ` +
          `${figures.examples.join(", ")}${figures.differing > figures.examples.length ? ", …" : ""}.`),
    `Sources' copies of their claims' status (${count(citations.checked, "citation")}): ` +
      (citations.differing === 0 ? "all match." : `${count(citations.differing, "differs", "differ")}${fixed}.`),
    ...indexes.map(
      (i) =>
        `${INDEX_NAMES[i.name] ?? i.name}: ` +
        (i.consistent ? "holds what the claims hold." : `differs from the claims${fixed ? " (rebuilt)" : ""}.`),
    ),
  ];
}

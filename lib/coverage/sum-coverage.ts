import { VERDICT_STATUSES } from "@/lib/claims/claim-status";
import type { Coverage, SourceCoverage } from "./compute-coverage";

/**
 * The headline figures, in the order the coverage pages, the reports and the PDF give them (each named
 * coverage.<figure> in the messages).
 */
export const COVERAGE_FIGURES = [
  "total",
  "sourced",
  "independent",
  "singleSource",
  "unnamedOnly",
  "unsourced",
  "hedged",
  "changedAfterVerdict",
] as const;
export type CoverageFigure = (typeof COVERAGE_FIGURES)[number];

/** The headline figures of a coverage, without its per-claim lists: what adds up across articles. */
export type CoverageFigures = Pick<Coverage, CoverageFigure | "byStatus">;

export interface SourceFindings extends SourceCoverage {
  /** Claims citing this source that have a verdict. */
  rated: number;
  /** Of those, rated false or misleading. */
  ratedFalse: number;
}

export interface CoverageSum {
  figures: CoverageFigures;
  sources: SourceFindings[];
}

/** Each source with what the checks found about the claims citing it (read off its statuses), most cited first. */
export const findingsOf = (sources: Iterable<SourceCoverage>): SourceFindings[] =>
  [...sources]
    .map((s) => ({
      ...s,
      rated: VERDICT_STATUSES.reduce((n, v) => n + s.byStatus[v], 0),
      ratedFalse: s.byStatus.false + s.byStatus.misleading,
    }))
    .sort((a, b) => b.claims - a.claims || a.name.localeCompare(b.name));

/** Sources whose cited claims were rated false or misleading, the largest share first (ties: more such claims). */
export const mostOftenRatedFalse = (sources: SourceFindings[], limit = 5) =>
  sources
    .filter((s) => s.ratedFalse > 0)
    .sort((a, b) => b.ratedFalse / b.rated - a.ratedFalse / a.rated || b.ratedFalse - a.ratedFalse)
    .slice(0, limit);

import { CLAIM_STATUSES, type ClaimStatus } from "@/lib/claims/claim-status";
import { zeroByStatus, type Coverage, type SourceCoverage } from "./compute-coverage";

/** The headline figures of a coverage, without its per-claim lists: what adds up across articles. */
export type CoverageFigures = Pick<
  Coverage,
  "total" | "sourced" | "independent" | "unsourced" | "singleSource" | "hedged" | "byStatus"
>;

/** Statuses that are a finding about the claim (not "still open" and not "cannot be checked"). */
const VERDICTS = ["true", "mostly_true", "misleading", "false", "unproven"] as const satisfies ClaimStatus[];

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

/** Just the figures of a coverage (or of figures with more attached), with a copy of the status counts. */
export const figuresOf = (c: CoverageFigures): CoverageFigures => ({
  total: c.total,
  sourced: c.sourced,
  independent: c.independent,
  unsourced: c.unsourced,
  singleSource: c.singleSource,
  hedged: c.hedged,
  byStatus: { ...c.byStatus },
});

/**
 * Adds up the coverage of separate sets of claims (articles): every figure is a count of claims, and a claim belongs
 * to one article, so the sums are exact. Sources are matched by name, as the coverage view shows them.
 */
export function sumCoverage(parts: Iterable<CoverageFigures & Pick<Coverage, "sources">>): CoverageSum {
  const figures: CoverageFigures = {
    total: 0,
    sourced: 0,
    independent: 0,
    unsourced: 0,
    singleSource: 0,
    hedged: 0,
    byStatus: zeroByStatus(),
  };
  const sources = new Map<string, SourceCoverage>();
  for (const part of parts) {
    for (const key of ["total", "sourced", "independent", "unsourced", "singleSource", "hedged"] as const)
      figures[key] += part[key];
    for (const status of CLAIM_STATUSES) figures.byStatus[status] += part.byStatus[status];
    for (const s of part.sources) {
      const sum = sources.get(s.name) ?? { name: s.name, claims: 0, asOrigin: 0, asRelay: 0, byStatus: zeroByStatus() };
      sum.claims += s.claims;
      sum.asOrigin += s.asOrigin;
      sum.asRelay += s.asRelay;
      for (const status of CLAIM_STATUSES) sum.byStatus[status] += s.byStatus[status];
      sources.set(s.name, sum);
    }
  }
  // What the checks found is read off the summed statuses once, at the end.
  return { figures, sources: findingsOf(sources.values()) };
}

/** Each source with what the checks found about the claims citing it, most cited first. */
export const findingsOf = (sources: Iterable<SourceCoverage>): SourceFindings[] =>
  [...sources]
    .map((s) => ({
      ...s,
      rated: VERDICTS.reduce((n, v) => n + s.byStatus[v], 0),
      ratedFalse: s.byStatus.false + s.byStatus.misleading,
    }))
    .sort((a, b) => b.claims - a.claims || a.name.localeCompare(b.name));

/** Sources whose cited claims were rated false or misleading, the largest share first (ties: more such claims). */
export const mostOftenRatedFalse = (sources: SourceFindings[], limit = 5) =>
  sources
    .filter((s) => s.ratedFalse > 0)
    .sort((a, b) => b.ratedFalse / b.rated - a.ratedFalse / a.rated || b.ratedFalse - a.ratedFalse)
    .slice(0, limit);

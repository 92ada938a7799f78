import { CLAIM_STATUSES, type ClaimStatus } from "@/lib/claims/claim-status";
import { independentOrigins, restsOnUnnamedOnly } from "@/lib/claims/sourcing";

/** What coverage needs of a claim: its status, hedging and the sources it cites (with relay → origin). */
export interface CoverageClaim {
  id: string;
  label: string;
  status: ClaimStatus;
  hedged: boolean;
  /** Its words changed in a new version of the article after it got its verdict. */
  changedAfterVerdict?: boolean;
  citations: { name: string; type?: string; cue: string; role: "origin" | "relay"; relayOf: string | null }[];
}

export interface CoverageCell {
  cue: string;
  role: "origin" | "relay";
  relayOf: string | null;
}

export interface SourceCoverage {
  name: string;
  claims: number;
  asOrigin: number;
  asRelay: number;
  /** What the fact-checks found about the claims citing this source. */
  byStatus: Record<ClaimStatus, number>;
}

export interface Coverage {
  total: number;
  /** At least one source cited. */
  sourced: number;
  /** Two or more independent sources: relays of the same origin count once, as that origin. */
  independent: number;
  unsourced: number;
  /** Exactly one independent source (AP relaying NIS plus NIS itself is still one: NIS). */
  singleSource: number;
  /** Sourced, but every source unnamed ("officials said", "informierte Kreise"). */
  unnamedOnly: number;
  hedged: number;
  /** Claims whose words a new version changed after they got their verdict: verdicts to check again. */
  changedAfterVerdict: number;
  byStatus: Record<ClaimStatus, number>;
  /** Sources as columns, most cited first. */
  sources: SourceCoverage[];
  /** Per claim, per cited source name: how the article cites it. */
  matrix: {
    claimId: string;
    label: string;
    status: ClaimStatus;
    independentSources: number;
    cells: Record<string, CoverageCell>;
  }[];
  unsourcedClaims: { id: string; label: string }[];
  singleSourceClaims: { id: string; label: string; source: string }[];
}

/** A count per status, all zero. */
export const zeroByStatus = () => Object.fromEntries(CLAIM_STATUSES.map((s) => [s, 0])) as Record<ClaimStatus, number>;

/** Coverage figures of a set of claims (one article, or any selection). Pure: the same claims give the same answer. */
export function computeCoverage(claims: CoverageClaim[]): Coverage {
  const sources = new Map<string, SourceCoverage>();
  const zeroes = zeroByStatus;
  const byStatus = zeroes();
  const coverage: Coverage = {
    total: claims.length,
    sourced: 0,
    independent: 0,
    unsourced: 0,
    singleSource: 0,
    unnamedOnly: 0,
    hedged: 0,
    changedAfterVerdict: 0,
    byStatus,
    sources: [],
    matrix: [],
    unsourcedClaims: [],
    singleSourceClaims: [],
  };
  for (const claim of claims) {
    byStatus[claim.status]++;
    if (claim.hedged) coverage.hedged++;
    if (claim.changedAfterVerdict) coverage.changedAfterVerdict++;
    const origins = independentOrigins(claim.citations);
    if (claim.citations.length === 0) {
      coverage.unsourced++;
      coverage.unsourcedClaims.push({ id: claim.id, label: claim.label });
    } else coverage.sourced++;
    if (origins.length >= 2) coverage.independent++;
    if (restsOnUnnamedOnly(claim.citations.map((c) => ({ unnamed: c.type === "unnamed" })))) coverage.unnamedOnly++;
    if (origins.length === 1) {
      coverage.singleSource++;
      coverage.singleSourceClaims.push({ id: claim.id, label: claim.label, source: origins[0]! });
    }
    const cells: Record<string, CoverageCell> = {};
    for (const c of claim.citations) {
      cells[c.name] = { cue: c.cue, role: c.role, relayOf: c.relayOf };
      const s = sources.get(c.name) ?? { name: c.name, claims: 0, asOrigin: 0, asRelay: 0, byStatus: zeroes() };
      s.claims++;
      s.byStatus[claim.status]++;
      if (c.role === "relay") s.asRelay++;
      else s.asOrigin++;
      sources.set(c.name, s);
    }
    coverage.matrix.push({
      claimId: claim.id,
      label: claim.label,
      status: claim.status,
      independentSources: origins.length,
      cells,
    });
  }
  coverage.sources = [...sources.values()].sort((a, b) => b.claims - a.claims || a.name.localeCompare(b.name));
  return coverage;
}

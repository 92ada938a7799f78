import { describe, expect, it } from "vitest";
import { computeCoverage, type CoverageClaim } from "./compute-coverage";

const cite = (name: string, role: "origin" | "relay" = "origin", relayOf: string | null = null) => ({
  name,
  cue: "laut",
  role,
  relayOf,
});

/** A constructed article whose answers are known by hand. */
const CLAIMS: CoverageClaim[] = [
  { id: "a", label: "no source", status: "unverified", hedged: false, citations: [] },
  { id: "b", label: "AP only", status: "true", hedged: false, citations: [cite("AP")] },
  // AP passes on what NIS said, and NIS is cited too: one independent origin, NIS.
  {
    id: "c",
    label: "AP relays NIS",
    status: "false",
    hedged: true,
    citations: [cite("AP", "relay", "NIS"), cite("NIS")],
  },
  { id: "d", label: "two origins", status: "true", hedged: false, citations: [cite("Reuters"), cite("CSIS")] },
  // A relay whose origin is unknown counts as itself.
  {
    id: "e",
    label: "relay, origin unknown",
    status: "misleading",
    hedged: true,
    citations: [cite("AP", "relay"), cite("CSIS")],
  },
  { id: "f", label: "also none", status: "unverified", hedged: false, citations: [] },
];

describe("computeCoverage", () => {
  const c = computeCoverage(CLAIMS);

  it("counts sourced, unsourced, single-source and independently sourced claims, collapsing relays", () => {
    expect({ total: c.total, sourced: c.sourced, unsourced: c.unsourced }).toEqual({
      total: 6,
      sourced: 4,
      unsourced: 2,
    });
    expect(c.singleSourceClaims).toEqual([
      { id: "b", label: "AP only", source: "AP" },
      { id: "c", label: "AP relays NIS", source: "NIS" },
    ]);
    expect(c.independent).toBe(2); // d (Reuters + CSIS) and e (AP + CSIS)
    expect(c.unsourcedClaims.map((x) => x.id)).toEqual(["a", "f"]);
  });

  it("counts hedged claims, statuses and each source's citations as origin or relay", () => {
    expect(c.hedged).toBe(2);
    expect(c.byStatus).toMatchObject({ unverified: 2, true: 2, false: 1, misleading: 1, mostly_true: 0 });
    expect(c.sources.map(({ byStatus: _s, ...s }) => s)).toEqual([
      { name: "AP", claims: 3, asOrigin: 1, asRelay: 2 },
      { name: "CSIS", claims: 2, asOrigin: 2, asRelay: 0 },
      { name: "NIS", claims: 1, asOrigin: 1, asRelay: 0 },
      { name: "Reuters", claims: 1, asOrigin: 1, asRelay: 0 },
    ]);
    // What the checks found about the claims citing AP: b true, c false, e misleading.
    expect(c.sources[0]!.byStatus).toMatchObject({ true: 1, false: 1, misleading: 1, unverified: 0 });
  });

  it("fills the claims × sources matrix with cue and role", () => {
    const row = c.matrix.find((m) => m.claimId === "c")!;
    expect(row.cells).toEqual({
      AP: { cue: "laut", role: "relay", relayOf: "NIS" },
      NIS: { cue: "laut", role: "origin", relayOf: null },
    });
    expect(row.independentSources).toBe(1);
  });

  it("answers zeros for no claims", () => {
    expect(computeCoverage([])).toMatchObject({ total: 0, sourced: 0, independent: 0, sources: [], matrix: [] });
  });
});

import type { ExportedClaim } from "@/lib/export/claims-export-schema";

/** A claim as the exports read it (one source, no evidence or notes), with `change` applied. */
export function exportedClaim(change: Partial<ExportedClaim> = {}): ExportedClaim {
  return {
    id: "c1",
    article: { id: "a1", title: "T", outlet: null, url: null, publishedAt: null, language: "de", version: 1 },
    label: "l",
    text: "Nordkorea schickte Truppen",
    quote: "q",
    start: 0,
    end: 1,
    anchor: "current",
    previousQuote: null,
    changedAfterVerdict: false,
    kind: "claim",
    hedged: false,
    origin: "extracted",
    extractorVersion: null,
    status: "unproven",
    statusReason: null,
    sources: [{ name: "Mark Rutte", type: "person", role: "origin", relayOf: null, cue: "sagte", mention: "Rutte" }],
    evidence: [],
    notes: [],
    assignee: null,
    lastChange: "2026-11-27T10:00:00.000Z",
    ...change,
  };
}

import { extractClaims } from "@/lib/extract";
import { normalizeName } from "@/lib/extract/sources/normalize-name";
import type { ClaimSource, ExtractedClaim } from "@/lib/extract";

export type Span = [number, number];

/** One gold attribution: who (source spans and text) said what (content spans). */
export interface GoldAttribution {
  sourceText: string;
  sourceSpans: Span[];
  contentSpans: Span[];
  cue: string;
}

export interface AttributionTally {
  gold: number;
  goldHit: number;
  predicted: number;
  predictedHit: number;
  missedByCue: Map<string, number>;
  falseByCue: Map<string, number>;
}

export const emptyTally = (): AttributionTally => ({
  gold: 0,
  goldHit: 0,
  predicted: 0,
  predictedHit: 0,
  missedByCue: new Map(),
  falseByCue: new Map(),
});

const overlaps = (a: Span, b: Span) => a[0] < b[1] && b[0] < a[1];
const words = (s: string) =>
  new Set(
    normalizeName(s)
      .split(" ")
      .filter((w) => w.length > 1),
  );

/** Same entity by name: every word of the shorter name occurs in the longer ("Trump" ~ "Donald Trump"). */
function namesSameEntity(goldText: string, source: ClaimSource): boolean {
  const g = words(goldText);
  const p = words(source.name);
  const m = words(source.mention);
  if (g.size === 0) return false;
  const within = (a: Set<string>, b: Set<string>) => a.size > 0 && [...a].every((w) => b.has(w));
  return within(g, p) || within(p, g) || within(g, m) || within(m, g);
}

function sourceMatches(gold: GoldAttribution, source: ClaimSource): boolean {
  return (
    gold.sourceSpans.some((s) => overlaps(s, [source.start, source.end])) || namesSameEntity(gold.sourceText, source)
  );
}

const claimSpan = (c: ExtractedClaim): Span => [c.start, c.end];

/**
 * The metric of the issue: a gold attribution is found when a claim overlapping its content carries a source whose
 * mention overlaps the gold source or names the same entity; a predicted claim-source pair is right when some gold
 * attribution it overlaps has that source.
 */
export function scoreDocument(
  text: string,
  language: "de" | "en",
  gold: GoldAttribution[],
  tally: AttributionTally,
): void {
  const { claims } = extractClaims(text, { language });
  for (const g of gold) {
    tally.gold++;
    const hit = claims.some(
      (c) => g.contentSpans.some((s) => overlaps(s, claimSpan(c))) && c.sources.some((src) => sourceMatches(g, src)),
    );
    if (hit) tally.goldHit++;
    else bump(tally.missedByCue, g.cue.toLowerCase());
  }
  for (const c of claims) {
    for (const src of c.sources) {
      tally.predicted++;
      const right = gold.some((g) => g.contentSpans.some((s) => overlaps(s, claimSpan(c))) && sourceMatches(g, src));
      if (right) tally.predictedHit++;
      else bump(tally.falseByCue, src.cue.toLowerCase());
    }
  }
}

function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

export function prf(t: AttributionTally): { precision: number; recall: number; f1: number } {
  const precision = t.predicted ? t.predictedHit / t.predicted : 0;
  const recall = t.gold ? t.goldHit / t.gold : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

export function topEntries(map: Map<string, number>, n: number): string {
  return [...map.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, v]) => `${k} (${v})`)
    .join(", ");
}

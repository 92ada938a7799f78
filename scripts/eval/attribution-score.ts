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
  /** Filled only when asked for (scripts/eval/attribution-losses.ts): each miss with its sentence. */
  misses?: AttributionMiss[];
  /** Likewise each predicted source no gold attribution has: the claim, and what the gold gives it. */
  falses?: AttributionMiss[];
}

export interface AttributionMiss {
  /** The gold content's sentence (or what surrounds the first content span). */
  context: string;
  goldSource: string;
  cue: string;
  /** What the extractor gave the claims overlapping the content: "name (cue, rule)". */
  predicted: string[];
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

const RELATIVE_PRONOUN = /^(who|whom|which|that|der|die|das|welche[rs]?)$/i;

/**
 * PolNeAR marks a relative clause's pronoun as its source ("Mr. Leenders, who estimated …"); the entity is the noun
 * phrase the pronoun follows, which is what the extractor names. A source whose mention ends right before the
 * pronoun (over a comma and spaces only) is that entity.
 */
function isAntecedentOf(text: string, gold: GoldAttribution, source: ClaimSource): boolean {
  const pronoun = gold.sourceSpans[0];
  if (!pronoun || gold.sourceSpans.length !== 1 || !RELATIVE_PRONOUN.test(gold.sourceText.trim())) return false;
  return source.end <= pronoun[0] && /^[\s,]*$/.test(text.slice(source.end, pronoun[0]));
}

function sourceMatches(text: string, gold: GoldAttribution, source: ClaimSource): boolean {
  return (
    gold.sourceSpans.some((s) => overlaps(s, [source.start, source.end])) ||
    namesSameEntity(gold.sourceText, source) ||
    isAntecedentOf(text, gold, source)
  );
}

const claimSpan = (c: ExtractedClaim): Span => [c.start, c.end];
/**
 * The sets annotate who a statement comes from. A relay — the outlet it was told to ("told POLITICO"), the wire that
 * passes it on — is recorded beside the origin and is not scored as a source of the statement.
 */
const origins = (c: ExtractedClaim) => c.sources.filter((src) => src.role !== "relay");

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
      (c) =>
        g.contentSpans.some((s) => overlaps(s, claimSpan(c))) && origins(c).some((src) => sourceMatches(text, g, src)),
    );
    if (hit) tally.goldHit++;
    else {
      bump(tally.missedByCue, g.cue.toLowerCase());
      tally.misses?.push(describeMiss(text, g, claims));
    }
  }
  for (const c of claims) {
    for (const src of origins(c)) {
      tally.predicted++;
      const right = gold.some(
        (g) => g.contentSpans.some((s) => overlaps(s, claimSpan(c))) && sourceMatches(text, g, src),
      );
      if (right) tally.predictedHit++;
      else {
        bump(tally.falseByCue, src.cue.toLowerCase());
        const golds = gold.filter((g) => g.contentSpans.some((s) => overlaps(s, claimSpan(c))));
        tally.falses?.push({
          context: text.slice(Math.max(0, c.start - 60), c.end).replace(/\s+/g, " "),
          goldSource: golds.map((g) => g.sourceText).join(" | ") || "—",
          cue: golds.map((g) => g.cue).join(" | "),
          predicted: [`${src.mention} → ${src.name} (${src.cue}, ${src.rule ?? "?"})`],
        });
      }
    }
  }
}

function describeMiss(text: string, g: GoldAttribution, claims: ExtractedClaim[]): AttributionMiss {
  const first = g.contentSpans[0] ?? g.sourceSpans[0] ?? [0, 0];
  const from = Math.max(0, Math.min(first[0], g.sourceSpans[0]?.[0] ?? first[0]) - 80);
  const to = Math.min(text.length, Math.max(first[1], g.sourceSpans[0]?.[1] ?? first[1]) + 40);
  const predicted = claims
    .filter((c) => g.contentSpans.some((s) => overlaps(s, claimSpan(c))))
    .flatMap((c) => c.sources.map((src) => `${src.mention} → ${src.name} (${src.cue}, ${src.rule ?? "?"})`));
  return {
    context: text.slice(from, to).replace(/\s+/g, " "),
    goldSource: g.sourceText,
    cue: g.cue,
    predicted: [...new Set(predicted)],
  };
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

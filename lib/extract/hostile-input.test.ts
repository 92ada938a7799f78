import { describe, expect, it } from "vitest";
import { trimSpan } from "@/lib/claims/trim-span";
import { extractClaims } from "./extract-claims";

/**
 * Texts built to make the extractor's work grow faster than the text (issue 14). Each must be done within a bound
 * that grows with its size — far above what linear code needs, far below what the quadratic paths took (a run of
 * 20,000 commas mid-sentence: 21 s; 80,000 spaces: 12 s; 12 s for 50,000 commas through trimSpan alone).
 */
const SIZE = 100_000;
// Milliseconds per 1,000 characters, with room for a loaded CI machine: 100,000 characters in under 3 s.
const msFor = (chars: number) => 500 + (chars / 1000) * 25;

const run = (unit: string) => (n: number) => "Reuters said a" + unit.repeat(n) + "b happened.";
const HOSTILE: [string, (n: number) => string][] = [
  ["a run of commas in mid-sentence", run(",")],
  ["a run of spaces in mid-sentence", run(" ")],
  ["a run of full stops in mid-sentence", run(".")],
  ["a run of dashes in mid-sentence", run("-")],
  ["a run of closing quotes after a heading", (n) => `Überschrift${"”".repeat(n)}x\n\nText.`],
  ["one sentence citing a new source every few words", (n) => '"X," said Y, "'.repeat(Math.ceil(n / 14))],
  ["thousands of short quoted sentences", (n) => '"Er kam." '.repeat(Math.ceil(n / 10))],
  ["a run of cue words", (n) => `Laut AP ${"sagte ".repeat(Math.ceil(n / 6))}es.`],
  ["pronouns among thousands of organisations", (n) => "Laut Firma A. Er sagte, es regne. ".repeat(n / 34)],
];

describe("extractClaims on text built to be slow", () => {
  it.each(HOSTILE)("finishes %s in time proportional to its length", (_, make) => {
    const text = make(SIZE);
    const started = performance.now();
    const result = extractClaims(text, { language: "en" });
    const ms = performance.now() - started;
    expect(ms, `${Math.round(ms)} ms for ${text.length} characters`).toBeLessThan(msFor(text.length));
    for (const c of result.claims) expect(text.slice(c.start, c.end)).toBe(c.quote);
  });

  it("trims a selection over a long run of separators before any length check, in linear time", () => {
    const body = `Reuters said a${",".repeat(1_000_000)}b happened.${" ,".repeat(500_000)}`;
    const started = performance.now();
    const span = trimSpan(body, 0, body.length);
    expect(performance.now() - started).toBeLessThan(msFor(body.length));
    expect(body.slice(span!.start, span!.end)).toBe(`Reuters said a${",".repeat(1_000_000)}b happened.`);
  });
});

import { describe, expect, it } from "vitest";
import { trimSpan } from "@/lib/claims/trim-span";
import { extractClaims } from "./extract-claims";

/**
 * Texts built to make the extractor's work grow faster than the text (issue 14). Each must be done within a bound
 * that grows with its size — far above what linear code needs, far below what the quadratic paths took (a run of
 * 100,000 spaces or full stops mid-sentence: 13 s; commas: hours; 300 KB of '"X," said Y, "': 35 s).
 */
const SIZE = 100_000;
// Milliseconds per 1,000 characters, with room for a loaded CI machine: 100,000 characters in under 3 s.
const msFor = (chars: number) => 500 + (chars / 1000) * 25;

const run = (unit: string) => (n: number) => "Reuters said a" + unit.repeat(n) + "b happened.";
const HOSTILE: [string, (n: number) => string, size?: number][] = [
  ["a run of commas in mid-sentence", run(",")],
  ["a run of spaces in mid-sentence", run(" ")],
  ["a run of full stops in mid-sentence", run(".")],
  // Quadratic too, but with a small factor: it shows at a larger size (400 KB took 21.6 s).
  ["one sentence citing a new source every few words", (n) => '"X," said Y, "'.repeat(Math.ceil(n / 14)), 300_000],
];

describe("extractClaims on text built to be slow", () => {
  it.each(HOSTILE)("finishes %s in time proportional to its length", (_, make, size = SIZE) => {
    const text = make(size);
    const started = performance.now();
    const result = extractClaims(text, { language: "en" });
    const ms = performance.now() - started;
    expect(ms, `${Math.round(ms)} ms for ${text.length} characters`).toBeLessThan(msFor(text.length));
    for (const c of result.claims) expect(text.slice(c.start, c.end)).toBe(c.quote);
  });

  it("finishes a German sentence with one very long word in time proportional to its length", () => {
    // "\p{L}{5,}weise$" (an adjective's ending) rescanned the word from each of its letters: 12 s.
    const text = `Er sagte ${"x".repeat(SIZE)} zufolge.`;
    const started = performance.now();
    extractClaims(text, { language: "de" });
    const ms = performance.now() - started;
    expect(ms, `${Math.round(ms)} ms for ${text.length} characters`).toBeLessThan(msFor(text.length));
  });

  it("reads a long run of adjectives before a noun without overflowing the stack", () => {
    // Each adjective asked the next one by recursion: 30,000 of them threw "Maximum call stack size exceeded".
    const text = `Laut Reuters ${"große ".repeat(30_000)}Botschafter sagte, fünf Soldaten seien gestorben.`;
    const started = performance.now();
    expect(() => extractClaims(text, { language: "de" })).not.toThrow();
    expect(performance.now() - started).toBeLessThan(msFor(text.length));
  });

  it("trims a selection over a long run of separators before any length check, in linear time", () => {
    const body = `Reuters said a${",".repeat(1_000_000)}b happened.${" ,".repeat(500_000)}`;
    const started = performance.now();
    const span = trimSpan(body, 0, body.length);
    expect(performance.now() - started).toBeLessThan(msFor(body.length));
    expect(body.slice(span!.start, span!.end)).toBe(`Reuters said a${",".repeat(1_000_000)}b happened.`);
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims";
import { ExtractionSchema, type Extraction } from "./schema";

/** What must hold for any input at all: a valid contract, spans inside the text, no claim in boilerplate. */
function assertWellFormed(text: string, result: Extraction): void {
  ExtractionSchema.parse(result);
  const inside = (s: { start: number; end: number }) => s.start >= 0 && s.start <= s.end && s.end <= text.length;
  for (const s of result.sentences) expect(inside(s)).toBe(true);
  const boilerplate = result.sentences.filter((s) => s.kind === "boilerplate");
  for (const c of result.claims) {
    expect(inside(c)).toBe(true);
    expect(text.slice(c.start, c.end)).toBe(c.quote);
    for (const src of c.sources) expect(text.slice(src.start, src.end)).toBe(src.mention);
    for (const q of c.quantities) expect(text.slice(q.start, q.end)).toBe(q.text);
    for (const b of boilerplate) expect(c.end <= b.start || c.start >= b.end).toBe(true);
  }
}

// Pieces of real news text mixed with noise, so the rules actually fire on random inputs.
const NEWS_PIECES = [
  "AP News zufolge ",
  "laut Reuters ",
  ", so das Center for Strategic & International Studies.",
  "sagte Rutte. ",
  "According to the Guardian, ",
  " said the ministry.",
  "über 1.000 Soldaten",
  "more than $4bn",
  "„",
  "“",
  '"',
  "(",
  ")",
  "z. B. ",
  "Dr. ",
  "U.S. ",
  "No. 10 ",
  "3. Oktober ",
  "\n",
  "\n\n",
  "Folgen Sie uns",
  "Read more:",
  " und ",
  " while ",
  "sei ",
  "He said ",
  "die Nachrichtenagentur ",
  ". ",
  "? ",
  "! ",
  "…",
  "Lesen Sie auch",
  "—",
  " - ",
];

const unicodeNoise = fc.string({ unit: "binary", maxLength: 200 });
const rtlAndEmoji = fc.constantFrom(
  "שלום עולם. ",
  "مرحبا بالعالم. ",
  "👩‍👩‍👧 ",
  "🇩🇪 ",
  "\u200f",
  "\u202e",
  "\u0000",
  "\u0007",
  "\ufeff",
  "\ud800",
);
const newsLike = fc
  .array(fc.oneof(fc.constantFrom(...NEWS_PIECES), unicodeNoise, rtlAndEmoji, fc.string({ maxLength: 30 })), {
    maxLength: 40,
  })
  .map((parts) => parts.join(""));

describe("extractClaims on arbitrary input", () => {
  it("never throws and keeps every span valid on 10,000 random inputs", () => {
    fc.assert(
      fc.property(
        newsLike,
        fc.constantFrom("de", "en", "auto") as fc.Arbitrary<"de" | "en" | "auto">,
        (text, language) => {
          assertWellFormed(text, extractClaims(text, { language }));
        },
      ),
      { numRuns: 10_000 },
    );
  });

  it("stays linear when a long run of separators sits anywhere in the text", () => {
    // Issue 14: a run of commas, spaces or full stops followed by more text made trailing-run patterns quadratic.
    const withRun = fc.record({
      before: newsLike,
      separator: fc.constantFrom(",", " ", ".", ";", ":", "…", "!", "?", " ,"),
      length: fc.integer({ min: 20_000, max: 50_000 }),
      after: newsLike,
    });
    fc.assert(
      fc.property(withRun, ({ before, separator, length, after }) => {
        const text = `${before}Reuters said a${separator.repeat(length)}b${after}`;
        const started = performance.now();
        assertWellFormed(text, extractClaims(text, { language: "en" }));
        // 25 ms per 1,000 characters and half a second to spare: linear code needs a tenth of it.
        expect(performance.now() - started).toBeLessThan(500 + text.length / 40);
      }),
      { numRuns: 10, seed: 14 },
    );
  });

  it.each([
    ["100k newlines", "\n".repeat(100_000)],
    ["no punctuation", "wort ".repeat(20_000)],
    ["only punctuation", ".,;:!?\"'„“()[]".repeat(5_000)],
    ["unbalanced quotes", "„Er sagte. ".repeat(3_000)],
    ["control characters", "\u0001\u0002\u0003 Laut AP sei es so.\u0000".repeat(1_000)],
    ["one enormous sentence", `Laut Reuters ${"und die Regierung sagte ".repeat(5_000)}.`],
    ["lone surrogates", "\ud800 sagte \udc00. ".repeat(1_000)],
    // found by the random inputs above: a rule looking back past the sentence start
    ["a verb of saying two words in", "sage Das berichtete"],
  ])("handles %s", (_, text) => {
    assertWellFormed(text, extractClaims(text));
  });
});

import { describe, expect, it } from "vitest";
import { highlightSegments } from "./highlight-segments";

describe("highlightSegments", () => {
  it("reproduces the text exactly, with claims marked in place", () => {
    const body = "Erster Satz. Zweiter Satz. Rest";
    const segments = highlightSegments(body, [
      { id: "b", start: 13, end: 26 },
      { id: "a", start: 0, end: 12 },
    ]);
    expect(segments.map((s) => s.text).join("")).toBe(body);
    expect(segments.filter((s) => s.claimId).map((s) => [s.claimId, s.text])).toEqual([
      ["a", "Erster Satz."],
      ["b", "Zweiter Satz."],
    ]);
  });

  it("clips overlapping and out-of-range spans instead of repeating or losing text", () => {
    const body = "abcdefghij";
    const segments = highlightSegments(body, [
      { id: "a", start: 0, end: 6 },
      { id: "b", start: 4, end: 99 },
    ]);
    expect(segments.map((s) => s.text).join("")).toBe(body);
  });
});

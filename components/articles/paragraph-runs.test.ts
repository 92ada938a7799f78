import { describe, expect, it } from "vitest";
import { paragraphRuns } from "./paragraph-runs";

describe("paragraphRuns", () => {
  it("cuts runs at line breaks and keeps each run's offset in the body", () => {
    const body = "Erster Satz.\nLaut AP zweiter Satz.\n\nDritter Absatz.";
    const segments = [
      { text: "Erster Satz.\n" },
      { text: "Laut AP zweiter Satz.", claimId: "c1" },
      { text: "\n\nDritter Absatz." },
    ];
    const paragraphs = paragraphRuns(segments);
    expect(paragraphs.map((p) => p.map((r) => r.text))).toEqual([
      ["Erster Satz."],
      ["Laut AP zweiter Satz."],
      ["Dritter Absatz."],
    ]);
    for (const run of paragraphs.flat()) expect(body.slice(run.start, run.start + run.text.length)).toBe(run.text);
    expect(paragraphs[1]![0]!.claimId).toBe("c1");
  });

  it("splits a highlight that spans a line break into two runs of the same claim", () => {
    const paragraphs = paragraphRuns([{ text: "Titel\nText", claimId: "c1" }]);
    expect(paragraphs).toEqual([
      [{ text: "Titel", start: 0, claimId: "c1" }],
      [{ text: "Text", start: 6, claimId: "c1" }],
    ]);
  });

  it("renders nothing for an empty body", () => {
    expect(paragraphRuns([])).toEqual([]);
  });
});

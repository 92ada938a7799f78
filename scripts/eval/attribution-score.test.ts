import { describe, expect, it } from "vitest";
import { emptyTally, scoreDocument, type GoldAttribution, type Span } from "./attribution-score";

const spanOf = (text: string, part: string, from = 0): Span => {
  const start = text.indexOf(part, from);
  if (start < 0) throw new Error(`"${part}" is not in the text`);
  return [start, start + part.length];
};
const gold = (text: string, source: string, content: string, sourceFrom = 0): GoldAttribution => ({
  sourceText: source,
  sourceSpans: [spanOf(text, source, sourceFrom)],
  contentSpans: [spanOf(text, content)],
  cue: "",
});

describe("the attribution scorer", () => {
  it("takes a relative pronoun marked as the source for the noun phrase right before it", () => {
    const text = "Mr. Leenders, who estimated that a third of the members back the mayor, left the hall.";
    const tally = emptyTally();
    scoreDocument(text, "en", [gold(text, "who", "a third of the members back the mayor")], tally);
    expect([tally.goldHit, tally.predictedHit, tally.predicted]).toEqual([1, 1, 1]);
  });

  it("does not take a speaker named elsewhere in the sentence for that pronoun", () => {
    const text = "Ana Ruiz said the 200 workers who signed the letter were fired on Monday.";
    const tally = emptyTally();
    scoreDocument(text, "en", [gold(text, "who", "the letter")], tally);
    expect(tally.goldHit).toBe(0);
  });
});

import { describe, expect, it } from "vitest";
import { isHeadingLike, splitBlocks, splitSentences } from "./segment";

function sentencesOf(text: string): string[] {
  return splitBlocks(text).flatMap((b) => splitSentences(text, b).map((s) => text.slice(s.start, s.end)));
}

describe("splitSentences", () => {
  it.each([
    ["German thousands separator", "Nordkorea schickte 1.000 Soldaten. Das bestätigte Seoul."],
    ["German ordinal date", "Am 3. Oktober kam es zum Treffen. Danach reiste er ab."],
    ["z. B. abbreviation", "Es gibt Risiken, z. B. Sanktionen. Das sagte sie."],
    ["Dr. title", "Dr. Müller widersprach. Er blieb dabei."],
    ["U.S. abbreviation", "The U.S. Navy sent ships. Officials confirmed it."],
    ["No. 10", "He spoke at No. 10 Downing Street. Then he left."],
    ["initials", "John F. Kennedy was president. He was shot in 1963."],
    ["ordinal after article", "Der 2. Weltkrieg endete 1945. Danach begann der Kalte Krieg."],
  ])("keeps the %s inside its sentence", (_, text) => {
    expect(sentencesOf(text)).toHaveLength(2);
  });

  it("does not split a quotation that holds several sentences", () => {
    const text = "„Wir kommen. Wir bleiben.“, sagte er. Dann ging er.";
    expect(sentencesOf(text)).toEqual(["„Wir kommen. Wir bleiben.“, sagte er.", "Dann ging er."]);
  });

  it("does not split inside parentheses", () => {
    expect(sentencesOf("Die Zahl (laut AP. Stand Montag) stieg. Dann fiel sie.")).toHaveLength(2);
  });

  it("splits after a closing quote that ends a sentence", () => {
    expect(sentencesOf('He said: "We will come." Then he left.')).toEqual([
      'He said: "We will come."',
      "Then he left.",
    ]);
  });

  it("survives an unbalanced quote without swallowing the paragraph", () => {
    expect(sentencesOf("Er sagte „nein. Das war klar. Dann ging er.")).toHaveLength(3);
  });

  it("splits on question and exclamation marks", () => {
    expect(sentencesOf("Was nun? Keiner weiß es! Das ist alles.")).toHaveLength(3);
  });
});

describe("splitBlocks", () => {
  it("treats each line of a pasted article as its own paragraph", () => {
    expect(splitBlocks("Titel der Meldung\nErster Satz. Zweiter Satz.\nDritter Absatz.")).toHaveLength(3);
  });

  it("joins hard-wrapped lines that run on mid-sentence", () => {
    const text = "The minister said the troops\nwould stay until spring.\n\nNext paragraph.";
    const blocks = splitBlocks(text);
    expect(blocks).toHaveLength(2);
    expect(text.slice(blocks[0]!.start, blocks[0]!.end)).toContain("until spring.");
  });

  it("trims white space and Windows line endings from paragraphs", () => {
    const text = "  Erster Absatz.  \r\n\r\n Zweiter Absatz.\r\n";
    expect(splitBlocks(text).map((b) => text.slice(b.start, b.end))).toEqual(["Erster Absatz.", "Zweiter Absatz."]);
  });
});

describe("isHeadingLike", () => {
  it("recognises a title line without final punctuation", () => {
    expect(isHeadingLike("Südkorea fordert Abzug aller nordkoreanischen Truppen aus Russland")).toBe(true);
  });

  it("does not take a sentence or a lower-case fragment for a heading", () => {
    expect(isHeadingLike("Das ist ein Satz.")).toBe(false);
    expect(isHeadingLike("und dann weiter")).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import { keyOfSentence as keyOf } from "@/test/support/sentence-keys";
import { articleContextOf } from "./article-context";
import { compareClaims } from "./compare-claims";

describe("the words of a story's lead", () => {
  const LEAD_DE =
    "Beim Untergang einer Fähre vor der Küste Norwegens sind am Dienstag vier Menschen getötet worden. Die Fähre war auf dem Weg nach Bergen.";
  const LEAD_EN =
    "Four people were killed when a ferry sank off the coast of Norway on Tuesday. The ferry was on its way to Bergen.";
  const de = (sentence: string) => keyOf(sentence, "de", articleContextOf(LEAD_DE));
  const en = (sentence: string) => keyOf(sentence, "en", articleContextOf(LEAD_EN));

  it("are no evidence that two of its claims state one thing: every claim of the story has them", () => {
    // Both name the ferry and a death, both in the lead's Norway: one is who died, the other what the captain said.
    const victims = de("Unter den Getöteten ist nach Angaben der Reederei auch ein Mitarbeiter der Fähre.");
    const captain = en(
      "The ferry's captain said he had warned that the crossing should be cancelled before a crew member was killed.",
    );
    expect(compareClaims(victims, captain)).toBeNull();
  });

  it("are what two leads state, when both claims say their lead again", () => {
    // One country, one change and the word of what changed, all of them the leads': the story itself, told twice.
    const germanLead =
      "Die Inflation in Norwegen ist im Oktober überraschend gestiegen. Die Notenbank will im Dezember über den Leitzins entscheiden.";
    const englishLead =
      "Inflation in Norway rose unexpectedly in October. The central bank will decide on interest rates in December.";
    const first = (text: string) => text.slice(0, text.indexOf(".") + 1);
    const match = compareClaims(
      keyOf(first(germanLead), "de", articleContextOf(germanLead)),
      keyOf(first(englishLead), "en", articleContextOf(englishLead)),
    );
    expect(match?.same).toEqual(["Norway", "rose"]);
  });
});

describe("a lead built to be long", () => {
  it("gives a bounded context: every claim of its article reads it", () => {
    // Twenty thousand different words of letters alone ("aaaaung", "baaaung", …), with no full stop between them.
    const letters = (n: number) => [0, 1, 2, 3].map((k) => String.fromCharCode(97 + (Math.floor(n / 26 ** k) % 26)));
    const words = Array.from({ length: 20_000 }, (_, i) => `${letters(i).join("")}ung`);
    const context = articleContextOf(words.join(" "));
    expect(context.length).toBeLessThan(500);
  });
});

describe("a claim's story words", () => {
  it("are read as its own words are: short words the table knows, a place after a compass point", () => {
    const lead =
      "Parliament in Austria passed a new tax law on Friday. The law raises the tax on fuel from Süddeutschland.";
    const key = keyOf("Critics said the tax law would hit commuters hardest.", "en", articleContextOf(lead));
    expect(key.storyWords).toEqual(expect.arrayContaining(["tax", "law"]));
    // "Süddeutschland" in the lead is "southern" Germany in the claim.
    const south = keyOf("Fuel prices in southern Germany rose sharply.", "en", articleContextOf(lead));
    expect(south.storyWords).toEqual(expect.arrayContaining(["fuel", "sout"]));
  });

  it("do not make a claim of a word or two its lead", () => {
    const lead = "All 382 passengers were rescued when the ferry ran aground. The passengers were taken to Turku.";
    expect(keyOf("All 382 passengers", "en", articleContextOf(lead)).restatesLead).toBeUndefined();
    expect(
      keyOf("All 382 passengers were rescued when the ferry ran aground.", "en", articleContextOf(lead)).restatesLead,
    ).toBe(true);
  });
});

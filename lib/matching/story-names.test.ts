import { describe, expect, it } from "vitest";
import { keyOfSentence as keyOf } from "@/test/support/sentence-keys";
import { articleContextOf } from "./article-context";
import { compareClaims, sharedOf } from "./compare-claims";
import { sameName } from "./match-key";
import { FERRY_ENGLISH as ENGLISH, FERRY_GERMAN as GERMAN, PLANT_FIRE as OTHER } from "@/test/support/ferry-story";

const german = (sentence: string) => keyOf(sentence, "de", articleContextOf(GERMAN));
const english = (sentence: string) => keyOf(sentence, "en", articleContextOf(ENGLISH));

describe("names the lexicon does not know", () => {
  it("link one story's claims across the languages by the names both give, and say so", () => {
    const match = compareClaims(
      german("Der Kapitän Ole Brandt wurde festgenommen."),
      english("Captain Ole Brandt was arrested."),
    );
    expect(match?.same).toEqual(expect.arrayContaining(["Ole", "Brandt", "arrested"]));
    expect(match?.reasons).toMatch(/Brandt/);
  });

  it("are no evidence where both leads give them: the story's town is in every claim of the story", () => {
    // Two arrests in the town both leads name: a passenger's and two managers'.
    const passenger = "In Brekkvik wurde am Abend ein Passagier festgenommen.";
    const managers = "Two managers were arrested in Brekkvik on Wednesday.";
    expect(compareClaims(german(passenger), english(managers))).toBeNull();
    // Without the leads nothing says the town is the story's: it is where both arrests were made.
    expect(compareClaims(keyOf(passenger, "de"), keyOf(managers, "en"))?.same).toEqual(["Brekkvik", "arrested"]);
  });

  it("are a claim's own, not its lead's, and keep two stories of one kind apart", () => {
    // A claim that gives no name is not given the lead's: as the story's setting they linked different facts.
    const dead = german("Bei dem Unglück kamen nach Angaben der Polizei vier Menschen ums Leben.");
    expect(dead.names).toBeUndefined();
    // The fire at another company's plant kills people too, and a manager is arrested: no name in common, no link.
    const fire = (sentence: string) => keyOf(sentence, "en", articleContextOf(OTHER));
    expect(compareClaims(dead, fire("Two people were killed in the fire, police said."))).toBeNull();
    expect(
      compareClaims(german("Der Kapitän Ole Brandt wurde festgenommen."), fire("The plant's manager was arrested.")),
    ).toBeNull();
  });

  it("are compared only where one claim is English: German capitalises its nouns", () => {
    // "Murgang" (a mudflow) is a noun the translation table does not know, and is read as a name.
    const first = keyOf("Der Bürgermeister sagte, der Murgang habe zwei Häuser zerstört.", "de");
    const second = keyOf("Ein zweiter Murgang verschüttete am Sonntag drei Häuser.", "de");
    expect(second.names).toContain("~Murgang");
    expect(first.names).toContain("~Murgang");
    expect(sharedOf(first, second).names).toEqual([]);
    // Where an English claim writes the same word with a capital, it is a name.
    expect(sharedOf(first, keyOf("The Murgang valley road was closed.", "en")).names).toEqual(["~Murgang"]);
  });

  it("are not the first word of a sentence, a title, a known name or the claim's source", () => {
    expect(keyOf("Police said the ferry sank in the night.", "en").names).toBeUndefined();
    expect(keyOf("Brandt was arrested on Tuesday.", "en").names).toBeUndefined();
    // Unless a name follows it: "Ole Brandt", "Halvorsen Maritime".
    expect(keyOf("Ole Brandt was arrested on Tuesday.", "en").names).toEqual(["~Ole", "~Brandt"]);
    expect(keyOf("President Macron visited Brekkvik.", "en").names).toEqual(["~Macron", "~Brekkvik"]);
    // Who said it is not what it is about.
    expect(keyOf("The ferry sank off Brekkvik, Halvorsen spokesman Per Lunde said.", "en").names).toEqual([
      "~Brekkvik",
    ]);
    // A name is no place or word it begins like: "Brandt" is not "Brandenburg", nor a German "Brand" (fire).
    const captain = keyOf("Der Kapitän Ole Brandt wurde in Oslo festgenommen.", "de");
    expect(captain.names).toEqual(["~Ole", "~Brandt"]);
    expect(captain.entities.sort()).toEqual(["norway", "oslo"]);
    // The German genitive is the same name.
    expect(sameName("~Halvorsens", "~Halvorsen")).toBe(true);
  });
});

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

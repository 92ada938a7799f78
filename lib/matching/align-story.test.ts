import { describe, expect, it } from "vitest";
import { extractClaims } from "@/lib/extract";
import { articleContextOf } from "./article-context";
import { alignReports, alignStory, storyLikeness } from "./align-story";
import { compareClaims } from "./compare-claims";
import { matchKeyOf, type MatchKey } from "./match-key";

// Two reports of one story of our own (a landslide on a Norwegian railway), an agency's in German and one in English,
// written apart: most claims say the same in other words, one of each has no counterpart.
const GERMAN = [
  "Ein Erdrutsch hat am Dienstag die Bergenbahn zwischen Oslo und Bergen in Norwegen verschüttet. Nach Angaben der " +
    "Bahngesellschaft Bane NOR wurden 240 Fahrgäste aus zwei Zügen in Sicherheit gebracht.",
  "Die Strecke bleibt nach Schätzung der Behörde mindestens zwei Wochen gesperrt. Verletzt wurde niemand, teilte " +
    "die Polizei mit.",
  "Rund 40 Anwohner in Myrdal mussten die Nacht außerhalb ihrer Häuser verbringen. Ein Bautrupp aus Voss räumt mit " +
    "schwerem Gerät das Geröll von den Gleisen. Die Bergenbahn wurde im Jahr 1909 eröffnet und gilt als eine der " +
    "schönsten Bahnstrecken Europas.",
].join("\n\n");
const ENGLISH = [
  "A landslide buried the Bergen railway between Oslo and Bergen in Norway on Tuesday. Some 240 passengers from two " +
    "trains were brought to safety, rail operator Bane NOR said.",
  "The line will stay closed for at least two weeks, the agency estimated. Nobody was hurt, police said.",
  "About 60 residents of Myrdal had to leave their homes for the night. Workers from Voss are clearing mud and " +
    "rocks off the tracks with excavators. Bane NOR has asked geologists to check the slopes along the valley.",
].join("\n\n");

function report(text: string, language: "de" | "en") {
  const context = articleContextOf(text);
  return extractClaims(text, { language }).claims.map((c) => ({
    text: text.slice(c.start, c.end),
    key: matchKeyOf({ text: text.slice(c.start, c.end), language, quantities: c.quantities, context }),
  }));
}
const key = (text: string, language: "de" | "en"): MatchKey =>
  matchKeyOf({ text, language, quantities: extractClaims(text, { language }).claims.flatMap((c) => c.quantities) });

const german = report(GERMAN, "de");
const english = report(ENGLISH, "en");
const index = (claims: { text: string }[], words: string) => claims.findIndex((c) => c.text.includes(words));
const ruleLinked = (i: number, j: number) => compareClaims(german[i]!.key, english[j]!.key) !== null;
const aligned = alignStory(
  german.map((c) => c.key),
  english.map((c) => c.key),
  ruleLinked,
);

describe("two reports of one story, read side by side", () => {
  it("links a claim the rules do not with its closest counterpart in the other report", () => {
    const [de, en] = [index(german, "Bautrupp aus Voss"), index(english, "Workers from Voss")];
    expect(ruleLinked(de, en)).toBe(false);
    expect(aligned).toContainEqual(expect.objectContaining({ own: de, other: en }));
  });

  it("leaves out the pairs the rules linked, and a claim with no counterpart", () => {
    for (const pair of aligned) expect(ruleLinked(pair.own, pair.other)).toBe(false);
    const opened = index(german, "1909 eröffnet");
    const geologists = index(english, "geologists");
    expect(aligned.some((p) => p.own === opened)).toBe(false);
    expect(aligned.some((p) => p.other === geologists)).toBe(false);
  });

  it("does not align a claim the rules linked with another claim as well", () => {
    const landslide = index(german, "Erdrutsch");
    expect(ruleLinked(landslide, index(english, "landslide"))).toBe(true);
    expect(aligned.some((p) => p.own === landslide)).toBe(false);
  });

  it("never pairs claims that share only a country, or name two places", () => {
    expect(
      storyLikeness(
        key("Norwegen will seine Bahnstrecken bis 2030 modernisieren.", "de"),
        key("Norway's king visited the valley on Wednesday.", "en"),
      ),
    ).toBe(0);
    expect(
      storyLikeness(
        key("In Myrdal mussten 40 Anwohner ihre Häuser verlassen.", "de"),
        key("In Finse, 40 residents had to leave their homes.", "en"),
      ),
    ).toBe(0);
  });

  it("describes each aligned pair with what both name, and flags figures that disagree", () => {
    // The rules' links left out (none counted as linked): the Myrdal pair, 40 against 60 residents, is aligned too.
    const [result] = alignReports(
      german.map((c) => c.key),
      [{ keys: english.map((c) => c.key), linked: [] }],
    );
    const myrdal = result!.find((p) => p.own === index(german, "Anwohner in Myrdal"));
    expect(myrdal?.other).toBe(index(english, "residents of Myrdal"));
    expect(myrdal?.match.reasons).toMatch(/40.*60 people/);
    const voss = result!.find((p) => p.own === index(german, "Bautrupp aus Voss"));
    expect(voss?.other).toBe(index(english, "Workers from Voss"));
    expect(voss?.match.figuresDisagree).toBe(false);
  });
});

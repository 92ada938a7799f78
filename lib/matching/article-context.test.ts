import { describe, expect, it } from "vitest";
import { keyOfSentence as keyOf } from "@/test/support/sentence-keys";
import { articleContextOf, leadChanged, leadOf } from "./article-context";
import { compareClaims } from "./compare-claims";
import { contextParts } from "./match-key";

const entitiesOf = (body: string) => [...contextParts(articleContextOf(body)).entities];

const ARTICLE = [
  "Waldbrände in Portugal",
  "Bei Waldbränden im Norden Portugals sind nach Angaben des Zivilschutzes drei Feuerwehrleute ums Leben gekommen. Mehr als 1.200 Einsatzkräfte kämpften am Montag gegen die Flammen. Die Regierung rief den Notstand aus.",
  "Rund 2.000 Menschen mussten ihre Häuser verlassen.",
  "Auch im benachbarten Spanien brannten 4.000 Hektar Wald. Die EU schickte zwei Löschflugzeuge.",
].join("\n\n");

describe("an article's lead", () => {
  it("is the first two sentences of the first paragraph that is not a heading", () => {
    expect(leadOf(ARTICLE)).toBe(
      "Bei Waldbränden im Norden Portugals sind nach Angaben des Zivilschutzes drei Feuerwehrleute ums Leben gekommen. Mehr als 1.200 Einsatzkräfte kämpften am Montag gegen die Flammen.",
    );
    expect(leadOf("")).toBe("");
    // A headline alone (no full stop) is no lead; a one-sentence paragraph is.
    expect(leadOf("Floods in Slovenia")).toBe("");
    expect(leadOf("Floods in Slovenia\n\nSlovenia asked the EU for help.")).toBe("Slovenia asked the EU for help.");
  });

  it("names the article's context: the places and bodies of the lead, not those further down", () => {
    expect(entitiesOf(ARTICLE)).toEqual(["portugal"]);
    // Where the agency wrote is not where it happened.
    expect(entitiesOf(`BERLIN (dpa) - ${ARTICLE.split("\n\n")[1]}`)).toEqual(["portugal"]);
    expect(entitiesOf("GENEVA (Reuters) - Fires in Portugal killed three firefighters.")).toEqual(["portugal"]);
    expect(entitiesOf("Spain asked the EU for help on Monday. Fires burned for a third day.").sort()).toEqual([
      "european_union",
      "spain",
    ]);
  });
});

describe("a lead that changes", () => {
  it("changes the keys of the article's claims when it names or says something else, not when a number changes", () => {
    const lead = (text: string) => ARTICLE.replace(ARTICLE.split("\n\n")[1]!, text);
    const before = "Bei Waldbränden im Norden Portugals sind drei Feuerwehrleute ums Leben gekommen.";
    expect(leadChanged(ARTICLE, lead(before))).toBe(true);
    expect(leadChanged(lead(before), lead(before.replace("drei", "vier")))).toBe(false);
    // Other words, the same places: its claims' story words are others.
    expect(leadChanged(lead(before), lead(before.replace("ums Leben gekommen", "gestorben")))).toBe(true);
    expect(leadChanged(lead(before), lead(before.replace("Portugals", "Spaniens")))).toBe(true);
  });
});

describe("a claim's key with its article's context", () => {
  it("takes the lead's place when it names none, and keeps its own place when it names one", () => {
    const context = articleContextOf(ARTICLE);
    expect(keyOf("Rund 2.000 Menschen mussten ihre Häuser verlassen.", "de", context).entities).toEqual(["portugal"]);
    expect(keyOf("Auch im benachbarten Spanien brannten 4.000 Hektar Wald.", "de", context).entities).toEqual([
      "spain",
    ]);
    // A place the lexicon does not know is the claim's own too.
    expect(keyOf("In Varaždin mussten 500 Menschen ihre Häuser verlassen.", "de", context).entities).toEqual([]);
    // A body named in the claim keeps the lead's place, as the claim names no place of its own.
    expect(keyOf("Die EU schickte zwei Löschflugzeuge.", "de", context).entities).toEqual([
      "european_union",
      "portugal",
    ]);
  });

  it("links a claim that leaves its place to the lead with the other language's claim that names it", () => {
    const context = articleContextOf(ARTICLE);
    const german = keyOf("Rund 2.000 Menschen mussten ihre Häuser verlassen.", "de", context);
    const english = keyOf("About 2,000 people were evacuated in northern Portugal, officials said.", "en");
    expect(compareClaims(german, english)).toMatchObject({ figuresDisagree: false });
    // Without the lead, the German claim names nothing the English one does.
    expect(compareClaims(keyOf("Rund 2.000 Menschen mussten ihre Häuser verlassen.", "de"), english)).toBeNull();
    // And the claim about Spain stays apart from a Portuguese count, context or not.
    const spain = keyOf("Auch im benachbarten Spanien mussten 2.000 Menschen ihre Häuser verlassen.", "de", context);
    expect(compareClaims(spain, english)).toBeNull();
  });
});

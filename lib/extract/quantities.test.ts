import { describe, expect, it } from "vitest";
import { findQuantities, parseNumber } from "./quantities";
import type { Language } from "./schema";

const q = (text: string, lang: Language) => findQuantities(text, 0, text.length, lang);

describe("findQuantities", () => {
  it.each<[string, Language, object]>([
    [
      "Nordkorea hat über 1.000 Soldaten entsandt",
      "de",
      { text: "über 1.000 Soldaten", value: 1000, comparator: ">", unit: "Soldaten" },
    ],
    ["mehr als 200 Panzer", "de", { value: 200, comparator: ">", unit: "Panzer" }],
    ["rund 3,5 Prozent", "de", { value: 3.5, comparator: "~", unit: "%" }],
    ["knapp 40 Millionen Euro", "de", { value: 40_000_000, comparator: "<", unit: "Euro" }],
    ["bis zu 12.000 nordkoreanische Soldaten", "de", { value: 12000, comparator: "<=", unit: "Soldaten" }],
    ["4,2 Mrd. Dollar", "de", { value: 4_200_000_000, unit: "Dollar" }],
    ["zwischen 10.000 und 12.000 Soldaten", "de", { value: 10000, max: 12000, comparator: "range", unit: "Soldaten" }],
    ["at least $4bn", "en", { text: "at least $4bn", value: 4_000_000_000, comparator: ">=", unit: "USD" }],
    ["more than 1,000 troops", "en", { value: 1000, comparator: ">", unit: "troops" }],
    ["about 3.5 percent", "en", { value: 3.5, comparator: "~", unit: "%" }],
    ["10-12 soldiers", "en", { value: 10, max: 12, comparator: "range", unit: "soldiers" }],
    ["1.5 million people", "en", { value: 1_500_000, unit: "people" }],
    ["8 million artillery shells", "en", { value: 8_000_000, unit: "shells" }],
    ["€20 million", "en", { value: 20_000_000, unit: "EUR" }],
    ["vierzehn Passagiere", "de", { value: 14, unit: "Passagiere" }],
    ["the bodies of fourteen passengers", "en", { value: 14, unit: "passengers" }],
    ["rund fünfzig Demonstranten", "de", { value: 50, comparator: "~", unit: "Demonstranten" }],
  ])("parses %j", (text, lang, expected) => {
    expect(q(text, lang)[0]).toMatchObject(expected);
  });

  it("reads a spelled number only as a whole word: 'vier' is not in 'vierzehn', nor 'ten' in 'often'", () => {
    expect(q("Vierzehnmal wurde es versucht, often without success.", "de")).toEqual([]);
    expect(q("vierzehn Tage", "de")).toMatchObject([{ value: 14 }]);
  });

  it("reads one of a scale written as a word: 'one billion', 'a million', 'eine Milliarde', not 'half a million'", () => {
    const read = (text: string, lang: Language) => q(text, lang).map((x) => [x.text, x.value, x.unit]);
    expect(read("Storm damage came to more than one billion euros.", "en")).toEqual([
      ["more than one billion euros", 1e9, "euros"],
    ]);
    expect(read("A million households lost power.", "en")).toEqual([["A million households", 1e6, "households"]]);
    expect(read("Der Sturm richtete Schäden von rund einer Milliarde Euro an.", "de")).toEqual([
      ["rund einer Milliarde Euro", 1e9, "Euro"],
    ]);
    // Half of one is not one, nor a quarter, and "a" or "eine" alone counts nothing.
    expect(read("Half a million households lost power.", "en")).toEqual([]);
    expect(read("A quarter of a million households lost power.", "en")).toEqual([]);
    expect(read("Ein Viertel einer Million Haushalte war ohne Strom.", "de")).toEqual([]);
    // German "Billion" is a million millions.
    expect(read("Die Schulden stiegen auf eine Billion Euro.", "de")).toEqual([["eine Billion Euro", 1e12, "Euro"]]);
    expect(read("Eine Frau sagte, ein Haus sei zerstört.", "de")).toEqual([]);
  });

  it("reads tens and units written as one number, in both languages", () => {
    const read = (text: string, lang: Language) =>
      q(text, lang).map((x) => [x.text, x.value, x.max ?? null, x.unit ?? null]);
    expect(read("Thirty-one people were hurt in the fire.", "en")).toEqual([["Thirty-one people", 31, null, "people"]]);
    expect(read("Einundvierzig Menschen wurden verletzt.", "de")).toEqual([
      ["Einundvierzig Menschen", 41, null, "Menschen"],
    ]);
    expect(read("Die Kette schließt fünfundzwanzig Filialen.", "de")).toEqual([
      ["fünfundzwanzig Filialen", 25, null, "Filialen"],
    ]);
    expect(read("Between twenty and twenty-five people were hurt.", "en")).toEqual([
      ["Between twenty and twenty-five people", 20, 25, "people"],
    ]);
    // An age is no count, as "a 25-year-old" is none.
    expect(read("A twenty-five-year-old man was arrested.", "en")).toEqual([]);
    // The end of a longer spelled number is not read as the number.
    expect(read("One hundred and twenty-one people were injured.", "en")).toEqual([]);
    // A word ends at a letter, not at "ß": "Dreißig" is thirty, never three.
    expect(read("Dreißig Menschen wurden verletzt.", "de")).toEqual([["Dreißig Menschen", 30, null, "Menschen"]]);
    expect(read("Dreißig bis fünfunddreißig Menschen wurden verletzt.", "de")).toEqual([
      ["Dreißig bis fünfunddreißig Menschen", 30, 35, "Menschen"],
    ]);
  });

  it("reads a part of a whole as a count of what the whole is, and a whole with its own number as before", () => {
    const read = (text: string, lang: Language) => q(text, lang).map((x) => [x.text, x.value, x.unit ?? null]);
    expect(read("Four of the injured were in serious condition.", "en")).toEqual([
      ["Four of the injured", 4, "injured"],
    ]);
    expect(read("Two of the North Korean soldiers were captured.", "en")).toEqual([
      ["Two of the North Korean soldiers", 2, "soldiers"],
    ]);
    expect(read("Zwölf der Verletzten schweben in Lebensgefahr.", "de")).toEqual([
      ["Zwölf der Verletzten", 12, "Verletzten"],
    ]);
    expect(read("Police said 12 of the 40 passengers were hurt.", "en")).toEqual([
      ["12", 12, null],
      ["40 passengers", 40, "passengers"],
    ]);
    // A pronoun names nothing counted: no figure to compare.
    expect(read("Four of them were in serious condition.", "en")).toEqual([]);
    // A whole with a number of its own is that number; a whole that is no people or things is no unit.
    expect(read("Two of the three victims were children.", "en")).toEqual([["three victims", 3, "victims"]]);
    expect(read("Five of the past six years were the hottest.", "en")).toEqual([]);
    expect(read("Three of the company's plants will close.", "en")).toEqual([]);
  });

  it("reads a dozen as twelve of what follows, in both languages, and half a dozen as nothing", () => {
    const read = (text: string, lang: Language) => q(text, lang).map((x) => [x.text, x.value, x.comparator]);
    expect(read("Die Polizei nahm rund ein Dutzend Demonstranten fest.", "de")).toEqual([
      ["rund ein Dutzend Demonstranten", 12, "~"],
    ]);
    expect(read("Police detained about a dozen protesters.", "en")).toEqual([["about a dozen protesters", 12, "~"]]);
    expect(read("Two dozen protesters were detained.", "en")).toEqual([["Two dozen protesters", 24, "="]]);
    expect(read("Half a dozen protesters were detained.", "en")).toEqual([]);
    // A dozen alone is about twelve; a range of dozens is a range.
    expect(read("Ein Dutzend Demonstranten wurde festgenommen.", "de")).toEqual([
      ["Ein Dutzend Demonstranten", 12, "~"],
    ]);
    const ranged = (text: string, lang: Language) => q(text, lang).map((x) => [x.text, x.value, x.max, x.comparator]);
    expect(ranged("Zwei bis drei Dutzend Demonstranten wurden festgenommen.", "de")).toEqual([
      ["Zwei bis drei Dutzend Demonstranten", 24, 36, "range"],
    ]);
    expect(ranged("Police held between two and three dozen protesters.", "en")).toEqual([
      ["between two and three dozen protesters", 24, 36, "range"],
    ]);
    expect(ranged("zwischen zehn und zwölf Soldaten", "de")).toEqual([
      ["zwischen zehn und zwölf Soldaten", 10, 12, "range"],
    ]);
  });

  it("reads no quantity from a number too long to be one, as a value or as the end of a range", () => {
    const huge = "9".repeat(400);
    expect(q(`Laut AP wurden ${huge} Soldaten entsandt.`, "de")).toEqual([]);
    expect(q(`Laut AP wurden 5 bis ${huge} Soldaten entsandt.`, "de")).toEqual([]);
    expect(q(`AP said 5 to ${huge} million troops were sent.`, "en")).toEqual([]);
  });

  it("counts the years of a prison term, and no other years", () => {
    const read = (text: string) => q(text, "en").map((x) => [x.text, x.value, x.unit]);
    expect(read("The pair face up to ten years in prison.")).toEqual([["up to ten years", 10, "years"]]);
    expect(read("He was sentenced to 6 years behind bars.")).toEqual([["6 years", 6, "years"]]);
    expect(read("He was sentenced to six years and nine months in prison.")).toEqual([
      ["six years", 6, "years"],
      ["nine months", 9, "months"],
    ]);
    expect(read("The bridge opened 40 years ago.")).toEqual([["40", 40, undefined]]);
    expect(read("She worked there for five years.")).toEqual([]);
  });

  it("reads a year before 'dozen' as a year, and a dozen after a scale as a second scale", () => {
    const read = (text: string, lang: Language) => q(text, lang).map((x) => [x.text, x.value]);
    expect(read("In 2023 dozen protesters were detained.", "en")).toEqual([]);
    expect(read("Im Jahr 2024 Dutzend Demonstranten festgenommen.", "de")).toEqual([]);
    expect(read("The farms sold 3 million dozen eggs.", "en")).toEqual([["3 million dozen eggs", 36e6]]);
    // A count that looks like a year is a count where no word of time comes before it.
    expect(read("The farm sold 2000 dozen eggs.", "en")).toEqual([["2000 dozen eggs", 24000]]);
    expect(read("Die Firma verdiente 2000 Millionen Euro.", "de")).toEqual([["2000 Millionen Euro", 2e9]]);
    // And a year before "millions of", "thousands of", or any scale after "in", "seit", is a year.
    expect(read("In 2022 millions of Ukrainians fled their country.", "en")).toEqual([]);
    expect(read("In 2023 thousands of people fled the region.", "en")).toEqual([]);
    expect(read("Seit 2022 Millionen Menschen geflohen sind, wächst die Not.", "de")).toEqual([]);
    // A small count before "dozen" is still twelve times itself; a range of years is no quantity.
    expect(read("Police held 40 dozen protesters.", "en")).toEqual([["40 dozen protesters", 480]]);
    expect(q("from 2020 to 2024", "en")).toEqual([]);
  });

  it("reads 'gut 2.000' as at least 2,000, and a long run of spaces before a number in linear time", () => {
    expect(q("Gut 2.000 Menschen wurden evakuiert.", "de")).toMatchObject([{ value: 2000, comparator: ">=" }]);
    // The look-behind of "one of a scale" once rescanned the run from each space: seconds for 100,000.
    const long = `x${" ".repeat(100_000)}about 12 people`;
    const started = performance.now();
    expect(q(long, "en")).toMatchObject([{ value: 12, comparator: "~" }]);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it("anchors each quantity at its exact place in the text", () => {
    const text = "Laut AP wurden über 1.000 Soldaten und rund 50 Panzer verlegt.";
    for (const found of q(text, "de")) expect(text.slice(found.start, found.end)).toBe(found.text);
    expect(q(text, "de")).toHaveLength(2);
  });

  it("ignores dates, bare years and times", () => {
    expect(q("Am 3. Oktober 2024 um 10:30 Uhr", "de")).toEqual([]);
    expect(q("since August 2023 on 3 October", "en")).toEqual([]);
    expect(q("published Oct. 25 and signed on March 3, 2021", "en")).toEqual([]);
  });

  it("ignores ordinals and fractions, but not a number after a German month", () => {
    expect(q("the 3rd battalion, the 25th anniversary, a 1-1/2 year war", "en")).toEqual([]);
    expect(q("Im Mai 30 Soldaten verlegt", "de")[0]).toMatchObject({ value: 30, unit: "Soldaten" });
  });

  it("counts the noun a word ending in 's' stands before: measles cases are cases", () => {
    expect(q("The WHO counted 30,000 measles cases last year.", "en")[0]).toMatchObject({ unit: "cases" });
    expect(q("Police closed 20 news sites.", "en")[0]).toMatchObject({ text: "20 news sites", unit: "sites" });
    expect(q("40 troops across the border", "en")[0]).toMatchObject({ text: "40 troops", unit: "troops" });
    expect(q("It keeps 40,000 troops overseas.", "en")[0]).toMatchObject({ text: "40,000 troops", unit: "troops" });
    expect(q("12 barrels westwards", "en")[0]).toMatchObject({ unit: "barrels" });
  });

  it("counts people, not the verb after them", () => {
    expect(q("12 people died", "en")[0]).toMatchObject({ text: "12 people", unit: "people" });
    expect(q("40 soldiers killed", "en")[0]).toMatchObject({ text: "40 soldiers" });
  });

  it("reads what a number counts from a count named before it: a toll, 'die Zahl der …'", () => {
    expect(q("Die Zahl der Todesopfer im Erdbebengebiet ist auf sieben gestiegen.", "de")).toMatchObject([
      { text: "sieben", value: 7, unit: "Todesopfer" },
    ]);
    expect(q("Die Zahl der Verletzten liegt nach Angaben der Feuerwehr bei rund 40.", "de")).toMatchObject([
      { value: 40, comparator: "~", unit: "Verletzten" },
    ]);
    expect(q("The death toll from the landslide rose to nine on Sunday.", "en")).toMatchObject([
      { text: "nine", value: 9, unit: "deaths" },
    ]);
    expect(q("The number of injured climbed to more than 60.", "en")).toMatchObject([
      { value: 60, comparator: ">", unit: "injured" },
    ]);
    // A number with its own noun keeps it; a toll of another kind counts no deaths; a comma ends the count.
    expect(q("The number of flights fell to 300 departures a day.", "en")[0]).toMatchObject({ unit: "departures" });
    expect(q("The financial toll rose to 40.", "en")).toMatchObject([{ value: 40 }]);
    expect(q("The financial toll rose to 40.", "en")[0]!.unit).toBeUndefined();
    expect(q("The toll bridge reopened to traffic at 6.", "en")).toMatchObject([{ value: 6 }]);
    expect(q("The toll bridge reopened to traffic at 6.", "en")[0]!.unit).toBeUndefined();
    expect(q("The death toll rose to 12, and the number of the injured to 40.", "en")).toMatchObject([
      { value: 12, unit: "deaths" },
      { value: 40, unit: "injured" },
    ]);
    expect(q("Die Zahl der Todesopfer stieg auf 12, die Zahl der Verletzten auf 40.", "de")).toMatchObject([
      { value: 12, unit: "Todesopfer" },
      { value: 40, unit: "Verletzten" },
    ]);
    expect(q("Die Zahl der Opfer stieg auf 12, die Warnstufe wurde auf 3 angehoben.", "de")[1]!.unit).toBeUndefined();
  });

  it("offsets quantities found inside a longer text", () => {
    const text = "xxxx über 1.000 Soldaten";
    const [found] = findQuantities(text, 5, text.length, "de");
    expect(text.slice(found!.start, found!.end)).toBe("über 1.000 Soldaten");
  });
});

describe("parseNumber", () => {
  it("reads separators the way each language writes them", () => {
    expect(parseNumber("1.000", "de")).toBe(1000);
    expect(parseNumber("1,000", "en")).toBe(1000);
    expect(parseNumber("3,5", "de")).toBe(3.5);
    expect(parseNumber("3.5", "en")).toBe(3.5);
    expect(parseNumber("1.234.567,89", "de")).toBe(1234567.89);
    expect(parseNumber("1,234,567.89", "en")).toBe(1234567.89);
  });
});

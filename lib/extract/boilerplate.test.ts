import { describe, expect, it } from "vitest";
import { datelineLength, findBoilerplateBlocks, isBoilerplateLine } from "./boilerplate";
import { splitBlocks } from "./segment";

describe("isBoilerplateLine", () => {
  it.each([
    "Folgen Sie uns und erhalten Sie jeden Tag Zugang zu großartigen exklusiven Inhalten",
    "Sign up for our morning briefing",
    "Lesen Sie auch: Nordkorea testet Rakete",
    "Read more: China urges restraint",
    "Foto: dpa",
    "Von Anna Müller und Jan Schmidt",
    "By Jane Doe, Associated Press",
    "Startseite -> Politik -> Ausland",
    "Politik › Ausland › Asien",
    "© dpa-infocom, dpa:241027-99-123",
    "Stand: 27.11.2026 10:34 Uhr",
    "Teilen auf Facebook",
  ])("recognises %j", (line) => expect(isBoilerplateLine(line)).toBe(true));

  it.each([
    "Das südkoreanische Außenministerium erklärte, es prüfe alle Möglichkeiten.",
    "By the end of the year, the army had lost 1,000 soldiers.",
    "Von den 1.000 Soldaten kehrten nur wenige zurück.",
  ])("keeps reporting such as %j", (line) => expect(isBoilerplateLine(line)).toBe(false));
});

describe("findBoilerplateBlocks", () => {
  it("marks lines repeated within the article and teaser headlines after the body", () => {
    const text = [
      "Titel der Meldung",
      "Erster Absatz mit Inhalt.",
      "Abonnieren Sie unseren Podcast über Politik jeden Tag",
      "Zweiter Absatz mit Inhalt.",
      "Abonnieren Sie unseren Podcast über Politik jeden Tag",
      "Teaser eines anderen Artikels",
    ].join("\n");
    const blocks = splitBlocks(text);
    expect([...findBoilerplateBlocks(text, blocks)].sort()).toEqual([2, 4, 5]);
  });

  it("keeps the article's own headline", () => {
    const text = "Titel der Meldung\nErster Absatz mit Inhalt.";
    expect(findBoilerplateBlocks(text, splitBlocks(text)).size).toBe(0);
  });
});

describe("datelineLength", () => {
  it("finds the place and agency that open a wire report", () => {
    const p = "SEOUL, South Korea (AP) — South Korea summoned the ambassador.";
    expect(p.slice(datelineLength(p))).toBe("South Korea summoned the ambassador.");
    expect(datelineLength("BERLIN (dpa) - Die Regierung erklärte …")).toBeGreaterThan(0);
  });

  it("leaves an ordinary sentence with a dash alone", () => {
    expect(datelineLength("Die Regierung – so heißt es – bleibt hart.")).toBe(0);
  });
});

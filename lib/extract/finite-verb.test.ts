import { describe, expect, it } from "vitest";
import { hasFiniteVerb } from "./finite-verb";

describe("hasFiniteVerb", () => {
  it.each([
    "Südkorea fordert Abzug aller nordkoreanischen Truppen aus Russland",
    "Nordkorea hat über 1.000 Soldaten nach Russland geschickt",
    "Wenige Tage zuvor bestätigte der Geheimdienst Südkoreas, dass Nordkorea Soldaten entsandt habe",
    "Russland betrachte Südkorea als seinen Zugang zum Pazifik",
    "Laut NIS entsandte Nordkorea Truppen",
    "Moskau sich zunehmend Pjöngjang zuwendet",
    "Es gab einen bedeutenden Import- und Exportaustausch",
    "Nach Angaben der Nachrichtenagentur versprach der Präsident eine Delegation",
  ])("finds the verb in the German statement %j", (text) => {
    expect(hasFiniteVerb(text, "de")).toBe(true);
  });

  it.each([
    "Nach Angaben des NIS",
    "Über 1.000 Soldaten",
    "Mehr als 1.000 nordkoreanische Soldaten",
    "Die entsandten Soldaten",
    "1.000 neue Soldaten aus Nordkorea",
    "Laut AP",
  ])("finds none in the German fragment %j", (text) => {
    expect(hasFiniteVerb(text, "de")).toBe(false);
  });

  it.each([
    "North Korea sent 1,000 troops to Russia",
    "Officials say the troops arrived in October",
    "Seoul summons the Russian ambassador",
    "The ministry confirmed the report",
    "Troops were moved to the border",
    "It's the largest deployment yet",
    "The two Koreas remain technically at war",
  ])("finds the verb in the English statement %j", (text) => {
    expect(hasFiniteVerb(text, "en")).toBe(true);
  });

  it.each([
    "1,000+ troops",
    "According to the NIS",
    "Russian troops in Ukraine",
    "The armed forces of North Korea",
    "More than 1,000 claims",
  ])("finds none in the English fragment %j", (text) => {
    expect(hasFiniteVerb(text, "en")).toBe(false);
  });
});

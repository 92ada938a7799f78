import { describe, expect, it } from "vitest";
import { extractClaims } from "../../extract-claims";
import { germanNominative } from "./nominative";

describe("a German body's name in the nominative", () => {
  it.each([
    ["des Deutschen Wetterdienstes", "Deutscher Wetterdienst"],
    ["dem Deutschen Wetterdienst", "Deutscher Wetterdienst"],
    ["der Deutsche Wetterdienst", "Deutscher Wetterdienst"],
    ["vom Statistischen Landesamt", "Statistisches Landesamt"],
    ["das Sächsische Staatsministerium für Kultus", "Sächsisches Staatsministerium für Kultus"],
    ["des Instituts für Seeverkehrswirtschaft und Logistik", "Institut für Seeverkehrswirtschaft und Logistik"],
    ["des Verbandes Deutscher Reeder", "Verband Deutscher Reeder"],
    ["eines Komitees", "Komitee"],
    ["des Internationalen Währungsfonds", "Internationaler Währungsfonds"],
    ["der Hessischen Landesbank", "Hessische Landesbank"],
    ["von der Europäischen Zentralbank", "Europäische Zentralbank"],
    ["des ukrainischen Geheimdienstes", "ukrainischer Geheimdienst"],
    ["des Kieler Instituts", "Kieler Institut"],
    ["des Bundes der Steuerzahler", "Bund der Steuerzahler"],
    ["des Landkreises Harburg", "Landkreis Harburg"],
    ["des Robert Koch-Instituts", "Robert Koch-Institut"],
  ])("reads %j as %j", (mention, name) => {
    expect(germanNominative(mention)).toBe(name);
  });

  it.each([
    // No case to read, or no head it knows: a person, a plural, a name of its own.
    ["Anna Müller"],
    ["der Vereinten Nationen"],
    ["des Präsidenten"],
    ["die Grünen"],
    // A body after another noun is that noun's: the bank's chief, the institute's poll.
    ["dem Chef der Deutschen Bank"],
    ["des Vorsitzenden des Deutschen Mieterbundes"],
    ["einer Umfrage des Instituts Forsa"],
  ])("leaves %j to the rules after it", (mention) => {
    expect(germanNominative(mention)).toBeNull();
  });

  it("makes one source of a body the article names in two cases, typed by what it is", () => {
    const text =
      "Nach Angaben des Landesumweltamts Brandenburg sind 40 Seen betroffen. " +
      "Das Landesumweltamt Brandenburg warnte vor dem Baden. " +
      "Laut einer Schätzung des Verbandes Märkischer Fischer sterben 20 Tonnen Fisch. " +
      "Der Verband Märkischer Fischer fordert Hilfen.";
    const sources = extractClaims(text, { language: "de" }).sources;
    expect(sources.map((s) => [s.name, s.type])).toEqual([
      ["Landesumweltamt Brandenburg", "government"],
      ["Verband Märkischer Fischer", "organization"],
    ]);
  });
});

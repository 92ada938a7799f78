import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims";

const kindOf = (text: string, lang: "de" | "en") => extractClaims(text, { language: lang }).sentences[0]!.kind;
const hedgedOf = (text: string, lang: "de" | "en") => extractClaims(text, { language: lang }).claims[0]!.hedged;

describe("claim kind", () => {
  it.each<[string, "de" | "en", string]>([
    ["Dies würde die Spannungen verschärfen.", "de", "opinion"],
    ["Sollten diese Informationen zutreffen, wäre Nordkorea das erste Drittland.", "de", "opinion"],
    ["Das ist leider ein schwerer Fehler der Regierung.", "de", "opinion"],
    ["Nordkorea hat 1.000 Soldaten nach Russland geschickt.", "de", "claim"],
    ["This would be a disaster for the region.", "en", "opinion"],
    ["North Korea sent 1,000 troops to Russia in October.", "en", "claim"],
    ["Will the war end this year?", "en", "question"],
  ])("classifies %j as %s", (text, lang, kind) => {
    expect(kindOf(text, lang)).toBe(kind);
  });

  it("yields no claim from a question", () => {
    expect(extractClaims("Wann endet der Krieg?", { language: "de" }).claims).toEqual([]);
  });

  it("keeps an attributed opinion as a checkable claim (that the source said it)", () => {
    const result = extractClaims("Rutte sagte, dies würde eine schwere Eskalation bedeuten.", { language: "de" });
    expect(result.claims[0]!.kind).toBe("claim");
  });
});

describe("hedged flag", () => {
  it.each<[string, "de" | "en", boolean]>([
    ["Der Minister soll das Land verlassen haben.", "de", true],
    ["Angeblich wurden Waffen geliefert.", "de", true],
    // Konjunktiv I reports speech; it does not qualify the claim's truth (issue 16, class 12).
    ["Laut AP sei die Lage ernst.", "de", false],
    ["Der Minister sagte, Nordkorea habe Truppen entsandt.", "de", false],
    ["Nordkorea könnte weitere Truppen schicken.", "de", true],
    ["Berichten zufolge wurden Waffen geliefert.", "de", true],
    ["North Korea could send more troops.", "en", true],
    ["According to media reports, weapons were delivered.", "en", true],
    ["Die Regierung hat den Botschafter einbestellt.", "de", false],
    ["Troops were reportedly moved to the border.", "en", true],
    ["The minister allegedly took bribes.", "en", true],
    ["The minister resigned on Monday.", "en", false],
    // "sollen" as a plan is no hearsay: a passive plan with a time ahead.
    ["Die Gespräche sollen am Montag in Genf fortgesetzt werden.", "de", false],
    ["Die Brücke soll im kommenden Jahr eröffnet werden.", "de", false],
    // As hearsay it stays a hedge, a passive, a time ahead or neither.
    ["Der Täter soll aus Syrien stammen.", "de", true],
    ["In dem Lager sollen Tausende Gefangene festgehalten werden.", "de", true],
    ["Der Minister soll morgen zurücktreten wollen.", "de", true],
    ["Der Minister soll im nächsten Monat zurückgetreten sein.", "de", true],
    ["Die Soldaten sollen bei dem Angriff getötet worden sein.", "de", true],
  ])("is %s for %j", (text, lang, hedged) => {
    expect(hedgedOf(text, lang)).toBe(hedged);
  });
});

describe("atomic claims", () => {
  it("splits coordinated main clauses with their own subject and verb", () => {
    const text = "Seoul rückte näher an Kiew heran, während Moskau sich zunehmend Pjöngjang zuwendet.";
    const claims = extractClaims(text, { language: "de" }).claims;
    expect(claims.map((c) => c.quote)).toEqual([
      "Seoul rückte näher an Kiew heran",
      "Moskau sich zunehmend Pjöngjang zuwendet.",
    ]);
  });

  it("does not split nouns joined by 'und'", () => {
    const text = "Die Zusammenarbeit zwischen Moskau und Pjöngjang stelle keine Bedrohung dar.";
    expect(extractClaims(text, { language: "de" }).claims).toHaveLength(1);
  });

  it("does not split two names joined by 'und' before the rest of their clause", () => {
    // After a subject a German main clause has its verb; a determiner or "nicht" there means "und" joined nouns.
    for (const text of [
      "Nach Angaben der Polizei wurden an den Bahnhöfen Altona und Dammtor keine Züge abgefertigt.",
      "Laut Betreiber wurden in den Werken Emden und Kassel keine Autos gebaut.",
      "In den Kliniken Nord und Süd wurden diese Eingriffe verschoben.",
    ])
      expect(extractClaims(text, { language: "de" }).claims.map((c) => c.quote)).toHaveLength(1);
    // Two clauses still part.
    const two = "Die Polizei sperrte den Bahnhof Altona, und Dammtor blieb geschlossen.";
    expect(extractClaims(two, { language: "de" }).claims).toHaveLength(2);
  });

  it("splits English clauses joined by ', and' and 'while'", () => {
    const text = "Russia denied the reports, and the Kremlin called them lies.";
    expect(extractClaims(text, { language: "en" }).claims).toHaveLength(2);
  });
});

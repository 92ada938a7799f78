import { describe, expect, it } from "vitest";
import { extractClaims } from "../extract-claims";
import { sourcesOf } from "./sources-of.test-support";

const names = (text: string, phrase: string, lang: "de" | "en") => sourcesOf(text, phrase, lang).map((s) => s.name);

describe("German attribution", () => {
  it.each([
    ["Laut Reuters stieg die Zahl der Opfer.", "Reuters", "Laut"],
    ["AP News zufolge traf sich der Minister mit dem Botschafter.", "Associated Press", "zufolge"],
    ["Nach Angaben des Statistischen Bundesamtes stiegen die Preise.", "Statistisches Bundesamt", "nach Angaben"],
    [
      "Wie die Nachrichtenagentur dpa berichtete, wurde der Botschafter einbestellt.",
      "Deutsche Presse-Agentur",
      "wie … berichtete",
    ],
    ["Die Preise stiegen um vier Prozent, so das Ifo-Institut.", "ifo Institut", "so"],
    ["Die Bundesregierung sagte, sie prüfe alle Optionen.", "German government", "sagte"],
    ["Am Montag bestätigte der Bundesnachrichtendienst die Angaben.", "Bundesnachrichtendienst", "bestätigte"],
    ["Das Treffen wurde vom Weißen Haus bestätigt.", "White House", "vom … bestätigt"],
    ["Das Bundesinnenministerium teilte am Montag mit, es werde nicht nachgeben.", "Bundesinnenministerium", "teilte"],
  ])("attributes %j", (text, name, cue) => {
    const [source] = sourcesOf(text, text.slice(0, 12), "de");
    expect(source).toMatchObject({ name, cue, resolution: "explicit" });
  });

  // Found by the 10k-article bench archive: 4,300 "sources" named "842 Festnahmen" and the like.
  it("takes a subject placed by 'in' before the verb, and never a counted object after it", () => {
    const text = "Die Behörden in Seoul bestätigten 842 Festnahmen, so dpa.";
    expect(sourcesOf(text, "Behörden", "de").map((s) => [s.name, s.mention])).toEqual([
      ["South Korean government", "Die Behörden in Seoul"],
      ["Deutsche Presse-Agentur", "dpa"],
    ]);
    expect(names("Gestern bestätigten 842 Festnahmen die Lage.", "Festnahmen", "de")).toEqual([]);
  });

  it("links relay and origin for 'unter Berufung auf'", () => {
    const text = "Yonhap berichtete unter Berufung auf den Geheimdienst Südkoreas, Nordkorea habe Truppen entsandt.";
    const sources = sourcesOf(text, "Yonhap", "de");
    expect(sources.find((s) => s.name === "National Intelligence Service (South Korea)")).toMatchObject({
      role: "origin",
    });
    expect(sources.find((s) => s.name === "Yonhap")).toMatchObject({
      role: "relay",
      relayOf: "National Intelligence Service (South Korea)",
    });
  });

  it("takes the subject as its own source with 'eigenen Angaben zufolge'", () => {
    const text = "Der Konzern Siemens hat eigenen Angaben zufolge 500 Stellen gestrichen.";
    expect(names(text, "Siemens", "de")).toEqual(["Siemens"]);
  });

  it("carries an attribution forward through Konjunktiv I in the next paragraph", () => {
    const text = "Der Minister Hans Weber sagte, die Lage sei ernst.\nDie Armee habe keine Reserven mehr.";
    expect(sourcesOf(text, "Die Armee", "de")[0]).toMatchObject({ name: "Hans Weber", resolution: "continuation" });
  });

  it("stops carrying an attribution at a plainly authorial sentence in a new paragraph", () => {
    const text = "Der Minister Hans Weber sagte, die Lage sei ernst.\nDie Armee hat im Juni neue Panzer bekommen.";
    expect(names(text, "Die Armee", "de")).toEqual([]);
  });

  it("reports a description it cannot resolve as unresolved instead of guessing", () => {
    const text =
      "Laut The Guardian erwägt Seoul Waffenlieferungen. Nach Angaben der Nachrichtenagentur versprach Yoon Hilfe.";
    expect(sourcesOf(text, "Yoon", "de")[0]).toMatchObject({
      resolution: "unresolved",
      mention: "der Nachrichtenagentur",
      type: "news_agency",
    });
  });

  it("reads a body every story has, named by its kind alone, as the article's own, never a newsroom's entry", () => {
    // "die Polizei" of one story is not the police of another: a registry entry would make them one source.
    for (const [text, phrase] of [
      ["Laut Polizei wurden vier Menschen verletzt.", "vier Menschen"],
      ["Die Feuerwehr teilte mit, der Brand sei gelöscht.", "Brand"],
      ["Nach Angaben der Küstenwache sank das Boot am Morgen.", "Boot"],
    ] as const)
      expect(sourcesOf(text, phrase, "de")[0]).toMatchObject({ resolution: "unresolved", type: "government" });
    const newsroomHas = { registry: [{ name: "Polizei", type: "government" as const, aliases: ["Polizei"] }] };
    const [police] = extractClaims("Laut Polizei wurden vier Menschen verletzt.", { language: "de", ...newsroomHas })
      .claims[0]!.sources;
    expect(police).toMatchObject({ name: "Polizei", resolution: "unresolved" });
    // A name holds it: the police named before are who "die Polizei" is; a body with a name of its own is named.
    expect(
      sourcesOf(
        "Die Berliner Polizei teilte mit, die Straße sei gesperrt. Laut Polizei wurden vier Menschen verletzt.",
        "vier",
        "de",
      )[0],
    ).toMatchObject({ name: "Berliner Polizei", resolution: "coreference" });
    expect(sourcesOf("Laut Bundespolizei wurden vier Menschen verletzt.", "vier", "de")[0]).toMatchObject({
      name: "Bundespolizei",
      resolution: "explicit",
    });
    // German writes which police in lower case: still a name. "Örtlich" says only that it is the story's own.
    expect(
      sourcesOf("Nach Angaben der bayerischen Polizei wurden vier Menschen verletzt.", "vier", "de")[0],
    ).toMatchObject({
      name: "Bayerische Polizei",
      resolution: "explicit",
    });
    expect(
      sourcesOf("Nach Angaben der örtlichen Polizei wurden vier Menschen verletzt.", "vier", "de")[0],
    ).toMatchObject({
      name: "Polizei",
      resolution: "unresolved",
    });
  });

  it("uses the headline colon as attribution", () => {
    const text = "Regierung: Keine Hinweise auf weitere Spione\nDer Text folgt hier.";
    expect(names(text, "Keine Hinweise", "de")).toEqual(["Regierung"]);
  });

  it("does not treat 'Es gab …' as an attribution", () => {
    expect(names("Es gab einen bedeutenden Austausch.", "Es gab", "de")).toEqual([]);
  });
});

describe("English attribution", () => {
  it.each([
    ["According to the Pentagon, 10,000 troops are in Kursk.", "Pentagon", "according to"],
    ["North Korea sent troops, the Pentagon said.", "Pentagon", "said"],
    ['"We will respond," said Lloyd Austin.', "Lloyd Austin", "said"],
    ["The BBC reported that talks had failed.", "BBC", "reported"],
    ["The plan was confirmed by NATO on Monday.", "NATO", "confirmed by"],
    ["Turnout fell sharply, per Politico.", "Politico", "per"],
    ["Kim Hong Kyun, the vice foreign minister, said the talks were frank.", "Kim Hong Kyun", "said"],
  ])("attributes %j", (text, name, cue) => {
    const [source] = sourcesOf(text, text.slice(0, 12), "en");
    expect(source).toMatchObject({ name, cue });
  });

  it("reads the police, the coast guard or the fire service of a story as the article's own, unless named", () => {
    for (const text of [
      "Four people were injured, police said.",
      "Four people were injured, the coast guard said.",
      "Four people were injured, according to the fire service.",
      "Four people were injured, prosecutors said.",
    ])
      expect(sourcesOf(text, "Four", "en")[0]).toMatchObject({ resolution: "unresolved", type: "government" });
    expect(sourcesOf("Four people were injured, the Greek coast guard said.", "Four", "en")[0]).toMatchObject({
      name: "Greek coast guard",
      resolution: "explicit",
    });
    // The police are not the government named before them.
    const text = "The German government sent help, it said. Four people were injured, police said.";
    expect(sourcesOf(text, "Four", "en")[0]).toMatchObject({ name: "Police", resolution: "unresolved" });
  });

  it("resolves 'he' to the person named before it", () => {
    const text = "Defense Secretary Lloyd Austin spoke on Monday. He said the troops were ready.";
    expect(sourcesOf(text, "He said", "en")[0]).toMatchObject({ name: "Lloyd Austin", resolution: "coreference" });
  });

  it("leaves 'he' unresolved when no person was named", () => {
    expect(sourcesOf("He said the troops were ready.", "He said", "en")[0]).toMatchObject({ resolution: "unresolved" });
  });

  it("resolves 'the agency' to the nearest news agency, not a newspaper named later", () => {
    const text = "Reuters reported the deal. The New York Times said so too. The agency said talks continue.";
    expect(sourcesOf(text, "The agency", "en")[0]).toMatchObject({ name: "Reuters", resolution: "coreference" });
  });

  it("does not read 'the reports' or 'claims' as verbs of saying", () => {
    expect(names("If the reports are accurate, the war will last.", "If the", "en")).toEqual([]);
  });
});

describe("why a source was found", () => {
  it.each<[string, "de" | "en", string, string]>([
    ["AP News zufolge traf sich der Minister mit dem Botschafter.", "de", "according_to", "de.zufolge"],
    ["„Wir prüfen alles“, sagte der Sprecher des Ministeriums.", "de", "verb", "de.speech-verb.inverted"],
    ["Das Treffen wurde vom Weißen Haus bestätigt.", "de", "passive", "de.passive-von"],
    ["Regierung: Keine Hinweise auf weitere Spione", "de", "headline", "de.headline-colon"],
    ["North Korea sent troops, the Pentagon said.", "en", "verb", "en.speech-verb.subject-first"],
    ["According to the Pentagon, 10,000 troops are in Kursk.", "en", "according_to", "en.according-to"],
    ["The ministry issued a statement on Monday, saying the talks had failed.", "en", "participle", "en.participle"],
  ])("records the kind of cue and the rule for %j", (text, lang, cueKind, rule) => {
    const [source] = sourcesOf(text, text.slice(0, 12), lang);
    expect(source).toMatchObject({ cueKind, rule });
  });

  it("marks the cited origin by its cue kind, whatever the language calls it", () => {
    const text = "AP, citing South Korea's intelligence service, reported that troops had arrived.";
    const sources = sourcesOf(text, "AP", "en");
    expect(sources.map((s) => [s.name, s.cueKind, s.role]).sort()).toEqual([
      ["Associated Press", "verb", "relay"],
      ["National Intelligence Service (South Korea)", "citing", "origin"],
    ]);
  });
});

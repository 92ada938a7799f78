import { describe, expect, it } from "vitest";
import { foldWord, foldWords } from "./fold-word";
import { VOCABULARIES } from "./vocabulary";
import { ENGLISH_SAME, GERMAN_TO_ENGLISH, WORD_TABLE } from "./word-translations";

/**
 * Words of the news as German and English articles write them, each German form beside the English one a
 * translation would use. Written for this test from the vocabulary of each beat, not from any evaluation set: two
 * claims on one story in the two languages meet on these words when the lexicon has no event for them.
 */
const SAME_WORD: [german: string, english: string][] = [
  // Diplomacy and politics
  ["Verhandlungen", "negotiations"],
  ["verhandelt", "negotiated"],
  ["Waffenruhe", "ceasefire"],
  ["Waffenstillstand", "ceasefire"],
  ["Frieden", "peace"],
  ["Friedensgespräche", "peace"],
  ["Gespräche", "talks"],
  ["Beziehungen", "relations"],
  ["Botschafter", "ambassador"],
  ["Verteidigungsminister", "defence"],
  ["Innenministerium", "interior"],
  ["Finanzminister", "finance"],
  ["Präsidentschaftswahl", "presidential"],
  ["Vorwürfe", "allegations"],
  ["beschuldigt", "accused"],
  ["Kundgebung", "rally"],
  ["Unterstützung", "support"],
  ["unterstützt", "supported"],
  ["Waffen", "weapons"],
  ["Waffenlieferungen", "weapons"],
  ["Flüchtlinge", "refugees"],
  ["Geflüchtete", "refugees"],
  ["geflohen", "fled"],
  ["Vertriebene", "displaced"],
  ["Einigung", "agreement"],
  ["geeinigt", "agreed"],
  ["vereinbart", "agreed"],
  ["gescheitert", "failed"],
  ["Drohung", "threat"],
  ["gedroht", "threatened"],
  ["aufgehoben", "lifted"],
  ["gelockert", "eased"],
  ["verschärft", "tightened"],
  ["Mehrheit", "majority"],
  ["Misstrauensvotum", "confidence"],
  ["Staatschef", "leader"],
  ["Regierungschef", "leader"],
  ["Anhänger", "supporters"],
  ["Gegner", "opponents"],
  // Conflict
  ["Angriff", "attack"],
  ["Angriffe", "attacks"],
  ["angegriffen", "attacked"],
  ["Anschlag", "attack"],
  ["getötet", "killed"],
  ["Verwundete", "wounded"],
  ["Soldaten", "soldiers"],
  ["Truppen", "troops"],
  ["Kämpfe", "fighting"],
  ["Kämpfer", "fighters"],
  ["Drohnen", "drones"],
  ["Luftabwehr", "defence"],
  ["abgeschossen", "shot"],
  ["Rückzug", "withdrawal"],
  ["zurückgezogen", "withdrew"],
  ["Kriegsverbrechen", "crimes"],
  ["Stützpunkt", "base"],
  ["Kriegsschiff", "warship"],
  ["Atomwaffen", "nuclear"],
  // Economy and business
  ["Defizit", "deficit"],
  ["Überschuss", "surplus"],
  ["Anleihen", "bonds"],
  ["Währung", "currency"],
  ["Lebensmittel", "food"],
  ["Nahrungsmittel", "food"],
  ["Baugenehmigungen", "permits"],
  ["Einzelhandel", "retail"],
  ["Übernachtungen", "overnight"],
  ["Entlassungen", "layoffs"],
  ["Standort", "site"],
  ["Aufträge", "orders"],
  ["Bestellungen", "orders"],
  ["Rohöl", "crude"],
  ["Vorstand", "board"],
  ["Vorstandschef", "executive"],
  ["Gründer", "founder"],
  ["Anteil", "share"],
  ["reduziert", "reduced"],
  ["Gewinnwarnung", "profit"],
  ["Fusion", "merger"],
  ["Versicherer", "insurers"],
  ["Versicherung", "insurance"],
  // Disasters and weather
  ["Niederschlag", "rainfall"],
  ["Regenfälle", "rain"],
  ["Starkregen", "rain"],
  ["Orkan", "storm"],
  ["Wirbelsturm", "storm"],
  ["Nachbeben", "aftershock"],
  ["Vulkan", "volcano"],
  ["Trümmer", "rubble"],
  ["verschüttet", "buried"],
  ["eingeschlossen", "trapped"],
  ["Notstand", "emergency"],
  ["Katastrophe", "disaster"],
  ["Schäden", "damage"],
  ["Stromausfall", "outage"],
  ["Vereinten", "United"],
  ["Vereinigten", "United"],
  ["Pegel", "level"],
  ["Temperaturen", "temperatures"],
  // Justice and crime
  ["Prozess", "trial"],
  ["Verfahren", "proceedings"],
  ["Berufung", "appeal"],
  ["Bewährung", "probation"],
  ["Anwalt", "lawyer"],
  ["Ermittler", "investigators"],
  ["Festnahme", "arrest"],
  ["Durchsuchung", "search"],
  ["Beweise", "evidence"],
  ["Verbrechen", "crime"],
  ["Straftaten", "crimes"],
  ["Attentäter", "attacker"],
  ["Gefängnis", "prison"],
  // Health
  ["Intensivstation", "intensive"],
  ["Todesfälle", "deaths"],
  ["Zulassung", "approval"],
  ["zugelassen", "approved"],
  ["Nebenwirkungen", "side"],
  ["Wirkstoff", "drug"],
  ["Ansteckung", "infection"],
  // Technology
  ["Cyberangriff", "cyberattack"],
  ["Datenleck", "breach"],
  ["Sicherheitslücke", "vulnerability"],
  ["Konten", "accounts"],
  ["Kartellbehörde", "antitrust"],
  ["Wettbewerb", "competition"],
  ["Urheberrecht", "copyright"],
  ["Rechenzentrum", "data"],
  // Climate and energy
  ["Klimaziel", "climate"],
  ["Kohleausstieg", "coal"],
  ["Atomausstieg", "nuclear"],
  ["Gasspeicher", "storage"],
  ["Strompreise", "power"],
  ["Solaranlagen", "solar"],
  // Transport
  ["Ausfälle", "cancellations"],
  ["Flugverkehr", "flights"],
  ["Tempolimit", "speed"],
  // Migration
  ["Asylanträge", "asylum"],
  ["Anträge", "applications"],
  ["Grenzkontrollen", "border"],
  ["Unterkunft", "shelter"],
  ["Mittelmeer", "Mediterranean"],
  ["Boot", "boat"],
  ["ertrunken", "drowned"],
  ["gekentert", "capsized"],
  // What happens, in any beat
  ["begonnen", "began"],
  ["beendet", "ended"],
  ["erreicht", "reached"],
  ["überschritten", "exceeded"],
  ["übertroffen", "exceeded"],
  ["geschätzt", "estimated"],
  ["betroffen", "affected"],
  ["eingesetzt", "deployed"],
  ["geschickt", "sent"],
  ["geliefert", "delivered"],
  ["verkauft", "sold"],
  ["gekauft", "bought"],
  ["übernommen", "acquired"],
  ["gegründet", "founded"],
  ["verlassen", "left"],
  ["zurückgekehrt", "returned"],
  ["eingetroffen", "arrived"],
  ["angekommen", "arrived"],
  ["ausgeweitet", "expanded"],
  ["erweitert", "expanded"],
  ["verzögert", "delayed"],
  ["dementiert", "denied"],
  ["bestritten", "denied"],
  ["zugegeben", "admitted"],
  ["verteilt", "distributed"],
  ["verhindert", "prevented"],
  ["gerettet", "rescued"],
  // People
  ["Mädchen", "girls"],
  ["Angehörige", "relatives"],
  ["Gewerkschafter", "unionists"],
];

/**
 * German words that only start like, or end like, a word the table knows, each with the English word it must not be
 * read as: a key is a start of words and a compound's last part, so each of these once went wrong or nearly did.
 */
const NOT_THE_WORD: [german: string, english: string][] = [
  ["vereinbart", "club"],
  ["Vereinten", "club"],
  ["Atomausstieg", "rose"],
  ["Friedensprozess", "trial"],
  ["unzufrieden", "peace"],
  ["Wiedervereinigung", "agreement"],
  ["beziehungsweise", "relations"],
  ["Anteilnahme", "share"],
  ["Niederschlagung", "rainfall"],
  ["Kernfusion", "merger"],
  ["Luftwaffe", "weapons"],
  ["Waffel", "weapons"],
  ["vergleichen", "body"],
  ["Rückführung", "leadership"],
  ["abzugeben", "withdrawal"],
  ["überreden", "speech"],
  ["Stalingrad", "degrees"],
  ["Stromausfälle", "cancellations"],
  ["versicherte", "insurance"],
  // A verb's own "-ten" is no past tense of a noun's key; a compound's longest last part is the one it ends in.
  ["halten", "pay"],
  ["bieten", "area"],
  ["richtet", "court"],
  ["Einkommensteuer", "expensive"],
  ["Schneesturm", "tower"],
];

describe("the translation table", () => {
  it("puts the words of every beat as German writes them into the English a translation would use", () => {
    const differ = SAME_WORD.filter(([de, en]) => !foldWords(de, "de").includes(foldWord(en, "en")));
    expect(differ).toEqual([]);
  });

  it("does not read a word as one it only starts or ends like", () => {
    const misread = NOT_THE_WORD.filter(([de, en]) => foldWords(de, "de").includes(foldWord(en, "en")));
    expect(misread).toEqual([]);
  });
});

/**
 * Each beat's vocabulary, as German and English news write one thing: a German word against the English a translation
 * would use, and two English words one outlet or the other writes. Written for this test, not from any evaluation set.
 */
const BEAT_WORDS: [word: string, language: "de" | "en", english: string][] = [
  // Conflict
  ["Hubschrauber", "de", "helicopters"],
  ["Geiseln", "de", "hostages"],
  ["Waffenlieferung", "de", "weapons"],
  ["Luftangriffe", "de", "airstrikes"],
  // Politics and law
  ["Veruntreuung", "de", "embezzlement"],
  ["Bestechung", "de", "bribery"],
  ["Haftbefehl", "de", "warrant"],
  ["investigators", "en", "inquiry"],
  ["detained", "en", "arrested"],
  // Economy
  ["Entlassungen", "de", "layoffs"],
  ["Stromversorger", "de", "power"],
  ["Erlöse", "de", "revenue"],
  ["Erlös", "de", "revenue"],
  ["freight", "en", "cargo"],
  // Society and science
  ["Feuerwehr", "de", "firefighters"],
  ["Nebel", "de", "fog"],
  ["Stadion", "de", "stadium"],
  ["Krankenhäuser", "de", "hospitals"],
  ["blaze", "en", "fire"],
  // Words of every beat, and a weak verb's past tense by the participle the table writes
  ["verdoppelt", "de", "doubled"],
  ["schickte", "de", "sent"],
  ["verkauften", "de", "sold"],
  ["Bundesheer", "de", "military"],
  ["Einkommensteuer", "de", "tax"],
  ["Schneesturm", "de", "storm"],
  ["gehalten", "de", "held"],
  ["Stadtverwaltung", "de", "administration"],
  ["Bewohner", "de", "residents"],
];

describe("the vocabularies of each beat", () => {
  it("put each beat's words, in either language, into the word the other outlet writes", () => {
    const differ = BEAT_WORDS.filter(([word, language, en]) => !foldWords(word, language).includes(foldWord(en, "en")));
    expect(differ).toEqual([]);
  });

  it("hold each German key once, as the start of a word in lower case, and one English word for it", () => {
    const keys = [...WORD_TABLE, ...VOCABULARIES.flatMap((v) => v.german)].map(([de]) => de);
    expect(keys.filter((key, i) => keys.indexOf(key) !== i)).toEqual([]);
    expect(GERMAN_TO_ENGLISH.size).toBe(keys.length);
    // Shorter keys are never looked up (fold-word.ts): each would be a word that starts too many others.
    expect(keys.filter((key) => !/^[a-zäöüß]{4,}$/.test(key))).toEqual([]);
    expect([...GERMAN_TO_ENGLISH.values()].filter((en) => !/^[a-z]+$/.test(en))).toEqual([]);
  });

  it("make an English word one with another only once, never one with itself or with a word made one with a third", () => {
    const words = VOCABULARIES.flatMap((v) => v.english.map(([word]) => word));
    expect(words.filter((word, i) => words.indexOf(word) !== i)).toEqual([]);
    const chained = [...ENGLISH_SAME].filter(([word, same]) => word === same || ENGLISH_SAME.has(same));
    expect(chained).toEqual([]);
  });
});

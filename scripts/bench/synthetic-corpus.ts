/**
 * A synthetic newsroom archive for benchmarks: German and English articles written from sentence templates with
 * varied sources (agencies, newspapers, think tanks, services, officials), attribution cues, quantities, places,
 * opinions and site boilerplate. Seeded: the same seed gives the same corpus. Not copies of one text: every article
 * is drawn afresh, so the extractor and the database see realistic variety.
 */

/** mulberry32: a small, fast, seedable generator (Math.random cannot be seeded). */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SOURCES = {
  de: [
    "AP",
    "Reuters",
    "dpa",
    "AFP",
    "der BBC",
    "dem Guardian",
    "CSIS",
    "dem südkoreanischen Geheimdienst NIS",
    "der New York Times",
    "dem Kreml",
    "dem Pentagon",
    "der Nachrichtenagentur Yonhap",
  ],
  en: [
    "AP",
    "Reuters",
    "AFP",
    "the BBC",
    "The Guardian",
    "CSIS",
    "South Korea's NIS",
    "The New York Times",
    "the Kremlin",
    "the Pentagon",
    "Yonhap",
    "Al Jazeera",
  ],
};
const PEOPLE = {
  de: [
    "Außenministerin Annalena Baerbock",
    "NATO-Generalsekretär Mark Rutte",
    "Präsident Yoon Suk Yeol",
    "Kremlsprecher Dmitri Peskow",
    "Verteidigungsminister Boris Pistorius",
    "der Bürgermeister",
  ],
  en: [
    "Secretary of State Antony Blinken",
    "NATO Secretary General Mark Rutte",
    "President Yoon Suk Yeol",
    "Kremlin spokesman Dmitry Peskov",
    "Defence Secretary John Healey",
    "the mayor",
  ],
};
const PLACES = {
  de: ["Seoul", "Moskau", "Kiew", "Berlin", "Pjöngjang", "Brüssel", "Washington", "Peking", "Kursk", "Busan"],
  en: ["Seoul", "Moscow", "Kyiv", "Berlin", "Pyongyang", "Brussels", "Washington", "Beijing", "Kursk", "Busan"],
};
const THINGS = {
  de: ["Soldaten", "Drohnen", "Raketen", "Flüchtlinge", "Panzer", "Diplomaten", "Arbeiter", "Gefangene"],
  en: ["soldiers", "drones", "missiles", "refugees", "tanks", "diplomats", "workers", "prisoners"],
};

type Lang = "de" | "en";
type Pick = <T>(list: readonly T[]) => T;

const SENTENCES: Record<Lang, ((p: Pick, n: () => number) => string)[]> = {
  de: [
    (p, n) => `Laut ${p(SOURCES.de)} wurden mehr als ${n()} ${p(THINGS.de)} nach ${p(PLACES.de)} verlegt.`,
    (p, n) => `${p(SOURCES.de)} zufolge stieg die Zahl der ${p(THINGS.de)} um ${1 + (n() % 89)} Prozent.`,
    (p) =>
      `Wie ${p(SOURCES.de)} berichtete, traf sich ${p(PEOPLE.de)} am Dienstag in ${p(PLACES.de)} mit Vertretern der Regierung.`,
    (p) => `${p(PEOPLE.de)} sagte, die Lage in ${p(PLACES.de)} sei „äußerst angespannt“.`,
    (p, n) => `Die Behörden in ${p(PLACES.de)} bestätigten ${n()} Festnahmen, so ${p(SOURCES.de)}.`,
    (p, n) => `Nach Angaben von ${p(SOURCES.de)} kostete das Programm rund ${n()} Millionen Euro.`,
    (p) => `${p(PEOPLE.de)} erklärte, man prüfe alle Möglichkeiten.`,
    (p) => `Es wäre ein schwerer Fehler, jetzt nachzugeben, meinen Beobachter in ${p(PLACES.de)}.`,
    (p) => `Das ist ein wichtiger Schritt für ${p(PLACES.de)}.`,
    (p, n) => `Seit Jahresbeginn kamen ${n()} ${p(THINGS.de)} an.`,
    (p) => `Der Botschafter wurde ins Außenministerium in ${p(PLACES.de)} einbestellt.`,
    (p, n) => `Ein Sprecher von ${p(SOURCES.de)} sagte, es seien mindestens ${n()} Menschen betroffen.`,
  ],
  en: [
    (p, n) => `According to ${p(SOURCES.en)}, more than ${n()} ${p(THINGS.en)} were moved to ${p(PLACES.en)}.`,
    (p, n) => `The number of ${p(THINGS.en)} rose by ${1 + (n() % 89)} percent, ${p(SOURCES.en)} reported.`,
    (p) => `${p(PEOPLE.en)} met government officials in ${p(PLACES.en)} on Tuesday, ${p(SOURCES.en)} said.`,
    (p) => `${p(PEOPLE.en)} said the situation in ${p(PLACES.en)} was "extremely tense".`,
    (p, n) => `Authorities in ${p(PLACES.en)} confirmed ${n()} arrests, according to ${p(SOURCES.en)}.`,
    (p, n) => `The programme cost about ${n()} million dollars, ${p(SOURCES.en)} said.`,
    (p) => `${p(PEOPLE.en)} said all options were being considered.`,
    (_p) => `It would be a grave mistake to give in now.`,
    (p) => `This is an important step for ${p(PLACES.en)}.`,
    (p, n) => `Since January, ${n()} ${p(THINGS.en)} have arrived.`,
    (p) => `The ambassador was summoned to the foreign ministry in ${p(PLACES.en)}.`,
    (p, n) => `A spokesperson for ${p(SOURCES.en)} said at least ${n()} people were affected.`,
  ],
};

const BOILERPLATE: Record<Lang, string[]> = {
  de: [
    "Lesen Sie auch: Was wir über die Lage wissen",
    "Mehr zum Thema",
    "© dpa-infocom, Nachrichten-Service",
    "Teilen auf Facebook | Twitter | E-Mail",
  ],
  en: [
    "Read more: What we know so far",
    "Related coverage",
    "© 2026 Reuters. All rights reserved.",
    "Share on Facebook | Twitter | Email",
  ],
};

export interface SyntheticArticle {
  title: string;
  body: string;
  language: Lang;
  outlet: string;
  publishedAt: Date;
}

const OUTLETS = ["Tagesschau", "Der Spiegel", "The Guardian", "Reuters", "Süddeutsche Zeitung", "BBC News"];

/**
 * Article number `i` of the corpus with this seed: 20–69 sentences (about 50 claims, so 10k articles make the
 * ~500k claims of a grown archive) in paragraphs, some boilerplate, every third article English.
 */
export function syntheticArticle(seed: number, i: number): SyntheticArticle {
  const next = random(seed * 1_000_003 + i);
  const pick: Pick = (list) => list[Math.floor(next() * list.length)]!;
  const number = () => Math.floor(10 + next() * 4990);
  const language: Lang = i % 3 === 2 ? "en" : "de";
  const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
  const sentences = Array.from({ length: 20 + Math.floor(next() * 50) }, () =>
    capitalized(pick(SENTENCES[language])(pick, number)),
  );
  const paragraphs: string[] = [];
  for (let at = 0; at < sentences.length;) {
    const size = 2 + Math.floor(next() * 3);
    paragraphs.push(sentences.slice(at, at + size).join(" "));
    at += size;
  }
  if (next() < 0.5) paragraphs.splice(1 + Math.floor(next() * (paragraphs.length - 1)), 0, pick(BOILERPLATE[language]));
  paragraphs.push(pick(BOILERPLATE[language]));
  const title = sentences[0]!.replace(/[.!?]$/, "").slice(0, 120);
  return {
    title: `${title} (${i})`,
    body: paragraphs.join("\n\n"),
    language,
    outlet: pick(OUTLETS),
    publishedAt: new Date(Date.UTC(2025, 0, 1) + Math.floor(next() * 700) * 86_400_000),
  };
}

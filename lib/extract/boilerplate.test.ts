import { describe, expect, it } from "vitest";
import { creditStart, datelineLength, findBoilerplateBlocks, isBoilerplateLine, wordCount } from "./boilerplate";
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
    "(Reporting by Will Dunham; Editing by Tom Brown)",
    "/swe/DP/mis",
    "(dpa-AFX)",
    "#Politik #Ukraine",
    "Themen: Ukraine, Russland",
    "Zur Startseite",
    "Read also:",
    "Mehr zum Thema",
    "10H ago",
    "Nov 18",
    "Mittwoch, 27. November 2026, 10:34 Uhr",
    "REUTERS/Kim Hong-Ji",
    "1.2K Shares",
    "12 Kommentare",
    "Image 1 of 23",
    "Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten.",
    "Enter your email address",
    "Tom Krisher, AP Auto Writer",
    "Image copyright Getty Images",
    "Bildrechte: picture alliance",
    "Kay Nietfeld/dpa",
    "Jason Cipriani/ZDNet",
    "Save my name, email, and website in this browser for the next time I comment.",
    "Meinen Namen, meine E-Mail-Adresse und meine Website in diesem Browser speichern, bis ich wieder kommentiere.",
    "Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert",
    "Leave a Reply Cancel reply",
    "Antwort abbrechen",
    "Kommentar abschicken",
    "You must be logged in to post a comment.",
    "Sie müssen angemeldet sein, um einen Kommentar abzugeben.",
  ])("recognises %j", (line) => expect(isBoilerplateLine(line)).toBe(true));

  it.each([
    "Das südkoreanische Außenministerium erklärte, es prüfe alle Möglichkeiten.",
    "By the end of the year, the army had lost 1,000 soldiers.",
    "Von den 1.000 Soldaten kehrten nur wenige zurück.",
    "Subscribers to the service rose by a third.",
    "Bilder zeigen die Zerstörung in der Altstadt.",
    "Anna Müller/Jan Schmidt: Die Stadt im Wandel. Berlin 2019.",
    "Readers who leave a comment on the site will be asked for an email address from next year.",
    "Sie müssen angemeldet sein, sagte der Sprecher, wer abstimmen wolle.",
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

const GERMAN_PAGE = [
  "Zum Inhalt springen",
  "Startseite",
  "Politik",
  "Wirtschaft",
  "Panorama",
  "Sport",
  "Politik | Ausland | Asien",
  "Südkorea bestellt russischen Botschafter ein",
  "Von Anna Müller, Seoul",
  "Mittwoch, 27. November 2026, 10:34 Uhr",
  "Die südkoreanische Regierung hat den russischen Botschafter einbestellt. Seoul protestiert gegen die militärische Zusammenarbeit zwischen Moskau und Pjöngjang.",
  "Kim Jong Un bei einer Parade in Pjöngjang. Foto: Kim Won Jin/AFP",
  "Nach Angaben des Geheimdienstes hat Nordkorea über 1.000 Soldaten nach Russland geschickt.",
  "Lesen Sie auch",
  "Nordkorea testet neue Rakete",
  "Ukraine meldet Angriffe auf Charkiw",
  "Das Außenministerium schwieg.",
  "Kommentare von Lesern wurden gelöscht, sagte die Redaktion.",
  "Die Lage bleibt angespannt.",
  "/swe/DP/mis",
  "(dpa-AFX)",
  "#Südkorea #Russland #Nordkorea",
  "Themen: Südkorea, Russland",
  "Mehr zum Thema",
  "Nordkorea definiert Südkorea als feindlichen Staat",
  "Russland und Nordkorea vertiefen ihre Allianz",
  "Zur Startseite",
  "12 Kommentare",
  "Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten. Alle akzeptieren",
  "Impressum",
  "Datenschutz",
].join("\n");

const ENGLISH_PAGE = [
  "Skip to main content",
  "World",
  "US & Canada",
  "Business",
  "Opinion",
  "Company Town",
  "Seoul summons Russian envoy over troops",
  "By Jane Doe and John Roe",
  "Updated 1:39 am EST, Wednesday, November 20, 2019",
  "South Korea summoned the Russian ambassador on Tuesday. The ministry cited growing military cooperation.",
  "Officials at the ministry in Seoul. (AP Photo/Ahn Young-joon)",
  "Analysts warned that Russia could share missile technology with the North.",
  "It did not.",
  '"We will respond firmly," Kim said.',
  "Reuters said the bank will cut 1,000 jobs.",
  "(Reporting by Hyonhee Shin; Editing by Tom Brown)",
  "Share this:",
  "Facebook Twitter WhatsApp Email",
  "1.2K Shares",
  "Most Popular",
  "China urges restraint on Korean peninsula",
  "Japan raises defence budget again",
  "Sign up for our morning briefing to get the news that matters",
  "© 2019 Example Media, Inc. All rights reserved.",
  "Privacy Policy",
  "Terms of Use",
].join("\n");

/** The paragraphs of a pasted text the extractor keeps (not boilerplate), in order. */
function kept(text: string): string[] {
  const blocks = splitBlocks(text);
  const boilerplate = findBoilerplateBlocks(text, blocks);
  return blocks.filter((_, i) => !boilerplate.has(i)).map((b) => text.slice(b.start, b.end));
}

describe("findBoilerplateBlocks on a page copied from a browser (select all, copy)", () => {
  it("keeps a German page's headline and body and drops its menus, byline, date, teasers, codes and footer", () => {
    expect(kept(GERMAN_PAGE)).toEqual([
      "Südkorea bestellt russischen Botschafter ein",
      "Die südkoreanische Regierung hat den russischen Botschafter einbestellt. Seoul protestiert gegen die militärische Zusammenarbeit zwischen Moskau und Pjöngjang.",
      "Kim Jong Un bei einer Parade in Pjöngjang. Foto: Kim Won Jin/AFP",
      "Nach Angaben des Geheimdienstes hat Nordkorea über 1.000 Soldaten nach Russland geschickt.",
      "Das Außenministerium schwieg.",
      "Kommentare von Lesern wurden gelöscht, sagte die Redaktion.",
      "Die Lage bleibt angespannt.",
    ]);
  });

  it("keeps an English page's headline, body, short sentences and quotes, and drops the rest", () => {
    expect(kept(ENGLISH_PAGE)).toEqual([
      "Seoul summons Russian envoy over troops",
      "South Korea summoned the Russian ambassador on Tuesday. The ministry cited growing military cooperation.",
      "Officials at the ministry in Seoul. (AP Photo/Ahn Young-joon)",
      "Analysts warned that Russia could share missile technology with the North.",
      "It did not.",
      '"We will respond firmly," Kim said.',
      "Reuters said the bank will cut 1,000 jobs.",
    ]);
  });

  it("keeps the first copy of an article the page shows twice, and drops the second", () => {
    const article = [
      "Seoul protestiert gegen Moskau",
      "Die südkoreanische Regierung hat den russischen Botschafter einbestellt.",
      "Das Land forderte den Abzug aller nordkoreanischen Truppen aus Russland.",
    ];
    const text = ["Startseite", "Politik", "Sport", ...article, "Artikel teilen", ...article, "Impressum"].join("\n");
    expect(kept(text)).toEqual(article);
  });

  it.each([
    [
      "German",
      "Die besten Espressomaschinen im Test",
      "Zum Angebot bei Amazon",
      "Die Espressomaschine heizt in 25 Sekunden auf und kostet 199 Euro.",
      "Der Milchaufschäumer ist aus Edelstahl und lässt sich leicht reinigen.",
      "Das Mahlwerk hat zwölf Stufen und ist erstaunlich leise.",
      "Unser Testsieger ist die günstigste der drei Maschinen.",
    ],
    [
      "English",
      "The best espresso machines, tested",
      "See it now at Amazon",
      "The espresso machine heats up in 25 seconds and costs 199 dollars.",
      "The milk frother is made of steel and is easy to clean.",
      "The grinder has twelve settings and is surprisingly quiet.",
      "Our winner is the cheapest of the three machines.",
    ],
  ])("keeps every copy of a %s label the article repeats under each of its parts", (_, headline, label, ...parts) => {
    const article = [headline, parts[0], label, parts[1], label, parts[2], label, parts[3]];
    expect(kept(["Startseite", "Küche", ...article, "Impressum"].join("\n"))).toEqual(article);
  });

  it("keeps the headline under the body when a sticky bar showed it first, among the menu", () => {
    const text = [
      "Startseite",
      "Politik",
      "Seoul protestiert gegen Moskau",
      "Sport",
      "Kultur",
      "Seoul protestiert gegen Moskau",
      "Die südkoreanische Regierung hat den russischen Botschafter einbestellt.",
    ].join("\n");
    const blocks = splitBlocks(text);
    expect([...findBoilerplateBlocks(text, blocks)].sort()).toEqual([0, 1, 2, 3, 4]);
  });

  it("keeps a list that ends the article (tour dates) but not the headlines of other articles after it", () => {
    const text = [
      "Doobie Brothers announce reunion tour",
      "The band will tour North America next summer, the promoter said on Monday.",
      "June 9 – Tampa, FL @ Amphitheatre",
      "June 10 – Nashville, TN @ Arena",
      "June 14 – Raleigh, NC @ Music Park",
      "Related",
      "Band members talk about their new album",
    ].join("\n");
    expect(kept(text)).toEqual(text.split("\n").slice(0, 5));
  });
  it.each([
    [
      "English: teams with their appearances in figures and in words",
      [
        "Euro 2024: who is in, who is out",
        "Twenty teams have qualified so far, and the last four places go to the play-offs in March, officials said.",
        "Qualified teams",
        "England (Group A): 10th appearance",
        "Czech Republic (Group A): Seventh appearance",
        "Spain (Group F): 11th appearance",
        "Turkey (Group H): Fifth appearance",
      ],
    ],
    [
      "German: dates whose places have more or fewer parts",
      [
        "Tournee im Sommer",
        "Die Band spielt im kommenden Sommer in zwölf Städten, wie der Veranstalter am Montag mitteilte.",
        "Die Termine",
        "Aug. 2 – Stadthalle, Kiel",
        "Aug. 4 – Westfalenhalle, Dortmund, NRW",
        "Sept. 12 – Olympiahalle.",
        "Sept. 18 – Festhalle, Frankfurt am Main, Hessen",
      ],
    ],
  ])("keeps a list at the article's end whose lines are built alike but not identically (%s)", (_, lines) => {
    const text = [...lines, "Mehr zum Thema", "Band spricht über neues Album"].join("\n");
    expect(kept(text)).toEqual(expect.arrayContaining(lines.slice(3)));
  });
});

describe("datelineLength", () => {
  it("finds the place and agency that open a wire report", () => {
    const p = "SEOUL, South Korea (AP) — South Korea summoned the ambassador.";
    expect(p.slice(datelineLength(p))).toBe("South Korea summoned the ambassador.");
    expect(datelineLength("BERLIN (dpa) - Die Regierung erklärte …")).toBeGreaterThan(0);
  });

  it("takes a date in the dateline with it (class 13: the claim text starts after it)", () => {
    const p = "LAGOS, June 3 (Reuters) - Nigeria raised its key rate to 18 percent.";
    expect(p.slice(datelineLength(p))).toBe("Nigeria raised its key rate to 18 percent.");
    const q = "WASHINGTON, Oct. 7, 2025 (AP) -- The Senate passed the bill.";
    expect(q.slice(datelineLength(q))).toBe("The Senate passed the bill.");
  });

  it("leaves an ordinary sentence with a dash alone", () => {
    expect(datelineLength("Die Regierung – so heißt es – bleibt hart.")).toBe(0);
  });
});

describe("wordCount", () => {
  it("counts what split(/\\s+/) would, for every kind of space", () => {
    const spaces = [" ", "\t", "\u00a0", "\u2009", "\u202f", "\u3000", "\ufeff", "  ", " \u00a0 "];
    for (const line of ["", "a", " a", "a ", "Er schwieg.", "one two  three", ...spaces.map((s) => `x${s}y${s}z`)])
      expect(wordCount(line), JSON.stringify(line)).toBe(line.split(/\s+/).length);
  });
});

describe("creditStart", () => {
  it("finds a photo credit at the end of a long caption, and none inside it", () => {
    const long = `${"Soldaten stehen auf dem Platz in Seoul, ".repeat(8)}während die Regierung tagt.`;
    expect(creditStart(`${long} Foto: dpa`)).toBe(long.length + 1);
    expect(creditStart(`${long} (AP Photo/Ahn Young-joon)`)).toBe(long.length + 1);
    expect(creditStart(`Foto: dpa zeigt ${long}`)).toBe(`Foto: dpa zeigt ${long}`.length);
    expect(creditStart("Foto: dpa")).toBe("Foto: dpa".length);
  });
});

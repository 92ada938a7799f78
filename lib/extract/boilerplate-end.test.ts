import { describe, expect, it } from "vitest";
import { findBoilerplateBlocks } from "./boilerplate";
import { isCommentsHeading } from "./boilerplate-end";
import { splitBlocks } from "./segment";

/** The paragraphs of a pasted text the extractor keeps (not boilerplate), in order. */
function kept(lines: string[]): string[] {
  const text = lines.join("\n");
  const blocks = splitBlocks(text);
  const boilerplate = findBoilerplateBlocks(text, blocks);
  return blocks.filter((_, i) => !boilerplate.has(i)).map((b) => text.slice(b.start, b.end));
}

const GERMAN_ARTICLE = [
  "Stadtrat beschließt neue Parkgebühren",
  "Der Stadtrat hat am Dienstagabend höhere Parkgebühren für die Innenstadt beschlossen. Ab März kostet eine Stunde drei Euro statt zwei.",
  "Die Opposition kritisierte die Entscheidung scharf und sprach von einer Belastung für den Einzelhandel in der Altstadt.",
  "Der Oberbürgermeister verteidigte den Beschluss, weil die Stadt die Einnahmen für den Ausbau der Buslinien brauche.",
];
const ENGLISH_ARTICLE = [
  "Council raises parking fees in the city centre",
  "The city council voted on Tuesday night to raise parking fees in the centre. From March an hour will cost three pounds instead of two.",
  "The opposition criticised the decision sharply and called it a burden on the shops of the old town.",
  "The mayor defended the vote, saying the city needed the money to extend its bus routes to the suburbs.",
];

describe("the end of the article inside a pasted page", () => {
  it.each([
    [
      "German",
      GERMAN_ARTICLE,
      "Kommentare (3)",
      [
        "Leserin_77",
        "Das ist eine Frechheit, ich fahre nur noch in das Einkaufszentrum am Stadtrand.",
        "Gefällt mir",
        "Antworten",
        "Peter K.",
        "Endlich tut die Stadt etwas für den Bus, das war lange überfällig und richtig so.",
      ],
    ],
    [
      "English",
      ENGLISH_ARTICLE,
      "[ 42 comments ]",
      [
        "reader77",
        "This is outrageous, I will only drive to the mall on the edge of town from now on.",
        "Rating: 12 Votes",
        "Reply",
        "PeterK",
        "At last the city does something for buses, this was long overdue and right.",
      ],
    ],
  ])(
    "ends a %s article at the heading of its comment section, however much the readers write",
    (_, article, heading, comments) => {
      expect(kept([...article, heading, ...comments])).toEqual(article);
    },
  );

  it("takes a share row's bare 'Comments' link for no comment section", () => {
    expect(isCommentsHeading("Comments")).toBe(false);
    expect(isCommentsHeading("Kommentare")).toBe(false);
    expect(isCommentsHeading("Leave a Reply")).toBe(true);
    expect(isCommentsHeading("Diskutieren Sie mit")).toBe(true);
  });

  it.each([
    [
      "German",
      GERMAN_ARTICLE,
      [
        ["VERKEHR", "Bahn streicht Nachtzüge nach Wien", "Wirtschaft · 14:32 Uhr"],
        "Die Deutsche Bahn stellt zum Fahrplanwechsel im Dezember zwei Nachtzugverbindungen nach Österreich ein, weil sie sich nach Angaben des Konzerns trotz steigender Fahrgastzahlen seit Jahren nicht mehr rechnen.",
        ["WETTER", "Sturmtief bringt Orkanböen an die Küste", "Panorama · 13:05 Uhr"],
        "Der Deutsche Wetterdienst warnt für die Nacht zum Freitag vor Orkanböen, umstürzenden Bäumen und Sturmfluten an der Nordseeküste und rät dringend davon ab, Wälder und Deiche zu betreten.",
        ["SPORT", "Stadtderby endet ohne Sieger", "Fußball · 11:47 Uhr"],
        "Vor ausverkauftem Haus trennten sich die beiden Vereine am Samstagabend torlos, doch die Fans beider Lager feierten ihre Mannschaften nach dem Schlusspfiff noch lange und friedlich im Stadion.",
      ],
    ],
    [
      "English",
      ENGLISH_ARTICLE,
      [
        ["TRAVEL", "Rail operator cuts night trains to Vienna", "2 diggs business"],
        "The operator is ending two overnight routes to Austria when the timetable changes in December because, it says, they have not paid for themselves for years despite rising passenger numbers.",
        ["WEATHER", "Storm brings gale-force winds to the coast", "5 diggs nature"],
        "Forecasters warned of hurricane-force gusts, falling trees and storm surges along the North Sea coast on Thursday night and urged people to stay away from woods and dykes.",
        ["SPORT", "City derby ends without a winner", "1 digg football"],
        "The two clubs drew nil-nil in front of a sold-out ground on Saturday night, but the fans of both sides celebrated their teams long and peacefully after the final whistle.",
      ],
    ],
  ])("drops the teaser cards (kicker, headline, source line, summary) after a %s article", (_, article, cards) => {
    expect(kept([...article, ...cards.flat()])).toEqual(article);
  });

  it.each([
    [
      "German",
      GERMAN_ARTICLE,
      ["Wie kommen Sie in die Innenstadt, mit dem Bus oder mit dem Auto?", "Teilen", "Facebook"],
    ],
    [
      "English",
      ENGLISH_ARTICLE,
      ["How do you get into town, by bus or by car? Tell us in the comments! 🙂", "Share", "Facebook"],
    ],
  ])("keeps a %s article's closing question to the readers that has no full stop", (_, article, tail) => {
    expect(kept([...article, ...tail])).toEqual([...article, tail[0]]);
  });

  it.each([
    [
      "German",
      GERMAN_ARTICLE,
      [
        "Drei Euro für eine Stunde Parken ist zu viel für unsere Altstadt pic.twitter.com/x1y2z3",
        "— Anna Beispiel (@annabeispiel) 19. November 2019",
        "Mehr zum Thema",
        "Busse fahren künftig im Zehn-Minuten-Takt",
      ],
    ],
    [
      "English",
      ENGLISH_ARTICLE,
      [
        "Three pounds an hour is too much for our old town pic.twitter.com/x1y2z3",
        "— Jane Example (@janeexample) November 19, 2019",
        "Related",
        "Buses to run every ten minutes",
      ],
    ],
  ])("keeps a post embedded at the end of a %s article with its signature", (_, article, tail) => {
    expect(kept([...article, ...tail])).toEqual([...article, tail[0], tail[1]]);
  });

  it.each([
    ["German", GERMAN_ARTICLE, ["Bahn streicht Nachtzüge nach Wien", "Sturmtief bringt Orkanböen an die Küste"]],
    [
      "English",
      ENGLISH_ARTICLE,
      ["Rail Operator Cuts Night Trains To Vienna", "Storm Brings Gale-Force Winds To The Coast"],
    ],
  ])("still drops the short headlines of other articles right after a %s article", (_, article, tail) => {
    expect(kept([...article, ...tail])).toEqual(article);
  });
});

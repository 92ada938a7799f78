import type { MatchingGroup } from "./matching-set";

/**
 * The eighth held-out matching set: written by a helper session that never saw the matcher, its tables or the other
 * sets' sentences; committed before it was scored.
 */
export const MATCHING_HELD_OUT_V8: MatchingGroup[] = [
  {
    id: "tuebingen-plateosaurus-skeleton",
    same: [
      [
        "Paläontologen der Universität Tübingen haben auf der Schwäbischen Alb das nahezu vollständige Skelett eines rund 210 Millionen Jahre alten Plateosaurus freigelegt.",
        "de",
      ],
      [
        "A nearly intact 210-million-year-old dinosaur skeleton has been dug up in southern Germany, researchers at the University of Tübingen said.",
        "en",
      ],
      [
        "Ein fast vollständig erhaltenes Dinosaurierskelett, etwa 210 Millionen Jahre alt, ist laut Universität Tübingen bei Grabungen in Baden-Württemberg entdeckt worden.",
        "de",
      ],
    ],
    figureChanged: [],
    unrelated: [
      [
        "Das in Tübingen präparierte Plateosaurus-Skelett soll ab Herbst 2026 im Naturkundemuseum Stuttgart ausgestellt werden.",
        "de",
      ],
      [
        "The University of Tübingen's dinosaur dig near Trossingen has received 450,000 euros in funding from the state of Baden-Württemberg.",
        "en",
      ],
    ],
  },
  {
    id: "oetztal-avalanche-deaths",
    same: [
      ["Bei einem Lawinenabgang im Tiroler Ötztal sind am Samstag vier Skitourengeher ums Leben gekommen.", "de"],
      [
        "Four ski tourers were killed on Saturday when an avalanche swept down a slope in Austria's Ötztal valley.",
        "en",
      ],
      [
        "An avalanche in the Tyrolean Alps has claimed the lives of four backcountry skiers, Austrian police said.",
        "en",
      ],
      [
        "Vier Wintersportler starben nach Angaben der Polizei, als sie im Ötztal von einer Lawine verschüttet wurden.",
        "de",
      ],
    ],
    figureChanged: [
      [
        "Nine ski tourers died when an avalanche buried their group in Austria's Ötztal on Saturday, local authorities said.",
        "en",
      ],
    ],
    unrelated: [
      ["Der Lawinenwarndienst Tirol hatte für das Ötztal am Samstag die Warnstufe 4 von 5 ausgegeben.", "de"],
      [
        "Rescuers pulled two other members of the group alive from the snow in the Ötztal and flew them to hospital in Innsbruck.",
        "en",
      ],
    ],
  },
  {
    id: "bgh-bank-fee-refunds",
    same: [
      [
        "Germany's Federal Court of Justice ruled on Tuesday that banks must refund account charges imposed without customers' explicit consent going back as far as ten years.",
        "en",
      ],
      [
        "German lenders will have to pay back up to a decade of unapproved account fees, the country's top civil court has ruled.",
        "en",
      ],
      [
        "Bankkunden können ohne ihre Zustimmung erhobene Kontoführungsgebühren laut einem Urteil des Bundesgerichtshofs für bis zu zehn Jahre rückwirkend zurückfordern.",
        "de",
      ],
      [
        "Der BGH hat entschieden: Banken müssen unrechtmäßig kassierte Kontogebühren bis zu zehn Jahre rückwirkend erstatten.",
        "de",
      ],
    ],
    figureChanged: [
      [
        "Under the ruling by Germany's Federal Court of Justice, bank customers can reclaim account fees imposed without their consent for a maximum of three years.",
        "en",
      ],
    ],
    unrelated: [
      [
        "Der Verbraucherzentrale Bundesverband schätzt, dass Bankkunden nach dem BGH-Urteil insgesamt rund 1,5 Milliarden Euro an Kontogebühren zustehen.",
        "de",
      ],
      [
        "The case before the Federal Court of Justice was brought by a Sparkasse KölnBonn customer who had been charged 4.90 euros a month since 2018.",
        "en",
      ],
    ],
  },
  {
    id: "henkel-2025-operating-profit",
    same: [
      [
        "Der Konsumgüterkonzern Henkel hat im vergangenen Jahr einen bereinigten Betriebsgewinn von 3,1 Milliarden Euro erzielt.",
        "de",
      ],
      [
        "Henkel posted adjusted operating profit of 3.1 billion euros for 2025, the Düsseldorf-based maker of Persil detergent said on Thursday.",
        "en",
      ],
      ["Persil maker Henkel said its adjusted EBIT reached €3.1bn last year.", "en"],
      [
        "Das bereinigte operative Ergebnis von Henkel lag 2025 bei 3,1 Mrd. Euro, wie der Düsseldorfer Konzern am Donnerstag mitteilte.",
        "de",
      ],
    ],
    figureChanged: [["Henkel reported adjusted operating profit of 1.8 billion euros for 2025.", "en"]],
    unrelated: [
      ["Henkel will die Dividende für 2025 auf 2,20 Euro je Vorzugsaktie anheben.", "de"],
      [
        "Henkel's sales fell 1.2 percent to 21.3 billion euros in 2025, weighed down by weaker demand for adhesives in China.",
        "en",
      ],
    ],
  },
  {
    id: "cologne-hagen-line-closure",
    same: [
      [
        "Die Bahnstrecke zwischen Köln und Hagen wird ab Februar für fünf Monate komplett gesperrt, teilte die Deutsche Bahn mit.",
        "de",
      ],
      [
        "Deutsche Bahn will shut the rail line between Cologne and Hagen entirely for five months from February to carry out a general overhaul.",
        "en",
      ],
      ["Wegen einer Generalsanierung fahren zwischen Köln und Hagen ab Februar fünf Monate lang keine Züge.", "de"],
      [
        "No trains will run between Cologne and Hagen for five months starting in February, the German rail operator said.",
        "en",
      ],
    ],
    figureChanged: [
      [
        "The Cologne–Hagen line will be closed to all rail traffic for a full year from February, Deutsche Bahn said.",
        "en",
      ],
    ],
    unrelated: [
      [
        "Die Deutsche Bahn beziffert die Kosten der Generalsanierung zwischen Köln und Hagen auf rund 1,1 Milliarden Euro.",
        "de",
      ],
    ],
  },
  {
    id: "germany-organ-donors-2025",
    same: [
      [
        "In Deutschland haben im vergangenen Jahr 985 Menschen nach ihrem Tod Organe gespendet, wie die Deutsche Stiftung Organtransplantation mitteilte.",
        "de",
      ],
      [
        "The number of deceased organ donors in Germany rose to 985 last year, according to the German Organ Transplantation Foundation.",
        "en",
      ],
      ["Die Zahl der postmortalen Organspender ist 2025 laut DSO auf 985 gestiegen.", "de"],
    ],
    figureChanged: [],
    unrelated: [
      [
        "Auf der Warteliste für ein Spenderorgan standen Ende 2025 in Deutschland rund 8400 Patientinnen und Patienten.",
        "de",
      ],
      [
        "Germany's Bundestag is due to vote this spring on an opt-out system that would make every adult an organ donor unless they object.",
        "en",
      ],
    ],
  },
  {
    id: "dortmund-beat-bayern",
    same: [
      ["Borussia Dortmund hat den FC Bayern München im Bundesliga-Topspiel mit 2:1 geschlagen.", "de"],
      ["Borussia Dortmund beat Bayern Munich 2-1 at the Westfalenstadion on Saturday.", "en"],
      ["Bayern Munich fell to a 2-1 defeat away at Borussia Dortmund in Germany's Klassiker.", "en"],
      ["Der FC Bayern hat das Spitzenspiel in Dortmund mit 1:2 verloren.", "de"],
    ],
    figureChanged: [],
    unrelated: [
      [
        "Bayern Munich remain top of the Bundesliga, four points clear of Borussia Dortmund, despite Saturday's result.",
        "en",
      ],
      ["Beim Spiel zwischen Dortmund und den Bayern waren 81.365 Zuschauer im ausverkauften Signal-Iduna-Park.", "de"],
    ],
  },
  {
    id: "cologne-resident-parking-fee",
    same: [
      [
        "Der Kölner Stadtrat hat beschlossen, die Gebühr für Anwohnerparkausweise von 30 auf 120 Euro pro Jahr zu erhöhen.",
        "de",
      ],
      [
        "Cologne's city council has voted to raise the annual fee for residents' parking permits to 120 euros from 30 euros.",
        "en",
      ],
      [
        "Residents in Cologne will have to pay €120 a year to park outside their homes, four times the current fee, after a council vote.",
        "en",
      ],
    ],
    figureChanged: [],
    unrelated: [
      [
        "Die Grünen im Kölner Stadtrat wollen die Einnahmen aus dem Anwohnerparken in den Ausbau von Radwegen stecken.",
        "de",
      ],
      [
        "The increase in Cologne's residents' parking fee passed with 48 votes to 41, with the CDU and FDP voting against.",
        "en",
      ],
    ],
  },
  {
    id: "india-tkms-submarines",
    same: [
      [
        "Indien kauft bei Thyssenkrupp Marine Systems sechs konventionelle U-Boote, wie beide Regierungen beim Besuch von Bundeskanzler Merz in Neu-Delhi bekanntgaben.",
        "de",
      ],
      [
        "India has agreed to buy six conventional submarines from Germany's Thyssenkrupp Marine Systems, the two governments announced during Chancellor Friedrich Merz's visit to New Delhi.",
        "en",
      ],
      [
        "Thyssenkrupp's naval unit TKMS will build six diesel-electric submarines for the Indian Navy under a deal sealed in New Delhi.",
        "en",
      ],
      ["Die indische Marine bekommt sechs neue U-Boote von TKMS aus Kiel.", "de"],
    ],
    figureChanged: [
      ["India will buy twelve submarines from Thyssenkrupp Marine Systems, officials said in New Delhi.", "en"],
    ],
    unrelated: [
      [
        "Merz und der indische Premierminister Modi vereinbarten in Neu-Delhi zudem, die Zahl der Arbeitsvisa für indische Fachkräfte auf 90.000 pro Jahr zu erhöhen.",
        "de",
      ],
      [
        "The submarines for India are to be built jointly by TKMS and the state-owned Mazagon Dock shipyard in Mumbai.",
        "en",
      ],
    ],
  },
  {
    id: "atm-blasting-gang-arrests",
    same: [
      [
        "Bei einer Razzia gegen eine mutmaßliche Geldautomatensprenger-Bande haben Ermittler in Nordrhein-Westfalen und den Niederlanden 14 Verdächtige festgenommen.",
        "de",
      ],
      [
        "Police in Germany and the Netherlands have arrested 14 suspected members of a gang accused of blowing up cash machines.",
        "en",
      ],
      [
        "Fourteen people were detained in coordinated raids in North Rhine-Westphalia and the Netherlands targeting a gang that allegedly blew up ATMs, prosecutors said.",
        "en",
      ],
      [
        "14 mutmaßliche Automatensprenger sind nach Angaben der Staatsanwaltschaft Köln bei Durchsuchungen in Deutschland und den Niederlanden gefasst worden.",
        "de",
      ],
    ],
    figureChanged: [
      [
        "Ermittler haben bei Razzien in NRW und den Niederlanden 32 mutmaßliche Mitglieder einer Geldautomatensprenger-Bande festgenommen.",
        "de",
      ],
    ],
    unrelated: [
      [
        "The gang is believed to have blown up 46 cash machines across western Germany since 2023, causing damage of around 8 million euros.",
        "en",
      ],
      [
        "Bei den Durchsuchungen gegen die Automatensprenger stellten die Beamten Sprengstoff, drei Fluchtfahrzeuge und rund 400.000 Euro Bargeld sicher.",
        "de",
      ],
    ],
  },
  {
    id: "germany-solar-additions-2025",
    same: [
      [
        "In Deutschland sind im vergangenen Jahr Solaranlagen mit einer Leistung von rund 17 Gigawatt neu ans Netz gegangen, teilte die Bundesnetzagentur mit.",
        "de",
      ],
      ["Germany added about 17 gigawatts of solar power capacity in 2025, the Federal Network Agency said.", "en"],
      [
        "New photovoltaic installations totalling roughly 17 GW were connected to the German grid last year, according to the Bundesnetzagentur.",
        "en",
      ],
      [
        "Der Photovoltaik-Zubau summierte sich 2025 auf rund 17.000 Megawatt, wie die Bundesnetzagentur mitteilte.",
        "de",
      ],
    ],
    figureChanged: [
      ["Germany installed 7 gigawatts of new solar capacity last year, the Federal Network Agency said.", "en"],
    ],
    unrelated: [
      [
        "Die installierte Solarleistung in Deutschland summiert sich nach Angaben der Bundesnetzagentur inzwischen auf mehr als 115 Gigawatt.",
        "de",
      ],
      ["Onshore wind additions in Germany reached 5 gigawatts in 2025, the Federal Network Agency said.", "en"],
    ],
  },
  {
    id: "richter-christies-sale",
    same: [
      ["A Gerhard Richter abstract painting sold for 28.5 million dollars at Christie's in New York on Tuesday.", "en"],
      [
        "Ein abstraktes Gemälde von Gerhard Richter ist bei Christie's in New York für 28,5 Millionen Dollar versteigert worden.",
        "de",
      ],
      [
        "Für 28,5 Millionen US-Dollar hat ein Bieter in New York ein Richter-Gemälde ersteigert, wie das Auktionshaus Christie's mitteilte.",
        "de",
      ],
    ],
    figureChanged: [],
    unrelated: [
      ["Das Richter-Gemälde war vor der Auktion bei Christie's auf 20 bis 30 Millionen Dollar geschätzt worden.", "de"],
      ["The seller of the Richter canvas auctioned at Christie's had bought it in 1998 for 1.2 million dollars.", "en"],
    ],
  },
  {
    id: "verdi-amazon-black-friday-strike",
    same: [
      [
        "Verdi hat die Beschäftigten an neun Amazon-Standorten in Deutschland zu einem Streik am Black Friday aufgerufen.",
        "de",
      ],
      [
        "Amazon staff at nine German logistics centres are being urged by the Verdi union to strike on Black Friday.",
        "en",
      ],
      [
        "An neun deutschen Amazon-Standorten soll am Black Friday gestreikt werden, wie die Gewerkschaft Verdi ankündigte.",
        "de",
      ],
    ],
    figureChanged: [["Verdi has called strikes at 19 Amazon sites across Germany for Black Friday.", "en"]],
    unrelated: [
      [
        "Amazon erklärte, der Verdi-Streik am Black Friday werde keine Auswirkungen auf die Lieferungen an Kunden haben.",
        "de",
      ],
      [
        "Verdi has been trying for more than a decade to force Amazon to sign a collective agreement based on German retail-sector pay scales.",
        "en",
      ],
    ],
  },
  {
    id: "telekom-internet-outage",
    same: [
      [
        "Bei einer bundesweiten Störung im Netz der Deutschen Telekom waren am Montag rund zwei Millionen Kunden ohne Internet.",
        "de",
      ],
      [
        "Around two million Deutsche Telekom customers across Germany lost internet access on Monday because of a network fault.",
        "en",
      ],
      ["A nationwide outage at Deutsche Telekom cut off roughly 2 million broadband users, the company said.", "en"],
      [
        "Etwa zwei Millionen Telekom-Kundinnen und -Kunden konnten nach Unternehmensangaben stundenlang nicht ins Internet.",
        "de",
      ],
    ],
    figureChanged: [],
    unrelated: [
      ["Deutsche Telekom said Monday's outage was caused by a faulty software update and not by a cyberattack.", "en"],
    ],
  },
];

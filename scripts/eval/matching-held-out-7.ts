import type { MatchingGroup } from "./matching-set";

/**
 * The seventh held-out matching set: written by a helper session that never saw the matcher or its tables, and whose
 * stories the developers did not read before scoring it once, as written.
 */
export const MATCHING_HELD_OUT_V7: MatchingGroup[] = [
  {
    id: "sulawesi-ferry-capsize",
    same: [
      [
        "Beim Kentern einer Fähre vor der indonesischen Insel Sulawesi sind mindestens 14 Menschen ums Leben gekommen, teilte die nationale Katastrophenschutzbehörde mit.",
        "de",
      ],
      [
        "At least 14 people died when a ferry capsized off Indonesia's Sulawesi island on Tuesday, the national disaster management agency said.",
        "en",
      ],
      [
        "Indonesian rescuers have recovered the bodies of fourteen passengers after a ferry overturned in rough seas near Sulawesi.",
        "en",
      ],
    ],
    figureChanged: [
      ["Beim Untergang einer Fähre vor Sulawesi sind nach Behördenangaben mindestens 41 Menschen gestorben.", "de"],
    ],
    unrelated: [
      [
        "Indonesia's transport ministry said it would suspend the operating licence of the company whose ferry sank off Sulawesi.",
        "en",
      ],
      ["Vor Sulawesi suchen Rettungskräfte weiter nach 23 vermissten Passagieren der gekenterten Fähre.", "de"],
    ],
  },
  {
    id: "miele-germany-job-cuts",
    same: [
      [
        "Der Hausgerätehersteller Miele will bis Ende 2026 rund 1.300 Stellen in Deutschland abbauen, wie das Unternehmen in Gütersloh mitteilte.",
        "de",
      ],
      ["Miele streicht hierzulande etwa 1.300 Arbeitsplätze – der Abbau soll bis Ende 2026 abgeschlossen sein.", "de"],
      [
        "German appliance maker Miele plans to cut around 1,300 jobs in its home market by the end of 2026, the family-owned company said.",
        "en",
      ],
    ],
    figureChanged: [],
    unrelated: [
      [
        "Miele will einen Teil der Waschmaschinenfertigung aus Gütersloh in sein Werk im polnischen Ksawerów verlagern.",
        "de",
      ],
    ],
  },
  {
    id: "hamburg-banana-cocaine",
    same: [
      [
        "Der Zoll hat im Hamburger Hafen rund 2,3 Tonnen Kokain in einem Container mit Bananen aus Ecuador sichergestellt.",
        "de",
      ],
      [
        "Fahnder entdeckten im Hamburger Hafen knapp 2,3 Tonnen Kokain, versteckt zwischen Bananenkisten aus Ecuador.",
        "de",
      ],
      [
        "German customs officers seized about 2.3 tonnes of cocaine hidden in a banana shipment from Ecuador at the port of Hamburg, prosecutors said.",
        "en",
      ],
      [
        "Nearly 2.3 metric tons of cocaine were found in a container of Ecuadorian bananas in Hamburg, Germany's customs authority said on Friday.",
        "en",
      ],
    ],
    figureChanged: [
      [
        "Im Hamburger Hafen haben Zollbeamte 8,5 Tonnen Kokain in einer Bananenlieferung aus Ecuador beschlagnahmt.",
        "de",
      ],
    ],
    unrelated: [
      [
        "Hamburg police arrested three port workers suspected of helping to smuggle cocaine out of the container terminal, prosecutors said.",
        "en",
      ],
    ],
  },
  {
    id: "luzon-typhoon-evacuation",
    same: [
      [
        "Philippine authorities evacuated more than 120,000 people from coastal villages in northern Luzon ahead of Typhoon Kalmaegi, the disaster agency said.",
        "en",
      ],
      [
        "Vor dem Taifun Kalmaegi haben die Behörden auf den Philippinen über 120.000 Menschen im Norden der Insel Luzon in Sicherheit gebracht.",
        "de",
      ],
      [
        "Wegen des herannahenden Wirbelsturms mussten auf Luzon mehr als 120.000 Bewohner von Küstenorten ihre Häuser verlassen, meldete der philippinische Katastrophenschutz.",
        "de",
      ],
    ],
    figureChanged: [],
    unrelated: [
      [
        "Typhoon Kalmaegi made landfall in Cagayan province on Sunday with sustained winds of up to 185 kilometres per hour, the weather service said.",
        "en",
      ],
      [
        "Wegen des Taifuns strichen philippinische Fluggesellschaften mehr als 90 Inlandsflüge von und nach Manila.",
        "de",
      ],
    ],
  },
  {
    id: "brazil-dengue-first-quarter",
    same: [
      [
        "Brazil recorded more than 1.1 million probable dengue cases in the first three months of the year, the health ministry said.",
        "en",
      ],
      [
        "In Brasilien sind im ersten Quartal mehr als 1,1 Millionen mutmaßliche Dengue-Fälle registriert worden, teilte das Gesundheitsministerium in Brasília mit.",
        "de",
      ],
      [
        "Suspected dengue infections in Brazil topped 1.1 million between January and March, according to health ministry data.",
        "en",
      ],
    ],
    figureChanged: [
      [
        "Das brasilianische Gesundheitsministerium zählte von Januar bis März rund 3,4 Millionen Verdachtsfälle von Dengue-Fieber.",
        "de",
      ],
    ],
    unrelated: [
      [
        "Brazil's health ministry said it would extend its dengue vaccination campaign to another 1,900 municipalities.",
        "en",
      ],
      ["Der Bundesstaat Minas Gerais hat wegen der Dengue-Welle den Gesundheitsnotstand ausgerufen.", "de"],
    ],
  },
  {
    id: "arctic-sea-ice-minimum",
    same: [
      [
        "Das Meereis in der Arktis ist im September auf eine Fläche von rund 4,1 Millionen Quadratkilometern geschrumpft, berichteten Forscher der Universität Bremen.",
        "de",
      ],
      [
        "Die sommerliche Eisbedeckung im Nordpolarmeer erreichte nach Satellitendaten aus Bremen ihr Minimum bei etwa 4,1 Millionen Quadratkilometern.",
        "de",
      ],
      [
        "Arctic sea ice shrank to about 4.1 million square kilometres at its September low, according to researchers at the University of Bremen.",
        "en",
      ],
    ],
    figureChanged: [],
    unrelated: [
      [
        "The Alfred Wegener Institute said its icebreaker Polarstern would leave Bremerhaven in June for a nine-week Arctic expedition.",
        "en",
      ],
      [
        "Die Dicke des arktischen Meereises hat seit 1980 im Mittel um rund 40 Prozent abgenommen, so das Alfred-Wegener-Institut.",
        "de",
      ],
    ],
  },
  {
    id: "schiele-dorotheum-auction",
    same: [
      ["Ein Gemälde von Egon Schiele ist im Wiener Dorotheum für 24,6 Millionen Euro versteigert worden.", "de"],
      [
        "Für 24,6 Millionen Euro wechselte Schieles Stadtansicht „Krumauer Häuserbogen“ bei einer Auktion in Wien den Besitzer.",
        "de",
      ],
      [
        "An Egon Schiele townscape of the Bohemian town of Krumau fetched €24.6m at Vienna's Dorotheum auction house on Thursday.",
        "en",
      ],
      ["A Schiele painting went under the hammer for 24.6 million euros in Vienna, the Dorotheum said.", "en"],
    ],
    figureChanged: [
      [
        "Egon Schiele's view of Krumau sold for €11.2 million at the Dorotheum in Vienna, the auction house said.",
        "en",
      ],
    ],
    unrelated: [
      ["Das Dorotheum hatte das Schiele-Bild vorab auf zwölf bis 18 Millionen Euro geschätzt.", "de"],
      [
        "Vienna's Leopold Museum said it had bid for the Schiele townscape but declined to say how much it had offered.",
        "en",
      ],
    ],
  },
  {
    id: "berlin-marathon-mens-winner",
    same: [
      [
        "Der Kenianer Daniel Mutai hat am Sonntag den Berlin-Marathon gewonnen, er lief nach 2:02:16 Stunden ins Ziel.",
        "de",
      ],
      [
        "Mit einer Siegerzeit von 2:02:16 Stunden setzte sich Daniel Mutai aus Kenia beim Marathon in der Hauptstadt durch.",
        "de",
      ],
      ["Kenya's Daniel Mutai won the Berlin Marathon on Sunday in two hours, two minutes and 16 seconds.", "en"],
      ["Daniel Mutai of Kenya took the men's title in Berlin, crossing the finish line in 2:02:16.", "en"],
    ],
    figureChanged: [["Daniel Mutai aus Kenia siegte beim Berlin-Marathon in einer Zeit von 2:05:48 Stunden.", "de"]],
    unrelated: [
      ["Ethiopia's Meseret Gebre won the women's race at the Berlin Marathon in 2:16:31.", "en"],
      [
        "Beim Berlin-Marathon gingen nach Angaben der Veranstalter mehr als 48.000 Läuferinnen und Läufer an den Start.",
        "de",
      ],
    ],
  },
  {
    id: "germany-mobile-white-spots",
    same: [
      [
        "Auf rund 2,1 Prozent der Fläche Deutschlands gibt es nach Angaben der Bundesnetzagentur überhaupt keinen Mobilfunkempfang.",
        "de",
      ],
      [
        "Laut Bundesnetzagentur sind noch etwa 2,1 Prozent der Landesfläche weiße Flecken, in denen kein einziger Netzbetreiber Empfang bietet.",
        "de",
      ],
      [
        "About 2.1 percent of Germany's land area still has no mobile coverage from any network operator, the Federal Network Agency said.",
        "en",
      ],
    ],
    figureChanged: [],
    unrelated: [
      ["The Federal Network Agency said 5G now reaches about 93 percent of Germany's land area.", "en"],
      [
        "Die Bundesnetzagentur hat gegen Telefónica ein Bußgeld verhängt, weil der Konzern Ausbauauflagen für das 5G-Netz verfehlt hat.",
        "de",
      ],
    ],
  },
  {
    id: "germany-births-destatis",
    same: [
      [
        "Die Zahl der Geburten in Deutschland ist im vergangenen Jahr auf rund 677.000 gesunken, teilte das Statistische Bundesamt mit.",
        "de",
      ],
      [
        "Germany registered about 677,000 births last year, the federal statistics office Destatis said on Tuesday.",
        "en",
      ],
      ["Births in Germany fell to roughly 677,000 last year, according to Destatis.", "en"],
    ],
    figureChanged: [],
    unrelated: [
      [
        "Die Geburtenrate in Deutschland lag im vergangenen Jahr bei 1,35 Kindern je Frau, wie das Statistische Bundesamt berichtete.",
        "de",
      ],
    ],
  },
  {
    id: "minimum-wage-commission-2027",
    same: [
      [
        "Die Mindestlohnkommission empfiehlt, die gesetzliche Lohnuntergrenze zum 1. Januar 2027 auf 15,10 Euro pro Stunde anzuheben.",
        "de",
      ],
      [
        "Ab Januar 2027 soll der Mindestlohn nach dem Willen der Kommission aus Arbeitgebern und Gewerkschaften 15,10 Euro betragen.",
        "de",
      ],
      [
        "Germany's minimum wage commission recommended raising the statutory hourly minimum to €15.10 from January 1, 2027.",
        "en",
      ],
      [
        "A German panel of employers and unions proposed lifting the minimum wage to 15.10 euros an hour at the start of 2027.",
        "en",
      ],
    ],
    figureChanged: [
      [
        "Die Mindestlohnkommission schlägt vor, den Mindestlohn zum Jahresbeginn 2027 auf 13,90 Euro je Stunde zu erhöhen.",
        "de",
      ],
    ],
    unrelated: [
      [
        "Germany's labour ministry said the cabinet would put the commission's recommendation into force by decree within weeks.",
        "en",
      ],
      [
        "Nach Schätzung des Statistischen Bundesamts beziehen derzeit rund 6,6 Millionen Beschäftigte den Mindestlohn.",
        "de",
      ],
    ],
  },
  {
    id: "kenya-finance-bill-passed",
    same: [
      [
        "Kenya's parliament passed a finance bill on Tuesday aimed at raising an additional 302 billion shillings ($2.3 billion) in taxes.",
        "en",
      ],
      [
        "Das kenianische Parlament hat ein Finanzgesetz verabschiedet, das zusätzliche Steuereinnahmen von 302 Milliarden Schilling bringen soll.",
        "de",
      ],
      [
        "Mit dem am Dienstag in Nairobi beschlossenen Gesetz will Kenias Regierung rund 302 Milliarden Kenia-Schilling an neuen Steuern einnehmen.",
        "de",
      ],
    ],
    figureChanged: [],
    unrelated: [
      [
        "The IMF said Kenya's budget deficit was expected to narrow to 4.3 percent of GDP in the coming fiscal year.",
        "en",
      ],
    ],
  },
  {
    id: "uae-brokered-pow-swap",
    same: [
      [
        "Russland und die Ukraine haben unter Vermittlung der Vereinigten Arabischen Emirate jeweils 95 Kriegsgefangene ausgetauscht.",
        "de",
      ],
      [
        "Russia and Ukraine exchanged 95 prisoners of war each in a swap brokered by the United Arab Emirates, both sides said.",
        "en",
      ],
      ["In a UAE-mediated exchange, Kyiv and Moscow each handed over 95 captured soldiers on Friday.", "en"],
    ],
    figureChanged: [
      [
        "Bei einem Gefangenenaustausch haben Moskau und Kiew jeweils 250 Soldaten übergeben, teilten beide Seiten mit.",
        "de",
      ],
    ],
    unrelated: [
      [
        "Ukraine's human rights commissioner said more than 8,000 Ukrainians were still being held in Russian captivity.",
        "en",
      ],
      [
        "Russland hat der Ukraine nach Kiewer Angaben die sterblichen Überreste von 501 gefallenen Soldaten übergeben.",
        "de",
      ],
    ],
  },
  {
    id: "a9-leipzig-coach-crash",
    same: [
      [
        "Beim Unfall eines Fernbusses auf der A9 bei Leipzig sind zwei Menschen getötet worden, teilte die Polizei mit.",
        "de",
      ],
      ["Auf der Autobahn 9 nahe Leipzig ist ein Reisebus umgekippt – zwei Fahrgäste kamen dabei ums Leben.", "de"],
      [
        "Two people were killed when a long-distance coach overturned on the A9 motorway near Leipzig, German police said.",
        "en",
      ],
      [
        "A bus crash on a German autobahn near Leipzig left two passengers dead on Saturday morning, police said.",
        "en",
      ],
    ],
    figureChanged: [],
    unrelated: [
      [
        "Die Staatsanwaltschaft Leipzig ermittelt nach dem Busunfall auf der A9 gegen den 54-jährigen Fahrer wegen fahrlässiger Tötung.",
        "de",
      ],
      ["The A9 near Leipzig remained closed in the direction of Berlin for about seven hours after the crash.", "en"],
    ],
  },
];

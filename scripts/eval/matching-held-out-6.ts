import type { MatchingGroup } from "./matching-set";

/**
 * The sixth held-out matching set: written by a helper session that never saw the matcher or its word tables, to
 * measure German↔English matching on stories and beats the rules were not built on. Scored once, as written.
 */
export const MATCHING_HELD_OUT_V6: MatchingGroup[] = [
  {
    id: "rotterdam-container-volumes",
    same: [
      [
        "Der Containerumschlag im Hafen Rotterdam ist im ersten Halbjahr um 4,2 Prozent auf rund 6,4 Millionen Standardcontainer gesunken, teilte die Hafenbehörde mit.",
        "de",
      ],
      [
        "Europas größter Seehafen hat zwischen Januar und Juni 4,2 Prozent weniger Container abgefertigt als im Vorjahreszeitraum.",
        "de",
      ],
      [
        "Container volumes at the Port of Rotterdam fell 4.2% in the first half of the year to about 6.4 million TEU, the port authority said on Wednesday.",
        "en",
      ],
      [
        "Rotterdam, Europe's busiest port, handled 4.2 percent fewer containers between January and June than a year earlier.",
        "en",
      ],
    ],
    figureChanged: [
      [
        "Container throughput at the Port of Rotterdam dropped 9.6% in the first half of the year, the port authority said.",
        "en",
      ],
    ],
    unrelated: [
      [
        "Der Hafen Rotterdam will bis 2030 rund 1,3 Milliarden Euro in ein neues Terminal für Wasserstoffimporte investieren.",
        "de",
      ],
      [
        "The Port of Rotterdam said the number of seagoing vessels calling at the port rose slightly in the first half to about 14,200.",
        "en",
      ],
    ],
  },
  {
    id: "norges-bank-rate-hold",
    same: [
      ["Die norwegische Notenbank hat ihren Leitzins am Donnerstag wie erwartet bei 4,5 Prozent belassen.", "de"],
      [
        "Norway's central bank kept its benchmark interest rate steady at 4.5% on Thursday, as economists had widely expected.",
        "en",
      ],
      [
        "Norges Bank left its key policy rate unchanged at 4.50 percent following Thursday's monetary policy meeting.",
        "en",
      ],
    ],
    figureChanged: [
      [
        "Die norwegische Zentralbank hält ihren Leitzins nach ihrer Sitzung am Donnerstag unverändert bei 3,75 Prozent.",
        "de",
      ],
    ],
    unrelated: [
      [
        "Norway's $1.8 trillion sovereign wealth fund, managed by Norges Bank, reported a first-half return of 8.6 percent.",
        "en",
      ],
      [
        "Die norwegische Krone fiel nach der Zinsentscheidung der Norges Bank auf den tiefsten Stand gegenüber dem Euro seit drei Monaten.",
        "de",
      ],
    ],
  },
  {
    id: "frankfurt-runway-near-collision",
    same: [
      [
        "Am Frankfurter Flughafen sind sich am Sonntag zwei Passagierflugzeuge bis auf etwa 60 Meter nahegekommen, teilte die Bundesstelle für Flugunfalluntersuchung mit.",
        "de",
      ],
      [
        "Beinahe-Kollision in Frankfurt: Laut BFU trennten zwei Verkehrsmaschinen am Sonntag nur rund 60 Meter, als eine von ihnen die Startbahn kreuzte.",
        "de",
      ],
      [
        "Two passenger jets came within about 200 feet (60 meters) of each other at Frankfurt Airport on Sunday, German air accident investigators said.",
        "en",
      ],
    ],
    figureChanged: [
      [
        "German investigators said two airliners came within roughly 600 metres of each other on a runway at Frankfurt Airport on Sunday.",
        "en",
      ],
    ],
    unrelated: [
      [
        "Der Frankfurter Flughafen hat im Juli mit mehr als 6,1 Millionen Fluggästen einen neuen Monatsrekord verzeichnet.",
        "de",
      ],
      [
        "The BFU said it had opened an investigation into Sunday's engine fire on a Condor holiday jet shortly after take-off from Frankfurt.",
        "en",
      ],
    ],
  },
  {
    id: "berlin-asking-rents",
    same: [
      [
        "Die Angebotsmieten in Berlin sind im ersten Quartal im Vergleich zum Vorjahr um 9,8 Prozent auf durchschnittlich 17,40 Euro je Quadratmeter gestiegen.",
        "de",
      ],
      [
        "Wer in Berlin eine Wohnung sucht, muss inzwischen im Schnitt 17,40 Euro pro Quadratmeter zahlen – fast zehn Prozent mehr als vor einem Jahr.",
        "de",
      ],
      [
        "Advertised rents in Berlin climbed 9.8% year on year in the first quarter to an average of €17.40 per square metre, a property market report showed.",
        "en",
      ],
      [
        "Berlin asking rents jumped nearly 10 percent from a year earlier to 17.40 euros a square meter in January through March.",
        "en",
      ],
    ],
    figureChanged: [
      [
        "Die Angebotsmieten in der Hauptstadt legten im ersten Quartal binnen Jahresfrist um 4,1 Prozent auf 15,20 Euro pro Quadratmeter zu.",
        "de",
      ],
    ],
    unrelated: [
      [
        "Berlin's Senate aims to approve around 20,000 new flats a year until 2030 to ease the city's housing shortage.",
        "en",
      ],
      ["In Berlin stieg die Zahl der erteilten Baugenehmigungen für Wohnungen im ersten Quartal um 9,8 Prozent.", "de"],
    ],
  },
  {
    id: "iqb-reading-standards",
    same: [
      [
        "Rund ein Drittel der Neuntklässler in Deutschland verfehlt beim Lesen die Mindeststandards, wie der neue IQB-Bildungstrend zeigt.",
        "de",
      ],
      [
        "Laut der Vergleichsstudie des Instituts zur Qualitätsentwicklung im Bildungswesen erreichen 33 Prozent der Schülerinnen und Schüler der neunten Klasse die Mindestanforderungen im Lesen nicht.",
        "de",
      ],
      [
        "One in three ninth-grade pupils in Germany falls short of minimum reading standards, according to the latest IQB national education study.",
        "en",
      ],
    ],
    figureChanged: [],
    unrelated: [
      [
        "Bayern und Sachsen schneiden im aktuellen IQB-Bildungstrend erneut am besten ab, Bremen landet auf dem letzten Platz.",
        "de",
      ],
      [
        "The IQB study found that about a third of ninth-graders in Germany mainly speak a language other than German at home.",
        "en",
      ],
    ],
  },
  {
    id: "ariane6-sentinel-launch",
    same: [
      [
        "Eine Ariane-6-Rakete hat am Dienstagabend den Erdbeobachtungssatelliten Sentinel-1D vom Weltraumbahnhof Kourou in Französisch-Guayana ins All gebracht.",
        "de",
      ],
      [
        "Europe's Ariane 6 rocket lifted off from Kourou in French Guiana on Tuesday evening carrying the Sentinel-1D radar satellite.",
        "en",
      ],
      [
        "The European Space Agency has launched Sentinel-1D, the newest radar satellite for the EU's Copernicus programme, aboard an Ariane 6 on Tuesday.",
        "en",
      ],
    ],
    figureChanged: [],
    unrelated: [
      [
        "Arianespace will die Zahl der Ariane-6-Starts im kommenden Jahr auf bis zu zehn erhöhen, kündigte das Unternehmen am Mittwoch an.",
        "de",
      ],
      ["ESA said the Sentinel-1D satellite is expected to deliver its first radar images in about three weeks.", "en"],
    ],
  },
  {
    id: "cum-ex-banker-sentence",
    same: [
      [
        "Das Landgericht Bonn hat einen ehemaligen Hamburger Privatbankier wegen schwerer Steuerhinterziehung bei Cum-Ex-Geschäften zu fünf Jahren und drei Monaten Haft verurteilt.",
        "de",
      ],
      [
        "Fünf Jahre und drei Monate Gefängnis: So lautet das Urteil gegen einen früheren Bankmanager aus Hamburg im Bonner Cum-Ex-Prozess.",
        "de",
      ],
      [
        "A court in Bonn sentenced a former Hamburg private banker to five years and three months in jail for tax fraud linked to cum-ex share deals.",
        "en",
      ],
    ],
    figureChanged: [
      [
        "A German court in Bonn jailed a former Hamburg banker for three years and nine months in a cum-ex tax fraud case.",
        "en",
      ],
    ],
    unrelated: [
      [
        "Die Verteidigung des früheren Hamburger Bankiers kündigte nach dem Urteil in Bonn Revision beim Bundesgerichtshof an.",
        "de",
      ],
      [
        "The Bonn court also ordered the confiscation of 14 million euros from the former banker's private assets.",
        "en",
      ],
    ],
  },
  {
    id: "online-pharmacy-data-breach",
    same: [
      [
        "Bei einem Hackerangriff auf die Leipziger Online-Apotheke Medpoint sind Daten von rund 3,1 Millionen Kundinnen und Kunden gestohlen worden.",
        "de",
      ],
      [
        "Unbekannte haben bei der Versandapotheke Medpoint persönliche Daten von mehr als drei Millionen Kunden abgegriffen, darunter Namen und Anschriften.",
        "de",
      ],
      [
        "Hackers stole personal data belonging to about 3.1 million customers of German online pharmacy Medpoint, the company said on Friday.",
        "en",
      ],
      ["Leipzig-based Medpoint said a cyber attack had exposed the details of some 3.1m of its customers.", "en"],
    ],
    figureChanged: [],
    unrelated: [
      [
        "Die Online-Apotheke Medpoint hat ihren Bestellbetrieb nach dem Cyberangriff nach vier Tagen wieder aufgenommen.",
        "de",
      ],
      [
        "Saxony's data protection commissioner said Medpoint had reported the breach within the required 72 hours.",
        "en",
      ],
    ],
  },
  {
    id: "bamf-asylum-first-half",
    same: [
      [
        "Die Zahl der Asylerstanträge in Deutschland ist im ersten Halbjahr um 27 Prozent auf knapp 98.000 gesunken, teilte das Bundesamt für Migration und Flüchtlinge mit.",
        "de",
      ],
      [
        "Von Januar bis Juni stellten knapp 98.000 Menschen erstmals einen Asylantrag in der Bundesrepublik – gut ein Viertel weniger als im Vorjahreszeitraum.",
        "de",
      ],
      [
        "First-time asylum applications in Germany dropped 27 percent in the first half of the year to just under 98,000, the BAMF migration office said.",
        "en",
      ],
    ],
    figureChanged: [
      [
        "Germany received about 156,000 first-time asylum applications in the first six months of the year, the federal migration office said.",
        "en",
      ],
    ],
    unrelated: [
      [
        "Syrer stellten laut BAMF auch im ersten Halbjahr die größte Gruppe der Asylbewerber, gefolgt von Afghanen und Türken.",
        "de",
      ],
      [
        "Germany deported around 9,400 people in the first half of the year, up from about 7,900 a year earlier, the interior ministry said.",
        "en",
      ],
    ],
  },
  {
    id: "brussels-farmers-tractors",
    same: [
      [
        "Mit rund 1.300 Traktoren haben Landwirte am Montag das Brüsseler Europaviertel lahmgelegt, um gegen das Mercosur-Abkommen zu protestieren.",
        "de",
      ],
      [
        "Some 1,300 tractors clogged the streets of Brussels' European quarter on Monday as farmers protested against the EU's trade deal with Mercosur.",
        "en",
      ],
      [
        "Farmers angry about the EU-Mercosur free trade agreement drove roughly 1,300 tractors into central Brussels on Monday, police said.",
        "en",
      ],
    ],
    figureChanged: [],
    unrelated: [
      [
        "Die EU-Agrarminister beraten am Montag in Brüssel über Erleichterungen bei den Umweltauflagen für Landwirte.",
        "de",
      ],
      [
        "Belgian police said three officers were slightly injured when protesting farmers threw eggs and fireworks near the European Parliament.",
        "en",
      ],
    ],
  },
  {
    id: "ema-velmorex-recommendation",
    same: [
      [
        "Der Arzneimittelausschuss der EU-Arzneimittelbehörde EMA hat die Zulassung des Lungenkrebsmittels Velmorex des dänischen Herstellers Nordavia Pharma empfohlen.",
        "de",
      ],
      [
        "The European Medicines Agency's human medicines committee has recommended approval of Nordavia Pharma's lung cancer treatment Velmorex.",
        "en",
      ],
      [
        "EU regulators backed Danish drugmaker Nordavia's non-small cell lung cancer drug Velmorex on Friday, clearing the way for a final decision by the European Commission.",
        "en",
      ],
    ],
    figureChanged: [],
    unrelated: [
      ["In der Zulassungsstudie senkte Velmorex das Risiko eines Fortschreitens der Erkrankung um 38 Prozent.", "de"],
      [
        "Nordavia Pharma said it expects a decision from the US Food and Drug Administration on Velmorex in the first quarter of next year.",
        "en",
      ],
    ],
  },
  {
    id: "db-long-distance-punctuality",
    same: [
      [
        "Im ersten Halbjahr waren nur 62,4 Prozent der Fernzüge der Deutschen Bahn pünktlich, teilte der Konzern mit.",
        "de",
      ],
      ["Die Pünktlichkeitsquote im Fernverkehr der Bahn lag von Januar bis Juni bei lediglich 62,4 Prozent.", "de"],
      [
        "Just 62.4% of Deutsche Bahn's long-distance trains ran on time in the first half of the year, the state-owned operator said.",
        "en",
      ],
      [
        "Deutsche Bahn's punctuality on intercity routes sank to 62.4 percent in January to June, meaning nearly four in ten ICE and IC trains were late.",
        "en",
      ],
    ],
    figureChanged: [
      ["Die Deutsche Bahn meldet für das erste Halbjahr eine Pünktlichkeit von 71,8 Prozent im Fernverkehr.", "de"],
    ],
    unrelated: [
      ["Deutsche Bahn's freight arm DB Cargo posted an operating loss of 180 million euros in the first half.", "en"],
      ["Die Bahn will bis 2030 insgesamt 40 besonders stark belastete Strecken in Deutschland generalsanieren.", "de"],
    ],
  },
  {
    id: "stuttgart-brandt-newcastle",
    same: [
      [
        "Der VfB Stuttgart gibt Stürmer Elias Brandt für rund 62 Millionen Euro an Newcastle United ab – Rekordeinnahme für die Schwaben.",
        "de",
      ],
      [
        "Newcastle United have completed the signing of Stuttgart forward Elias Brandt for a fee of £53m (€62m), a record sale for the German club.",
        "en",
      ],
      [
        "VfB Stuttgart have sold striker Elias Brandt to Newcastle United for about 62 million euros, the highest fee the Bundesliga club has ever received.",
        "en",
      ],
    ],
    figureChanged: [],
    unrelated: [
      ["Elias Brandt erzielte in der vergangenen Bundesliga-Saison 21 Tore für den VfB Stuttgart.", "de"],
      ["VfB Stuttgart said it would reinvest part of the Brandt transfer fee in expanding its youth academy.", "en"],
    ],
  },
  {
    id: "germany-wolf-packs",
    same: [
      [
        "In Deutschland sind im Monitoringjahr 2023/24 insgesamt 209 Wolfsrudel nachgewiesen worden, teilte das Bundesamt für Naturschutz mit.",
        "de",
      ],
      [
        "Die Zahl der bestätigten Wolfsrudel hierzulande ist auf 209 gestiegen, wie aus neuen Daten der Dokumentationsstelle des Bundes hervorgeht.",
        "de",
      ],
      [
        "Germany's Federal Agency for Nature Conservation said 209 wolf packs were confirmed nationwide in the 2023/24 monitoring year.",
        "en",
      ],
    ],
    figureChanged: [],
    unrelated: [
      [
        "Lower Saxony authorised the shooting of a wolf after more than 40 sheep were killed near Cuxhaven within a week.",
        "en",
      ],
      [
        "Das Bundesamt für Naturschutz zählte im Monitoringjahr 2023/24 zudem 46 Wolfspaare und 19 sesshafte Einzeltiere.",
        "de",
      ],
    ],
  },
];

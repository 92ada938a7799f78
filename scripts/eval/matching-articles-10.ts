import type { EvalStory } from "./matching-articles";

/**
 * Set ten: whole articles on five invented stories by several outlets each, in German and English, with the passage
 * pairs that state one claim and those that only share a name. Written by a helper session that never saw the matcher,
 * its tables or any other set, after set nine had been used to choose how a claim takes its article's lead; committed
 * before it was scored. Unread by the developers of the rules: only its aggregate scores are looked at.
 */
export const MATCHING_ARTICLES_10: EvalStory[] = [
  {
    id: "s1-albula-derailment",
    articles: [
      {
        id: "s1-srf",
        outlet: "SRF",
        language: "de",
        title: "Zug der Rhätischen Bahn bei Bergün entgleist – mehrere Verletzte",
        text: "Auf der Albulalinie der Rhätischen Bahn (RhB) ist am Sonntagabend ein Regionalzug entgleist. Zwischen Bergün und Preda sei der Zug gegen 19.40 Uhr in einen Murgang gefahren, teilte die Kantonspolizei Graubünden mit. Acht Personen wurden nach ersten Angaben verletzt, zwei davon schwer.\n\nDer Zug war von St. Moritz in Richtung Chur unterwegs. An Bord befanden sich laut RhB rund 60 Fahrgäste sowie das Zugpersonal. Die Lokomotive und die ersten beiden Wagen sprangen aus den Schienen, ein Wagen kippte auf die Seite und kam an der Böschung zum Stillstand.\n\n«Die Rettungskräfte mussten teilweise zu Fuss zur Unfallstelle vordringen», sagte Polizeisprecherin Anita Senti gegenüber SRF. Die Rega stand mit drei Helikoptern im Einsatz. Die Schwerverletzten wurden ins Kantonsspital Graubünden nach Chur geflogen, die übrigen Verletzten ins Spital Oberengadin in Samedan gebracht. Unverletzte Reisende wurden mit Bussen nach Bergün gefahren und dort in der Turnhalle betreut.\n\nEine Passagierin aus Zürich schilderte, der Wagen habe sich «ganz langsam zur Seite geneigt». Danach sei es dunkel geworden, weil die Beleuchtung ausfiel. «Alle haben einander geholfen, niemand ist in Panik geraten.»\n\nAuslöser des Murgangs waren offenbar heftige Gewitter, die am Nachmittag über das Albulatal gezogen waren. Nach Angaben von MeteoSchweiz fielen in Bergün innerhalb von sechs Stunden 62 Millimeter Regen. An dieser Stelle sei bisher kein Murgang dokumentiert gewesen, hiess es bei der Gemeinde Bergün Filisur.\n\nDie RhB teilte in der Nacht mit, die Strecke zwischen Bergün und Samedan bleibe bis mindestens Freitag gesperrt. Zwischen Filisur und Samedan verkehren Ersatzbusse über den Albulapass, die Reisezeit verlängert sich um rund eine Stunde. Der Glacier Express wird bis auf Weiteres über Landquart und den Vereinatunnel umgeleitet.\n\nDie Schweizerische Sicherheitsuntersuchungsstelle (SUST) hat eine Untersuchung eingeleitet. Die Staatsanwaltschaft Graubünden eröffnete, wie bei solchen Ereignissen üblich, ein Verfahren. Ob der Murgang vor der Durchfahrt des Zuges niederging oder den Zug direkt erfasste, ist noch unklar.",
      },
      {
        id: "s1-nzz",
        outlet: "NZZ",
        language: "de",
        title: "Murgang reisst RhB-Zug von den Schienen – zwölf Verletzte",
        text: "Nach der Entgleisung eines Zuges der Rhätischen Bahn auf der Albulastrecke ist die Zahl der Verletzten auf zwölf gestiegen. Drei Personen seien schwer verletzt worden, schwebten aber nicht in Lebensgefahr, teilte die Kantonspolizei Graubünden am Montagmittag mit. Am Vorabend hatte die Polizei noch von acht Verletzten gesprochen.\n\nDer Regioexpress war am Sonntag kurz vor 19.45 Uhr oberhalb von Bergün von einem Murgang erfasst worden. Im Zug sassen nach der aktualisierten Bilanz 73 Passagiere und zwei Angestellte der Bahn. Die Lokomotive und zwei Personenwagen entgleisten; einer der Wagen rutschte die Böschung hinunter und blieb an einem Baum hängen.\n\nNeben der Rega waren Helikopter eines privaten Flugunternehmens aufgeboten worden, insgesamt standen vier Maschinen im Einsatz. Rund 90 Einsatzkräfte von Feuerwehr, Polizei und Sanität arbeiteten bis tief in die Nacht an der Unfallstelle, die nur über einen Forstweg erreichbar ist.\n\nRhB-Mediensprecher Luzi Casty sagte, der Fahrweg sei auf einer Länge von rund 150 Metern mit Geröll und Schlamm bedeckt. «Bevor wir mit den Aufräumarbeiten beginnen können, müssen Geologen den Hang beurteilen.» Einen Zeitpunkt für die Wiederaufnahme des Betriebs wollte Casty nicht nennen. Die Bahn rechne aber mit einer mehrtägigen Sperrung.\n\nDie Albulalinie gilt als eine der spektakulärsten Bahnstrecken der Alpen und gehört seit 2008 zusammen mit der Berninalinie zum Unesco-Welterbe. Sie ist zugleich stark Naturgefahren ausgesetzt. Im August 2014 war bei Tiefencastel ein Zug der RhB nach einem Erdrutsch entgleist; damals wurden elf Menschen verletzt, fünf davon schwer.\n\nDie Schweizerische Sicherheitsuntersuchungsstelle hat die Ermittlungen zur Unfallursache aufgenommen. Im Fokus steht auch die Frage, ob die Messanlagen am betroffenen Hang vor dem Ereignis Alarm ausgelöst hatten. Laut MeteoSchweiz waren im Albulatal am Sonntag örtlich bis zu 95 Millimeter Regen gefallen. Fachleute des Kantons warnen, die Böden seien nach den Niederschlägen der vergangenen Wochen gesättigt.",
      },
      {
        id: "s1-reuters",
        outlet: "Reuters",
        language: "en",
        title: "Swiss mountain train derails after mudslide, 12 injured",
        text: 'ZURICH (Reuters) - A regional train in the Swiss Alps derailed after being hit by a mudslide on Sunday evening, injuring 12 people, three of them seriously, police in the canton of Graubuenden said on Monday.\n\nThe Rhaetian Railway (RhB) train was travelling from St. Moritz to Chur with about 60 passengers on board when it ran into debris above the village of Berguen shortly before 7:45 p.m. (1745 GMT), police said.\n\nThe locomotive and two carriages came off the rails, and one carriage slid down an embankment. None of the injured was in a life-threatening condition, a police spokeswoman said. Four helicopters were deployed to fly the injured to hospitals in Chur and Samedan.\n\nHeavy thunderstorms had swept across the region in the afternoon. Switzerland\'s federal weather office MeteoSwiss recorded more than 60 millimetres of rain in Berguen within six hours.\n\nThe railway said the line between Berguen and Samedan would stay shut until at least Friday and that replacement buses were running over the Albula Pass. The Glacier Express, a popular tourist train linking Zermatt and St. Moritz, was being diverted.\n\n"It is a miracle that nobody was killed," said Beat Hassler, a passenger from Basel who was sitting in the second carriage. "The car suddenly tipped, and everyone was thrown to one side."\n\nThe Albula line, which winds through spiral tunnels and over stone viaducts, is part of a UNESCO World Heritage site and draws hundreds of thousands of tourists each year.\n\nSwitzerland\'s Transportation Safety Investigation Board (STSB) has opened an investigation, a standard procedure after serious rail accidents. Alpine railways are increasingly exposed to landslides as heavier rainfall and thawing permafrost destabilise slopes, experts say.\n\nIn 2014, a landslide knocked an RhB train off the tracks near Tiefencastel, injuring 11 people.',
      },
    ],
    same: [
      {
        a: {
          article: "s1-srf",
          quote: "Acht Personen wurden nach ersten Angaben verletzt, zwei davon schwer",
        },
        b: {
          article: "s1-reuters",
          quote: "injuring 12 people, three of them seriously",
        },
        figuresDisagree: true,
      },
      {
        a: {
          article: "s1-nzz",
          quote: "ist die Zahl der Verletzten auf zwölf gestiegen",
        },
        b: {
          article: "s1-reuters",
          quote:
            "derailed after being hit by a mudslide on Sunday evening, injuring 12 people, three of them seriously",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s1-nzz",
          quote: "Im Zug sassen nach der aktualisierten Bilanz 73 Passagiere und zwei Angestellte der Bahn",
        },
        b: {
          article: "s1-reuters",
          quote: "was travelling from St. Moritz to Chur with about 60 passengers on board",
        },
        figuresDisagree: true,
      },
      {
        a: {
          article: "s1-srf",
          quote: "die Strecke zwischen Bergün und Samedan bleibe bis mindestens Freitag gesperrt",
        },
        b: {
          article: "s1-reuters",
          quote: "the line between Berguen and Samedan would stay shut until at least Friday",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s1-srf",
          quote: "Nach Angaben von MeteoSchweiz fielen in Bergün innerhalb von sechs Stunden 62 Millimeter Regen",
        },
        b: {
          article: "s1-reuters",
          quote: "MeteoSwiss recorded more than 60 millimetres of rain in Berguen within six hours",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s1-nzz",
          quote: "Im August 2014 war bei Tiefencastel ein Zug der RhB nach einem Erdrutsch entgleist",
        },
        b: {
          article: "s1-reuters",
          quote: "In 2014, a landslide knocked an RhB train off the tracks near Tiefencastel, injuring 11 people",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s1-srf",
          quote: "Die Lokomotive und die ersten beiden Wagen sprangen aus den Schienen",
        },
        b: {
          article: "s1-nzz",
          quote: "Die Lokomotive und zwei Personenwagen entgleisten",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s1-srf",
          quote: "Die Schweizerische Sicherheitsuntersuchungsstelle (SUST) hat eine Untersuchung eingeleitet",
        },
        b: {
          article: "s1-reuters",
          quote: "Switzerland's Transportation Safety Investigation Board (STSB) has opened an investigation",
        },
        figuresDisagree: false,
      },
    ],
    different: [
      {
        a: {
          article: "s1-nzz",
          quote: "Im August 2014 war bei Tiefencastel ein Zug der RhB nach einem Erdrutsch entgleist",
        },
        b: {
          article: "s1-reuters",
          quote:
            "The Rhaetian Railway (RhB) train was travelling from St. Moritz to Chur with about 60 passengers on board",
        },
      },
      {
        a: {
          article: "s1-srf",
          quote: "Unverletzte Reisende wurden mit Bussen nach Bergün gefahren und dort in der Turnhalle betreut",
        },
        b: {
          article: "s1-reuters",
          quote: "MeteoSwiss recorded more than 60 millimetres of rain in Berguen within six hours",
        },
      },
      {
        a: {
          article: "s1-nzz",
          quote: "Laut MeteoSchweiz waren im Albulatal am Sonntag örtlich bis zu 95 Millimeter Regen gefallen",
        },
        b: {
          article: "s1-srf",
          quote: "Nach Angaben von MeteoSchweiz fielen in Bergün innerhalb von sechs Stunden 62 Millimeter Regen",
        },
      },
      {
        a: {
          article: "s1-reuters",
          quote: "The Glacier Express, a popular tourist train linking Zermatt and St. Moritz, was being diverted",
        },
        b: {
          article: "s1-srf",
          quote: "Der Zug war von St. Moritz in Richtung Chur unterwegs",
        },
      },
    ],
  },
  {
    id: "s2-watch-exports",
    articles: [
      {
        id: "s2-nzz",
        outlet: "NZZ",
        language: "de",
        title: "Uhrenexporte sinken im September erneut deutlich",
        text: "Die Schweizer Uhrenindustrie kommt nicht aus der Flaute. Die Ausfuhren sanken im September gegenüber dem Vorjahresmonat um 9,4 Prozent auf 1,98 Milliarden Franken, wie der Verband der Schweizerischen Uhrenindustrie (FH) am Donnerstag mitteilte. Es war der fünfte Rückgang in Folge.\n\nBesonders deutlich fiel das Minus in den beiden grössten Märkten aus. Die Exporte in die USA brachen um 19,8 Prozent ein, nach China gingen 14,2 Prozent weniger Uhren. Auch Hongkong, das traditionell als Drehscheibe für den Weiterverkauf nach Festlandchina dient, verzeichnete ein Minus von 11 Prozent. Lichtblicke gab es anderswo: Die Lieferungen nach Japan legten um 3,1 Prozent zu, jene nach Grossbritannien um 2,4 Prozent.\n\nDie USA waren im vergangenen Jahr mit einem Anteil von knapp 17 Prozent der wichtigste Absatzmarkt der Branche. Händler dort hätten ihre Lager bereits im Frühjahr stark aufgestockt und bestellten nun zurückhaltender, heisst es in der Branche.\n\nNoch stärker als der Wert ging die Stückzahl zurück. Insgesamt wurden im September 1,05 Millionen Uhren exportiert, 12,5 Prozent weniger als vor einem Jahr. Vor allem günstige Modelle mit einem Exportpreis von unter 500 Franken sind weniger gefragt, während das Luxussegment vergleichsweise stabil blieb. In den ersten neun Monaten summierten sich die Exporte auf 18,6 Milliarden Franken, ein Minus von 2,8 Prozent.\n\nFH-Präsident Philippe Aubry zeigte sich dennoch gelassen. «Nach den Rekordjahren ist eine Normalisierung keine Überraschung», sagte er. Der Verband rechnet für das Gesamtjahr mit einem Rückgang von drei bis fünf Prozent. Im Vorjahr hatten die Exporte rund 26 Milliarden Franken erreicht, nach dem Rekordwert von 26,7 Milliarden im Jahr 2023.\n\nAn der Börse wurden die Zahlen mit Enttäuschung aufgenommen. Die Aktien von Swatch schlossen 1,7 Prozent tiefer, die Titel des Luxusgüterkonzerns Richemont gaben 0,9 Prozent nach. Belastend wirke zudem der starke Franken, der die Margen der Hersteller schmälere, schreiben Analysten der Zürcher Kantonalbank in einem Kommentar.",
      },
      {
        id: "s2-bloomberg",
        outlet: "Bloomberg",
        language: "en",
        title: "Swiss Watch Exports Slide Again as US, China Demand Weakens",
        text: 'Swiss watch exports fell for a fourth straight month in September as demand slumped in the industry\'s two biggest markets, adding to pressure on manufacturers from Swatch Group AG to Cie. Financière Richemont SA.\n\nShipments fell 9.4 percent from a year earlier to 1.98 billion Swiss francs ($2.5 billion), the Federation of the Swiss Watch Industry said Thursday. Exports to the US slumped 21.6 percent, while deliveries to China dropped 14.2 percent.\n\nHong Kong, a key hub for re-exports to mainland China, declined 11 percent. Japan, buoyed by tourists taking advantage of a weak yen, was a rare bright spot with a 3.1 percent gain.\n\n"The US was supposed to be the market that would carry the industry through the Chinese slowdown," said Thomas Reusser, an analyst at Helvetia Capital in Zurich. "Now both engines are sputtering at the same time." Reusser said he expects further declines through the end of the year as retailers work down inventories built up in the spring.\n\nThe number of timepieces shipped dropped 12.5 percent to about 1.05 million, with the steepest declines in watches with an export price below 500 francs. Shipments of steel watches fell 12 percent, the federation\'s data showed, while precious-metal models held up better.\n\nIn the first nine months, exports were down 2.8 percent. The federation\'s president, Philippe Aubry, said the group expects a full-year decline of 3 percent to 5 percent. The industry is coming off a post-pandemic boom in which shipments peaked at 26.7 billion francs in 2023.\n\nSwatch Group shares fell as much as 2.3 percent in Zurich trading. The Biel-based company, which makes Omega and Longines watches as well as cheaper Swatch and Tissot models, is particularly exposed to the lower end of the market, where demand has been weakest.',
      },
    ],
    same: [
      {
        a: {
          article: "s2-nzz",
          quote:
            "Die Ausfuhren sanken im September gegenüber dem Vorjahresmonat um 9,4 Prozent auf 1,98 Milliarden Franken",
        },
        b: {
          article: "s2-bloomberg",
          quote: "Shipments fell 9.4 percent from a year earlier to 1.98 billion Swiss francs",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s2-nzz",
          quote: "Die Exporte in die USA brachen um 19,8 Prozent ein",
        },
        b: {
          article: "s2-bloomberg",
          quote: "Exports to the US slumped 21.6 percent",
        },
        figuresDisagree: true,
      },
      {
        a: {
          article: "s2-nzz",
          quote: "nach China gingen 14,2 Prozent weniger Uhren",
        },
        b: {
          article: "s2-bloomberg",
          quote: "while deliveries to China dropped 14.2 percent",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s2-nzz",
          quote: "Die Lieferungen nach Japan legten um 3,1 Prozent zu",
        },
        b: {
          article: "s2-bloomberg",
          quote:
            "Japan, buoyed by tourists taking advantage of a weak yen, was a rare bright spot with a 3.1 percent gain",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s2-nzz",
          quote: "Es war der fünfte Rückgang in Folge",
        },
        b: {
          article: "s2-bloomberg",
          quote: "Swiss watch exports fell for a fourth straight month in September",
        },
        figuresDisagree: true,
      },
      {
        a: {
          article: "s2-nzz",
          quote:
            "Insgesamt wurden im September 1,05 Millionen Uhren exportiert, 12,5 Prozent weniger als vor einem Jahr",
        },
        b: {
          article: "s2-bloomberg",
          quote: "The number of timepieces shipped dropped 12.5 percent to about 1.05 million",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s2-nzz",
          quote: "Der Verband rechnet für das Gesamtjahr mit einem Rückgang von drei bis fünf Prozent",
        },
        b: {
          article: "s2-bloomberg",
          quote: "the group expects a full-year decline of 3 percent to 5 percent",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s2-nzz",
          quote:
            "Hongkong, das traditionell als Drehscheibe für den Weiterverkauf nach Festlandchina dient, verzeichnete ein Minus von 11 Prozent",
        },
        b: {
          article: "s2-bloomberg",
          quote: "Hong Kong, a key hub for re-exports to mainland China, declined 11 percent",
        },
        figuresDisagree: false,
      },
    ],
    different: [
      {
        a: {
          article: "s2-nzz",
          quote: "Die Aktien von Swatch schlossen 1,7 Prozent tiefer",
        },
        b: {
          article: "s2-bloomberg",
          quote: "Swatch Group shares fell as much as 2.3 percent in Zurich trading",
        },
      },
      {
        a: {
          article: "s2-nzz",
          quote:
            "Die USA waren im vergangenen Jahr mit einem Anteil von knapp 17 Prozent der wichtigste Absatzmarkt der Branche",
        },
        b: {
          article: "s2-bloomberg",
          quote: "Exports to the US slumped 21.6 percent",
        },
      },
      {
        a: {
          article: "s2-nzz",
          quote: "Im Vorjahr hatten die Exporte rund 26 Milliarden Franken erreicht",
        },
        b: {
          article: "s2-bloomberg",
          quote: "shipments peaked at 26.7 billion francs in 2023",
        },
      },
      {
        a: {
          article: "s2-bloomberg",
          quote: "Hong Kong, a key hub for re-exports to mainland China, declined 11 percent",
        },
        b: {
          article: "s2-nzz",
          quote: "nach China gingen 14,2 Prozent weniger Uhren",
        },
      },
      {
        a: {
          article: "s2-nzz",
          quote: "die Titel des Luxusgüterkonzerns Richemont gaben 0,9 Prozent nach",
        },
        b: {
          article: "s2-bloomberg",
          quote: "adding to pressure on manufacturers from Swatch Group AG to Cie. Financière Richemont SA",
        },
      },
    ],
  },
  {
    id: "s3-ransomware-trial",
    articles: [
      {
        id: "s3-sz",
        outlet: "Süddeutsche Zeitung",
        language: "de",
        title: "Hackerangriff auf Kommunen: Prozess gegen mutmaßliche Erpresser beginnt",
        text: "Wochenlang konnten in Dutzenden hessischen Gemeinden keine Pässe beantragt, keine Autos zugelassen und keine Geburten beurkundet werden. Seit Dienstag müssen sich zwei Männer vor dem Landgericht Frankfurt am Main verantworten, die für den Cyberangriff auf das Kommunale Rechenzentrum Mittelhessen (KRZM) im Herbst 2023 verantwortlich sein sollen.\n\nDie Generalstaatsanwaltschaft wirft einem 31 Jahre alten Niederländer und einem 27-jährigen Deutschen aus Offenbach unter anderem schwere Computersabotage und versuchte gewerbsmäßige Erpressung vor. Der 31-jährige Niederländer soll die Schadsoftware von einer Wohnung in Utrecht aus in das Netzwerk des Rechenzentrums eingeschleust haben. Sein mutmaßlicher Komplize soll die Bitcoin-Konten eingerichtet haben, über die das Lösegeld fließen sollte.\n\nDie Angreifer hatten laut Anklage Server des KRZM verschlüsselt und 2,5 Millionen Euro in Bitcoin gefordert. Das Rechenzentrum zahlte nicht. Betroffen waren 72 Kommunen, deren Bürgerbüros, Standesämter und Zulassungsstellen bis zu sieben Wochen lang nur eingeschränkt arbeiten konnten. Den durch den Angriff auf das KRZM entstandenen Schaden beziffert die Generalstaatsanwaltschaft auf rund 14 Millionen Euro.\n\nErmittelt hatte die Zentralstelle zur Bekämpfung der Internetkriminalität (ZIT). Nach Angaben der Ermittler gehörten die beiden Angeklagten zum Umfeld einer Ransomware-Gruppe, der mehr als 40 Angriffe in Europa zugerechnet werden. Festgenommen worden waren sie im Januar 2024 bei einer gemeinsamen Aktion niederländischer und deutscher Behörden.\n\nZum Auftakt verlas der Staatsanwalt die Anklageschrift, die Angeklagten schwiegen. Der Verteidiger des Niederländers kündigte an, sein Mandant werde sich zu einem späteren Zeitpunkt zu den Vorwürfen äußern. Den beiden Männern drohen bis zu zehn Jahre Haft.\n\nDie Kammer hat zwölf Verhandlungstage angesetzt, ein Urteil könnte Ende März fallen. Für die betroffenen Kommunen ist der Fall damit nicht abgeschlossen: Mehrere Gemeinden prüfen Schadenersatzforderungen gegen das Rechenzentrum, weil dort nach Einschätzung eines Gutachters Sicherheitsupdates monatelang nicht eingespielt worden seien.",
      },
      {
        id: "s3-afp",
        outlet: "AFP",
        language: "en",
        title: "Two men on trial in Germany over ransomware attack that crippled town halls",
        text: "Two men accused of a ransomware attack that paralysed local government services in more than 70 German municipalities went on trial in Frankfurt on Tuesday.\n\nThe defendants, a 31-year-old Dutch national and a 27-year-old German from Offenbach, are charged with computer sabotage and attempted extortion over the October 2023 attack on a public IT service provider in the central state of Hesse, the regional court said.\n\nAccording to the indictment, the men encrypted servers at the provider, the Kommunales Rechenzentrum Mittelhessen, and demanded a ransom of 2.5 million euros ($2.9 million) in bitcoin. Prosecutors estimate the damage at around 11 million euros.\n\nThe German is accused of setting up the cryptocurrency wallets meant to receive the ransom, which was never paid.\n\nFor weeks after the attack, residents in the affected towns were unable to apply for passports, register cars or record births and deaths. Some municipalities reverted to pen and paper, and several set up temporary offices in neighbouring districts.\n\nBoth men were arrested in Utrecht in January 2024 in an operation by Dutch and German police carried out with the help of Europol, and were later extradited to Germany.\n\nNeither defendant spoke on the first day of the trial. A lawyer for the Dutch man told the court his client would comment on the allegations at a later date. If convicted, the pair face up to 10 years in prison.\n\nGermany has been hit by a wave of cyberattacks on public institutions in recent years, including hospitals, universities and municipal utilities. Authorities have repeatedly warned that many local governments lack the staff and funds to secure ageing IT systems.",
      },
      {
        id: "s3-dw",
        outlet: "Deutsche Welle",
        language: "en",
        title: "Hesse ransomware trial: 'We were back in the 1980s'",
        text: 'When hackers locked up the servers of the Kommunales Rechenzentrum Mittelhessen (KRZM) in October 2023, the effects were felt in town halls across the central German state of Hesse. Registry offices could not record births, car owners could not register vehicles, and residents waited for up to seven weeks for new ID cards.\n\n"We were back in the 1980s," said Petra Schwalm, mayor of the small town of Laubach. "My staff wrote everything down by hand and typed it into the system once it was running again."\n\nOn Tuesday, two suspects went on trial at the regional court in Frankfurt am Main. Prosecutors accuse them of breaking into the data center\'s network, encrypting its servers and demanding 2.5 million euros in bitcoin to unlock them. The KRZM refused to pay.\n\nThe case is being brought by the ZIT, a specialized cybercrime unit based at the Frankfurt prosecutor general\'s office. Investigators say the two men, a Dutch national and a German citizen, worked as affiliates of a ransomware group that Europol has linked to at least 35 attacks across Europe since 2022.\n\nDutch police detained the pair in Utrecht in January 2024. They have been held in custody in Germany since their extradition in the spring of that year.\n\nThe KRZM itself has put the cost of restoring its systems at 9.3 million euros, not including losses incurred by the municipalities it serves. The data center has since replaced large parts of its infrastructure and hired additional security staff.\n\nThe court has scheduled 14 hearing days, with a verdict expected in the spring. Neither defendant has so far responded to the charges in court.\n\nFor Laubach\'s mayor, the trial brings little comfort. "Whatever the verdict, nobody gives us back those weeks," Schwalm said.',
      },
    ],
    same: [
      {
        a: {
          article: "s3-sz",
          quote:
            "Den durch den Angriff auf das KRZM entstandenen Schaden beziffert die Generalstaatsanwaltschaft auf rund 14 Millionen Euro",
        },
        b: {
          article: "s3-afp",
          quote: "Prosecutors estimate the damage at around 11 million euros",
        },
        figuresDisagree: true,
      },
      {
        a: {
          article: "s3-sz",
          quote: "Die Kammer hat zwölf Verhandlungstage angesetzt",
        },
        b: {
          article: "s3-dw",
          quote: "The court has scheduled 14 hearing days",
        },
        figuresDisagree: true,
      },
      {
        a: {
          article: "s3-sz",
          quote: "Betroffen waren 72 Kommunen, deren Bürgerbüros, Standesämter und Zulassungsstellen",
        },
        b: {
          article: "s3-afp",
          quote: "a ransomware attack that paralysed local government services in more than 70 German municipalities",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s3-sz",
          quote:
            "Die Angreifer hatten laut Anklage Server des KRZM verschlüsselt und 2,5 Millionen Euro in Bitcoin gefordert",
        },
        b: {
          article: "s3-dw",
          quote: "encrypting its servers and demanding 2.5 million euros in bitcoin to unlock them",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s3-afp",
          quote: "Both men were arrested in Utrecht in January 2024",
        },
        b: {
          article: "s3-dw",
          quote: "Dutch police detained the pair in Utrecht in January 2024",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s3-sz",
          quote: "Zulassungsstellen bis zu sieben Wochen lang nur eingeschränkt arbeiten konnten",
        },
        b: {
          article: "s3-dw",
          quote: "residents waited for up to seven weeks for new ID cards",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s3-sz",
          quote: "einer Ransomware-Gruppe, der mehr als 40 Angriffe in Europa zugerechnet werden",
        },
        b: {
          article: "s3-dw",
          quote: "a ransomware group that Europol has linked to at least 35 attacks across Europe since 2022",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s3-sz",
          quote: "Den beiden Männern drohen bis zu zehn Jahre Haft",
        },
        b: {
          article: "s3-afp",
          quote: "If convicted, the pair face up to 10 years in prison",
        },
        figuresDisagree: false,
      },
    ],
    different: [
      {
        a: {
          article: "s3-sz",
          quote:
            "Den durch den Angriff auf das KRZM entstandenen Schaden beziffert die Generalstaatsanwaltschaft auf rund 14 Millionen Euro",
        },
        b: {
          article: "s3-dw",
          quote: "The KRZM itself has put the cost of restoring its systems at 9.3 million euros",
        },
      },
      {
        a: {
          article: "s3-sz",
          quote:
            "Der 31-jährige Niederländer soll die Schadsoftware von einer Wohnung in Utrecht aus in das Netzwerk des Rechenzentrums eingeschleust haben",
        },
        b: {
          article: "s3-afp",
          quote: "Both men were arrested in Utrecht in January 2024",
        },
      },
      {
        a: {
          article: "s3-afp",
          quote: "in an operation by Dutch and German police carried out with the help of Europol",
        },
        b: {
          article: "s3-dw",
          quote: "a ransomware group that Europol has linked to at least 35 attacks across Europe since 2022",
        },
      },
      {
        a: {
          article: "s3-dw",
          quote:
            "The case is being brought by the ZIT, a specialized cybercrime unit based at the Frankfurt prosecutor general's office",
        },
        b: {
          article: "s3-afp",
          quote: "went on trial in Frankfurt on Tuesday",
        },
      },
    ],
  },
  {
    id: "s4-chile-peru-trawler",
    articles: [
      {
        id: "s4-reuters",
        outlet: "Reuters",
        language: "en",
        title: "Chile summons Peru's envoy after navy seizes fishing boat",
        text: "SANTIAGO (Reuters) - Chile summoned Peru's ambassador on Monday to protest against the seizure of a Chilean fishing vessel by the Peruvian navy, reviving tensions over a maritime boundary the two neighbours settled at the International Court of Justice more than a decade ago.\n\nPeru's navy said on Sunday that one of its patrol boats intercepted the industrial trawler Doña Isidora on Saturday night and towed it to the southern port of Ilo. The vessel was operating about 8 nautical miles inside Peruvian waters without a permit, the navy said in a statement.\n\nChile's foreign ministry disputed that account, saying satellite tracking data showed the trawler was in Chilean waters, some 3 nautical miles south of the boundary, when it was stopped.\n\n\"The detention of a Chilean vessel in Chilean waters is unacceptable,\" Foreign Minister Andrés Valdivieso told reporters in Santiago, adding that Chile expected the boat and its 16 crew members to be released immediately.\n\nPeru's foreign ministry said it had received Chile's protest note and rejected it, adding that the case would be handled by the Peruvian judiciary. A Peruvian official familiar with the case said the crew would be allowed to return to Chile by land within days, while the captain would remain in Ilo pending proceedings.\n\nThe trawler, owned by an Arica-based company, had about 40 tonnes of jack mackerel in its hold, according to Peruvian authorities.\n\nThe 2014 ICJ ruling drew a maritime boundary that follows a line of latitude for 80 nautical miles from the coast before turning southwest, handing Peru control of a large swathe of fishing grounds previously claimed by Chile. Both governments accepted the decision, and incidents at sea have been rare since.\n\nTrade between the two Pacific neighbours, both members of the Pacific Alliance bloc, reached roughly $4 billion last year. Chilean fishing industry groups have called on the government to seek talks with Lima to avoid further seizures.",
      },
      {
        id: "s4-zeit",
        outlet: "Die Zeit",
        language: "de",
        title: "Streit um Fischkutter belastet Verhältnis zwischen Chile und Peru",
        text: "Die Festsetzung eines chilenischen Fischereischiffs durch die peruanische Marine sorgt für diplomatische Spannungen zwischen den beiden südamerikanischen Nachbarländern. Das Außenministerium in Santiago bestellte am Montag den peruanischen Botschafter ein, wie die Regierung mitteilte.\n\nNach Darstellung der peruanischen Marine befand sich der Trawler Doña Isidora rund 15 Kilometer innerhalb peruanischer Gewässer, als er in der Nacht zum Sonntag von einem Patrouillenboot gestoppt wurde. Das Schiff habe keine Fanggenehmigung besessen. Es wurde in den Hafen von Ilo im Süden des Landes geschleppt, die 14 Besatzungsmitglieder wurden dort vorübergehend festgehalten.\n\nChile weist die Vorwürfe zurück. Nach Angaben des Außenministeriums belegen Satellitendaten, dass sich das Schiff zum Zeitpunkt der Kontrolle in chilenischen Gewässern aufhielt, etwa drei Seemeilen südlich der Seegrenze. Außenminister Andrés Valdivieso sprach von einem „inakzeptablen Vorgehen“ und forderte die sofortige Freigabe von Schiff und Besatzung.\n\nDie chilenische Fischereibehörde Sernapesca teilte mit, das Schiff habe über alle erforderlichen Fanglizenzen verfügt. An Bord befanden sich laut peruanischen Behörden rund 40 Tonnen Stöcker, in Chile als Jurel bekannt.\n\nLima zeigte sich unbeeindruckt. Das peruanische Außenministerium erklärte, der Fall liege nun bei der Justiz des Landes. Der Kapitän müsse sich wegen illegaler Fischerei verantworten, ihm drohe eine Geldstrafe. Die übrigen Seeleute sollten dagegen in den kommenden Tagen über den Landweg nach Chile zurückkehren können, hieß es aus Regierungskreisen.\n\nIn Arica, dem Heimathafen des Trawlers, versammelten sich am Montag rund 200 Fischer zu einer Protestkundgebung. Bereits im März hatte die peruanische Marine zwei chilenische Kutter vor Ilo kontrolliert, sie aber nach wenigen Stunden wieder freigegeben.\n\nDer Verlauf der Seegrenze zwischen beiden Ländern war jahrzehntelang umstritten. Im Januar 2014 legte der Internationale Gerichtshof in Den Haag die Grenze fest und sprach Peru rund 50.000 Quadratkilometer Meeresfläche zu, die zuvor von Chile beansprucht oder als internationale Gewässer betrachtet worden waren. Beide Regierungen hatten das Urteil damals akzeptiert.",
      },
    ],
    same: [
      {
        a: {
          article: "s4-reuters",
          quote: "Chile expected the boat and its 16 crew members to be released immediately",
        },
        b: {
          article: "s4-zeit",
          quote: "die 14 Besatzungsmitglieder wurden dort vorübergehend festgehalten",
        },
        figuresDisagree: true,
      },
      {
        a: {
          article: "s4-reuters",
          quote: "The vessel was operating about 8 nautical miles inside Peruvian waters without a permit",
        },
        b: {
          article: "s4-zeit",
          quote: "befand sich der Trawler Doña Isidora rund 15 Kilometer innerhalb peruanischer Gewässer",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s4-reuters",
          quote: "the trawler was in Chilean waters, some 3 nautical miles south of the boundary",
        },
        b: {
          article: "s4-zeit",
          quote:
            "dass sich das Schiff zum Zeitpunkt der Kontrolle in chilenischen Gewässern aufhielt, etwa drei Seemeilen südlich der Seegrenze",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s4-reuters",
          quote: "Chile summoned Peru's ambassador on Monday",
        },
        b: {
          article: "s4-zeit",
          quote: "Das Außenministerium in Santiago bestellte am Montag den peruanischen Botschafter ein",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s4-reuters",
          quote: "the crew would be allowed to return to Chile by land within days",
        },
        b: {
          article: "s4-zeit",
          quote:
            "Die übrigen Seeleute sollten dagegen in den kommenden Tagen über den Landweg nach Chile zurückkehren können",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s4-reuters",
          quote: "had about 40 tonnes of jack mackerel in its hold",
        },
        b: {
          article: "s4-zeit",
          quote: "An Bord befanden sich laut peruanischen Behörden rund 40 Tonnen Stöcker",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s4-reuters",
          quote: "towed it to the southern port of Ilo",
        },
        b: {
          article: "s4-zeit",
          quote: "Es wurde in den Hafen von Ilo im Süden des Landes geschleppt",
        },
        figuresDisagree: false,
      },
    ],
    different: [
      {
        a: {
          article: "s4-zeit",
          quote: "Bereits im März hatte die peruanische Marine zwei chilenische Kutter vor Ilo kontrolliert",
        },
        b: {
          article: "s4-reuters",
          quote: "towed it to the southern port of Ilo",
        },
      },
      {
        a: {
          article: "s4-zeit",
          quote:
            "In Arica, dem Heimathafen des Trawlers, versammelten sich am Montag rund 200 Fischer zu einer Protestkundgebung",
        },
        b: {
          article: "s4-reuters",
          quote: "The trawler, owned by an Arica-based company",
        },
      },
      {
        a: {
          article: "s4-zeit",
          quote:
            "Die chilenische Fischereibehörde Sernapesca teilte mit, das Schiff habe über alle erforderlichen Fanglizenzen verfügt",
        },
        b: {
          article: "s4-reuters",
          quote:
            "Chilean fishing industry groups have called on the government to seek talks with Lima to avoid further seizures",
        },
      },
      {
        a: {
          article: "s4-zeit",
          quote: "sprach Peru rund 50.000 Quadratkilometer Meeresfläche zu",
        },
        b: {
          article: "s4-reuters",
          quote:
            "The 2014 ICJ ruling drew a maritime boundary that follows a line of latitude for 80 nautical miles from the coast",
        },
      },
    ],
  },
  {
    id: "s5-valsartan-recall",
    articles: [
      {
        id: "s5-dpa",
        outlet: "dpa",
        language: "de",
        title: "Blutdrucksenker zurückgerufen: Verunreinigung in 38 Chargen",
        text: "Wegen einer Verunreinigung mit einem möglicherweise krebserregenden Stoff ruft der Bielefelder Hersteller Altenau Pharma ein weit verbreitetes Blutdruckmittel zurück. Betroffen seien 38 Chargen des Kombinationspräparats Amlodipin/Valsartan Altenau, teilte das Bundesinstitut für Arzneimittel und Medizinprodukte (BfArM) am Mittwoch in Bonn mit.\n\nIn den Tabletten sei N-Nitrosodimethylamin (NDMA) nachgewiesen worden, in einigen Proben bis zum Dreifachen des zulässigen Grenzwerts. Der Stoff wird von der Internationalen Agentur für Krebsforschung als wahrscheinlich krebserregend eingestuft. Eine akute Gefahr für Patientinnen und Patienten bestehe nach derzeitigem Kenntnisstand nicht, betonte die Behörde. Ein erhöhtes Risiko ergebe sich erst bei einer Einnahme über viele Jahre.\n\nNach Schätzungen des BfArM nehmen in Deutschland rund 240.000 Menschen das Präparat ein. Sie sollten das Mittel keinesfalls eigenmächtig absetzen, sondern mit ihrer Ärztin oder ihrem Arzt über eine Umstellung sprechen, rieten die Fachleute. Ein plötzliches Absetzen von Blutdrucksenkern könne gefährlicher sein als die Verunreinigung selbst.\n\nApotheken sollen die betroffenen Packungen gegen unbelastete Präparate anderer Hersteller austauschen. Die Krankenkassen hätten zugesagt, dabei keine erneute Zuzahlung zu verlangen, sagte ein Sprecher des GKV-Spitzenverbands. Welche Chargen betroffen sind, ist auf der Internetseite des BfArM aufgelistet.\n\nDer Wirkstoff Valsartan stamme von einem Zulieferer im indischen Hyderabad, teilte Altenau Pharma mit. Das Unternehmen habe die Zusammenarbeit mit dem Lieferanten vorerst ausgesetzt und eigene Prüfungen eingeleitet. Wie die Verunreinigung entstanden ist, sei noch unklar. Fachleute vermuten eine Änderung im Herstellungsprozess.\n\nDer Fall weckt Erinnerungen an den Valsartan-Skandal von 2018. Damals waren weltweit Blutdruckmittel zurückgerufen worden, deren Wirkstoff von einem chinesischen Hersteller stammte und ebenfalls mit NDMA verunreinigt war. Seitdem gelten in der EU strengere Prüfvorgaben für Nitrosamine.",
      },
      {
        id: "s5-dw",
        outlet: "Deutsche Welle",
        language: "en",
        title: "German regulator orders recall of contaminated blood pressure drug",
        text: 'Germany\'s drug regulator has ordered the recall of a widely used blood pressure medication after tests found elevated levels of a probable carcinogen in several batches.\n\nThe Federal Institute for Drugs and Medical Devices (BfArM) said on Wednesday that Altenau Pharma has recalled 38 batches of its amlodipine-valsartan combination tablets. Laboratory tests detected N-nitrosodimethylamine, or NDMA, at levels up to three times the acceptable limit.\n\nThe regulator stressed there was no acute health risk, as any increase in cancer risk would only arise from long-term exposure. About 300,000 patients in Germany are currently taking the drug, according to prescription data compiled by the research institute of the AOK, the country\'s largest public health insurer.\n\nPatients who have been prescribed the tablets should continue taking them until they have spoken to their doctor, the BfArM said. Pharmacies are to exchange affected packs for products from other manufacturers, and statutory health insurers have agreed to waive the usual co-payment for the replacement.\n\nThe Bielefeld-based company said the valsartan used in the tablets had been made by an external supplier in India and that it had suspended deliveries from the plant. Indian regulators inspected the Hyderabad facility in 2023 without finding major violations, according to publicly available inspection records.\n\n"We take this matter extremely seriously," Altenau Pharma\'s managing director, Jens Kortmann, said in a statement. "Patient safety has absolute priority."\n\nThe recall revives memories of 2018, when valsartan tablets made with an active ingredient from a Chinese manufacturer were withdrawn in dozens of countries. In Germany alone, around 900,000 patients were affected at the time. The scandal led European regulators to tighten requirements for testing nitrosamine impurities.\n\nConsumer groups have called for more diversified supply chains, noting that a large share of the active ingredients in generic drugs sold in Europe is produced in just two countries, China and India.',
      },
      {
        id: "s5-independent",
        outlet: "The Independent",
        language: "en",
        title: "Blood pressure tablets recalled in UK and Germany over cancer-risk impurity",
        text: 'Thousands of patients in the UK are being told to check their blood pressure medication after a drug maker recalled several batches contaminated with an impurity linked to cancer.\n\nThe Medicines and Healthcare products Regulatory Agency (MHRA) said six batches of amlodipine/valsartan tablets made by Altenau Pharma and distributed in the UK were affected. The regulator estimates that around 18,000 people in the UK have been prescribed tablets from the affected batches.\n\nThe recall follows action in Germany, where the company is based and where 41 batches have been pulled from pharmacy shelves. German regulators said there was no acute danger to patients.\n\nTests found that the tablets contained NDMA, a chemical classed as a probable human carcinogen, at up to three times the acceptable intake limit. According to the company, the active ingredient valsartan was manufactured by a supplier in Hyderabad, India.\n\nDr Helen Marsh, a GP in Leeds and spokesperson for the Royal College of General Practitioners, said patients should not panic. "The risk from taking these tablets for a few weeks or months is extremely small," she said. "What is dangerous is suddenly stopping blood pressure medication, which can lead to strokes and heart attacks."\n\nThe MHRA said patients should not stop taking their medicine but should speak to their pharmacist, who can check the batch number and provide an alternative. The agency classified the action as a Class 2 recall, meaning the defect could cause mistreatment but is not considered life-threatening.\n\nPharmacies in England have been instructed to quarantine remaining stock. The Department of Health and Social Care said it did not expect supply shortages, as several other manufacturers produce the same combination.\n\nThe case is the latest in a series of recalls involving nitrosamine impurities, which since 2018 have affected medicines ranging from heartburn treatments to diabetes drugs.',
      },
    ],
    same: [
      {
        a: {
          article: "s5-dpa",
          quote: "Betroffen seien 38 Chargen des Kombinationspräparats Amlodipin/Valsartan Altenau",
        },
        b: {
          article: "s5-dw",
          quote: "Altenau Pharma has recalled 38 batches of its amlodipine-valsartan combination tablets",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s5-dpa",
          quote: "Betroffen seien 38 Chargen des Kombinationspräparats Amlodipin/Valsartan Altenau",
        },
        b: {
          article: "s5-independent",
          quote: "where the company is based and where 41 batches have been pulled from pharmacy shelves",
        },
        figuresDisagree: true,
      },
      {
        a: {
          article: "s5-dpa",
          quote: "Nach Schätzungen des BfArM nehmen in Deutschland rund 240.000 Menschen das Präparat ein",
        },
        b: {
          article: "s5-dw",
          quote: "About 300,000 patients in Germany are currently taking the drug",
        },
        figuresDisagree: true,
      },
      {
        a: {
          article: "s5-dpa",
          quote:
            "In den Tabletten sei N-Nitrosodimethylamin (NDMA) nachgewiesen worden, in einigen Proben bis zum Dreifachen des zulässigen Grenzwerts",
        },
        b: {
          article: "s5-dw",
          quote:
            "Laboratory tests detected N-nitrosodimethylamine, or NDMA, at levels up to three times the acceptable limit",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s5-dpa",
          quote:
            "Sie sollten das Mittel keinesfalls eigenmächtig absetzen, sondern mit ihrer Ärztin oder ihrem Arzt über eine Umstellung sprechen",
        },
        b: {
          article: "s5-dw",
          quote:
            "Patients who have been prescribed the tablets should continue taking them until they have spoken to their doctor",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s5-dpa",
          quote: "Die Krankenkassen hätten zugesagt, dabei keine erneute Zuzahlung zu verlangen",
        },
        b: {
          article: "s5-dw",
          quote: "statutory health insurers have agreed to waive the usual co-payment for the replacement",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s5-dpa",
          quote: "Der Wirkstoff Valsartan stamme von einem Zulieferer im indischen Hyderabad",
        },
        b: {
          article: "s5-independent",
          quote: "the active ingredient valsartan was manufactured by a supplier in Hyderabad, India",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s5-dw",
          quote: "The regulator stressed there was no acute health risk",
        },
        b: {
          article: "s5-independent",
          quote: "German regulators said there was no acute danger to patients",
        },
        figuresDisagree: false,
      },
    ],
    different: [
      {
        a: {
          article: "s5-dw",
          quote: "In Germany alone, around 900,000 patients were affected at the time",
        },
        b: {
          article: "s5-dpa",
          quote: "Nach Schätzungen des BfArM nehmen in Deutschland rund 240.000 Menschen das Präparat ein",
        },
      },
      {
        a: {
          article: "s5-independent",
          quote:
            "six batches of amlodipine/valsartan tablets made by Altenau Pharma and distributed in the UK were affected",
        },
        b: {
          article: "s5-dw",
          quote: "Altenau Pharma has recalled 38 batches of its amlodipine-valsartan combination tablets",
        },
      },
      {
        a: {
          article: "s5-dw",
          quote: "Indian regulators inspected the Hyderabad facility in 2023 without finding major violations",
        },
        b: {
          article: "s5-independent",
          quote: "the active ingredient valsartan was manufactured by a supplier in Hyderabad, India",
        },
      },
      {
        a: {
          article: "s5-dpa",
          quote:
            "Damals waren weltweit Blutdruckmittel zurückgerufen worden, deren Wirkstoff von einem chinesischen Hersteller stammte",
        },
        b: {
          article: "s5-dw",
          quote:
            "a large share of the active ingredients in generic drugs sold in Europe is produced in just two countries, China and India",
        },
      },
    ],
  },
];

import type { EvalStory } from "./matching-articles";

/**
 * Set eleven: whole articles on five invented stories by several outlets each, in German and English, with the passage
 * pairs that state one claim and those that only share a name. Written by a helper session that never saw the matcher,
 * its tables or any other set; committed before it was scored. Unread by the developers of the rules: only its
 * aggregate scores are looked at.
 */
export const MATCHING_ARTICLES_11: EvalStory[] = [
  {
    id: "s1-hospital-cyberattack",
    articles: [
      {
        id: "s1-dpa",
        outlet: "dpa",
        language: "de",
        title: "Cyberangriff legt Bielefelder Klinikum lahm – Notaufnahme abgemeldet",
        text: [
          "Bielefeld (dpa) - Ein Cyberangriff hat das Klinikum Am Lindenhof in Bielefeld weitgehend lahmgelegt. Die Notaufnahme des Krankenhauses sei seit der Nacht zum Dienstag von der Notfallversorgung abgemeldet, Rettungswagen würden andere Kliniken in der Region anfahren, teilte ein Sprecher der Stadt mit. Patienten, die selbst in die Notaufnahme kommen, würden weiterhin erstversorgt.",
          "Nach Angaben des Klinikums waren in der Nacht zum Dienstag gegen 2.30 Uhr mehrere Server ausgefallen. Die IT-Abteilung habe daraufhin sämtliche Systeme vom Netz genommen, um eine weitere Ausbreitung der Schadsoftware zu verhindern. Seitdem arbeiten Ärzte und Pflegekräfte nach Angaben einer Sprecherin mit Papier und Stift.",
          "Sechs Intensivpatienten wurden vorsorglich in umliegende Krankenhäuser verlegt, darunter in das Evangelische Klinikum Bethel. Insgesamt 14 planbare Operationen seien verschoben worden, hieß es. Entbindungen und Dialysen liefen dagegen weiter.",
          "„Die Versorgung unserer Patientinnen und Patienten hat absolute Priorität“, sagte Geschäftsführerin Martina Kessler. Man arbeite mit Hochdruck daran, die Systeme schrittweise wieder hochzufahren. Wie lange das dauern werde, sei derzeit nicht absehbar.",
          "Die Zentral- und Ansprechstelle Cybercrime (ZAC NRW) bei der Staatsanwaltschaft Köln hat die Ermittlungen übernommen. Ein Sprecher bestätigte ein Verfahren wegen des Verdachts der Computersabotage. Zu möglichen Tätern oder einer Lösegeldforderung wollte er sich mit Blick auf die laufenden Ermittlungen nicht äußern.",
          "Auch das Bundesamt für Sicherheit in der Informationstechnik (BSI) ist eingeschaltet. Ein mobiles Einsatzteam der Behörde sei am Dienstagvormittag in Bielefeld eingetroffen, teilte das BSI in Bonn mit.",
          "Das Klinikum Am Lindenhof ist mit rund 1.100 Betten eines der größten Krankenhäuser in Ostwestfalen und beschäftigt etwa 3.400 Menschen. Ob Patientendaten abgeflossen sind, ist nach Angaben der Klinik noch unklar.",
          "Angriffe auf Krankenhäuser haben in Deutschland in den vergangenen Jahren deutlich zugenommen. Kliniken gelten als lohnendes Ziel, weil schon wenige Stunden ohne IT den Betrieb massiv beeinträchtigen.",
        ].join("\n\n"),
      },
      {
        id: "s1-reuters",
        outlet: "Reuters",
        language: "en",
        title: "German hospital diverts ambulances after cyberattack, ransom note found",
        text: [
          "BERLIN (Reuters) - A large hospital in the western German city of Bielefeld stopped accepting ambulances on Tuesday after a cyberattack knocked out its computer systems, forcing staff to switch to paper records and move critically ill patients elsewhere.",
          "The Klinikum Am Lindenhof said its servers had failed overnight and that its IT team had shut down all networks as a precaution. Emergency patients arriving by ambulance are being redirected to other hospitals in the region, a city spokesperson said.",
          "Four patients from the intensive care unit were moved to nearby hospitals, the hospital said, while around 30 scheduled operations had to be postponed.",
          "A person familiar with the matter told Reuters that a ransom note had been found on the affected servers demanding payment in cryptocurrency. The hospital declined to comment on any ransom demand.",
          "“We are working around the clock to restore our systems step by step,” managing director Martina Kessler said in a statement. She said births and dialysis treatments were continuing.",
          "Prosecutors in Cologne, whose cybercrime unit handles such cases in the state of North Rhine-Westphalia, said they had opened an investigation on suspicion of computer sabotage.",
          "Germany's federal cyber security agency BSI said it had sent a rapid response team to Bielefeld to help the hospital contain the attack.",
          "The hospital, which has about 1,100 beds, is one of the biggest in the region. It was not immediately clear whether patient data had been stolen.",
          "Hospitals across Europe have increasingly become targets for criminal hacking groups, which often encrypt data and threaten to publish stolen files unless a ransom is paid.",
        ].join("\n\n"),
      },
      {
        id: "s1-spiegel",
        outlet: "Spiegel",
        language: "de",
        title: "Hackerangriff auf Klinikum: Bielefelder Krankenhaus arbeitet mit Zettel und Stift",
        text: [
          "Auf den Fluren des Klinikums Am Lindenhof hängen seit Dienstagmorgen handgeschriebene Zettel. Wo sonst Bildschirme die Belegung der Stationen anzeigen, bleibt es dunkel: Ein Cyberangriff hat das Bielefelder Krankenhaus in der Nacht nahezu vollständig lahmgelegt.",
          "Die Klinik hat sich bei der Leitstelle von der Notfallversorgung abgemeldet. Rettungswagen bringen Notfallpatienten seither in andere Krankenhäuser, vor allem nach Gütersloh und Herford.",
          "Nach SPIEGEL-Informationen fanden IT-Fachleute auf mehreren Servern eine Nachricht der Angreifer, in der diese eine Zahlung in Bitcoin fordern. Eine konkrete Summe werde darin nicht genannt. Die Klinikleitung wollte sich dazu nicht äußern.",
          "Besonders betroffen ist die Intensivstation. Fünf schwer kranke Patienten wurden in der Nacht in Nachbarkliniken gebracht, wie ein Arzt berichtet, der anonym bleiben möchte. „Wir haben keinen Zugriff auf Medikationspläne und Laborwerte, wir müssen alles neu erfragen“, sagt er.",
          "Auch viele geplante Eingriffe fallen aus. Die Klinik spricht von 14 verschobenen Operationen, Mitarbeitende berichten von deutlich mehr.",
          "Geschäftsführerin Martina Kessler versicherte, es gebe keine Gefahr für Leib und Leben der Patienten. Die Systeme sollten erst dann wieder hochgefahren werden, wenn sichergestellt sei, dass die Schadsoftware vollständig entfernt ist.",
          "Die Staatsanwaltschaft Köln prüft nach SPIEGEL-Informationen, ob hinter dem Angriff eine bekannte Ransomware-Gruppe steckt, die bereits mehrere Krankenhäuser in Europa attackiert hat. Offiziell äußert sich die Behörde dazu nicht.",
          "Nach Angaben des Bundesamts für Sicherheit in der Informationstechnik hat die Zahl der Angriffe auf Kliniken in den vergangenen Jahren zugenommen. Viele Häuser hätten zu wenig Geld für IT-Sicherheit, kritisiert die Deutsche Krankenhausgesellschaft seit Langem.",
        ].join("\n\n"),
      },
    ],
    same: [
      {
        a: { article: "s1-dpa", quote: "Rettungswagen würden andere Kliniken in der Region anfahren" },
        b: {
          article: "s1-reuters",
          quote: "Emergency patients arriving by ambulance are being redirected to other hospitals in the region",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s1-dpa",
          quote: "Sechs Intensivpatienten wurden vorsorglich in umliegende Krankenhäuser verlegt",
        },
        b: {
          article: "s1-reuters",
          quote: "Four patients from the intensive care unit were moved to nearby hospitals",
        },
        figuresDisagree: true,
      },
      {
        a: { article: "s1-dpa", quote: "Insgesamt 14 planbare Operationen seien verschoben worden" },
        b: { article: "s1-reuters", quote: "around 30 scheduled operations had to be postponed" },
        figuresDisagree: true,
      },
      {
        a: {
          article: "s1-reuters",
          quote: "a ransom note had been found on the affected servers demanding payment in cryptocurrency",
        },
        b: {
          article: "s1-spiegel",
          quote:
            "fanden IT-Fachleute auf mehreren Servern eine Nachricht der Angreifer, in der diese eine Zahlung in Bitcoin fordern",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s1-dpa",
          quote: "Ein Sprecher bestätigte ein Verfahren wegen des Verdachts der Computersabotage",
        },
        b: { article: "s1-reuters", quote: "said they had opened an investigation on suspicion of computer sabotage" },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s1-reuters",
          quote: "Germany's federal cyber security agency BSI said it had sent a rapid response team to Bielefeld",
        },
        b: {
          article: "s1-dpa",
          quote: "Ein mobiles Einsatzteam der Behörde sei am Dienstagvormittag in Bielefeld eingetroffen",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s1-dpa",
          quote: "Das Klinikum Am Lindenhof ist mit rund 1.100 Betten eines der größten Krankenhäuser in Ostwestfalen",
        },
        b: {
          article: "s1-reuters",
          quote: "The hospital, which has about 1,100 beds, is one of the biggest in the region",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s1-spiegel",
          quote: "Fünf schwer kranke Patienten wurden in der Nacht in Nachbarkliniken gebracht",
        },
        b: {
          article: "s1-reuters",
          quote: "Four patients from the intensive care unit were moved to nearby hospitals",
        },
        figuresDisagree: true,
      },
      {
        a: { article: "s1-dpa", quote: "Insgesamt 14 planbare Operationen seien verschoben worden" },
        b: { article: "s1-spiegel", quote: "Die Klinik spricht von 14 verschobenen Operationen" },
        figuresDisagree: false,
      },
    ],
    different: [
      {
        a: {
          article: "s1-spiegel",
          quote:
            "Nach Angaben des Bundesamts für Sicherheit in der Informationstechnik hat die Zahl der Angriffe auf Kliniken in den vergangenen Jahren zugenommen",
        },
        b: {
          article: "s1-reuters",
          quote:
            "Germany's federal cyber security agency BSI said it had sent a rapid response team to Bielefeld to help the hospital contain the attack",
        },
      },
      {
        a: {
          article: "s1-spiegel",
          quote: "Geschäftsführerin Martina Kessler versicherte, es gebe keine Gefahr für Leib und Leben der Patienten",
        },
        b: {
          article: "s1-reuters",
          quote:
            "“We are working around the clock to restore our systems step by step,” managing director Martina Kessler said in a statement",
        },
      },
      {
        a: {
          article: "s1-dpa",
          quote:
            "Die Zentral- und Ansprechstelle Cybercrime (ZAC NRW) bei der Staatsanwaltschaft Köln hat die Ermittlungen übernommen",
        },
        b: {
          article: "s1-spiegel",
          quote:
            "Die Staatsanwaltschaft Köln prüft nach SPIEGEL-Informationen, ob hinter dem Angriff eine bekannte Ransomware-Gruppe steckt",
        },
      },
      {
        a: {
          article: "s1-reuters",
          quote:
            "The Klinikum Am Lindenhof said its servers had failed overnight and that its IT team had shut down all networks as a precaution",
        },
        b: {
          article: "s1-dpa",
          quote:
            "Das Klinikum Am Lindenhof ist mit rund 1.100 Betten eines der größten Krankenhäuser in Ostwestfalen und beschäftigt etwa 3.400 Menschen",
        },
      },
      {
        a: {
          article: "s1-dpa",
          quote: "Auch das Bundesamt für Sicherheit in der Informationstechnik (BSI) ist eingeschaltet",
        },
        b: {
          article: "s1-spiegel",
          quote:
            "Nach Angaben des Bundesamts für Sicherheit in der Informationstechnik hat die Zahl der Angriffe auf Kliniken in den vergangenen Jahren zugenommen",
        },
      },
    ],
  },
  {
    id: "s2-diplomat-expulsion",
    articles: [
      {
        id: "s2-afp",
        outlet: "AFP",
        language: "en",
        title: "Norway expels three Iranian diplomats over spying on exiles",
        text: [
          "Oslo (AFP) - Norway on Wednesday ordered three Iranian diplomats to leave the country, accusing them of spying on Iranian dissidents living in exile in the Nordic nation.",
          "The three, who were accredited at Iran's embassy in Oslo, have been declared “persona non grata” and must leave Norway within 72 hours, the foreign ministry said in a statement.",
          "“Norway will not accept that foreign states map and intimidate people who have sought protection here,” Foreign Minister Tone Aasvik told reporters in Oslo. Aasvik said Norway would also raise the matter with its Nordic and EU partners.",
          "According to the Norwegian Police Security Service (PST), the diplomats had systematically gathered information on at least 15 Iranian exiles, including journalists and women's rights activists, over a period of several months.",
          "Some of the targets had been photographed outside their homes, the agency said. PST said information about the exiles' relatives in Iran had also been collected. No arrests were made, as the three enjoy diplomatic immunity.",
          "Iran's foreign ministry summoned Norway's ambassador in Tehran on Wednesday evening and condemned the expulsions as “baseless and politically motivated”, the official IRNA news agency reported.",
          "Tehran “reserves the right to respond in kind”, a ministry spokesman was quoted as saying.",
          "Norway is home to an estimated 30,000 people of Iranian origin. Several European countries, including Denmark and the Netherlands, have in recent years accused Tehran of targeting dissidents on their soil.",
        ].join("\n\n"),
      },
      {
        id: "s2-faz",
        outlet: "FAZ",
        language: "de",
        title: "Norwegen weist iranische Diplomaten aus",
        text: [
          "Norwegen hat drei Mitarbeiter der iranischen Botschaft in Oslo zu unerwünschten Personen erklärt. Die Diplomaten sollen nach Angaben der norwegischen Regierung über Monate hinweg in Norwegen lebende Regimekritiker ausgespäht haben. Sie müssen das Land bis Samstag verlassen.",
          "Außenministerin Tone Aasvik sprach am Mittwoch in Oslo von einem „schwerwiegenden Verstoß gegen das Wiener Übereinkommen“. Es sei nicht hinnehmbar, dass ein fremder Staat Menschen einschüchtere, die in Norwegen Schutz gesucht hätten.",
          "Die Ermittlungen hatte der Inlandsgeheimdienst PST geführt. Nach dessen Angaben hatten die drei Männer Informationen über rund ein Dutzend Exil-Iraner gesammelt, darunter Journalisten und Aktivistinnen der Protestbewegung „Frau, Leben, Freiheit“. Einige der Betroffenen seien vor ihren Wohnungen fotografiert worden.",
          "Die Leiterin des PST, Hilde Sørbø, sagte, man habe die Betroffenen bereits im Herbst gewarnt und ihnen Schutzmaßnahmen angeboten. Festnahmen gab es keine, weil die Diplomaten Immunität genießen.",
          "Teheran reagierte umgehend. Das iranische Außenministerium bestellte den norwegischen Botschafter ein und kündigte „angemessene Gegenmaßnahmen“ an. Die Vorwürfe seien haltlos, hieß es in einer Mitteilung.",
          "Es ist das erste Mal seit mehr als zehn Jahren, dass Norwegen iranische Diplomaten ausweist. Das Verhältnis zwischen beiden Ländern gilt seit Langem als angespannt, auch wegen der norwegischen Unterstützung für Sanktionen der Europäischen Union gegen Iran.",
          "In Norwegen leben nach Angaben des Statistikamts rund 25.000 Menschen mit iranischen Wurzeln. Auch Dänemark und die Niederlande hatten in den vergangenen Jahren Teheran vorgeworfen, gegen Oppositionelle auf ihrem Staatsgebiet vorzugehen.",
        ].join("\n\n"),
      },
      {
        id: "s2-bbc",
        outlet: "BBC",
        language: "en",
        title: "Norway orders Iranian diplomats out over surveillance of dissidents",
        text: [
          "Norway has expelled three Iranian diplomats after its security service concluded they had been spying on Iranians living in exile in the country.",
          "The diplomats, all men working at the Iranian embassy in Oslo, have until Saturday to leave, Norway's foreign ministry said.",
          "Norway's domestic intelligence agency, PST, said the men had monitored about a dozen dissidents, among them journalists and activists linked to the “Woman, Life, Freedom” protest movement.",
          "One of those targeted, a journalist who asked not to be named, told the BBC she had noticed a car parked outside her flat in Bergen for several nights last autumn. “I left Iran so that I could speak freely. Now I find out they followed me here too,” she said.",
          "Foreign Minister Tone Aasvik said the expulsions sent “a clear message” that intimidation of people who had sought protection in Norway would not be tolerated.",
          "Iran has rejected the accusations. Its foreign ministry summoned the Norwegian ambassador in Tehran and said it would take “reciprocal measures”, without giving details.",
          "The Iranian embassy in Oslo did not respond to a request for comment from the BBC.",
          "Analysts say Tehran is likely to expel Norwegian diplomats in return, as it has done in similar disputes with other European countries.",
        ].join("\n\n"),
      },
    ],
    same: [
      {
        a: { article: "s2-faz", quote: "Sie müssen das Land bis Samstag verlassen" },
        b: { article: "s2-bbc", quote: "have until Saturday to leave, Norway's foreign ministry said" },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s2-afp",
          quote: "the diplomats had systematically gathered information on at least 15 Iranian exiles",
        },
        b: {
          article: "s2-faz",
          quote: "hatten die drei Männer Informationen über rund ein Dutzend Exil-Iraner gesammelt",
        },
        figuresDisagree: true,
      },
      {
        a: {
          article: "s2-afp",
          quote: "the diplomats had systematically gathered information on at least 15 Iranian exiles",
        },
        b: { article: "s2-bbc", quote: "the men had monitored about a dozen dissidents" },
        figuresDisagree: true,
      },
      {
        a: { article: "s2-afp", quote: "Norway on Wednesday ordered three Iranian diplomats to leave the country" },
        b: {
          article: "s2-faz",
          quote: "Norwegen hat drei Mitarbeiter der iranischen Botschaft in Oslo zu unerwünschten Personen erklärt",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s2-afp",
          quote: "Iran's foreign ministry summoned Norway's ambassador in Tehran on Wednesday evening",
        },
        b: { article: "s2-faz", quote: "Das iranische Außenministerium bestellte den norwegischen Botschafter ein" },
        figuresDisagree: false,
      },
      {
        a: { article: "s2-faz", quote: "Einige der Betroffenen seien vor ihren Wohnungen fotografiert worden" },
        b: { article: "s2-afp", quote: "Some of the targets had been photographed outside their homes" },
        figuresDisagree: false,
      },
      {
        a: { article: "s2-faz", quote: "Festnahmen gab es keine, weil die Diplomaten Immunität genießen" },
        b: { article: "s2-afp", quote: "No arrests were made, as the three enjoy diplomatic immunity" },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s2-faz",
          quote: "In Norwegen leben nach Angaben des Statistikamts rund 25.000 Menschen mit iranischen Wurzeln",
        },
        b: { article: "s2-afp", quote: "Norway is home to an estimated 30,000 people of Iranian origin" },
        figuresDisagree: true,
      },
      {
        a: { article: "s2-faz", quote: "Das iranische Außenministerium bestellte den norwegischen Botschafter ein" },
        b: { article: "s2-bbc", quote: "Its foreign ministry summoned the Norwegian ambassador in Tehran" },
        figuresDisagree: false,
      },
    ],
    different: [
      {
        a: {
          article: "s2-faz",
          quote:
            "Außenministerin Tone Aasvik sprach am Mittwoch in Oslo von einem „schwerwiegenden Verstoß gegen das Wiener Übereinkommen“",
        },
        b: {
          article: "s2-afp",
          quote: "Aasvik said Norway would also raise the matter with its Nordic and EU partners",
        },
      },
      {
        a: {
          article: "s2-faz",
          quote: "Die Leiterin des PST, Hilde Sørbø, sagte, man habe die Betroffenen bereits im Herbst gewarnt",
        },
        b: {
          article: "s2-afp",
          quote: "PST said information about the exiles' relatives in Iran had also been collected",
        },
      },
      {
        a: {
          article: "s2-bbc",
          quote: "The Iranian embassy in Oslo did not respond to a request for comment from the BBC",
        },
        b: {
          article: "s2-afp",
          quote: "The three, who were accredited at Iran's embassy in Oslo, have been declared “persona non grata”",
        },
      },
      {
        a: {
          article: "s2-faz",
          quote: "Es ist das erste Mal seit mehr als zehn Jahren, dass Norwegen iranische Diplomaten ausweist",
        },
        b: { article: "s2-bbc", quote: "Analysts say Tehran is likely to expel Norwegian diplomats in return" },
      },
    ],
  },
  {
    id: "s3-ferry-aground",
    articles: [
      {
        id: "s3-ap",
        outlet: "AP",
        language: "en",
        title: "Baltic ferry with hundreds aboard runs aground off Finland's Aland Islands",
        text: [
          "HELSINKI (AP) — A passenger ferry carrying more than 470 people ran aground in the Aland archipelago between Sweden and Finland late Saturday, injuring seven people and forcing a nighttime evacuation, Finnish authorities said.",
          "The Baltic Aurora, operated by the Swedish company Nordvik Line, was sailing from Stockholm to Turku when it struck rocks near the port of Mariehamn shortly before midnight, the Finnish Border Guard said.",
          "All 382 passengers and 96 crew members were taken off the ship by early Sunday in lifeboats and on rescue vessels, the Border Guard said. Seven people were taken to a hospital in Mariehamn with minor injuries.",
          "Border Guard spokesman Mikko Lindqvist said the weather at the time was windy but visibility was good. “The evacuation went calmly and in an orderly way,” he told The Associated Press.",
          "The ship's hull was damaged below the waterline, and a small amount of fuel leaked into the sea, authorities said. Environmental response vessels laid booms around the ferry to contain the spill.",
          "Nordvik Line said in a statement it was cooperating fully with authorities and had canceled all departures on the route until further notice.",
          "Finland's Safety Investigation Authority said it had opened an investigation into the cause of the grounding. Police said the captain had been breathalyzed and the test was negative.",
          "The Aland Islands, an autonomous Finnish region, are surrounded by thousands of small islands and skerries that make navigation in the area challenging.",
        ].join("\n\n"),
      },
      {
        id: "s3-sz",
        outlet: "SZ",
        language: "de",
        title: "Fähre läuft vor Åland auf Grund – Hunderte Passagiere in Sicherheit gebracht",
        text: [
          "Vor den finnischen Åland-Inseln ist in der Nacht zum Sonntag eine Ostseefähre mit mehr als 520 Menschen an Bord auf Grund gelaufen. Die „Baltic Aurora“ der schwedischen Reederei Nordvik Line war auf dem Weg von Stockholm nach Turku, als sie kurz vor Mitternacht nahe Mariehamn gegen Felsen stieß.",
          "Der finnische Grenzschutz, der in Finnland auch für die Seenotrettung zuständig ist, brachte alle Passagiere und Besatzungsmitglieder in der Nacht von Bord. Nach Angaben der Behörde wurden elf Menschen verletzt, zwei von ihnen schwer.",
          "Die Evakuierung dauerte mehrere Stunden. Passagiere wurden mit Rettungsinseln und Booten an Land gebracht, wo das Rote Kreuz eine Sporthalle als Notunterkunft eingerichtet hatte.",
          "„Es gab einen lauten Knall, dann neigte sich das Schiff zur Seite“, sagte eine Passagierin aus Uppsala dem schwedischen Rundfunk. Viele Menschen hätten im Schlafanzug an Deck gestanden, manche ohne Schuhe.",
          "Der Rumpf der Fähre wurde unterhalb der Wasserlinie aufgerissen. Nach Angaben der Behörden traten rund 200 Liter Treibstoff aus, Ölsperren wurden ausgelegt.",
          "Die Ursache des Unglücks ist noch unklar. Die finnische Unfalluntersuchungsbehörde hat Ermittlungen aufgenommen. Ein Alkoholtest beim Kapitän sei negativ ausgefallen, teilte die Polizei auf Åland mit.",
          "Die Reederei Nordvik Line stellte den Betrieb auf der Strecke vorerst ein. Das Unternehmen kündigte an, die betroffenen Passagiere zu entschädigen.",
          "Die Gewässer um die Åland-Inseln gelten wegen der zahllosen Schären als navigatorisch anspruchsvoll. Zuletzt war vor vier Jahren ein Frachter in der Region auf Grund gelaufen.",
        ].join("\n\n"),
      },
      {
        id: "s3-guardian",
        outlet: "Guardian",
        language: "en",
        title: "Hundreds evacuated after Baltic ferry hits rocks near Åland",
        text: [
          "Hundreds of people were evacuated from a passenger ferry in the Baltic Sea overnight after it ran aground near the Åland Islands, with passengers describing a loud bang followed by the ship listing sharply.",
          "The Baltic Aurora, with 478 people on board, hit rocks shortly before midnight on Saturday on its way from Stockholm to Turku, according to the Finnish Border Guard, which coordinates sea rescue in Finland.",
          "Eleven people were injured, two of them seriously, the Border Guard said on Sunday morning, revising an earlier figure.",
          "Passengers were ferried ashore in lifeboats and on rescue vessels and taken to a sports hall in Mariehamn, the islands' capital, where the Red Cross handed out blankets and hot drinks.",
          "“People were crying, children were in their pyjamas, but the crew were calm,” said Johanna Berg, 34, who was travelling with her two children.",
          "The ship's operator, Nordvik Line, said it was “deeply sorry” for what had happened and would compensate all passengers. It has suspended sailings on the route.",
          "The grounding comes a year after the company was criticised by Sweden's maritime authority for shortcomings in crew training, a report that Nordvik Line said it had since addressed.",
          "Finland's Safety Investigation Authority has opened an inquiry. Environmental officials said about 1,000 litres of fuel oil had leaked from the damaged hull, but the spill was contained by booms.",
        ].join("\n\n"),
      },
    ],
    same: [
      {
        a: { article: "s3-ap", quote: "Seven people were taken to a hospital in Mariehamn with minor injuries" },
        b: { article: "s3-sz", quote: "Nach Angaben der Behörde wurden elf Menschen verletzt, zwei von ihnen schwer" },
        figuresDisagree: true,
      },
      {
        a: { article: "s3-sz", quote: "Nach Angaben der Behörde wurden elf Menschen verletzt, zwei von ihnen schwer" },
        b: { article: "s3-guardian", quote: "Eleven people were injured, two of them seriously" },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s3-ap",
          quote: "A passenger ferry carrying more than 470 people ran aground in the Aland archipelago",
        },
        b: { article: "s3-sz", quote: "eine Ostseefähre mit mehr als 520 Menschen an Bord auf Grund gelaufen" },
        figuresDisagree: true,
      },
      {
        a: {
          article: "s3-ap",
          quote:
            "A passenger ferry carrying more than 470 people ran aground in the Aland archipelago between Sweden and Finland late Saturday",
        },
        b: {
          article: "s3-guardian",
          quote: "The Baltic Aurora, with 478 people on board, hit rocks shortly before midnight on Saturday",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s3-ap",
          quote:
            "was sailing from Stockholm to Turku when it struck rocks near the port of Mariehamn shortly before midnight",
        },
        b: {
          article: "s3-sz",
          quote:
            "war auf dem Weg von Stockholm nach Turku, als sie kurz vor Mitternacht nahe Mariehamn gegen Felsen stieß",
        },
        figuresDisagree: false,
      },
      {
        a: { article: "s3-ap", quote: "Police said the captain had been breathalyzed and the test was negative" },
        b: {
          article: "s3-sz",
          quote: "Ein Alkoholtest beim Kapitän sei negativ ausgefallen, teilte die Polizei auf Åland mit",
        },
        figuresDisagree: false,
      },
      {
        a: { article: "s3-sz", quote: "Die finnische Unfalluntersuchungsbehörde hat Ermittlungen aufgenommen" },
        b: { article: "s3-guardian", quote: "Finland's Safety Investigation Authority has opened an inquiry" },
        figuresDisagree: false,
      },
      {
        a: { article: "s3-sz", quote: "Die Reederei Nordvik Line stellte den Betrieb auf der Strecke vorerst ein" },
        b: { article: "s3-ap", quote: "had canceled all departures on the route until further notice" },
        figuresDisagree: false,
      },
      {
        a: { article: "s3-sz", quote: "Nach Angaben der Behörden traten rund 200 Liter Treibstoff aus" },
        b: { article: "s3-guardian", quote: "about 1,000 litres of fuel oil had leaked from the damaged hull" },
        figuresDisagree: true,
      },
    ],
    different: [
      {
        a: {
          article: "s3-ap",
          quote:
            "Border Guard spokesman Mikko Lindqvist said the weather at the time was windy but visibility was good",
        },
        b: {
          article: "s3-sz",
          quote:
            "Der finnische Grenzschutz, der in Finnland auch für die Seenotrettung zuständig ist, brachte alle Passagiere und Besatzungsmitglieder in der Nacht von Bord",
        },
      },
      {
        a: { article: "s3-guardian", quote: "a report that Nordvik Line said it had since addressed" },
        b: { article: "s3-sz", quote: "Die Reederei Nordvik Line stellte den Betrieb auf der Strecke vorerst ein" },
      },
      {
        a: { article: "s3-ap", quote: "Nordvik Line said in a statement it was cooperating fully with authorities" },
        b: {
          article: "s3-guardian",
          quote: "The ship's operator, Nordvik Line, said it was “deeply sorry” for what had happened",
        },
      },
      {
        a: { article: "s3-sz", quote: "als sie kurz vor Mitternacht nahe Mariehamn gegen Felsen stieß" },
        b: { article: "s3-guardian", quote: "taken to a sports hall in Mariehamn, the islands' capital" },
      },
      {
        a: { article: "s3-ap", quote: "Seven people were taken to a hospital in Mariehamn with minor injuries" },
        b: {
          article: "s3-guardian",
          quote:
            "Passengers were ferried ashore in lifeboats and on rescue vessels and taken to a sports hall in Mariehamn",
        },
      },
    ],
  },
  {
    id: "s4-airport-strike",
    articles: [
      {
        id: "s4-handelsblatt",
        outlet: "Handelsblatt",
        language: "de",
        title: "Warnstreik: Verdi legt Luftverkehr an fünf Flughäfen lahm",
        text: [
          "Die Gewerkschaft Verdi hat das Sicherheitspersonal an fünf deutschen Flughäfen für Donnerstag zu einem ganztägigen Warnstreik aufgerufen. Betroffen sind Frankfurt, München, Hamburg, Düsseldorf und Stuttgart, wie die Gewerkschaft am Dienstag mitteilte. Der Ausstand soll um Mitternacht beginnen und 24 Stunden dauern.",
          "Der Flughafenbetreiber Fraport kündigte an, dass in Frankfurt am Donnerstag keine Passagierflüge starten werden. Umsteigeverbindungen seien nur eingeschränkt möglich, Passagiere sollten gar nicht erst zum Flughafen kommen.",
          "Die Lufthansa strich nach eigenen Angaben rund 1.100 Flüge. Davon seien etwa 140.000 Passagiere betroffen. Die Airline versucht, Reisende auf Verbindungen der Deutschen Bahn umzubuchen.",
          "Verdi fordert für die rund 25.000 Beschäftigten in der Luftsicherheit eine Erhöhung der Stundenlöhne um 2,80 Euro bei einer Laufzeit von zwölf Monaten. Der Bundesverband der Luftsicherheitsunternehmen (BDLS) hat bislang ein Plus von 4,5 Prozent in zwei Stufen angeboten.",
          "„Die Arbeitgeber haben uns keine andere Wahl gelassen“, sagte Verdi-Verhandlungsführer Stefan Kramer. Das Angebot bedeute für viele Beschäftigte einen Reallohnverlust.",
          "Der BDLS kritisierte den Streik scharf. Verbandspräsident Jörg Rahn nannte den Aufruf „völlig überzogen“ und warf der Gewerkschaft vor, Hunderttausende Reisende in Geiselhaft zu nehmen.",
          "Die Verhandlungen sollen in der kommenden Woche in Berlin fortgesetzt werden. Es ist bereits die dritte Runde in dem Tarifkonflikt.",
          "Für die Luftverkehrswirtschaft kommt der Streik zur Unzeit. Der Flughafenverband ADV bezifferte den wirtschaftlichen Schaden eines bundesweiten Streiktags auf bis zu 200 Millionen Euro.",
        ].join("\n\n"),
      },
      {
        id: "s4-bloomberg",
        outlet: "Bloomberg",
        language: "en",
        title: "Lufthansa Cancels Over 1,000 Flights as German Airport Security Staff Strike",
        text: [
          "Deutsche Lufthansa AG canceled more than 1,000 flights as security workers at five German airports walked off the job on Thursday, halting departures at Frankfurt, the country's busiest hub.",
          "The Verdi union called the 24-hour strike at Frankfurt, Munich, Hamburg, Dusseldorf and Stuttgart to press its demand for higher wages for about 25,000 airport security workers. About 150,000 Lufthansa passengers are affected, the airline said.",
          "Fraport AG, which runs Frankfurt airport, said no passenger flights would take off there on Thursday and urged travelers not to come to the terminals.",
          "Lufthansa shares fell as much as 2.3% in Frankfurt trading, the biggest intraday drop in three weeks. A spokesman for the carrier said the cost of the walkout was not yet known.",
          "Verdi is seeking an increase of €2.80 an hour over 12 months. The BDLS employers' association has offered 4.5% in two steps, which the union says would amount to a real-terms pay cut.",
          "“We have made a fair offer,” BDLS President Jörg Rahn said in a statement, calling on Verdi to return to the negotiating table. Talks are scheduled to resume next week.",
          "The strike adds to a string of labor disputes that have disrupted travel in Germany this year, including walkouts by train drivers and airline ground staff.",
          "Germany's airport association ADV estimates that each nationwide strike day costs the economy as much as €250 million.",
        ].join("\n\n"),
      },
      {
        id: "s4-tagesschau",
        outlet: "Tagesschau",
        language: "de",
        title: "Warnstreik an Flughäfen: Zehntausende Reisende betroffen",
        text: [
          "An fünf großen deutschen Flughäfen hat am Donnerstag ein ganztägiger Warnstreik des Sicherheitspersonals begonnen. In Frankfurt, München, Hamburg, Düsseldorf und Stuttgart blieben die Sicherheitskontrollen seit Mitternacht weitgehend geschlossen.",
          "Am Frankfurter Flughafen waren die Terminals am Morgen fast menschenleer. Der Betreiber Fraport hatte Passagiere bereits vorab gebeten, nicht anzureisen. Abflüge finden dort den ganzen Tag nicht statt, lediglich einige Landungen sind möglich.",
          "Insgesamt fallen nach Schätzungen des Flughafenverbands ADV an den fünf Standorten mehr als 1.400 Starts und Landungen aus. Allein die Lufthansa strich nach eigenen Angaben knapp 900 Verbindungen.",
          "In München richtete der Flughafen für gestrandete Umsteigepassagiere Feldbetten im Terminal 2 ein. Die Deutsche Bahn setzte auf einigen Strecken zusätzliche Züge ein.",
          "Verdi verlangt für die bundesweit etwa 25.000 Luftsicherheitskräfte 2,80 Euro mehr pro Stunde. Die Arbeitgeber lehnen das als nicht finanzierbar ab.",
          "Verdi-Verhandlungsführer Stefan Kramer sagte im ARD-Morgenmagazin, ein weiterer Streik sei nicht ausgeschlossen, sollte es in der nächsten Runde kein deutlich verbessertes Angebot geben.",
          "Die nächste Verhandlungsrunde ist für Mittwoch kommender Woche in Berlin angesetzt. Bereits im Februar hatte Verdi an mehreren Flughäfen die Arbeit niederlegen lassen.",
        ].join("\n\n"),
      },
    ],
    same: [
      {
        a: { article: "s4-handelsblatt", quote: "Die Lufthansa strich nach eigenen Angaben rund 1.100 Flüge" },
        b: { article: "s4-bloomberg", quote: "Deutsche Lufthansa AG canceled more than 1,000 flights" },
        figuresDisagree: false,
      },
      {
        a: { article: "s4-handelsblatt", quote: "Davon seien etwa 140.000 Passagiere betroffen" },
        b: { article: "s4-bloomberg", quote: "About 150,000 Lufthansa passengers are affected, the airline said" },
        figuresDisagree: true,
      },
      {
        a: {
          article: "s4-handelsblatt",
          quote:
            "Der Flughafenbetreiber Fraport kündigte an, dass in Frankfurt am Donnerstag keine Passagierflüge starten werden",
        },
        b: {
          article: "s4-bloomberg",
          quote: "Fraport AG, which runs Frankfurt airport, said no passenger flights would take off there on Thursday",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s4-handelsblatt",
          quote:
            "Verdi fordert für die rund 25.000 Beschäftigten in der Luftsicherheit eine Erhöhung der Stundenlöhne um 2,80 Euro bei einer Laufzeit von zwölf Monaten",
        },
        b: { article: "s4-bloomberg", quote: "Verdi is seeking an increase of €2.80 an hour over 12 months" },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s4-handelsblatt",
          quote:
            "Der Bundesverband der Luftsicherheitsunternehmen (BDLS) hat bislang ein Plus von 4,5 Prozent in zwei Stufen angeboten",
        },
        b: { article: "s4-bloomberg", quote: "The BDLS employers' association has offered 4.5% in two steps" },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s4-handelsblatt",
          quote:
            "Der Flughafenverband ADV bezifferte den wirtschaftlichen Schaden eines bundesweiten Streiktags auf bis zu 200 Millionen Euro",
        },
        b: {
          article: "s4-bloomberg",
          quote:
            "Germany's airport association ADV estimates that each nationwide strike day costs the economy as much as €250 million",
        },
        figuresDisagree: true,
      },
      {
        a: {
          article: "s4-handelsblatt",
          quote:
            "Verdi fordert für die rund 25.000 Beschäftigten in der Luftsicherheit eine Erhöhung der Stundenlöhne um 2,80 Euro bei einer Laufzeit von zwölf Monaten",
        },
        b: {
          article: "s4-tagesschau",
          quote: "Verdi verlangt für die bundesweit etwa 25.000 Luftsicherheitskräfte 2,80 Euro mehr pro Stunde",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s4-tagesschau",
          quote:
            "In Frankfurt, München, Hamburg, Düsseldorf und Stuttgart blieben die Sicherheitskontrollen seit Mitternacht weitgehend geschlossen",
        },
        b: {
          article: "s4-bloomberg",
          quote: "security workers at five German airports walked off the job on Thursday",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s4-tagesschau",
          quote: "Allein die Lufthansa strich nach eigenen Angaben knapp 900 Verbindungen",
        },
        b: { article: "s4-bloomberg", quote: "Deutsche Lufthansa AG canceled more than 1,000 flights" },
        figuresDisagree: true,
      },
    ],
    different: [
      {
        a: {
          article: "s4-tagesschau",
          quote:
            "Insgesamt fallen nach Schätzungen des Flughafenverbands ADV an den fünf Standorten mehr als 1.400 Starts und Landungen aus",
        },
        b: {
          article: "s4-handelsblatt",
          quote:
            "Der Flughafenverband ADV bezifferte den wirtschaftlichen Schaden eines bundesweiten Streiktags auf bis zu 200 Millionen Euro",
        },
      },
      {
        a: {
          article: "s4-bloomberg",
          quote: "“We have made a fair offer,” BDLS President Jörg Rahn said in a statement",
        },
        b: { article: "s4-handelsblatt", quote: "Verbandspräsident Jörg Rahn nannte den Aufruf „völlig überzogen“" },
      },
      {
        a: { article: "s4-bloomberg", quote: "Lufthansa shares fell as much as 2.3% in Frankfurt trading" },
        b: {
          article: "s4-tagesschau",
          quote: "Allein die Lufthansa strich nach eigenen Angaben knapp 900 Verbindungen",
        },
      },
      {
        a: {
          article: "s4-tagesschau",
          quote: "In München richtete der Flughafen für gestrandete Umsteigepassagiere Feldbetten im Terminal 2 ein",
        },
        b: {
          article: "s4-bloomberg",
          quote: "The Verdi union called the 24-hour strike at Frankfurt, Munich, Hamburg, Dusseldorf and Stuttgart",
        },
      },
      {
        a: {
          article: "s4-handelsblatt",
          quote: "„Die Arbeitgeber haben uns keine andere Wahl gelassen“, sagte Verdi-Verhandlungsführer Stefan Kramer",
        },
        b: {
          article: "s4-tagesschau",
          quote:
            "Verdi-Verhandlungsführer Stefan Kramer sagte im ARD-Morgenmagazin, ein weiterer Streik sei nicht ausgeschlossen",
        },
      },
    ],
  },
  {
    id: "s5-cycling-doping",
    articles: [
      {
        id: "s5-orf",
        outlet: "ORF",
        language: "de",
        title: "Radprofi Brandner nach positivem EPO-Test gesperrt",
        text: [
          "Der Tiroler Radprofi Lukas Brandner ist vom Weltverband UCI vorläufig gesperrt worden. In einer Trainingskontrolle sei das Blutdopingmittel EPO nachgewiesen worden, teilte die Internationale Testagentur (ITA) am Montag mit. Die Probe war dem 27-Jährigen Anfang Mai bei einer unangekündigten Kontrolle in Innsbruck entnommen worden.",
          "Brandners Team Alpenstrom suspendierte den Fahrer mit sofortiger Wirkung. Man habe von dem Ergebnis „mit Bestürzung“ erfahren, hieß es in einer Aussendung des Rennstalls. Der Vertrag ruhe bis zur endgültigen Klärung des Falls.",
          "Brandner selbst wies die Vorwürfe zurück. „Ich habe nie in meinem Leben verbotene Substanzen genommen“, ließ er über seinen Anwalt ausrichten. Er werde die Öffnung der B-Probe beantragen.",
          "Der 27-Jährige gilt als eines der größten Talente im österreichischen Radsport. Im Vorjahr hatte er die Österreich-Rundfahrt gewonnen, bei der Tour de Suisse wurde er Siebenter in der Gesamtwertung.",
          "Die Nationale Anti-Doping Agentur Austria zeigte sich betroffen. Ein Sprecher der NADA Austria sagte, der Fall zeige, dass das Kontrollsystem funktioniere.",
          "Sollte auch die B-Probe positiv ausfallen, droht Brandner eine Sperre von bis zu vier Jahren. Zudem könnten ihm Ergebnisse rückwirkend aberkannt werden.",
          "Der Österreichische Radsportverband kündigte an, Brandner nicht für die Weltmeisterschaft im September zu nominieren.",
          "Für Team Alpenstrom ist es der zweite Dopingfall innerhalb von zwei Jahren.",
        ].join("\n\n"),
      },
      {
        id: "s5-reuters",
        outlet: "Reuters",
        language: "en",
        title: "Cycling-Austrian Brandner provisionally suspended after positive EPO test",
        text: [
          "(Reuters) - Austrian cyclist Lukas Brandner has been provisionally suspended after testing positive for the banned blood booster EPO, the International Testing Agency (ITA) said on Monday.",
          "The ITA, which manages anti-doping for cycling's world governing body UCI, said the adverse analytical finding came from an out-of-competition sample collected on April 24.",
          "Brandner's team, Alpenstrom, said it had suspended the rider with immediate effect and would await the outcome of the procedure before taking further steps.",
          "Brandner, who won the Tour of Austria last year and finished fifth overall at the Tour de Suisse, denied wrongdoing. “I have never taken a banned substance in my life,” he said in a statement released by his lawyer.",
          "The 27-year-old has the right to request the analysis of his B sample.",
          "If the result is confirmed, Brandner faces a ban of up to four years under the World Anti-Doping Code.",
          "It is the second doping case involving an Alpenstrom rider in two years.",
          "The UCI said it would make no further comment while the case was ongoing.",
        ].join("\n\n"),
      },
      {
        id: "s5-guardian",
        outlet: "Guardian",
        language: "en",
        title: "Austrian rider Lukas Brandner suspended after failing test for EPO",
        text: [
          "The Austrian rider Lukas Brandner, one of the most promising climbers in the professional peloton, has been provisionally suspended after a test revealed the presence of EPO in his sample.",
          "The International Testing Agency said the sample was taken during an unannounced visit to Brandner's home in Innsbruck in late April. The 27-year-old denies taking any banned substance and has asked for his B sample to be tested.",
          "His team, Alpenstrom, suspended him immediately and said it had learned of the result “with dismay”. Alpenstrom's general manager, Thomas Eberl, said the team had a “zero tolerance” policy and would terminate Brandner's contract if the finding was confirmed.",
          "Brandner broke through last season when he won the Tour of Austria and then finished seventh at the Tour de Suisse, holding his own on the high mountain stages against some of the sport's biggest names.",
          "The case is a blow for Austrian cycling, which had hoped Brandner would lead its team at the world championships in September. The Austrian federation said he would not be selected.",
          "EPO, which boosts the production of red blood cells and improves endurance, was at the heart of cycling's doping scandals in the 1990s and 2000s.",
          "Anti-doping experts said the case showed that unannounced out-of-competition testing remained one of the most effective tools against blood doping.",
        ].join("\n\n"),
      },
    ],
    same: [
      {
        a: {
          article: "s5-orf",
          quote: "Der Tiroler Radprofi Lukas Brandner ist vom Weltverband UCI vorläufig gesperrt worden",
        },
        b: {
          article: "s5-reuters",
          quote:
            "Austrian cyclist Lukas Brandner has been provisionally suspended after testing positive for the banned blood booster EPO",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s5-orf",
          quote:
            "Die Probe war dem 27-Jährigen Anfang Mai bei einer unangekündigten Kontrolle in Innsbruck entnommen worden",
        },
        b: {
          article: "s5-reuters",
          quote: "the adverse analytical finding came from an out-of-competition sample collected on April 24",
        },
        figuresDisagree: true,
      },
      {
        a: { article: "s5-orf", quote: "Brandners Team Alpenstrom suspendierte den Fahrer mit sofortiger Wirkung" },
        b: {
          article: "s5-reuters",
          quote: "Brandner's team, Alpenstrom, said it had suspended the rider with immediate effect",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s5-orf",
          quote: "Sollte auch die B-Probe positiv ausfallen, droht Brandner eine Sperre von bis zu vier Jahren",
        },
        b: {
          article: "s5-reuters",
          quote:
            "If the result is confirmed, Brandner faces a ban of up to four years under the World Anti-Doping Code",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s5-orf",
          quote: "„Ich habe nie in meinem Leben verbotene Substanzen genommen“, ließ er über seinen Anwalt ausrichten",
        },
        b: {
          article: "s5-reuters",
          quote: "“I have never taken a banned substance in my life,” he said in a statement released by his lawyer",
        },
        figuresDisagree: false,
      },
      {
        a: { article: "s5-orf", quote: "bei der Tour de Suisse wurde er Siebenter in der Gesamtwertung" },
        b: { article: "s5-reuters", quote: "finished fifth overall at the Tour de Suisse" },
        figuresDisagree: true,
      },
      {
        a: { article: "s5-reuters", quote: "finished fifth overall at the Tour de Suisse" },
        b: { article: "s5-guardian", quote: "then finished seventh at the Tour de Suisse" },
        figuresDisagree: true,
      },
      {
        a: {
          article: "s5-orf",
          quote:
            "Der Österreichische Radsportverband kündigte an, Brandner nicht für die Weltmeisterschaft im September zu nominieren",
        },
        b: { article: "s5-guardian", quote: "The Austrian federation said he would not be selected" },
        figuresDisagree: false,
      },
      {
        a: { article: "s5-orf", quote: "Man habe von dem Ergebnis „mit Bestürzung“ erfahren" },
        b: { article: "s5-guardian", quote: "said it had learned of the result “with dismay”" },
        figuresDisagree: false,
      },
    ],
    different: [
      {
        a: { article: "s5-orf", quote: "Für Team Alpenstrom ist es der zweite Dopingfall innerhalb von zwei Jahren" },
        b: {
          article: "s5-guardian",
          quote: "Alpenstrom's general manager, Thomas Eberl, said the team had a “zero tolerance” policy",
        },
      },
      {
        a: { article: "s5-reuters", quote: "The UCI said it would make no further comment while the case was ongoing" },
        b: {
          article: "s5-orf",
          quote: "Der Tiroler Radprofi Lukas Brandner ist vom Weltverband UCI vorläufig gesperrt worden",
        },
      },
      {
        a: {
          article: "s5-reuters",
          quote:
            "If the result is confirmed, Brandner faces a ban of up to four years under the World Anti-Doping Code",
        },
        b: {
          article: "s5-guardian",
          quote: "which had hoped Brandner would lead its team at the world championships in September",
        },
      },
      {
        a: {
          article: "s5-guardian",
          quote:
            "EPO, which boosts the production of red blood cells and improves endurance, was at the heart of cycling's doping scandals",
        },
        b: { article: "s5-orf", quote: "In einer Trainingskontrolle sei das Blutdopingmittel EPO nachgewiesen worden" },
      },
    ],
  },
];

import type { EvalStory } from "./matching-articles";

/**
 * Set thirteen: whole articles on five invented stories by three outlets each, in German and English, with the passage
 * pairs that state one claim and those that only share a name. Written by a helper session that never saw the matcher,
 * its tables or any other set; committed before it was scored. Unread by the developers of the rules: only its
 * aggregate scores are looked at.
 */
export const MATCHING_ARTICLES_13: EvalStory[] = [
  {
    id: "s1-mine-collapse",
    articles: [
      {
        id: "s1-dpa",
        outlet: "dpa",
        language: "de",
        title: "Mindestens neun Tote bei Grubenunglück in Sambia",
        text: [
          "Lusaka (dpa) - Beim Einsturz eines Stollens in einer Kupfermine im Norden Sambias sind mindestens neun Bergleute ums Leben gekommen. 21 Arbeiter würden noch unter Tage vermisst, teilte die Betreiberfirma Mwenda Copper Mining am Mittwoch mit. Das Unglück ereignete sich demnach in der Nacht zum Mittwoch in rund 600 Metern Tiefe.",
          "Zum Zeitpunkt des Einsturzes befanden sich nach Firmenangaben 74 Männer in dem betroffenen Abschnitt der Mwenda-Mine nahe der Stadt Chingola. 44 von ihnen konnten sich selbst ins Freie retten oder wurden von Rettungsteams an die Oberfläche gebracht, mehrere mit schweren Verletzungen.",
          "Die Ursache des Unglücks war zunächst unklar. Ein Sprecher des Unternehmens sprach von einem „plötzlichen Gesteinsbruch“, der mehrere Stützen des Stollens zum Einsturz gebracht habe.",
          "Bergbauminister Chanda Mwale kündigte eine unabhängige Untersuchung an. „Wir werden jeden Stein umdrehen, um herauszufinden, wie es dazu kommen konnte“, sagte er vor Journalisten am Werkstor. Bis zur Klärung der Ursache ruht die Förderung in der gesamten Mine.",
          "Vor dem Gelände versammelten sich am Mittwoch Hunderte Angehörige. Viele warteten seit den frühen Morgenstunden auf Nachrichten über ihre Männer, Söhne und Brüder, wie ein lokaler Radiosender berichtete.",
          "Die Mwenda-Mine gehört mehrheitlich zum Schweizer Rohstoffkonzern Alvora Resources mit Sitz in Zug. Sie fördert nach Unternehmensangaben rund 90.000 Tonnen Kupfer im Jahr und beschäftigt etwa 3200 Menschen.",
          "Sambia ist nach der Demokratischen Republik Kongo der zweitgrößte Kupferproduzent Afrikas. Der Bergbau macht mehr als 70 Prozent der Exporterlöse des Landes aus. Gewerkschaften beklagen seit Jahren mangelnde Sicherheitsstandards in den Minen des sogenannten Kupfergürtels.",
          "Alvora Resources erklärte in Zug, man sei „zutiefst erschüttert“ und habe ein Krisenteam nach Sambia entsandt. Den Angehörigen der Opfer sicherte das Unternehmen Unterstützung zu.",
        ].join("\n\n"),
      },
      {
        id: "s1-reuters",
        outlet: "Reuters",
        language: "en",
        title: "Death toll in Zambia copper mine collapse rises to 14, Alvora shares slide",
        text: [
          "LUSAKA (Reuters) - The death toll from the collapse of an underground section at a copper mine in Zambia's Copperbelt province rose to 14 on Wednesday, and 16 miners remained trapped, the mine's operator said, as rescuers worked through the night to reach them.",
          "Mwenda Copper Mining, which is majority-owned by Swiss-listed Alvora Resources, said the roof of a tunnel about 600 metres (2,000 ft) below ground gave way shortly before midnight on Tuesday.",
          "Shares in Alvora fell 7.2% in Zurich, their steepest one-day drop since March 2020, after the company said it had halted all production at the mine pending an investigation.",
          "The Mwenda mine produces about 90,000 tonnes of copper a year, roughly an eighth of Zambia's total output, according to Alvora's annual report.",
          "Mines Minister Chanda Mwale said the government had ordered an independent inquiry and would not allow the mine to reopen until it had been declared safe. “Those responsible for any negligence will be held to account,” he told reporters in Chingola.",
          "A rescue official who asked not to be named because he was not authorised to speak to the media said teams had located a ventilation shaft near where the trapped men were believed to be, but that unstable rock was slowing progress.",
          "Zambia, Africa's second-largest copper producer, is aiming to more than triple output to 3 million tonnes a year over the next decade and has been courting foreign investors to expand mines in the Copperbelt.",
          "Analysts at Bergmann & Cie said the suspension could cut Alvora's full-year copper output by as much as 8%, depending on how long the mine stays closed.",
          "The Copperbelt Mine Workers' Union said it had repeatedly warned management about cracks in the tunnel walls in recent months, a claim the company did not immediately respond to.",
        ].join("\n\n"),
      },
      {
        id: "s1-ap",
        outlet: "AP",
        language: "en",
        title: "Families wait at Zambian mine as rescuers search for trapped workers",
        text: [
          "CHINGOLA, Zambia (AP) — Hundreds of relatives kept vigil outside a copper mine in northern Zambia on Wednesday as rescuers searched for miners trapped deep underground after a tunnel collapsed, killing at least 12 workers.",
          "Eighteen miners were still missing, police said. More than 70 workers were underground in the section of the Mwenda mine near the town of Chingola when the roof gave way late Tuesday, according to the operator, Mwenda Copper Mining.",
          "“My husband called me at 10 in the evening to say he was starting his shift,” said Mercy Bwalya, 34, who was sitting on a plastic chair near the mine gate with her two children. “Since then, nothing.”",
          "Copperbelt Province police commissioner Jonas Mulenga said 44 miners had been brought to the surface, 11 of them with serious injuries, and taken to a hospital in Chingola.",
          "Zambia's government declared a day of national mourning and said an independent inquiry would be led by a retired High Court judge.",
          "The mine is majority-owned by Alvora Resources, a mining company based in Zug, Switzerland, whose shares closed 5.8% lower in Zurich.",
          "Mwenda Copper Mining said in a statement it was “doing everything humanly possible” to reach the trapped men and had brought in specialist rescue teams from neighboring South Africa.",
          "The company did not say what caused the collapse. A union official, Gift Mumba of the Copperbelt Mine Workers' Union, said workers had reported cracks in the tunnel walls weeks ago.",
          "Zambia is Africa's second-biggest copper producer after Congo, and mining accounts for most of the country's export earnings. Accidents are not uncommon in the Copperbelt, where both industrial mines and informal diggers operate.",
        ].join("\n\n"),
      },
    ],
    same: [
      {
        a: { article: "s1-dpa", quote: "mindestens neun Bergleute ums Leben gekommen" },
        b: {
          article: "s1-reuters",
          quote:
            "The death toll from the collapse of an underground section at a copper mine in Zambia's Copperbelt province rose to 14 on Wednesday",
        },
        figuresDisagree: true,
      },
      {
        a: { article: "s1-dpa", quote: "21 Arbeiter würden noch unter Tage vermisst" },
        b: { article: "s1-ap", quote: "Eighteen miners were still missing, police said." },
        figuresDisagree: true,
      },
      {
        a: {
          article: "s1-dpa",
          quote:
            "44 von ihnen konnten sich selbst ins Freie retten oder wurden von Rettungsteams an die Oberfläche gebracht",
        },
        b: { article: "s1-ap", quote: "said 44 miners had been brought to the surface" },
        figuresDisagree: false,
      },
      {
        a: { article: "s1-dpa", quote: "Bergbauminister Chanda Mwale kündigte eine unabhängige Untersuchung an." },
        b: {
          article: "s1-reuters",
          quote: "Mines Minister Chanda Mwale said the government had ordered an independent inquiry",
        },
        figuresDisagree: false,
      },
      {
        a: { article: "s1-dpa", quote: "Bis zur Klärung der Ursache ruht die Förderung in der gesamten Mine." },
        b: {
          article: "s1-reuters",
          quote: "the company said it had halted all production at the mine pending an investigation",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s1-dpa",
          quote: "Die Mwenda-Mine gehört mehrheitlich zum Schweizer Rohstoffkonzern Alvora Resources mit Sitz in Zug.",
        },
        b: {
          article: "s1-ap",
          quote: "The mine is majority-owned by Alvora Resources, a mining company based in Zug, Switzerland",
        },
        figuresDisagree: false,
      },
      {
        a: { article: "s1-dpa", quote: "Sie fördert nach Unternehmensangaben rund 90.000 Tonnen Kupfer im Jahr" },
        b: { article: "s1-reuters", quote: "The Mwenda mine produces about 90,000 tonnes of copper a year" },
        figuresDisagree: false,
      },
      {
        a: { article: "s1-reuters", quote: "Shares in Alvora fell 7.2% in Zurich" },
        b: { article: "s1-ap", quote: "whose shares closed 5.8% lower in Zurich" },
        figuresDisagree: true,
      },
      {
        a: {
          article: "s1-reuters",
          quote:
            "The Copperbelt Mine Workers' Union said it had repeatedly warned management about cracks in the tunnel walls in recent months",
        },
        b: { article: "s1-ap", quote: "said workers had reported cracks in the tunnel walls weeks ago" },
        figuresDisagree: false,
      },
    ],
    different: [
      {
        a: {
          article: "s1-dpa",
          quote:
            "„Wir werden jeden Stein umdrehen, um herauszufinden, wie es dazu kommen konnte“, sagte er vor Journalisten am Werkstor.",
        },
        b: {
          article: "s1-reuters",
          quote: "“Those responsible for any negligence will be held to account,” he told reporters in Chingola.",
        },
      },
      {
        a: {
          article: "s1-dpa",
          quote: "Die Mwenda-Mine gehört mehrheitlich zum Schweizer Rohstoffkonzern Alvora Resources mit Sitz in Zug.",
        },
        b: {
          article: "s1-reuters",
          quote: "Shares in Alvora fell 7.2% in Zurich, their steepest one-day drop since March 2020",
        },
      },
      {
        a: {
          article: "s1-dpa",
          quote:
            "Alvora Resources erklärte in Zug, man sei „zutiefst erschüttert“ und habe ein Krisenteam nach Sambia entsandt.",
        },
        b: {
          article: "s1-reuters",
          quote:
            "Analysts at Bergmann & Cie said the suspension could cut Alvora's full-year copper output by as much as 8%",
        },
      },
      {
        a: { article: "s1-dpa", quote: "Der Bergbau macht mehr als 70 Prozent der Exporterlöse des Landes aus." },
        b: {
          article: "s1-reuters",
          quote: "is aiming to more than triple output to 3 million tonnes a year over the next decade",
        },
      },
      {
        a: { article: "s1-ap", quote: "had brought in specialist rescue teams from neighboring South Africa" },
        b: {
          article: "s1-reuters",
          quote: "teams had located a ventilation shaft near where the trapped men were believed to be",
        },
      },
      {
        a: { article: "s1-ap", quote: "Zambia's government declared a day of national mourning" },
        b: { article: "s1-dpa", quote: "Bergbauminister Chanda Mwale kündigte eine unabhängige Untersuchung an." },
      },
    ],
  },
  {
    id: "s2-chemicals-takeover",
    articles: [
      {
        id: "s2-handelsblatt",
        outlet: "Handelsblatt",
        language: "de",
        title: "US-Konzern Crestline will Velmar Chemie übernehmen",
        text: [
          "Der Krefelder Spezialchemiehersteller Velmar Chemie soll in amerikanische Hände gehen. Der US-Werkstoffkonzern Crestline Materials bietet den Aktionären 52 Euro je Aktie in bar, wie beide Unternehmen am Montagmorgen mitteilten. Das entspricht einem Aufschlag von 34 Prozent auf den Schlusskurs vom Freitag.",
          "Insgesamt bewertet die Offerte das MDax-Unternehmen mit rund 7,4 Milliarden Euro. Inklusive Schulden liegt der Transaktionswert bei knapp neun Milliarden Euro.",
          "Für Velmar kommt das Angebot zu einem heiklen Zeitpunkt. Im Frühjahr hatte das Unternehmen seine Gewinnprognose kassiert, weil die Nachfrage aus der Bau- und Autoindustrie schwächelte. Die Aktie hatte binnen eines Jahres rund ein Drittel ihres Wertes verloren.",
          "Der Vorstand um Vorstandschefin Katrin Oberländer will das Angebot nun „sorgfältig prüfen“, wie es in einer Pflichtmitteilung hieß. Eine Empfehlung an die Aktionäre gebe es noch nicht. Nach Informationen des Handelsblatts aus Finanzkreisen lässt sich Velmar von zwei Investmentbanken beraten.",
          "Crestline-Chef Daniel Whitford warb um Zustimmung. „Gemeinsam schaffen wir einen weltweit führenden Anbieter von Spezialbeschichtungen“, sagte er in einer Telefonkonferenz mit Analysten. Die Amerikaner versprechen, den Firmensitz in Krefeld zu erhalten und für drei Jahre auf betriebsbedingte Kündigungen in Deutschland zu verzichten.",
          "Der Betriebsrat reagierte skeptisch. „Zusagen auf drei Jahre sind für eine Belegschaft, die seit Generationen hier arbeitet, kein Trost“, sagte Gesamtbetriebsratschef Ralf Tiedemann.",
          "An der Börse sorgte die Nachricht für einen Kurssprung: Die Velmar-Aktie legte am Vormittag um knapp 30 Prozent auf 50,40 Euro zu und notierte damit nur knapp unter dem Angebotspreis.",
          "Entscheidend dürfte die Haltung der Velmar-Stiftung sein, die als größter Einzelaktionär 18,5 Prozent der Anteile hält. Die Stiftung wollte sich am Montag nicht äußern.",
          "Die Übernahme braucht neben der Zustimmung der Kartellbehörden in Europa und den USA auch grünes Licht des Bundeswirtschaftsministeriums, das Investitionen aus Nicht-EU-Staaten in sensiblen Branchen prüfen kann. Crestline rechnet mit einem Abschluss im ersten Halbjahr des kommenden Jahres.",
        ].join("\n\n"),
      },
      {
        id: "s2-sz",
        outlet: "Süddeutsche Zeitung",
        language: "de",
        title: "Angst vor dem Ausverkauf in Krefeld",
        text: [
          "Als die Nachricht am Montagmorgen die Runde machte, standen vor dem Werkstor im Krefelder Rheinhafen schnell kleine Grüppchen von Beschäftigten zusammen. Der US-Konzern Crestline Materials will den Spezialchemiehersteller Velmar Chemie kaufen, für 52 Euro je Aktie, insgesamt rund 7,4 Milliarden Euro.",
          "Velmar, gegründet 1911 als Farbenfabrik, beschäftigt weltweit rund 11.000 Menschen, etwa 4000 davon in Deutschland. Das Unternehmen stellt Lacke, Klebstoffe und Beschichtungen her, die in Autos, Windrädern und Smartphones stecken.",
          "Die Gewerkschaft IG BCE kündigte Widerstand an. „Wir werden nicht zulassen, dass Velmar filetiert und in Einzelteilen verkauft wird“, sagte Bezirksleiterin Sabine Korte. Die von Crestline angebotene Beschäftigungsgarantie von drei Jahren sei „das Papier nicht wert, auf dem sie steht“.",
          "Crestline mit Sitz in Pittsburgh erzielte im vergangenen Jahr einen Umsatz von umgerechnet etwa elf Milliarden Euro. Der Konzern hat in den vergangenen Jahren mehrere kleinere Firmen in Europa übernommen, ein Zukauf dieser Größenordnung wäre aber der bislang größte in der Firmengeschichte.",
          "Vorstandschefin Katrin Oberländer hielt sich am Montag bedeckt. Man werde das Angebot gemeinsam mit dem Aufsichtsrat prüfen und sich „zu gegebener Zeit“ äußern, teilte das Unternehmen mit.",
          "Aus Aktionärskreisen hieß es, der Preis sei angesichts des Kursverfalls der vergangenen Monate „nicht unattraktiv“. Analysten halten ein höheres Gebot dennoch für möglich. Ein Händler sagte, der Markt spekuliere bereits auf einen Nachschlag.",
          "Auch in der Landespolitik wird das Vorhaben aufmerksam verfolgt. Ein Sprecher des nordrhein-westfälischen Wirtschaftsministeriums sagte, man stehe mit dem Unternehmen und den Arbeitnehmervertretern in engem Kontakt.",
          "Die Familienstiftung, die mit knapp 19 Prozent größter Anteilseigner ist, schweigt bislang. Ohne sie dürfte es schwer werden: Crestline will das Angebot nur vollziehen, wenn ihm am Ende mindestens 65 Prozent der Aktien angedient werden.",
        ].join("\n\n"),
      },
      {
        id: "s2-reuters",
        outlet: "Reuters",
        language: "en",
        title: "Crestline bids $8 billion for German chemicals maker Velmar",
        text: [
          "FRANKFURT (Reuters) - Pittsburgh-based Crestline Materials has offered to buy German specialty chemicals maker Velmar Chemie for 52 euros per share in cash, valuing the company at 7.4 billion euros ($8.0 billion), the two companies said on Monday.",
          "The offer represents a 37% premium to Velmar's closing price on Friday and a 45% premium to its three-month volume-weighted average share price, Crestline said.",
          "Velmar shares were up 29.9% at 50.40 euros by 0930 GMT, while Crestline's shares fell 3.1% in premarket trading in New York.",
          "Velmar's management board said it would review the offer with its supervisory board and had not yet made a recommendation to shareholders.",
          "“This is a compelling combination that creates a global leader in specialty coatings and adhesives,” Crestline Chief Executive Daniel Whitford told analysts on a conference call. He said the deal would generate annual cost savings of about $350 million by the third year.",
          "Crestline said it would keep Velmar's headquarters in Krefeld and would not make any compulsory redundancies in Germany for three years after the deal closes. Velmar employs around 12,500 people worldwide.",
          "The offer is subject to a minimum acceptance threshold of 65% and requires antitrust approvals in the European Union and the United States as well as clearance under Germany's foreign investment rules. Crestline expects the deal to close in the first half of next year.",
          "Velmar's biggest shareholder, a family foundation holding about 19% of the shares, declined to comment.",
          "The bid comes as German chemical companies grapple with high energy costs and weak demand, making them targets for foreign buyers. Velmar cut its profit forecast in April, citing a slowdown in orders from the construction and automotive industries.",
        ].join("\n\n"),
      },
    ],
    same: [
      {
        a: {
          article: "s2-handelsblatt",
          quote: "Der US-Werkstoffkonzern Crestline Materials bietet den Aktionären 52 Euro je Aktie in bar",
        },
        b: {
          article: "s2-reuters",
          quote:
            "Pittsburgh-based Crestline Materials has offered to buy German specialty chemicals maker Velmar Chemie for 52 euros per share in cash",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s2-handelsblatt",
          quote: "Das entspricht einem Aufschlag von 34 Prozent auf den Schlusskurs vom Freitag.",
        },
        b: { article: "s2-reuters", quote: "The offer represents a 37% premium to Velmar's closing price on Friday" },
        figuresDisagree: true,
      },
      {
        a: {
          article: "s2-sz",
          quote: "Velmar, gegründet 1911 als Farbenfabrik, beschäftigt weltweit rund 11.000 Menschen",
        },
        b: { article: "s2-reuters", quote: "Velmar employs around 12,500 people worldwide." },
        figuresDisagree: true,
      },
      {
        a: {
          article: "s2-handelsblatt",
          quote: "Insgesamt bewertet die Offerte das MDax-Unternehmen mit rund 7,4 Milliarden Euro.",
        },
        b: { article: "s2-sz", quote: "insgesamt rund 7,4 Milliarden Euro" },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s2-handelsblatt",
          quote:
            "Die Amerikaner versprechen, den Firmensitz in Krefeld zu erhalten und für drei Jahre auf betriebsbedingte Kündigungen in Deutschland zu verzichten.",
        },
        b: {
          article: "s2-reuters",
          quote:
            "Crestline said it would keep Velmar's headquarters in Krefeld and would not make any compulsory redundancies in Germany for three years after the deal closes.",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s2-sz",
          quote: "Man werde das Angebot gemeinsam mit dem Aufsichtsrat prüfen und sich „zu gegebener Zeit“ äußern",
        },
        b: {
          article: "s2-reuters",
          quote: "Velmar's management board said it would review the offer with its supervisory board",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s2-handelsblatt",
          quote: "Der Vorstand um Vorstandschefin Katrin Oberländer will das Angebot nun „sorgfältig prüfen“",
        },
        b: {
          article: "s2-sz",
          quote: "Man werde das Angebot gemeinsam mit dem Aufsichtsrat prüfen und sich „zu gegebener Zeit“ äußern",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s2-handelsblatt",
          quote:
            "Entscheidend dürfte die Haltung der Velmar-Stiftung sein, die als größter Einzelaktionär 18,5 Prozent der Anteile hält.",
        },
        b: {
          article: "s2-reuters",
          quote: "Velmar's biggest shareholder, a family foundation holding about 19% of the shares",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s2-sz",
          quote:
            "Crestline will das Angebot nur vollziehen, wenn ihm am Ende mindestens 65 Prozent der Aktien angedient werden.",
        },
        b: { article: "s2-reuters", quote: "The offer is subject to a minimum acceptance threshold of 65%" },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s2-handelsblatt",
          quote:
            "Im Frühjahr hatte das Unternehmen seine Gewinnprognose kassiert, weil die Nachfrage aus der Bau- und Autoindustrie schwächelte.",
        },
        b: {
          article: "s2-reuters",
          quote:
            "Velmar cut its profit forecast in April, citing a slowdown in orders from the construction and automotive industries.",
        },
        figuresDisagree: false,
      },
    ],
    different: [
      {
        a: {
          article: "s2-handelsblatt",
          quote: "Die Velmar-Aktie legte am Vormittag um knapp 30 Prozent auf 50,40 Euro zu",
        },
        b: { article: "s2-reuters", quote: "Crestline's shares fell 3.1% in premarket trading in New York" },
      },
      {
        a: {
          article: "s2-handelsblatt",
          quote: "Die Aktie hatte binnen eines Jahres rund ein Drittel ihres Wertes verloren.",
        },
        b: { article: "s2-reuters", quote: "Velmar shares were up 29.9% at 50.40 euros by 0930 GMT" },
      },
      {
        a: {
          article: "s2-sz",
          quote:
            "„Wir werden nicht zulassen, dass Velmar filetiert und in Einzelteilen verkauft wird“, sagte Bezirksleiterin Sabine Korte.",
        },
        b: {
          article: "s2-handelsblatt",
          quote:
            "„Zusagen auf drei Jahre sind für eine Belegschaft, die seit Generationen hier arbeitet, kein Trost“, sagte Gesamtbetriebsratschef Ralf Tiedemann.",
        },
      },
      {
        a: {
          article: "s2-sz",
          quote:
            "Crestline mit Sitz in Pittsburgh erzielte im vergangenen Jahr einen Umsatz von umgerechnet etwa elf Milliarden Euro.",
        },
        b: {
          article: "s2-reuters",
          quote: "He said the deal would generate annual cost savings of about $350 million by the third year.",
        },
      },
      {
        a: {
          article: "s2-handelsblatt",
          quote: "Inklusive Schulden liegt der Transaktionswert bei knapp neun Milliarden Euro.",
        },
        b: { article: "s2-reuters", quote: "valuing the company at 7.4 billion euros ($8.0 billion)" },
      },
    ],
  },
  {
    id: "s3-algarve-wildfire",
    articles: [
      {
        id: "s3-afp",
        outlet: "AFP",
        language: "en",
        title: "Portugal battles Algarve wildfire, 1,400 evacuated",
        text: [
          "More than 1,100 firefighters backed by water-bombing aircraft battled a wildfire in the hills of Portugal's southern Algarve region on Sunday, after flames forced the evacuation of around 1,400 people from 23 villages, authorities said.",
          "The fire broke out on Saturday afternoon near the hamlet of Casais da Serra in the municipality of Monchique and, fanned by strong easterly winds, spread rapidly through eucalyptus plantations and scrubland.",
          "By Sunday morning it had burned through some 6,800 hectares (16,800 acres), according to the National Emergency and Civil Protection Authority (ANEPC).",
          "“The next 24 hours will be decisive,” ANEPC commander André Figueiredo told reporters at a command post in Monchique. “The wind is our biggest enemy.”",
          "Seventeen people were treated for injuries, most of them for smoke inhalation, and two firefighters were seriously hurt when their vehicle was surrounded by flames, he said. No deaths had been reported.",
          "Spain sent two Canadair water-bombing planes under the European Union's rescEU mechanism after Lisbon requested assistance, the European Commission said.",
          "Police detained a 61-year-old man suspected of having started the fire while burning garden waste despite a ban, the Republican National Guard (GNR) said in a statement.",
          "Temperatures in parts of the Algarve exceeded 40 degrees Celsius on Saturday, and the weather service IPMA kept the region under a red warning for fire risk until Tuesday.",
          "The Monchique hills were devastated in 2018 by a fire that burned about 27,000 hectares. In 2017, wildfires in central and northern Portugal killed more than 100 people.",
        ].join("\n\n"),
      },
      {
        id: "s3-bbc",
        outlet: "BBC",
        language: "en",
        title: "Algarve wildfire: British holidaymakers among thousands evacuated",
        text: [
          "British tourists are among about 2,000 people who have been forced to leave their homes and holiday lets as a large wildfire spreads through the hills of Portugal's Algarve region.",
          "The blaze, which began on Saturday near the town of Monchique, has burned more than 9,000 hectares of land, according to estimates from the European Forest Fire Information System (EFFIS).",
          "Nearly 1,200 firefighters, supported by 14 aircraft, have been deployed to tackle the flames.",
          "Susan and Mark Hadley, from Bristol, said they had been told to leave their rented villa near Monchique on Saturday evening with only a few minutes' notice. “We could see the flames coming over the ridge. We grabbed the passports and the dog and drove,” Mrs Hadley told the BBC.",
          "Many of those evacuated spent the night in a sports hall in Portimão, where the local council set up camp beds and handed out food and water.",
          "The UK Foreign Office has advised British nationals in the area to follow the instructions of local authorities and to check its travel advice before setting out.",
          "Portuguese officials said two firefighters had been seriously injured, but no deaths have been reported.",
          "The N266 road between Portimão and Monchique has been closed in both directions.",
          "Portugal's civil protection agency said the fire was being fuelled by temperatures of more than 40C, very low humidity and strong winds, which are expected to ease only from Tuesday.",
          "Southern Europe has experienced a series of intense heatwaves this summer, and scientists say climate change is making extreme fire weather more frequent.",
        ].join("\n\n"),
      },
      {
        id: "s3-spiegel",
        outlet: "Spiegel",
        language: "de",
        title: "Waldbrand an der Algarve: Mehr als 1400 Menschen in Sicherheit gebracht",
        text: [
          "Im Süden Portugals kämpfen Einsatzkräfte seit Samstag gegen einen schweren Waldbrand. In der bergigen Region um den Ort Monchique an der Algarve mussten mehr als 1400 Menschen ihre Häuser verlassen, wie der portugiesische Zivilschutz am Sonntag mitteilte.",
          "Das Feuer hat demnach bereits rund 6800 Hektar Wald und Buschland zerstört. Mehr als 1100 Feuerwehrleute sind im Einsatz, unterstützt von Löschflugzeugen und Hubschraubern.",
          "Starker Ostwind facht die Flammen immer wieder an, die Temperaturen lagen am Samstag bei über 40 Grad. Die Luftfeuchtigkeit ist extrem niedrig.",
          "Spanien schickte auf Bitten der Regierung in Lissabon zwei Löschflugzeuge vom Typ Canadair. Die Maschinen wurden über das EU-Katastrophenschutzverfahren angefordert.",
          "Nach Angaben des Zivilschutzes wurden 17 Menschen verletzt, die meisten erlitten Rauchvergiftungen. Zwei Feuerwehrleute erlitten schwere Verbrennungen, als ihr Löschfahrzeug von den Flammen eingeschlossen wurde. Todesopfer gab es bislang nicht.",
          "Einsatzleiter André Figueiredo sprach von einer „äußerst schwierigen Lage“. Die Flammen seien an mehreren Stellen über Straßen und Brandschneisen gesprungen.",
          "Die Region um Monchique ist bei Urlaubern beliebt, auch viele deutsche Touristen verbringen dort ihre Ferien. Das Auswärtige Amt rät Reisenden, die Anweisungen der örtlichen Behörden zu befolgen.",
          "Portugal wird fast jeden Sommer von verheerenden Waldbränden heimgesucht. 2017 kamen bei Feuern im Zentrum und Norden des Landes mehr als 100 Menschen ums Leben. Die Serra de Monchique war bereits 2018 Schauplatz eines Großbrands, bei dem rund 27.000 Hektar verbrannten.",
          "Experten machen neben Hitze und Trockenheit auch die großflächigen Eukalyptus-Monokulturen für die Ausbreitung der Brände verantwortlich. Die Bäume enthalten leicht entzündliche Öle und wachsen in weiten Teilen des Landes auf ehemaligen Ackerflächen.",
        ].join("\n\n"),
      },
    ],
    same: [
      {
        a: { article: "s3-afp", quote: "after flames forced the evacuation of around 1,400 people from 23 villages" },
        b: { article: "s3-spiegel", quote: "mussten mehr als 1400 Menschen ihre Häuser verlassen" },
        figuresDisagree: false,
      },
      {
        a: { article: "s3-spiegel", quote: "mussten mehr als 1400 Menschen ihre Häuser verlassen" },
        b: {
          article: "s3-bbc",
          quote: "about 2,000 people who have been forced to leave their homes and holiday lets",
        },
        figuresDisagree: true,
      },
      {
        a: {
          article: "s3-spiegel",
          quote: "Das Feuer hat demnach bereits rund 6800 Hektar Wald und Buschland zerstört.",
        },
        b: {
          article: "s3-bbc",
          quote:
            "The blaze, which began on Saturday near the town of Monchique, has burned more than 9,000 hectares of land",
        },
        figuresDisagree: true,
      },
      {
        a: {
          article: "s3-afp",
          quote: "two firefighters were seriously hurt when their vehicle was surrounded by flames",
        },
        b: {
          article: "s3-spiegel",
          quote:
            "Zwei Feuerwehrleute erlitten schwere Verbrennungen, als ihr Löschfahrzeug von den Flammen eingeschlossen wurde.",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s3-afp",
          quote: "Seventeen people were treated for injuries, most of them for smoke inhalation",
        },
        b: {
          article: "s3-spiegel",
          quote: "Nach Angaben des Zivilschutzes wurden 17 Menschen verletzt, die meisten erlitten Rauchvergiftungen.",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s3-afp",
          quote:
            "Spain sent two Canadair water-bombing planes under the European Union's rescEU mechanism after Lisbon requested assistance",
        },
        b: {
          article: "s3-spiegel",
          quote: "Spanien schickte auf Bitten der Regierung in Lissabon zwei Löschflugzeuge vom Typ Canadair.",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s3-afp",
          quote: "The Monchique hills were devastated in 2018 by a fire that burned about 27,000 hectares.",
        },
        b: {
          article: "s3-spiegel",
          quote:
            "Die Serra de Monchique war bereits 2018 Schauplatz eines Großbrands, bei dem rund 27.000 Hektar verbrannten.",
        },
        figuresDisagree: false,
      },
      {
        a: { article: "s3-afp", quote: "Temperatures in parts of the Algarve exceeded 40 degrees Celsius on Saturday" },
        b: { article: "s3-bbc", quote: "the fire was being fuelled by temperatures of more than 40C" },
        figuresDisagree: false,
      },
      {
        a: { article: "s3-afp", quote: "No deaths had been reported." },
        b: { article: "s3-bbc", quote: "but no deaths have been reported" },
        figuresDisagree: false,
      },
    ],
    different: [
      {
        a: {
          article: "s3-bbc",
          quote:
            "The UK Foreign Office has advised British nationals in the area to follow the instructions of local authorities",
        },
        b: {
          article: "s3-spiegel",
          quote: "Das Auswärtige Amt rät Reisenden, die Anweisungen der örtlichen Behörden zu befolgen.",
        },
      },
      {
        a: {
          article: "s3-afp",
          quote:
            "“The next 24 hours will be decisive,” ANEPC commander André Figueiredo told reporters at a command post in Monchique.",
        },
        b: {
          article: "s3-spiegel",
          quote: "Einsatzleiter André Figueiredo sprach von einer „äußerst schwierigen Lage“.",
        },
      },
      {
        a: { article: "s3-afp", quote: "Spain sent two Canadair water-bombing planes" },
        b: {
          article: "s3-bbc",
          quote: "Nearly 1,200 firefighters, supported by 14 aircraft, have been deployed to tackle the flames.",
        },
      },
      {
        a: {
          article: "s3-bbc",
          quote: "The N266 road between Portimão and Monchique has been closed in both directions.",
        },
        b: {
          article: "s3-spiegel",
          quote:
            "Die Region um Monchique ist bei Urlaubern beliebt, auch viele deutsche Touristen verbringen dort ihre Ferien.",
        },
      },
      {
        a: {
          article: "s3-afp",
          quote: "The Monchique hills were devastated in 2018 by a fire that burned about 27,000 hectares.",
        },
        b: {
          article: "s3-bbc",
          quote:
            "The blaze, which began on Saturday near the town of Monchique, has burned more than 9,000 hectares of land",
        },
      },
    ],
  },
  {
    id: "s4-measles-graz",
    articles: [
      {
        id: "s4-orf",
        outlet: "ORF",
        language: "de",
        title: "Masernausbruch in Graz: 38 Fälle bestätigt",
        text: [
          "In Graz breiten sich die Masern weiter aus. Mit Stand Montag sind 38 Fälle labordiagnostisch bestätigt, teilte die Landessanitätsdirektion mit. Vor einer Woche waren es noch 14 gewesen.",
          "Ausgangspunkt des Ausbruchs dürfte eine Volksschule im Bezirk Gösting sein. Dort war Ende des vergangenen Monats ein Kind nach einem Urlaub im Ausland erkrankt, inzwischen haben sich auch Geschwister, Mitschüler und Eltern angesteckt.",
          "Neun Patientinnen und Patienten mussten im Spital behandelt werden, ein Kind liegt mit einer Lungenentzündung auf der Intensivstation des LKH-Universitätsklinikums Graz. Laut Landessanitätsdirektion ist sein Zustand stabil.",
          "Fast alle Erkrankten sind nicht oder nur einmal geimpft. „Masern sind keine harmlose Kinderkrankheit“, betonte Landessanitätsdirektorin Birgit Hauser. Die Krankheit könne schwere Komplikationen wie Gehirnentzündungen nach sich ziehen.",
          "Die Behörden haben rund 600 Kontaktpersonen ausgeforscht. Ungeimpfte Kinder an zwei Volksschulen und in einem Kindergarten dürfen die Einrichtungen 21 Tage lang nicht besuchen.",
          "Das Gesundheitsamt der Stadt Graz bietet ab sofort zusätzliche Impftermine an, auch am Samstagvormittag. Die Impfung ist für alle Altersgruppen kostenlos, eine Anmeldung ist nicht nötig.",
          "Masern zählen zu den ansteckendsten Infektionskrankheiten überhaupt. Das Virus wird über Tröpfchen übertragen und kann noch bis zu zwei Stunden in der Raumluft überdauern.",
        ].join("\n\n"),
      },
      {
        id: "s4-standard",
        outlet: "Der Standard",
        language: "de",
        title: "Masern in Graz: Zahl der Fälle steigt auf 43, Ansturm auf Impfstellen",
        text: [
          "Der Masernausbruch in Graz weitet sich aus. Am Dienstag meldete die steirische Landessanitätsdirektion 43 bestätigte Fälle, fünf mehr als am Vortag. Betroffen sind vor allem Kinder zwischen zwei und 14 Jahren, aber auch mehrere Erwachsene.",
          "Seit Bekanntwerden des Ausbruchs verzeichnen die Impfstellen einen regelrechten Ansturm. Allein in der vergangenen Woche wurden in Graz rund 1200 Dosen des Kombinationsimpfstoffs gegen Masern, Mumps und Röteln verabreicht, normalerweise sind es etwa 150.",
          "„So lange Schlangen hatten wir zuletzt in der Pandemie“, sagt eine Mitarbeiterin des Gesundheitsamts. Viele Eltern wollten fehlende Impfungen ihrer Kinder nachholen lassen, aber auch Erwachsene, die nicht wussten, ob sie als Kind geimpft worden waren.",
          "Neun Erkrankte wurden bisher im Krankenhaus behandelt. Ein Kind befindet sich nach wie vor auf der Intensivstation.",
          "Gesundheitsstadtrat Robert Krenn sieht die Stadt gut vorbereitet, räumt aber Versäumnisse ein: „Wir haben bei den Impfquoten zu lange zugeschaut.“ Er will nun gemeinsam mit dem Land eine Impfkampagne an Schulen starten.",
          "Die Durchimpfungsrate ist in Österreich seit Jahren zu niedrig. Nur rund 84 Prozent der Zweijährigen haben die empfohlenen zwei Dosen erhalten. Für einen wirksamen Gemeinschaftsschutz wären laut Weltgesundheitsorganisation mindestens 95 Prozent nötig.",
          "Ausgangspunkt war nach Angaben der Behörden ein Kind, das sich bei einem Auslandsaufenthalt angesteckt hatte und danach eine Volksschule in Gösting besuchte. Die Gesundheitsbehörden haben mehr als 600 Kontaktpersonen ermittelt.",
          "Ungeimpfte Schülerinnen und Schüler an zwei Volksschulen sowie Kinder in einem Kindergarten wurden für 21 Tage vom Unterricht ausgeschlossen. Elternvertreter kritisierten die kurzfristige Umsetzung, viele Familien hätten kaum Zeit gehabt, eine Betreuung zu organisieren.",
        ].join("\n\n"),
      },
      {
        id: "s4-ap",
        outlet: "AP",
        language: "en",
        title: "Measles outbreak in Austrian city of Graz grows, prompting rush for vaccines",
        text: [
          "VIENNA (AP) — A measles outbreak in the Austrian city of Graz has grown to 43 confirmed cases, health authorities said Tuesday, as parents lined up at clinics to get their children vaccinated.",
          "Most of those infected are children who had not been vaccinated or had received only one of the two recommended doses, according to the health department of the Styria region.",
          "Nine patients have been treated in hospital, and one child is in intensive care with pneumonia, officials said.",
          "The outbreak is believed to have begun late last month when a child who had caught the virus abroad returned to a primary school in the city's Gösting district.",
          "Authorities have traced more than 600 contacts and barred unvaccinated children from two primary schools and a kindergarten for 21 days.",
          "Austria has one of the lowest measles vaccination rates in Western Europe. About 84% of 2-year-olds have had both doses, well below the 95% the World Health Organization says is needed to prevent outbreaks.",
          "Measles is one of the most contagious diseases known. It spreads through the air and can lead to pneumonia, brain swelling and death, particularly in young children.",
          "Europe and Central Asia recorded more than 127,000 measles cases in 2024, the highest number since 1997, according to the WHO and UNICEF.",
          "“Measles is not a harmless childhood illness,” Styria's chief health officer Birgit Hauser said, urging adults who are unsure of their vaccination status to get a shot.",
        ].join("\n\n"),
      },
    ],
    same: [
      {
        a: {
          article: "s4-orf",
          quote: "Mit Stand Montag sind 38 Fälle labordiagnostisch bestätigt, teilte die Landessanitätsdirektion mit.",
        },
        b: {
          article: "s4-standard",
          quote:
            "Am Dienstag meldete die steirische Landessanitätsdirektion 43 bestätigte Fälle, fünf mehr als am Vortag.",
        },
        figuresDisagree: true,
      },
      {
        a: { article: "s4-orf", quote: "Mit Stand Montag sind 38 Fälle labordiagnostisch bestätigt" },
        b: {
          article: "s4-ap",
          quote: "A measles outbreak in the Austrian city of Graz has grown to 43 confirmed cases",
        },
        figuresDisagree: true,
      },
      {
        a: { article: "s4-orf", quote: "Neun Patientinnen und Patienten mussten im Spital behandelt werden" },
        b: { article: "s4-ap", quote: "Nine patients have been treated in hospital" },
        figuresDisagree: false,
      },
      {
        a: { article: "s4-orf", quote: "Die Behörden haben rund 600 Kontaktpersonen ausgeforscht." },
        b: { article: "s4-standard", quote: "Die Gesundheitsbehörden haben mehr als 600 Kontaktpersonen ermittelt." },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s4-orf",
          quote:
            "Ungeimpfte Kinder an zwei Volksschulen und in einem Kindergarten dürfen die Einrichtungen 21 Tage lang nicht besuchen.",
        },
        b: {
          article: "s4-ap",
          quote: "barred unvaccinated children from two primary schools and a kindergarten for 21 days",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s4-orf",
          quote: "„Masern sind keine harmlose Kinderkrankheit“, betonte Landessanitätsdirektorin Birgit Hauser.",
        },
        b: {
          article: "s4-ap",
          quote: "“Measles is not a harmless childhood illness,” Styria's chief health officer Birgit Hauser said",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s4-standard",
          quote: "Nur rund 84 Prozent der Zweijährigen haben die empfohlenen zwei Dosen erhalten.",
        },
        b: { article: "s4-ap", quote: "About 84% of 2-year-olds have had both doses" },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s4-standard",
          quote:
            "Ausgangspunkt war nach Angaben der Behörden ein Kind, das sich bei einem Auslandsaufenthalt angesteckt hatte und danach eine Volksschule in Gösting besuchte.",
        },
        b: {
          article: "s4-ap",
          quote:
            "The outbreak is believed to have begun late last month when a child who had caught the virus abroad returned to a primary school in the city's Gösting district.",
        },
        figuresDisagree: false,
      },
      {
        a: { article: "s4-orf", quote: "Fast alle Erkrankten sind nicht oder nur einmal geimpft." },
        b: {
          article: "s4-ap",
          quote:
            "Most of those infected are children who had not been vaccinated or had received only one of the two recommended doses",
        },
        figuresDisagree: false,
      },
    ],
    different: [
      {
        a: {
          article: "s4-standard",
          quote:
            "Allein in der vergangenen Woche wurden in Graz rund 1200 Dosen des Kombinationsimpfstoffs gegen Masern, Mumps und Röteln verabreicht",
        },
        b: {
          article: "s4-orf",
          quote: "Die Impfung ist für alle Altersgruppen kostenlos, eine Anmeldung ist nicht nötig.",
        },
      },
      {
        a: {
          article: "s4-standard",
          quote: "Gesundheitsstadtrat Robert Krenn sieht die Stadt gut vorbereitet, räumt aber Versäumnisse ein",
        },
        b: {
          article: "s4-ap",
          quote: "“Measles is not a harmless childhood illness,” Styria's chief health officer Birgit Hauser said",
        },
      },
      {
        a: {
          article: "s4-ap",
          quote:
            "Europe and Central Asia recorded more than 127,000 measles cases in 2024, the highest number since 1997",
        },
        b: { article: "s4-orf", quote: "Mit Stand Montag sind 38 Fälle labordiagnostisch bestätigt" },
      },
      {
        a: { article: "s4-standard", quote: "Elternvertreter kritisierten die kurzfristige Umsetzung" },
        b: {
          article: "s4-ap",
          quote: "barred unvaccinated children from two primary schools and a kindergarten for 21 days",
        },
      },
      {
        a: { article: "s4-ap", quote: "one child is in intensive care with pneumonia" },
        b: { article: "s4-orf", quote: "Laut Landessanitätsdirektion ist sein Zustand stabil." },
      },
    ],
  },
  {
    id: "s5-energy-price-ruling",
    articles: [
      {
        id: "s5-dpa",
        outlet: "dpa",
        language: "de",
        title: "Gericht: Preiserhöhungen von Voltaris waren unzulässig",
        text: [
          "Hamm (dpa) - Der Energieversorger Voltaris hat nach einem Urteil des Oberlandesgerichts Hamm die Strom- und Gaspreise im Herbst 2022 unzulässig erhöht. Die Preisanpassungsklausel in den Verträgen sei unwirksam, entschied das Gericht am Donnerstag in einem Musterfeststellungsverfahren.",
          "Geklagt hatte der Verbraucherzentrale Bundesverband (vzbv). Der Klage hatten sich nach Angaben des Verbands rund 180.000 Kundinnen und Kunden angeschlossen.",
          "Voltaris hatte die Preise für Strom im Oktober 2022 um durchschnittlich 61 Prozent und für Gas um 84 Prozent angehoben. Das Unternehmen hatte dies mit den gestiegenen Beschaffungskosten nach Beginn des russischen Angriffskriegs gegen die Ukraine begründet.",
          "Die Richter stellten fest, dass die Klausel die Kunden unangemessen benachteilige, weil sie nicht erkennen lasse, in welchem Umfang der Versorger Kostensteigerungen weitergeben dürfe. Auch über die Erhöhung selbst habe Voltaris nicht ausreichend informiert.",
          "Der vzbv schätzt, dass betroffene Haushalte im Schnitt rund 300 Euro zurückbekommen könnten. Insgesamt gehe es um bis zu 60 Millionen Euro.",
          "„Das ist ein wichtiger Tag für alle Verbraucherinnen und Verbraucher, die in der Energiekrise mit Preiserhöhungen überrollt wurden“, sagte vzbv-Rechtsexpertin Julia Brandner.",
          "Voltaris kündigte an, Revision beim Bundesgerichtshof einzulegen. Das Gericht hatte die Revision wegen der grundsätzlichen Bedeutung des Falls zugelassen. Das Urteil ist damit noch nicht rechtskräftig.",
          "Das Unternehmen mit Sitz in Essen beliefert nach eigenen Angaben rund 1,1 Millionen Haushalte in Deutschland mit Strom und Gas.",
        ].join("\n\n"),
      },
      {
        id: "s5-sz",
        outlet: "Süddeutsche Zeitung",
        language: "de",
        title: "Teurer Fehler in der Energiekrise",
        text: [
          "Für Hunderttausende Energiekunden ist es ein Etappensieg, für den Essener Versorger Voltaris eine empfindliche Niederlage: Das Oberlandesgericht Hamm hat am Donnerstag entschieden, dass Voltaris seine Kunden im Herbst 2022 mit unwirksamen Preiserhöhungen belastet hat.",
          "Im Gerichtssaal war es still, als die Vorsitzende Richterin Annette Lohmeier das Urteil begründete. Eine Preisanpassungsklausel müsse für Kunden nachvollziehbar sein, sagte sie. Das sei bei Voltaris nicht der Fall gewesen.",
          "Zur Erinnerung: Als die Großhandelspreise für Strom und Gas nach dem russischen Überfall auf die Ukraine explodierten, verschickte Voltaris Briefe an seine Kunden. Der Strompreis stieg um durchschnittlich 61 Prozent, beim Gas waren es sogar 84 Prozent.",
          "Viele Kunden fühlten sich überrumpelt. Eine von ihnen ist Heike Sommerfeld aus Gelsenkirchen, deren monatlicher Abschlag damals von 95 auf 168 Euro stieg. „Ich habe gar nicht verstanden, warum das plötzlich so viel sein soll“, sagt die Rentnerin.",
          "Für Voltaris, eine Tochter des börsennotierten Nordhagen-Konzerns, könnte das Urteil teuer werden. Die Nordhagen-Aktie gab am Donnerstag nach der Verkündung um mehr als vier Prozent nach.",
          "Ein Voltaris-Sprecher sagte, man halte das Urteil für falsch und werde es vom Bundesgerichtshof überprüfen lassen. Die Preiserhöhungen seien „in einer historischen Ausnahmesituation notwendig und angemessen“ gewesen.",
          "Bezahlt wird ohnehin erst, wenn das Urteil rechtskräftig ist. Dann müssen die Kunden, die sich ins Klageregister eingetragen haben, ihre Ansprüche allerdings noch einzeln gegenüber Voltaris geltend machen.",
          "Verbraucherschützer sehen in dem Urteil ein Signal für die ganze Branche. Auch gegen mehrere andere Versorger laufen derzeit Verfahren wegen Preiserhöhungen in der Energiekrise.",
        ].join("\n\n"),
      },
      {
        id: "s5-reuters",
        outlet: "Reuters",
        language: "en",
        title: "German court rules energy supplier Voltaris's 2022 price hikes invalid",
        text: [
          "BERLIN (Reuters) - A German court ruled on Thursday that energy supplier Voltaris Energie unlawfully raised electricity and gas prices for its customers in 2022, in a class action that could force it to repay tens of millions of euros.",
          "The Higher Regional Court in Hamm said the price adjustment clause in Voltaris's contracts was invalid because it did not allow customers to understand to what extent the company could pass on rising costs.",
          "More than 210,000 customers had signed up to the class action brought by the Federation of German Consumer Organisations (vzbv), the court said.",
          "Analysts at Essen-based Lindqvist Research estimated that Voltaris could have to refund around 45 million euros if the ruling is upheld.",
          "Shares in Voltaris's parent company Nordhagen Energie, which is listed on Germany's SDAX index, fell 4.3% after the ruling, their biggest drop in two months.",
          "Voltaris said it would appeal to the Federal Court of Justice. “We consider the ruling to be wrong,” a spokesperson said, adding that the price increases had been necessary because of the exceptional situation on energy markets.",
          "The court had allowed an appeal because of the fundamental importance of the case, meaning the ruling is not yet final.",
          "Voltaris raised electricity prices by an average of 61% and gas prices by 84% in October 2022, citing soaring wholesale costs after Russia's invasion of Ukraine.",
          "Several other German energy suppliers face similar lawsuits over price increases they imposed during the energy crisis, the vzbv said.",
        ].join("\n\n"),
      },
    ],
    same: [
      {
        a: {
          article: "s5-dpa",
          quote: "Der Klage hatten sich nach Angaben des Verbands rund 180.000 Kundinnen und Kunden angeschlossen.",
        },
        b: {
          article: "s5-reuters",
          quote:
            "More than 210,000 customers had signed up to the class action brought by the Federation of German Consumer Organisations (vzbv), the court said.",
        },
        figuresDisagree: true,
      },
      {
        a: { article: "s5-dpa", quote: "Insgesamt gehe es um bis zu 60 Millionen Euro." },
        b: {
          article: "s5-reuters",
          quote:
            "Analysts at Essen-based Lindqvist Research estimated that Voltaris could have to refund around 45 million euros if the ruling is upheld.",
        },
        figuresDisagree: true,
      },
      {
        a: {
          article: "s5-dpa",
          quote:
            "Voltaris hatte die Preise für Strom im Oktober 2022 um durchschnittlich 61 Prozent und für Gas um 84 Prozent angehoben.",
        },
        b: {
          article: "s5-reuters",
          quote: "Voltaris raised electricity prices by an average of 61% and gas prices by 84% in October 2022",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s5-sz",
          quote: "Der Strompreis stieg um durchschnittlich 61 Prozent, beim Gas waren es sogar 84 Prozent.",
        },
        b: {
          article: "s5-dpa",
          quote:
            "Voltaris hatte die Preise für Strom im Oktober 2022 um durchschnittlich 61 Prozent und für Gas um 84 Prozent angehoben.",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s5-dpa",
          quote:
            "Die Preisanpassungsklausel in den Verträgen sei unwirksam, entschied das Gericht am Donnerstag in einem Musterfeststellungsverfahren.",
        },
        b: {
          article: "s5-reuters",
          quote:
            "The Higher Regional Court in Hamm said the price adjustment clause in Voltaris's contracts was invalid",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s5-sz",
          quote: "Die Nordhagen-Aktie gab am Donnerstag nach der Verkündung um mehr als vier Prozent nach.",
        },
        b: {
          article: "s5-reuters",
          quote:
            "Shares in Voltaris's parent company Nordhagen Energie, which is listed on Germany's SDAX index, fell 4.3% after the ruling",
        },
        figuresDisagree: false,
      },
      {
        a: { article: "s5-dpa", quote: "Voltaris kündigte an, Revision beim Bundesgerichtshof einzulegen." },
        b: { article: "s5-reuters", quote: "Voltaris said it would appeal to the Federal Court of Justice." },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s5-sz",
          quote:
            "Auch gegen mehrere andere Versorger laufen derzeit Verfahren wegen Preiserhöhungen in der Energiekrise.",
        },
        b: {
          article: "s5-reuters",
          quote:
            "Several other German energy suppliers face similar lawsuits over price increases they imposed during the energy crisis",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s5-sz",
          quote:
            "Das Oberlandesgericht Hamm hat am Donnerstag entschieden, dass Voltaris seine Kunden im Herbst 2022 mit unwirksamen Preiserhöhungen belastet hat.",
        },
        b: {
          article: "s5-dpa",
          quote:
            "Der Energieversorger Voltaris hat nach einem Urteil des Oberlandesgerichts Hamm die Strom- und Gaspreise im Herbst 2022 unzulässig erhöht.",
        },
        figuresDisagree: false,
      },
    ],
    different: [
      {
        a: {
          article: "s5-dpa",
          quote: "Der vzbv schätzt, dass betroffene Haushalte im Schnitt rund 300 Euro zurückbekommen könnten.",
        },
        b: {
          article: "s5-reuters",
          quote:
            "Analysts at Essen-based Lindqvist Research estimated that Voltaris could have to refund around 45 million euros if the ruling is upheld.",
        },
      },
      {
        a: { article: "s5-sz", quote: "deren monatlicher Abschlag damals von 95 auf 168 Euro stieg" },
        b: {
          article: "s5-reuters",
          quote: "Voltaris raised electricity prices by an average of 61% and gas prices by 84% in October 2022",
        },
      },
      {
        a: {
          article: "s5-dpa",
          quote:
            "Das Unternehmen mit Sitz in Essen beliefert nach eigenen Angaben rund 1,1 Millionen Haushalte in Deutschland mit Strom und Gas.",
        },
        b: {
          article: "s5-reuters",
          quote: "More than 210,000 customers had signed up to the class action",
        },
      },
      {
        a: {
          article: "s5-dpa",
          quote:
            "„Das ist ein wichtiger Tag für alle Verbraucherinnen und Verbraucher, die in der Energiekrise mit Preiserhöhungen überrollt wurden“, sagte vzbv-Rechtsexpertin Julia Brandner.",
        },
        b: {
          article: "s5-reuters",
          quote:
            "Several other German energy suppliers face similar lawsuits over price increases they imposed during the energy crisis, the vzbv said.",
        },
      },
      {
        a: {
          article: "s5-sz",
          quote:
            "Dann müssen die Kunden, die sich ins Klageregister eingetragen haben, ihre Ansprüche allerdings noch einzeln gegenüber Voltaris geltend machen.",
        },
        b: { article: "s5-dpa", quote: "Voltaris kündigte an, Revision beim Bundesgerichtshof einzulegen." },
      },
    ],
  },
];

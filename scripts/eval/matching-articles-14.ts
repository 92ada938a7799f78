import type { EvalStory } from "./matching-articles";

/**
 * Matching set fourteen: whole articles on five invented stories (a motorway bridge closure, a
 * central-bank rate cut in Iceland, a car-parts plant closure, a data-protection fine against a
 * health app, an avalanche in Tyrol), each told by three outlets in German and English, with the
 * passage pairs that state one claim (`same`, with `figuresDisagree` where their figures for the
 * same quantity cannot both be true) and those that only share a name, place or event word
 * (`different`).
 *
 * Written by a helper session that never saw the matcher, its tables or any other set; committed
 * before it was scored; unread by the developers of the rules (only aggregate scores are looked at).
 */
export const MATCHING_ARTICLES_14: EvalStory[] = [
  {
    id: "s14-a7-bridge-closure",
    articles: [
      {
        id: "s14-bridge-dpa",
        outlet: "dpa",
        language: "de",
        title: "Risse in Spanngliedern: A7-Brücke bei Gelmsdorf voll gesperrt",
        text: [
          "GELMSDORF (dpa) - Wegen gravierender Schäden ist die Ostertalbrücke der Autobahn 7 in Niedersachsen seit Dienstagabend voll gesperrt. Die Autobahn GmbH des Bundes ließ die rund 480 Meter lange Brücke zwischen den Anschlussstellen Gelmsdorf und Sallingen in beide Richtungen schließen, nachdem Prüfer bei einer Sonderuntersuchung Risse von bis zu zwei Millimetern Breite in den Spanngliedern entdeckt hatten.",
          "„Die Standsicherheit ist nicht mehr gewährleistet, wir hatten keine andere Wahl“, sagte die Sprecherin der Autobahn GmbH, Katrin Mehlhorn, am Mittwoch. Nach ersten Einschätzungen der Ingenieure sei das Bauwerk nicht mehr zu retten und müsse abgerissen werden.",
          "Über die Brücke fahren nach Angaben der Autobahn GmbH täglich rund 58.000 Fahrzeuge, darunter etwa 14.000 Lastwagen. Der Verkehr wird großräumig über die A1 und die Bundesstraße 71 umgeleitet. Für Lastwagen bedeutet das einen Umweg von 38 Kilometern.",
          "Schon am Mittwochmorgen bildeten sich auf der Umleitungsstrecke Staus von bis zu zwölf Kilometern Länge. Die Polizei meldete zwei Auffahrunfälle mit insgesamt drei Leichtverletzten am Stauende bei Sallingen.",
          "Gelmsdorfs Bürgermeisterin Birgit Hansmeier (SPD) befürchtet, dass sich der Ausweichverkehr durch die Ortsmitte quält. „Wir haben eine Grundschule direkt an der Durchgangsstraße, das geht so nicht“, sagte sie. Die Gemeinde fordert ein Durchfahrtsverbot für schwere Lastwagen.",
          "Niedersachsens Verkehrsminister Jens Lattemann (Grüne) kündigte an, sich beim Bund für einen beschleunigten Ersatzneubau einzusetzen. „Wir reden hier nicht über Jahre der Planung, sondern über Monate“, sagte er in Hannover.",
          "Die Autobahn GmbH rechnet für Abriss und Neubau mit einer Bauzeit von mindestens fünf Jahren. Zu den Kosten machte das Unternehmen noch keine Angaben.",
          "Die Spannbetonbrücke war 1968 für den Verkehr freigegeben worden. Seit 2021 durften keine Fahrzeuge über 40 Tonnen mehr die Brücke passieren, nachdem bei einer Routineprüfung erste Schäden aufgefallen waren. Seitdem überwachten Sensoren das Tragwerk; vor gut einer Woche registrierten sie ungewöhnliche Bewegungen.",
          "Bundesweit gelten nach Angaben des Bundesverkehrsministeriums rund 4000 Autobahnbrücken als dringend sanierungsbedürftig. Viele von ihnen stammen aus den 1960er und 1970er Jahren und sind für den heutigen Schwerlastverkehr nicht ausgelegt.",
        ].join("\n\n"),
      },
      {
        id: "s14-bridge-faz",
        outlet: "Frankfurter Allgemeine Zeitung",
        language: "de",
        title: "Wenn die Lebensader der Logistik reißt",
        text: [
          "HANNOVER (F.A.Z.) - Für die Spedition Korte aus Sallingen beginnt der Arbeitstag seit Mittwoch mit einem Blick auf die Verkehrskarte. Seit die Autobahn GmbH die Ostertalbrücke der A7 am Dienstagabend ohne Vorwarnung gesperrt hat, müssen die 60 Lastwagen des Familienbetriebs jeden Morgen neue Wege finden. „Jede Fahrt Richtung Hamburg dauert jetzt eine Dreiviertelstunde länger“, sagt Geschäftsführer Henning Korte.",
          "Die Brücke, fast einen halben Kilometer lang und 1968 eröffnet, gilt nach einer Sonderprüfung als nicht mehr standsicher. Ingenieure hatten in der vergangenen Woche Risse in den Spanngliedern des Überbaus gefunden, nachdem Messsensoren Alarm geschlagen hatten. Ein Abriss gilt als unausweichlich.",
          "Betroffen ist einer der meistbefahrenen Abschnitte der Nord-Süd-Achse. Rund 45.000 Fahrzeuge überquerten das Ostertal bislang an einem durchschnittlichen Werktag, der Lkw-Anteil liegt nach Angaben der Autobahn GmbH bei knapp einem Viertel.",
          "Die Kosten für einen Ersatzneubau beziffert die Autobahn GmbH in einer ersten Schätzung auf rund 160 Millionen Euro. Der Bund werde die Mittel bereitstellen, versicherte ein Sprecher des Bundesverkehrsministeriums in Berlin. Wann die Bagger anrücken, ist offen.",
          "Landesverkehrsminister Jens Lattemann will das Verfahren abkürzen. Er schlägt vor, die neue Brücke ohne neues Planfeststellungsverfahren an derselben Stelle zu errichten. „Jeder Monat, den wir sparen, ist ein Monat weniger Stau für die Region“, sagte der Grünen-Politiker am Mittwoch im Landtag.",
          "In Gelmsdorf, dem Dorf direkt unterhalb der Brücke, wächst unterdessen der Unmut. Bürgermeisterin Birgit Hansmeier hat beim Landkreis ein Durchfahrtsverbot für Lastwagen über 7,5 Tonnen beantragt. Am Mittwochmorgen stauten sich die Sattelzüge bis vor das Rathaus.",
          "Die regionale Wirtschaft warnt vor den Folgen. Nach einer Schätzung der IHK Südheide entstehen den Unternehmen der Region durch Umwege und Wartezeiten Mehrkosten von bis zu 1,2 Millionen Euro pro Woche. „Das trifft einen Standort, der ohnehin unter der schwachen Konjunktur leidet“, sagte IHK-Präsidentin Ulrike Brandes.",
          "Der Fall reiht sich ein in eine Serie überraschender Brückensperrungen. Nach Zahlen des Verkehrsministeriums müssten bundesweit rund 4000 Autobahnbrücken dringend saniert werden, viele davon Spannbetonbauten aus den Sechziger- und Siebzigerjahren.",
          "Die Autobahn GmbH kündigte an, bis Ende der Woche ein Konzept für den Schwerverkehr vorzulegen. Dazu gehören zusätzliche Ampelschaltungen auf der Bundesstraße 71 und eine digitale Lkw-Lenkung über die Navigationsdienste.",
        ].join("\n\n"),
      },
      {
        id: "s14-bridge-reuters",
        outlet: "Reuters",
        language: "en",
        title: "German motorway bridge shut over cracks, snarling key north-south freight route",
        text: [
          "BERLIN (Reuters) - A motorway bridge on one of Germany's busiest freight routes has been closed indefinitely after inspectors found cracks in its steel tendons, the federal motorway operator said on Wednesday, forcing tens of thousands of vehicles a day onto detours.",
          "The 480-metre Ostertal bridge on the A7 in Lower Saxony, which links the port of Hamburg with southern Germany, was shut in both directions late on Tuesday. Autobahn GmbH said the structure could no longer be considered safe and would have to be demolished.",
          '"There is no way to repair this bridge," Autobahn GmbH spokeswoman Katrin Mehlhorn told Reuters. "Our engineers found cracks up to two millimetres wide in the tendons, and that is a red line for us."',
          "The bridge carries about 60,000 vehicles a day, according to the operator. Trucks are being diverted via the A1 motorway and a federal road, a detour of around 40 kilometres.",
          "A replacement is expected to cost around 120 million euros ($130 million) and will take at least five years to plan and build, Mehlhorn said.",
          "The closure is the latest blow to German logistics companies already struggling with weak demand. The BGL haulage association said the detour would add up to 45 minutes to journeys between Hamburg and Hanover.",
          "Lower Saxony's transport minister Jens Lattemann called on the federal government to fast-track approval for a new bridge, saying the region could not afford years of bottlenecks.",
          "The bridge was opened in 1971 and had been closed to vehicles heavier than 40 tonnes for several years after earlier damage was detected.",
          "Germany's motorway network has suffered from decades of underinvestment. Some 4,000 motorway bridges are in urgent need of renovation, according to the federal transport ministry, many of them built from prestressed concrete in the 1960s and 1970s.",
        ].join("\n\n"),
      },
    ],
    same: [
      {
        a: {
          article: "s14-bridge-dpa",
          quote:
            "Die Autobahn GmbH des Bundes ließ die rund 480 Meter lange Brücke zwischen den Anschlussstellen Gelmsdorf und Sallingen in beide Richtungen schließen",
        },
        b: {
          article: "s14-bridge-reuters",
          quote:
            "The 480-metre Ostertal bridge on the A7 in Lower Saxony, which links the port of Hamburg with southern Germany, was shut in both directions late on Tuesday",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s14-bridge-dpa",
          quote:
            "nachdem Prüfer bei einer Sonderuntersuchung Risse von bis zu zwei Millimetern Breite in den Spanngliedern entdeckt hatten",
        },
        b: {
          article: "s14-bridge-reuters",
          quote: "Our engineers found cracks up to two millimetres wide in the tendons, and that is a red line for us",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s14-bridge-dpa",
          quote:
            "Über die Brücke fahren nach Angaben der Autobahn GmbH täglich rund 58.000 Fahrzeuge, darunter etwa 14.000 Lastwagen",
        },
        b: {
          article: "s14-bridge-reuters",
          quote: "The bridge carries about 60,000 vehicles a day, according to the operator",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s14-bridge-faz",
          quote: "Rund 45.000 Fahrzeuge überquerten das Ostertal bislang an einem durchschnittlichen Werktag",
        },
        b: {
          article: "s14-bridge-reuters",
          quote: "The bridge carries about 60,000 vehicles a day, according to the operator",
        },
        figuresDisagree: true,
      },
      {
        a: { article: "s14-bridge-dpa", quote: "Für Lastwagen bedeutet das einen Umweg von 38 Kilometern" },
        b: {
          article: "s14-bridge-reuters",
          quote: "Trucks are being diverted via the A1 motorway and a federal road, a detour of around 40 kilometres",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s14-bridge-faz",
          quote:
            "Die Kosten für einen Ersatzneubau beziffert die Autobahn GmbH in einer ersten Schätzung auf rund 160 Millionen Euro",
        },
        b: {
          article: "s14-bridge-reuters",
          quote: "A replacement is expected to cost around 120 million euros ($130 million)",
        },
        figuresDisagree: true,
      },
      {
        a: {
          article: "s14-bridge-dpa",
          quote: "Die Autobahn GmbH rechnet für Abriss und Neubau mit einer Bauzeit von mindestens fünf Jahren",
        },
        b: { article: "s14-bridge-reuters", quote: "will take at least five years to plan and build, Mehlhorn said" },
        figuresDisagree: false,
      },
      {
        a: { article: "s14-bridge-dpa", quote: "Die Spannbetonbrücke war 1968 für den Verkehr freigegeben worden" },
        b: { article: "s14-bridge-reuters", quote: "The bridge was opened in 1971" },
        figuresDisagree: true,
      },
      {
        a: {
          article: "s14-bridge-dpa",
          quote:
            "Bundesweit gelten nach Angaben des Bundesverkehrsministeriums rund 4000 Autobahnbrücken als dringend sanierungsbedürftig",
        },
        b: {
          article: "s14-bridge-faz",
          quote:
            "Nach Zahlen des Verkehrsministeriums müssten bundesweit rund 4000 Autobahnbrücken dringend saniert werden",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s14-bridge-faz",
          quote:
            "Nach Zahlen des Verkehrsministeriums müssten bundesweit rund 4000 Autobahnbrücken dringend saniert werden",
        },
        b: {
          article: "s14-bridge-reuters",
          quote:
            "Some 4,000 motorway bridges are in urgent need of renovation, according to the federal transport ministry",
        },
        figuresDisagree: false,
      },
      {
        a: { article: "s14-bridge-dpa", quote: "Die Gemeinde fordert ein Durchfahrtsverbot für schwere Lastwagen" },
        b: {
          article: "s14-bridge-faz",
          quote:
            "Bürgermeisterin Birgit Hansmeier hat beim Landkreis ein Durchfahrtsverbot für Lastwagen über 7,5 Tonnen beantragt",
        },
        figuresDisagree: false,
      },
      {
        a: { article: "s14-bridge-faz", quote: "Landesverkehrsminister Jens Lattemann will das Verfahren abkürzen" },
        b: {
          article: "s14-bridge-reuters",
          quote:
            "Lower Saxony's transport minister Jens Lattemann called on the federal government to fast-track approval for a new bridge",
        },
        figuresDisagree: false,
      },
    ],
    different: [
      {
        a: {
          article: "s14-bridge-dpa",
          quote:
            "Schon am Mittwochmorgen bildeten sich auf der Umleitungsstrecke Staus von bis zu zwölf Kilometern Länge",
        },
        b: {
          article: "s14-bridge-reuters",
          quote: "Trucks are being diverted via the A1 motorway and a federal road, a detour of around 40 kilometres",
        },
      },
      {
        a: {
          article: "s14-bridge-faz",
          quote: "müssen die 60 Lastwagen des Familienbetriebs jeden Morgen neue Wege finden",
        },
        b: {
          article: "s14-bridge-dpa",
          quote:
            "Über die Brücke fahren nach Angaben der Autobahn GmbH täglich rund 58.000 Fahrzeuge, darunter etwa 14.000 Lastwagen",
        },
      },
      {
        a: {
          article: "s14-bridge-faz",
          quote:
            "Die Kosten für einen Ersatzneubau beziffert die Autobahn GmbH in einer ersten Schätzung auf rund 160 Millionen Euro",
        },
        b: {
          article: "s14-bridge-dpa",
          quote: "Die Autobahn GmbH rechnet für Abriss und Neubau mit einer Bauzeit von mindestens fünf Jahren",
        },
      },
      {
        a: {
          article: "s14-bridge-faz",
          quote:
            "Bürgermeisterin Birgit Hansmeier hat beim Landkreis ein Durchfahrtsverbot für Lastwagen über 7,5 Tonnen beantragt",
        },
        b: {
          article: "s14-bridge-reuters",
          quote:
            "had been closed to vehicles heavier than 40 tonnes for several years after earlier damage was detected",
        },
      },
      {
        a: {
          article: "s14-bridge-reuters",
          quote:
            "The BGL haulage association said the detour would add up to 45 minutes to journeys between Hamburg and Hanover",
        },
        b: {
          article: "s14-bridge-faz",
          quote:
            "Nach einer Schätzung der IHK Südheide entstehen den Unternehmen der Region durch Umwege und Wartezeiten Mehrkosten von bis zu 1,2 Millionen Euro pro Woche",
        },
      },
    ],
  },
  {
    id: "s14-iceland-rate-cut",
    articles: [
      {
        id: "s14-iceland-reuters",
        outlet: "Reuters",
        language: "en",
        title: "Iceland's central bank cuts rates by 50 bps as inflation eases",
        text: [
          "REYKJAVIK (Reuters) - Iceland's central bank cut its key interest rate by 50 basis points to 7.75% on Wednesday, a bigger move than most analysts had expected, saying inflation was falling faster than it had forecast in February.",
          "It was the fourth consecutive cut by the bank, which began easing policy last October after holding rates at a 15-year high of 9.25% for more than a year.",
          "Inflation slowed to 4.2% in March from 4.8% in February, Statistics Iceland data showed last week, still well above the bank's 2.5% target.",
          '"The disinflation process is now well under way, and the real interest rate remains high, which gives us room to take a larger step," Governor Sigrún Hallgrímsdóttir told a news conference. She said further cuts were likely if the outlook held but that the committee would "move carefully."',
          "Six of 10 economists polled by Reuters last week had forecast a 25 basis point cut, with the remainder expecting a half-point reduction.",
          "The krona weakened about 0.4% against the euro after the announcement, trading at 148.6 per euro.",
          '"The bank is clearly more confident that the wage settlements are holding," said Kristín Magnúsdóttir, chief economist at Hafnarbanki in Reykjavik. "But with house prices still rising strongly, I would not expect another cut of this size in May."',
          "House prices in the capital region rose 7.9% in the 12 months to March, according to the Housing and Construction Authority (HMS).",
          "Iceland's economy, heavily reliant on tourism, fishing and aluminium smelting, grew 0.6% last year, slowing sharply from 2023 as repeated volcanic eruptions on the Reykjanes peninsula weighed on visitor numbers.",
          "The bank's next rate decision is due on May 21.",
        ].join("\n\n"),
      },
      {
        id: "s14-iceland-bloomberg",
        outlet: "Bloomberg",
        language: "en",
        title: "Iceland Steps Up Rate Cuts as Inflation Retreats Toward Goal",
        text: [
          "REYKJAVIK (Bloomberg) - Iceland's central bank accelerated monetary easing with a half-point rate cut, betting that a slowdown in inflation will outlast a still-hot housing market.",
          "The Monetary Policy Committee lowered the seven-day term deposit rate to 7.75% from 8.25%, the Reykjavik-based bank said in a statement on Wednesday. Most economists in a Bloomberg survey had predicted a quarter-point move.",
          "The decision was not unanimous. Four of the five committee members voted for the half-point cut, while one member, Deputy Governor Einar Thorsteinsson, preferred a 25 basis-point reduction, according to the statement.",
          '"We are seeing broad-based disinflation, including in services," Governor Sigrún Hallgrímsdóttir said at a press conference. "At the same time, we must not ease too quickly while demand in the housing market remains this strong."',
          "Consumer-price growth eased to 4.2% in March, the lowest since early 2021 but still well above the bank's 2.5% target. The central bank now sees inflation returning to target in the first half of 2027, earlier than it projected three months ago.",
          "The krona slipped 0.4% against the euro in Reykjavik trading after the decision.",
          "Wage contracts covering most private-sector workers, signed in March 2024, run for four years and limit annual pay rises to roughly 3.25% to 3.5%, giving policymakers more confidence that price growth will keep slowing.",
          '"Today\'s move suggests the committee sees the real rate as too restrictive," said Tom Ashworth, an economist at Northpoint Economics in London. "We expect the rate to reach 6.5% by the end of the year."',
          "The island nation of about 390,000 people has been buffeted by eruptions on the Reykjanes peninsula since late 2023, forcing the evacuation of the fishing town of Grindavik and disrupting tourism, which accounts for roughly a third of export revenue.",
        ].join("\n\n"),
      },
      {
        id: "s14-iceland-nzz",
        outlet: "Neue Zürcher Zeitung",
        language: "de",
        title: "Islands Notenbank senkt den Leitzins kräftiger als erwartet",
        text: [
          "STOCKHOLM (NZZ) - Die isländische Zentralbank hat ihren Leitzins am Mittwoch um einen halben Prozentpunkt auf 7,75 Prozent gesenkt. Es ist bereits der vierte Zinsschritt nach unten seit vergangenem Oktober, und er fiel grösser aus, als die meisten Beobachter erwartet hatten.",
          "Alle fünf Mitglieder des Geldpolitischen Ausschusses stimmten für die Senkung, wie die Notenbank in Reykjavik mitteilte.",
          "Begründet wird der Schritt mit dem Rückgang der Teuerung. Die Inflationsrate lag im März bei 4,6 Prozent, nach 4,8 Prozent im Februar. Das Inflationsziel der Notenbank liegt bei 2,5 Prozent.",
          "Notenbankchefin Sigrún Hallgrímsdóttir sprach vor den Medien von einem „breit abgestützten Rückgang der Inflation“. Weitere Senkungen seien möglich, man werde aber „mit Bedacht vorgehen“, solange die Nachfrage am Wohnungsmarkt so stark bleibe.",
          "Tatsächlich steigen die Immobilienpreise im Grossraum Reykjavik weiter kräftig, binnen Jahresfrist um knapp 8 Prozent. Viele junge Familien können sich in der Hauptstadt kaum noch eine Wohnung leisten.",
          "Zuvor hatte der Leitzins mehr als ein Jahr lang bei 9,25 Prozent gelegen, dem höchsten Stand seit der Finanzkrise. Island hatte damals unter dem Zusammenbruch seiner drei grossen Banken besonders gelitten.",
          "Die isländische Krone verlor nach dem Entscheid rund 1 Prozent gegenüber dem Euro.",
          "Zur Entspannung beigetragen haben auch die langfristigen Lohnabschlüsse vom Frühjahr 2024, die für vier Jahre moderate jährliche Lohnerhöhungen von rund 3,5 Prozent vorsehen. Ökonomen werten sie als wichtigen Anker für die Inflationserwartungen.",
          "Belastet wird die Wirtschaft der Insel mit ihren knapp 400 000 Einwohnern von den wiederholten Vulkanausbrüchen auf der Halbinsel Reykjanes. Der Fischerort Grindavík ist seit Ende 2023 weitgehend verlassen, der Tourismus hat Einbussen erlitten.",
          "Die nächste Zinsentscheidung steht Ende Mai an.",
        ].join("\n\n"),
      },
    ],
    same: [
      {
        a: {
          article: "s14-iceland-reuters",
          quote: "Iceland's central bank cut its key interest rate by 50 basis points to 7.75% on Wednesday",
        },
        b: {
          article: "s14-iceland-nzz",
          quote:
            "Die isländische Zentralbank hat ihren Leitzins am Mittwoch um einen halben Prozentpunkt auf 7,75 Prozent gesenkt",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s14-iceland-reuters",
          quote: "It was the fourth consecutive cut by the bank, which began easing policy last October",
        },
        b: {
          article: "s14-iceland-nzz",
          quote:
            "Es ist bereits der vierte Zinsschritt nach unten seit vergangenem Oktober, und er fiel grösser aus, als die meisten Beobachter erwartet hatten",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s14-iceland-bloomberg",
          quote:
            "Four of the five committee members voted for the half-point cut, while one member, Deputy Governor Einar Thorsteinsson, preferred a 25 basis-point reduction, according to the statement",
        },
        b: {
          article: "s14-iceland-nzz",
          quote:
            "Alle fünf Mitglieder des Geldpolitischen Ausschusses stimmten für die Senkung, wie die Notenbank in Reykjavik mitteilte",
        },
        figuresDisagree: true,
      },
      {
        a: {
          article: "s14-iceland-reuters",
          quote: "Inflation slowed to 4.2% in March from 4.8% in February, Statistics Iceland data showed last week",
        },
        b: {
          article: "s14-iceland-nzz",
          quote: "Die Inflationsrate lag im März bei 4,6 Prozent, nach 4,8 Prozent im Februar",
        },
        figuresDisagree: true,
      },
      {
        a: {
          article: "s14-iceland-bloomberg",
          quote:
            "Consumer-price growth eased to 4.2% in March, the lowest since early 2021 but still well above the bank's 2.5% target",
        },
        b: {
          article: "s14-iceland-reuters",
          quote:
            "Inflation slowed to 4.2% in March from 4.8% in February, Statistics Iceland data showed last week, still well above the bank's 2.5% target",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s14-iceland-reuters",
          quote: "The krona weakened about 0.4% against the euro after the announcement, trading at 148.6 per euro",
        },
        b: {
          article: "s14-iceland-nzz",
          quote: "Die isländische Krone verlor nach dem Entscheid rund 1 Prozent gegenüber dem Euro",
        },
        figuresDisagree: true,
      },
      {
        a: {
          article: "s14-iceland-bloomberg",
          quote: "The krona slipped 0.4% against the euro in Reykjavik trading after the decision",
        },
        b: {
          article: "s14-iceland-reuters",
          quote: "The krona weakened about 0.4% against the euro after the announcement, trading at 148.6 per euro",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s14-iceland-reuters",
          quote:
            "House prices in the capital region rose 7.9% in the 12 months to March, according to the Housing and Construction Authority (HMS)",
        },
        b: {
          article: "s14-iceland-nzz",
          quote:
            "Tatsächlich steigen die Immobilienpreise im Grossraum Reykjavik weiter kräftig, binnen Jahresfrist um knapp 8 Prozent",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s14-iceland-bloomberg",
          quote:
            "Wage contracts covering most private-sector workers, signed in March 2024, run for four years and limit annual pay rises to roughly 3.25% to 3.5%",
        },
        b: {
          article: "s14-iceland-nzz",
          quote:
            "Zur Entspannung beigetragen haben auch die langfristigen Lohnabschlüsse vom Frühjahr 2024, die für vier Jahre moderate jährliche Lohnerhöhungen von rund 3,5 Prozent vorsehen",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s14-iceland-bloomberg",
          quote: "forcing the evacuation of the fishing town of Grindavik and disrupting tourism",
        },
        b: {
          article: "s14-iceland-nzz",
          quote:
            "Der Fischerort Grindavík ist seit Ende 2023 weitgehend verlassen, der Tourismus hat Einbussen erlitten",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s14-iceland-bloomberg",
          quote:
            "At the same time, we must not ease too quickly while demand in the housing market remains this strong",
        },
        b: {
          article: "s14-iceland-nzz",
          quote:
            "Weitere Senkungen seien möglich, man werde aber „mit Bedacht vorgehen“, solange die Nachfrage am Wohnungsmarkt so stark bleibe",
        },
        figuresDisagree: false,
      },
    ],
    different: [
      {
        a: {
          article: "s14-iceland-reuters",
          quote:
            "House prices in the capital region rose 7.9% in the 12 months to March, according to the Housing and Construction Authority (HMS)",
        },
        b: {
          article: "s14-iceland-nzz",
          quote: "Die Inflationsrate lag im März bei 4,6 Prozent, nach 4,8 Prozent im Februar",
        },
      },
      {
        a: { article: "s14-iceland-bloomberg", quote: "We expect the rate to reach 6.5% by the end of the year" },
        b: {
          article: "s14-iceland-nzz",
          quote:
            "Die isländische Zentralbank hat ihren Leitzins am Mittwoch um einen halben Prozentpunkt auf 7,75 Prozent gesenkt",
        },
      },
      {
        a: {
          article: "s14-iceland-reuters",
          quote:
            "Six of 10 economists polled by Reuters last week had forecast a 25 basis point cut, with the remainder expecting a half-point reduction",
        },
        b: {
          article: "s14-iceland-bloomberg",
          quote:
            "Four of the five committee members voted for the half-point cut, while one member, Deputy Governor Einar Thorsteinsson, preferred a 25 basis-point reduction, according to the statement",
        },
      },
      {
        a: {
          article: "s14-iceland-nzz",
          quote:
            "Zuvor hatte der Leitzins mehr als ein Jahr lang bei 9,25 Prozent gelegen, dem höchsten Stand seit der Finanzkrise",
        },
        b: {
          article: "s14-iceland-bloomberg",
          quote:
            "The Monetary Policy Committee lowered the seven-day term deposit rate to 7.75% from 8.25%, the Reykjavik-based bank said in a statement on Wednesday",
        },
      },
      {
        a: {
          article: "s14-iceland-reuters",
          quote: "Iceland's economy, heavily reliant on tourism, fishing and aluminium smelting, grew 0.6% last year",
        },
        b: {
          article: "s14-iceland-bloomberg",
          quote: "disrupting tourism, which accounts for roughly a third of export revenue",
        },
      },
    ],
  },
  {
    id: "s14-hallberg-plant-closure",
    articles: [
      {
        id: "s14-plant-spiegel",
        outlet: "Spiegel",
        language: "de",
        title: "Autozulieferer Hallberg macht Werk in Thüringen dicht",
        text: [
          "WERNSTADT (SPIEGEL) - Der Autozulieferer Hallberg Antriebstechnik schließt sein Getriebewerk im thüringischen Wernstadt. Bis Ende 2026 soll die Produktion auslaufen, knapp 1200 Arbeitsplätze fallen weg, wie das Stuttgarter Unternehmen am Donnerstag mitteilte.",
          "Insgesamt will Hallberg weltweit 2900 Stellen abbauen, den größten Teil davon in Deutschland. Neben Wernstadt sind auch die Verwaltung in Stuttgart und ein Entwicklungsstandort in Bayern betroffen.",
          "Vorstandschef Frank Ostermeyer begründete den Schritt mit dem Einbruch der Nachfrage nach Getrieben für Verbrennerfahrzeuge. „Wir haben jede Alternative geprüft, aber für Wernstadt gibt es keine wirtschaftliche Perspektive mehr“, sagte er.",
          "Die Fertigung von Getriebeteilen soll größtenteils ins ungarische Pécs verlagert werden, wo Hallberg seit 2015 ein Werk betreibt. Dort liegen die Lohnkosten nach Unternehmensangaben bei etwa einem Drittel des deutschen Niveaus.",
          "Noch am Donnerstagnachmittag versammelten sich rund 600 Beschäftigte vor dem Werkstor zu einer spontanen Protestkundgebung. „Man hat uns jahrelang Verzicht abverlangt, und jetzt das“, sagte Betriebsratschef Marco Weidling. Die Belegschaft hatte 2023 auf Teile ihres Weihnachtsgelds verzichtet, um den Standort zu sichern.",
          "Die IG Metall kündigte Widerstand an. „Wir werden um jeden Arbeitsplatz kämpfen“, sagte Bezirksleiterin Christiane Beyer. Die Gewerkschaft wirft dem Management vor, eine 2023 vereinbarte Standortgarantie bis 2027 zu brechen.",
          "Thüringens Wirtschaftsminister Arne Köllner (CDU) zeigte sich „fassungslos“. Er habe erst eine Stunde vor der öffentlichen Bekanntgabe von den Plänen erfahren, sagte er in Erfurt.",
          "Für die Kleinstadt mit ihren rund 14.000 Einwohnern ist Hallberg der mit Abstand größte Arbeitgeber. Das Werk war zu DDR-Zeiten als Getriebewerk gegründet und nach der Wende von den Schwaben übernommen worden.",
          "Hallberg steckt wie viele Zulieferer in der Krise. Im ersten Halbjahr sank der Umsatz um 14 Prozent auf 1,9 Milliarden Euro, unterm Strich stand ein Verlust von 85 Millionen Euro.",
        ].join("\n\n"),
      },
      {
        id: "s14-plant-tagesschau",
        outlet: "tagesschau",
        language: "de",
        title: "Hallberg schließt Werk in Wernstadt – 1150 Jobs betroffen",
        text: [
          "ERFURT (tagesschau) - Der Autozulieferer Hallberg will sein Werk in Wernstadt schließen. Betroffen sind nach Unternehmensangaben 1150 Beschäftigte. Die Produktion soll schrittweise bis Ende 2026 eingestellt werden.",
          "Die Nachricht traf die Belegschaft am Donnerstagmorgen bei einer kurzfristig einberufenen Betriebsversammlung. Am Nachmittag protestierten rund 1000 Beschäftigte vor dem Werkstor, viele mit Trillerpfeifen und Transparenten.",
          "„Das ist ein Schlag ins Gesicht für jeden, der hier seit Jahrzehnten arbeitet“, sagte Betriebsratsvorsitzender Marco Weidling dem MDR. Er kündigte an, alle rechtlichen Möglichkeiten auszuschöpfen.",
          "Das Unternehmen begründet die Schließung mit dem Wandel zur Elektromobilität. Elektroautos benötigen keine mehrstufigen Schaltgetriebe, wie sie in Wernstadt gefertigt werden. Die Nachfrage der Autohersteller sei in den vergangenen zwei Jahren um fast ein Drittel eingebrochen, hieß es.",
          "Wernstadts Bürgermeister Uwe Grabner sprach von einem „schwarzen Tag für die ganze Region“. Neben den Hallberg-Beschäftigten hingen Hunderte Arbeitsplätze bei Zulieferern und Dienstleistern am Werk.",
          "Thüringens Wirtschaftsminister Arne Köllner kündigte an, noch in dieser Woche mit der Konzernspitze in Stuttgart zu sprechen. Das Land sei bereit, bei der Suche nach einem Investor für das Gelände zu helfen.",
          "Das Werk in Wernstadt hat eine lange Geschichte. Es wurde 1962 als volkseigener Betrieb gegründet und 1991 von Hallberg übernommen. Zu Spitzenzeiten arbeiteten dort mehr als 3000 Menschen.",
          "Hallberg hatte bereits im Frühjahr angekündigt, die Kosten um 400 Millionen Euro jährlich senken zu wollen. Der Umsatz des Konzerns ging im ersten Halbjahr um 14 Prozent zurück.",
          "Die IG Metall rief für Montag zu einer Kundgebung vor dem Landtag in Erfurt auf.",
        ].join("\n\n"),
      },
      {
        id: "s14-plant-bloomberg",
        outlet: "Bloomberg",
        language: "en",
        title: "Auto Supplier Hallberg to Cut 3,400 Jobs, Shut German Plant as EV Shift Bites",
        text: [
          "STUTTGART (Bloomberg) - Hallberg Antriebstechnik AG will close a transmission factory in eastern Germany and cut 3,400 jobs worldwide, becoming the latest German car-parts maker to slash capacity as demand for combustion-engine components falls.",
          "The plant in Wernstadt, in the state of Thuringia, employs 1,150 people and will stop production by the end of 2026, the closely held company said in a statement on Thursday. Work will shift mainly to a factory in Pecs, Hungary.",
          '"The market for conventional transmissions is shrinking faster than anyone expected," Chief Executive Officer Frank Ostermeyer said in an interview. "We cannot keep running plants that are half empty."',
          "Hallberg, which supplies gearbox parts to European carmakers and truck manufacturers, reported a 14% drop in first-half sales to 1.9 billion euros ($2.05 billion). The company posted a net loss of 85 million euros for the period.",
          "The company bought the Wernstadt factory, a former East German state-owned enterprise, in 1993.",
          "Germany's auto-supply industry has been hit by weak car sales in Europe, competition from Chinese manufacturers and the cost of retooling for electric vehicles. Suppliers large and small have announced tens of thousands of job cuts over the past two years.",
          "About 1,000 workers gathered outside the plant gates on Thursday afternoon to protest, according to the IG Metall union.",
          "IG Metall's Christiane Beyer said the union would fight the closure and accused management of breaking a 2023 agreement that guaranteed the site until 2027.",
          'Thuringia\'s economy minister Arne Köllner said he was "stunned" by the decision and had been informed only shortly before the announcement.',
        ].join("\n\n"),
      },
    ],
    same: [
      {
        a: {
          article: "s14-plant-spiegel",
          quote: "Insgesamt will Hallberg weltweit 2900 Stellen abbauen, den größten Teil davon in Deutschland",
        },
        b: {
          article: "s14-plant-bloomberg",
          quote:
            "Hallberg Antriebstechnik AG will close a transmission factory in eastern Germany and cut 3,400 jobs worldwide",
        },
        figuresDisagree: true,
      },
      {
        a: { article: "s14-plant-tagesschau", quote: "Betroffen sind nach Unternehmensangaben 1150 Beschäftigte" },
        b: {
          article: "s14-plant-bloomberg",
          quote: "The plant in Wernstadt, in the state of Thuringia, employs 1,150 people",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s14-plant-spiegel",
          quote:
            "Bis Ende 2026 soll die Produktion auslaufen, knapp 1200 Arbeitsplätze fallen weg, wie das Stuttgarter Unternehmen am Donnerstag mitteilte",
        },
        b: {
          article: "s14-plant-bloomberg",
          quote:
            "The plant in Wernstadt, in the state of Thuringia, employs 1,150 people and will stop production by the end of 2026, the closely held company said in a statement on Thursday",
        },
        figuresDisagree: false,
      },
      {
        a: { article: "s14-plant-spiegel", quote: "Bis Ende 2026 soll die Produktion auslaufen" },
        b: {
          article: "s14-plant-tagesschau",
          quote: "Die Produktion soll schrittweise bis Ende 2026 eingestellt werden",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s14-plant-spiegel",
          quote: "Die Fertigung von Getriebeteilen soll größtenteils ins ungarische Pécs verlagert werden",
        },
        b: { article: "s14-plant-bloomberg", quote: "Work will shift mainly to a factory in Pecs, Hungary" },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s14-plant-tagesschau",
          quote: "Es wurde 1962 als volkseigener Betrieb gegründet und 1991 von Hallberg übernommen",
        },
        b: {
          article: "s14-plant-bloomberg",
          quote: "The company bought the Wernstadt factory, a former East German state-owned enterprise, in 1993",
        },
        figuresDisagree: true,
      },
      {
        a: {
          article: "s14-plant-spiegel",
          quote:
            "Noch am Donnerstagnachmittag versammelten sich rund 600 Beschäftigte vor dem Werkstor zu einer spontanen Protestkundgebung",
        },
        b: {
          article: "s14-plant-bloomberg",
          quote:
            "About 1,000 workers gathered outside the plant gates on Thursday afternoon to protest, according to the IG Metall union",
        },
        figuresDisagree: true,
      },
      {
        a: {
          article: "s14-plant-tagesschau",
          quote:
            "Am Nachmittag protestierten rund 1000 Beschäftigte vor dem Werkstor, viele mit Trillerpfeifen und Transparenten",
        },
        b: {
          article: "s14-plant-bloomberg",
          quote:
            "About 1,000 workers gathered outside the plant gates on Thursday afternoon to protest, according to the IG Metall union",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s14-plant-spiegel",
          quote: "Im ersten Halbjahr sank der Umsatz um 14 Prozent auf 1,9 Milliarden Euro",
        },
        b: {
          article: "s14-plant-tagesschau",
          quote: "Der Umsatz des Konzerns ging im ersten Halbjahr um 14 Prozent zurück",
        },
        figuresDisagree: false,
      },
      {
        a: { article: "s14-plant-spiegel", quote: "unterm Strich stand ein Verlust von 85 Millionen Euro" },
        b: {
          article: "s14-plant-bloomberg",
          quote: "The company posted a net loss of 85 million euros for the period",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s14-plant-spiegel",
          quote:
            "Die Gewerkschaft wirft dem Management vor, eine 2023 vereinbarte Standortgarantie bis 2027 zu brechen",
        },
        b: {
          article: "s14-plant-bloomberg",
          quote: "accused management of breaking a 2023 agreement that guaranteed the site until 2027",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s14-plant-spiegel",
          quote:
            "Er habe erst eine Stunde vor der öffentlichen Bekanntgabe von den Plänen erfahren, sagte er in Erfurt",
        },
        b: { article: "s14-plant-bloomberg", quote: "had been informed only shortly before the announcement" },
        figuresDisagree: false,
      },
    ],
    different: [
      {
        a: { article: "s14-plant-tagesschau", quote: "Zu Spitzenzeiten arbeiteten dort mehr als 3000 Menschen" },
        b: {
          article: "s14-plant-bloomberg",
          quote: "The plant in Wernstadt, in the state of Thuringia, employs 1,150 people",
        },
      },
      {
        a: {
          article: "s14-plant-spiegel",
          quote: "Für die Kleinstadt mit ihren rund 14.000 Einwohnern ist Hallberg der mit Abstand größte Arbeitgeber",
        },
        b: {
          article: "s14-plant-tagesschau",
          quote:
            "Neben den Hallberg-Beschäftigten hingen Hunderte Arbeitsplätze bei Zulieferern und Dienstleistern am Werk",
        },
      },
      {
        a: {
          article: "s14-plant-bloomberg",
          quote: "The company posted a net loss of 85 million euros for the period",
        },
        b: {
          article: "s14-plant-tagesschau",
          quote:
            "Hallberg hatte bereits im Frühjahr angekündigt, die Kosten um 400 Millionen Euro jährlich senken zu wollen",
        },
      },
      {
        a: {
          article: "s14-plant-spiegel",
          quote:
            "Die Fertigung von Getriebeteilen soll größtenteils ins ungarische Pécs verlagert werden, wo Hallberg seit 2015 ein Werk betreibt",
        },
        b: {
          article: "s14-plant-bloomberg",
          quote: "The company bought the Wernstadt factory, a former East German state-owned enterprise, in 1993",
        },
      },
      {
        a: {
          article: "s14-plant-tagesschau",
          quote: "Die IG Metall rief für Montag zu einer Kundgebung vor dem Landtag in Erfurt auf",
        },
        b: {
          article: "s14-plant-bloomberg",
          quote:
            "About 1,000 workers gathered outside the plant gates on Thursday afternoon to protest, according to the IG Metall union",
        },
      },
      {
        a: {
          article: "s14-plant-spiegel",
          quote: "Die Belegschaft hatte 2023 auf Teile ihres Weihnachtsgelds verzichtet, um den Standort zu sichern",
        },
        b: {
          article: "s14-plant-bloomberg",
          quote: "accused management of breaking a 2023 agreement that guaranteed the site until 2027",
        },
      },
    ],
  },
  {
    id: "s14-pulsewise-privacy-fine",
    articles: [
      {
        id: "s14-privacy-guardian",
        outlet: "The Guardian",
        language: "en",
        title: "Fitness app Pulsewise fined €185m for sharing users' health data with advertisers",
        text: [
          "DUBLIN (Guardian) - The fitness and period-tracking app Pulsewise has been fined €185m by Ireland's data protection regulator for sharing sensitive health information about millions of users with advertising companies without their consent.",
          "The Data Protection Commission (DPC) found that between 2019 and 2022 the app passed details of users' menstrual cycles, heart rates and sleep patterns to third parties, which used them to target advertising. About 14 million people in the EU were affected, the regulator said.",
          "The company, whose European headquarters are in Dublin, has been given three months to bring its data processing into line with the EU's General Data Protection Regulation (GDPR).",
          '"People who track their health trust that this information stays private. Pulsewise broke that trust on an industrial scale," said Niamh Cullinane, one of the DPC\'s commissioners.',
          'Pulsewise, which is owned by the Texas-based Pulsewise Inc, said it "strongly disagreed" with the ruling and would appeal to the Irish high court. "We stopped the practices in question long before this decision and have cooperated fully with the DPC," a spokesperson said.',
          "The case was triggered by a complaint from the Vienna-based privacy campaign group Klarsicht in 2021, after researchers found that the app sent data to advertising networks within seconds of a user logging a symptom.",
          'Lena Aigner, Klarsicht\'s founder, said the fine was "a clear signal to an entire industry that treats our bodies as ad inventory". She added: "It took four years. That is far too long."',
          "The penalty is one of the largest imposed under GDPR, which came into force in 2018, though it falls well short of the record €1.2bn fine the DPC imposed on Meta in 2023.",
          "Pulsewise reported revenue of $870m (£650m) last year and says it has more than 60 million users worldwide.",
        ].join("\n\n"),
      },
      {
        id: "s14-privacy-afp",
        outlet: "AFP",
        language: "en",
        title: "Ireland fines US health app Pulsewise 185 mn euros over data sharing",
        text: [
          "DUBLIN (AFP) - Ireland's data watchdog on Thursday fined US fitness app Pulsewise 185 million euros ($200 million) for illegally passing on users' health data to advertisers, the latest in a series of heavy penalties for US tech firms under EU privacy rules.",
          "The Data Protection Commission said the app, which lets users log their workouts, sleep and menstrual cycles, shared the information with 14 advertising companies from May 2020 to November 2022 without obtaining valid consent.",
          "The watchdog also ordered Pulsewise to stop any such transfers and to comply with EU rules within three months.",
          "The Dublin-based regulator had initially proposed a fine of 45 million euros, but other European authorities objected that it was too low, forcing the European Data Protection Board to step in and settle the dispute.",
          '"This decision shows that the system works, even if it is slow," said Lena Aigner of the Austrian privacy group Klarsicht, which brought the original complaint.',
          'Pulsewise said in a statement it would challenge the decision in court. The company, headquartered in Austin, Texas, said it had ended the data sharing "well before" the regulator\'s ruling.',
          "Ireland is home to the European headquarters of many US tech giants, making its regulator the lead authority for enforcing the EU's General Data Protection Regulation against them.",
          "The Irish DPC has been criticised in the past by other European regulators and privacy activists for being too slow and too lenient in its handling of cases against big tech companies.",
          "Under the GDPR, companies can be fined up to four percent of their global annual turnover.",
        ].join("\n\n"),
      },
      {
        id: "s14-privacy-sz",
        outlet: "Süddeutsche Zeitung",
        language: "de",
        title: "185 Millionen Euro Strafe für Zyklus-App",
        text: [
          "DUBLIN (SZ) - Die irische Datenschutzbehörde hat gegen den Betreiber der Fitness- und Zyklus-App Pulsewise eine Geldbuße von 185 Millionen Euro verhängt. Das Unternehmen habe hochsensible Gesundheitsdaten seiner Nutzerinnen und Nutzer an Werbefirmen weitergegeben, ohne eine wirksame Einwilligung einzuholen, teilte die Data Protection Commission (DPC) am Donnerstag mit.",
          "Betroffen sind nach Angaben der Behörde rund neun Millionen Menschen in der EU, darunter auch viele in Deutschland. Pulsewise ist vor allem bei jungen Frauen beliebt, die damit ihren Zyklus, ihre Stimmung und ihren Schlaf protokollieren.",
          "Laut dem Bescheid floss ein Teil dieser Angaben an mindestens zwölf Werbepartner, die damit Anzeigen zuschnitten. Wer etwa Regelschmerzen eintrug, bekam kurz darauf Werbung für Schmerzmittel zu sehen.",
          "Ins Rollen gebracht hatte den Fall eine Beschwerde der Wiener Datenschutzorganisation Klarsicht aus dem Jahr 2021. „Vier Jahre sind eine Ewigkeit, wenn es um so intime Daten geht“, sagte Klarsicht-Gründerin Lena Aigner der SZ.",
          "Dass die Strafe so hoch ausfiel, ist vor allem anderen europäischen Behörden zu verdanken. Die DPC hatte ursprünglich nur 60 Millionen Euro verhängen wollen. Dagegen legten Aufsichtsbehörden unter anderem aus Hamburg und Paris Einspruch ein, am Ende entschied der Europäische Datenschutzausschuss über die Höhe.",
          "„Das Verfahren zeigt, dass die Zusammenarbeit der Aufsichtsbehörden funktioniert, aber auch, wie schwerfällig sie ist“, sagte der Hamburger Datenschutzbeauftragte Tobias Wendler.",
          "Pulsewise hat drei Monate Zeit, die Datenverarbeitung an die Datenschutz-Grundverordnung anzupassen. Das Unternehmen aus Austin im US-Bundesstaat Texas kündigte an, gegen die Entscheidung vor Gericht zu ziehen.",
          "Irland ist für viele US-Konzerne die zuständige Aufsicht, weil sie dort ihre Europazentralen haben. Die bislang höchste Strafe nach der DSGVO verhängte die DPC 2023 gegen den Facebook-Konzern Meta: 1,2 Milliarden Euro.",
        ].join("\n\n"),
      },
    ],
    same: [
      {
        a: {
          article: "s14-privacy-guardian",
          quote:
            "The fitness and period-tracking app Pulsewise has been fined €185m by Ireland's data protection regulator for sharing sensitive health information about millions of users with advertising companies without their consent",
        },
        b: {
          article: "s14-privacy-sz",
          quote:
            "Die irische Datenschutzbehörde hat gegen den Betreiber der Fitness- und Zyklus-App Pulsewise eine Geldbuße von 185 Millionen Euro verhängt",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s14-privacy-afp",
          quote:
            "Ireland's data watchdog on Thursday fined US fitness app Pulsewise 185 million euros ($200 million) for illegally passing on users' health data to advertisers",
        },
        b: {
          article: "s14-privacy-guardian",
          quote:
            "The fitness and period-tracking app Pulsewise has been fined €185m by Ireland's data protection regulator for sharing sensitive health information about millions of users with advertising companies without their consent",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s14-privacy-guardian",
          quote: "About 14 million people in the EU were affected, the regulator said",
        },
        b: {
          article: "s14-privacy-sz",
          quote:
            "Betroffen sind nach Angaben der Behörde rund neun Millionen Menschen in der EU, darunter auch viele in Deutschland",
        },
        figuresDisagree: true,
      },
      {
        a: {
          article: "s14-privacy-afp",
          quote:
            "The Data Protection Commission said the app, which lets users log their workouts, sleep and menstrual cycles, shared the information with 14 advertising companies",
        },
        b: {
          article: "s14-privacy-sz",
          quote:
            "Laut dem Bescheid floss ein Teil dieser Angaben an mindestens zwölf Werbepartner, die damit Anzeigen zuschnitten",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s14-privacy-guardian",
          quote:
            "The Data Protection Commission (DPC) found that between 2019 and 2022 the app passed details of users' menstrual cycles, heart rates and sleep patterns to third parties",
        },
        b: {
          article: "s14-privacy-afp",
          quote:
            "shared the information with 14 advertising companies from May 2020 to November 2022 without obtaining valid consent",
        },
        figuresDisagree: true,
      },
      {
        a: {
          article: "s14-privacy-afp",
          quote:
            "The Dublin-based regulator had initially proposed a fine of 45 million euros, but other European authorities objected that it was too low",
        },
        b: { article: "s14-privacy-sz", quote: "Die DPC hatte ursprünglich nur 60 Millionen Euro verhängen wollen" },
        figuresDisagree: true,
      },
      {
        a: {
          article: "s14-privacy-guardian",
          quote:
            "The company, whose European headquarters are in Dublin, has been given three months to bring its data processing into line with the EU's General Data Protection Regulation (GDPR)",
        },
        b: {
          article: "s14-privacy-sz",
          quote: "Pulsewise hat drei Monate Zeit, die Datenverarbeitung an die Datenschutz-Grundverordnung anzupassen",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s14-privacy-afp",
          quote: "Pulsewise said in a statement it would challenge the decision in court",
        },
        b: {
          article: "s14-privacy-sz",
          quote:
            "Das Unternehmen aus Austin im US-Bundesstaat Texas kündigte an, gegen die Entscheidung vor Gericht zu ziehen",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s14-privacy-guardian",
          quote: "The case was triggered by a complaint from the Vienna-based privacy campaign group Klarsicht in 2021",
        },
        b: {
          article: "s14-privacy-sz",
          quote:
            "Ins Rollen gebracht hatte den Fall eine Beschwerde der Wiener Datenschutzorganisation Klarsicht aus dem Jahr 2021",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s14-privacy-guardian",
          quote: "though it falls well short of the record €1.2bn fine the DPC imposed on Meta in 2023",
        },
        b: {
          article: "s14-privacy-sz",
          quote:
            "Die bislang höchste Strafe nach der DSGVO verhängte die DPC 2023 gegen den Facebook-Konzern Meta: 1,2 Milliarden Euro",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s14-privacy-afp",
          quote: "forcing the European Data Protection Board to step in and settle the dispute",
        },
        b: { article: "s14-privacy-sz", quote: "am Ende entschied der Europäische Datenschutzausschuss über die Höhe" },
        figuresDisagree: false,
      },
    ],
    different: [
      {
        a: {
          article: "s14-privacy-afp",
          quote:
            "The Data Protection Commission said the app, which lets users log their workouts, sleep and menstrual cycles, shared the information with 14 advertising companies",
        },
        b: {
          article: "s14-privacy-guardian",
          quote: "About 14 million people in the EU were affected, the regulator said",
        },
      },
      {
        a: {
          article: "s14-privacy-guardian",
          quote:
            "Pulsewise reported revenue of $870m (£650m) last year and says it has more than 60 million users worldwide",
        },
        b: {
          article: "s14-privacy-sz",
          quote:
            "Betroffen sind nach Angaben der Behörde rund neun Millionen Menschen in der EU, darunter auch viele in Deutschland",
        },
      },
      {
        a: { article: "s14-privacy-sz", quote: "Die DPC hatte ursprünglich nur 60 Millionen Euro verhängen wollen" },
        b: {
          article: "s14-privacy-guardian",
          quote: "though it falls well short of the record €1.2bn fine the DPC imposed on Meta in 2023",
        },
      },
      {
        a: {
          article: "s14-privacy-afp",
          quote: "Under the GDPR, companies can be fined up to four percent of their global annual turnover",
        },
        b: {
          article: "s14-privacy-sz",
          quote:
            "Die irische Datenschutzbehörde hat gegen den Betreiber der Fitness- und Zyklus-App Pulsewise eine Geldbuße von 185 Millionen Euro verhängt",
        },
      },
      {
        a: {
          article: "s14-privacy-afp",
          quote:
            'The company, headquartered in Austin, Texas, said it had ended the data sharing "well before" the regulator\'s ruling',
        },
        b: {
          article: "s14-privacy-sz",
          quote: "Pulsewise hat drei Monate Zeit, die Datenverarbeitung an die Datenschutz-Grundverordnung anzupassen",
        },
      },
    ],
  },
  {
    id: "s14-tyrol-avalanche",
    articles: [
      {
        id: "s14-avalanche-orf",
        outlet: "ORF",
        language: "de",
        title: "Vier Tote bei Lawinenabgang im Ranggental",
        text: [
          "INNSBRUCK (ORF) - Bei einem Lawinenabgang im Tiroler Ranggental sind am Samstag vier Skitourengeher ums Leben gekommen. Die Lawine erfasste gegen 11.30 Uhr eine elfköpfige Gruppe unterhalb der Ranggenspitze im Gemeindegebiet von Hinterkar.",
          "Zwei weitere Mitglieder der Gruppe wurden schwer verletzt und mit Notarzthubschraubern in die Klinik Innsbruck geflogen. Die übrigen fünf konnten sich selbst befreien oder wurden von Kameraden ausgegraben.",
          "Die Lawine war nach ersten Schätzungen etwa 400 Meter breit und 800 Meter lang. Abgegangen ist sie auf rund 2.600 Metern Seehöhe, teilweise lagen die Verschütteten unter mehr als drei Metern Schnee.",
          "Im Einsatz standen rund 80 Bergretter, vier Hubschrauber und sechs Lawinenhunde. „Die Bedingungen waren extrem schwierig, wir mussten immer wieder wegen Nachlawinen unterbrechen“, sagte Josef Haselwanter, Ortsstellenleiter der Bergrettung Hinterkar.",
          "Die Gruppe war laut Polizei mit einem staatlich geprüften Bergführer unterwegs. Er blieb unverletzt und wird derzeit befragt. Die Staatsanwaltschaft Innsbruck ordnete eine Obduktion der Todesopfer an.",
          "Der Lawinenwarndienst Tirol hatte für den Samstag die Gefahrenstufe 3 auf der fünfteiligen Skala ausgegeben. Vor allem an Nordhängen oberhalb von 2.200 Metern warnten die Experten vor frischen Triebschneeansammlungen.",
          "„Stufe drei ist die heikelste Stufe, weil viele sie unterschätzen“, sagte Norbert Pfeifer vom Lawinenwarndienst. Die meisten tödlichen Unfälle passierten bei erheblicher Lawinengefahr.",
          "Hinterkars Bürgermeisterin Martina Gstrein sprach von einem „schwarzen Tag für unser Tal“. Die Gemeinde richtete im Gemeindezentrum eine Betreuungsstelle für Angehörige ein, dort ist auch das Kriseninterventionsteam im Einsatz.",
          "In dieser Wintersaison sind in Tirol damit bereits 13 Menschen bei Lawinenabgängen ums Leben gekommen.",
        ].join("\n\n"),
      },
      {
        id: "s14-avalanche-dpa",
        outlet: "dpa",
        language: "de",
        title: "Lawinenunglück in Tirol: Deutsche unter den Toten",
        text: [
          "HINTERKAR (dpa) - Bei einem Lawinenunglück in Tirol sind am Samstag mindestens drei Menschen ums Leben gekommen, darunter nach Angaben der Polizei zwei Deutsche. Die Schneemassen hatten am späten Vormittag eine Gruppe von neun Skitourengehern im Ranggental erfasst, wie ein Polizeisprecher in Innsbruck sagte.",
          "Die beiden Deutschen stammen aus dem oberbayerischen Landkreis Rosenheim, bei dem dritten Todesopfer handelt es sich um einen Niederländer. Mehrere Menschen wurden verletzt, einige von ihnen schwer.",
          "Rund 120 Einsatzkräfte von Bergrettung, Polizei und Bundesheer suchten stundenlang den Lawinenkegel ab. „Als wir ankamen, war der Hang auf einer Breite von mehreren hundert Metern abgegangen“, sagte ein Bergretter der Deutschen Presse-Agentur. Die Suche wurde durch Nebel und die Gefahr weiterer Lawinen erschwert.",
          "Nach Angaben des Lawinenwarndienstes Tirol herrschte in dem Gebiet erhebliche Lawinengefahr, also Warnstufe drei von fünf. In den drei Tagen zuvor waren bis zu 60 Zentimeter Neuschnee gefallen, dazu kam starker Westwind.",
          "Die Gruppe war in Begleitung eines Bergführers unterwegs. Die Staatsanwaltschaft Innsbruck leitete Ermittlungen wegen des Verdachts der fahrlässigen Tötung ein, wie eine Sprecherin sagte. Das sei bei tödlichen Lawinenunglücken ein übliches Vorgehen.",
          "Das bayerische Innenministerium stand nach eigenen Angaben in Kontakt mit den österreichischen Behörden. Die Angehörigen der Opfer würden betreut, hieß es in München.",
          "Das Ranggental ist bei Skitourengehern aus Süddeutschland beliebt, weil es von München aus in gut zwei Stunden zu erreichen ist. Erst im vergangenen Winter war dort ein Mann aus Augsburg bei einem Lawinenabgang ums Leben gekommen.",
          "Die Behörden riefen Wintersportler auf, in den kommenden Tagen auf Touren abseits gesicherter Pisten zu verzichten. Für Sonntag erwarten die Meteorologen weiteren Schneefall.",
        ].join("\n\n"),
      },
      {
        id: "s14-avalanche-bbc",
        outlet: "BBC",
        language: "en",
        title: "Austria avalanche: Five ski tourers killed in Tyrol",
        text: [
          "VIENNA (BBC) - Five people have been killed after an avalanche swept a group of ski tourers down a mountainside in the Austrian Alps, police say.",
          "The group of 11 was climbing towards the Ranggenspitze peak in the western state of Tyrol when the slope gave way shortly before 11:30 local time (10:30 GMT) on Saturday.",
          "Two others were seriously injured and flown to hospital in Innsbruck, while the remaining four escaped with minor injuries.",
          "About 80 mountain rescuers, four helicopters and several search dogs took part in the operation, which was hampered by the risk of further slides.",
          "The avalanche was about 250m (820ft) wide, according to Tyrol's avalanche warning service. The slide started at an altitude of about 2,600m (8,530ft) on a steep north-facing slope.",
          "Most of the victims were from Germany, local media reported. The group was accompanied by a mountain guide, who survived unhurt, and prosecutors in Innsbruck have opened an investigation, as is standard after fatal avalanches.",
          'The avalanche risk in the area had been rated at level three on a five-point scale, meaning "considerable". Experts say that most fatal avalanches occur at this level, because skiers tend to underestimate the danger.',
          '"It is a tragedy for the families and for our whole valley," Martina Gstrein, the mayor of the village of Hinterkar, told Austrian broadcaster ORF.',
          "At least 20 people have died in avalanches in Austria since the start of the winter season, many of them off-piste skiers and ski tourers.",
        ].join("\n\n"),
      },
    ],
    same: [
      {
        a: {
          article: "s14-avalanche-orf",
          quote: "Bei einem Lawinenabgang im Tiroler Ranggental sind am Samstag vier Skitourengeher ums Leben gekommen",
        },
        b: {
          article: "s14-avalanche-bbc",
          quote:
            "Five people have been killed after an avalanche swept a group of ski tourers down a mountainside in the Austrian Alps, police say",
        },
        figuresDisagree: true,
      },
      {
        a: {
          article: "s14-avalanche-orf",
          quote: "Bei einem Lawinenabgang im Tiroler Ranggental sind am Samstag vier Skitourengeher ums Leben gekommen",
        },
        b: {
          article: "s14-avalanche-dpa",
          quote:
            "Bei einem Lawinenunglück in Tirol sind am Samstag mindestens drei Menschen ums Leben gekommen, darunter nach Angaben der Polizei zwei Deutsche",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s14-avalanche-dpa",
          quote:
            "Die Schneemassen hatten am späten Vormittag eine Gruppe von neun Skitourengehern im Ranggental erfasst, wie ein Polizeisprecher in Innsbruck sagte",
        },
        b: {
          article: "s14-avalanche-bbc",
          quote:
            "The group of 11 was climbing towards the Ranggenspitze peak in the western state of Tyrol when the slope gave way shortly before 11:30 local time (10:30 GMT) on Saturday",
        },
        figuresDisagree: true,
      },
      {
        a: {
          article: "s14-avalanche-orf",
          quote:
            "Die Lawine erfasste gegen 11.30 Uhr eine elfköpfige Gruppe unterhalb der Ranggenspitze im Gemeindegebiet von Hinterkar",
        },
        b: {
          article: "s14-avalanche-bbc",
          quote:
            "The group of 11 was climbing towards the Ranggenspitze peak in the western state of Tyrol when the slope gave way shortly before 11:30 local time (10:30 GMT) on Saturday",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s14-avalanche-orf",
          quote:
            "Zwei weitere Mitglieder der Gruppe wurden schwer verletzt und mit Notarzthubschraubern in die Klinik Innsbruck geflogen",
        },
        b: {
          article: "s14-avalanche-bbc",
          quote: "Two others were seriously injured and flown to hospital in Innsbruck",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s14-avalanche-orf",
          quote: "Im Einsatz standen rund 80 Bergretter, vier Hubschrauber und sechs Lawinenhunde",
        },
        b: {
          article: "s14-avalanche-bbc",
          quote: "About 80 mountain rescuers, four helicopters and several search dogs took part in the operation",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s14-avalanche-orf",
          quote: "Die Lawine war nach ersten Schätzungen etwa 400 Meter breit und 800 Meter lang",
        },
        b: {
          article: "s14-avalanche-bbc",
          quote: "The avalanche was about 250m (820ft) wide, according to Tyrol's avalanche warning service",
        },
        figuresDisagree: true,
      },
      {
        a: { article: "s14-avalanche-orf", quote: "Abgegangen ist sie auf rund 2.600 Metern Seehöhe" },
        b: {
          article: "s14-avalanche-bbc",
          quote: "The slide started at an altitude of about 2,600m (8,530ft) on a steep north-facing slope",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s14-avalanche-dpa",
          quote:
            "Nach Angaben des Lawinenwarndienstes Tirol herrschte in dem Gebiet erhebliche Lawinengefahr, also Warnstufe drei von fünf",
        },
        b: {
          article: "s14-avalanche-bbc",
          quote:
            'The avalanche risk in the area had been rated at level three on a five-point scale, meaning "considerable"',
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s14-avalanche-orf",
          quote:
            "Der Lawinenwarndienst Tirol hatte für den Samstag die Gefahrenstufe 3 auf der fünfteiligen Skala ausgegeben",
        },
        b: {
          article: "s14-avalanche-dpa",
          quote:
            "Nach Angaben des Lawinenwarndienstes Tirol herrschte in dem Gebiet erhebliche Lawinengefahr, also Warnstufe drei von fünf",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s14-avalanche-dpa",
          quote:
            "Die Staatsanwaltschaft Innsbruck leitete Ermittlungen wegen des Verdachts der fahrlässigen Tötung ein, wie eine Sprecherin sagte",
        },
        b: {
          article: "s14-avalanche-bbc",
          quote: "prosecutors in Innsbruck have opened an investigation, as is standard after fatal avalanches",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s14-avalanche-orf",
          quote: "Die Gruppe war laut Polizei mit einem staatlich geprüften Bergführer unterwegs",
        },
        b: {
          article: "s14-avalanche-bbc",
          quote: "The group was accompanied by a mountain guide, who survived unhurt",
        },
        figuresDisagree: false,
      },
    ],
    different: [
      {
        a: {
          article: "s14-avalanche-orf",
          quote:
            "In dieser Wintersaison sind in Tirol damit bereits 13 Menschen bei Lawinenabgängen ums Leben gekommen",
        },
        b: {
          article: "s14-avalanche-bbc",
          quote:
            "At least 20 people have died in avalanches in Austria since the start of the winter season, many of them off-piste skiers and ski tourers",
        },
      },
      {
        a: {
          article: "s14-avalanche-orf",
          quote:
            "Zwei weitere Mitglieder der Gruppe wurden schwer verletzt und mit Notarzthubschraubern in die Klinik Innsbruck geflogen",
        },
        b: {
          article: "s14-avalanche-bbc",
          quote: "About 80 mountain rescuers, four helicopters and several search dogs took part in the operation",
        },
      },
      {
        a: {
          article: "s14-avalanche-orf",
          quote: "teilweise lagen die Verschütteten unter mehr als drei Metern Schnee",
        },
        b: {
          article: "s14-avalanche-dpa",
          quote: "In den drei Tagen zuvor waren bis zu 60 Zentimeter Neuschnee gefallen, dazu kam starker Westwind",
        },
      },
      {
        a: {
          article: "s14-avalanche-dpa",
          quote: "Erst im vergangenen Winter war dort ein Mann aus Augsburg bei einem Lawinenabgang ums Leben gekommen",
        },
        b: {
          article: "s14-avalanche-bbc",
          quote:
            "Five people have been killed after an avalanche swept a group of ski tourers down a mountainside in the Austrian Alps, police say",
        },
      },
      {
        a: {
          article: "s14-avalanche-bbc",
          quote:
            '"It is a tragedy for the families and for our whole valley," Martina Gstrein, the mayor of the village of Hinterkar, told Austrian broadcaster ORF',
        },
        b: {
          article: "s14-avalanche-orf",
          quote:
            "Die Gemeinde richtete im Gemeindezentrum eine Betreuungsstelle für Angehörige ein, dort ist auch das Kriseninterventionsteam im Einsatz",
        },
      },
    ],
  },
];

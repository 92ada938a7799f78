import type { EvalStory } from "./matching-articles";

/**
 * Set nine: whole articles on five invented stories by several outlets each, in German and English, with the passage
 * pairs that state one claim and those that only share a name. Written by a helper session that never saw the matcher,
 * its tables or any other matching set; committed before it was scored. Unread by the developers of the rules: only
 * its aggregate scores are looked at (EVALUATION.md).
 */
export const MATCHING_ARTICLES_9: EvalStory[] = [
  {
    id: "m9-flood-carinthia",
    articles: [
      {
        id: "m9-s1-orf",
        outlet: "ORF",
        language: "de",
        title: "Unwetter in Kärnten: Sieben Tote, zwei Vermisste",
        text: "Nach den heftigen Regenfällen in der Nacht auf Mittwoch ist die Zahl der Todesopfer in Kärnten auf sieben gestiegen. Das bestätigte die Landespolizeidirektion am Mittwochnachmittag. Zwei Menschen werden weiterhin vermisst, die Suche nach ihnen wurde bei Einbruch der Dunkelheit unterbrochen und soll am Donnerstag in der Früh fortgesetzt werden.\n\nAm stärksten betroffen sind das Gailtal und das Lesachtal im Bezirk Hermagor. In Kötschach-Mauthen fielen laut GeoSphere Austria binnen 24 Stunden 210 Liter Regen pro Quadratmeter – so viel wie sonst in zwei Monaten. Mehrere Bäche traten über die Ufer, Muren verschütteten Straßen, Keller und Garagen.\n\nIn Kötschach-Mauthen wurde ein älteres Ehepaar in seinem Haus von einer Mure erfasst, die beiden konnten nur noch tot geborgen werden. In Hermagor kam ein 34-jähriger Feuerwehrmann ums Leben, als er bei einem Einsatz von den Wassermassen mitgerissen wurde. „Wir haben einen Kameraden verloren, der anderen helfen wollte. Das trifft uns alle ins Herz“, sagte Landesfeuerwehrkommandant Rudolf Moser.\n\nRund 400 Soldaten des Bundesheeres sind seit Mittwochfrüh im Einsatz, dazu kommen mehr als 2.500 Feuerwehrleute aus ganz Kärnten. Mehrere Ortschaften im Lesachtal sind nur noch per Hubschrauber erreichbar. Das Land richtete in Hermagor eine Notunterkunft in der Mittelschule ein, dort verbrachten rund 150 Menschen die Nacht.\n\nLandesrat Markus Eberhard, zuständig für den Katastrophenschutz, sprach von der „schwersten Unwetterlage seit Jahrzehnten“. Man werde die Betroffenen „nicht allein lassen“, der Katastrophenfonds des Landes werde sofort geöffnet. Betroffene Haushalte sollen eine Soforthilfe von bis zu 5.000 Euro erhalten.\n\nDie ÖBB sperrten die Bahnstrecke zwischen Villach und Tarvis, nachdem bei Arnoldstein ein Bahndamm unterspült worden war. Auch die Gailtal Straße (B111) bleibt zwischen Hermagor und Kötschach-Mauthen bis auf Weiteres gesperrt.\n\nFür Donnerstag erwartet die GeoSphere Austria nur noch vereinzelte Schauer. Die Gefahr weiterer Hangrutschungen bleibe aber hoch, warnte der Landesgeologe, weil die Böden völlig durchnässt seien. Anrainer in den betroffenen Gebieten wurden aufgerufen, Bachläufe und steile Hänge zu meiden.",
      },
      {
        id: "m9-s1-dpa",
        outlet: "dpa",
        language: "de",
        title: "Unwetter in Kärnten: Tausende Menschen in Sicherheit gebracht",
        text: "Nach verheerenden Unwettern im Süden Österreichs haben die Behörden in Kärnten nach eigenen Angaben rund 2.000 Menschen in Sicherheit gebracht. Das teilte die Landesalarm- und Warnzentrale am Mittwoch in Klagenfurt mit. Viele Bewohner des Gail- und des Lesachtals verbrachten die Nacht in Notquartieren oder bei Verwandten.\n\nMindestens sieben Menschen kamen nach Polizeiangaben ums Leben, zwei weitere galten am Abend noch als vermisst. Unter den Toten ist den Angaben zufolge ein Feuerwehrmann, der in Hermagor bei Aufräumarbeiten von einer Flutwelle erfasst wurde.\n\nHeftiger Dauerregen hatte seit Dienstagabend Bäche und Flüsse anschwellen lassen. Die Gail erreichte am Pegel Federaun bei Villach nach Angaben des Hydrographischen Dienstes einen Wasserstand, wie er statistisch nur alle 100 Jahre vorkommt. Besonders schwer traf es Kötschach-Mauthen, wo Schlammlawinen mehrere Häuser beschädigten.\n\nDas Land Kärnten bezifferte die Schäden in einer ersten Schätzung auf mehr als 120 Millionen Euro. „Das ist eine vorsichtige Zahl, sie wird noch steigen“, sagte Landesrat Markus Eberhard der Deutschen Presse-Agentur. Besonders teuer dürften die Reparaturen an Straßen, Brücken und Schutzbauten werden.\n\nDas Bundesheer schickte nach Angaben des Verteidigungsministeriums in Wien rund 400 Soldaten sowie vier Hubschrauber in die Krisenregion. Sie sollen unter anderem von der Außenwelt abgeschnittene Orte im Lesachtal mit Trinkwasser und Lebensmitteln versorgen. Der Zugverkehr zwischen Villach und Tarvis bleibt nach Angaben der ÖBB mindestens bis Freitag eingestellt.\n\nDas Lesachtal war bereits im Herbst 2018 schwer von Unwettern getroffen worden. Damals hatte das Sturmtief „Vaia“ ganze Wälder umgeknickt und Straßen wochenlang unpassierbar gemacht. Klimaforscher warnen seit Jahren, dass Starkregenereignisse in den Südalpen häufiger und heftiger werden.\n\nAuch im benachbarten Italien richtete das Unwetter Schäden an. In der Region Friaul-Julisch Venetien wurden nach Angaben des Zivilschutzes rund 300 Menschen vorübergehend evakuiert. Mehrere Straßen in Richtung der österreichischen Grenze waren am Mittwoch gesperrt.",
      },
      {
        id: "m9-s1-reuters",
        outlet: "Reuters",
        language: "en",
        title: "Floods in Austria's Carinthia kill nine, thousands evacuated",
        text: "Nine people were killed after torrential rain triggered floods and mudslides in the southern Austrian province of Carinthia, the provincial government said on Wednesday, as rescue teams searched for three people still missing.\n\nMore than 4,500 people had been evacuated from their homes across the province, according to the Austrian Red Cross, and several villages in the Lesach valley near the Italian border were cut off by landslides.\n\n\"This is the worst storm situation we have seen in decades,\" Markus Eberhard, the provincial official in charge of disaster management, told reporters in Klagenfurt. He said a preliminary estimate put the damage at more than 120 million euros ($130 million), a figure he expected to rise.\n\nAmong the dead were an elderly couple whose house in Kötschach-Mauthen was hit by a mudslide and a 34-year-old volunteer firefighter who was swept away by floodwater in the town of Hermagor, police said.\n\nAustria's weather service GeoSphere Austria said 210 litres of rain per square metre fell in Kötschach-Mauthen within 24 hours, roughly two months' worth. In Villach, the region's second-largest city, 95 litres were measured.\n\nThe army deployed about 400 soldiers and six helicopters to deliver supplies to isolated communities and help clear roads, the defence ministry said. Rail operator OeBB suspended services between Villach and the Italian border town of Tarvisio until at least Friday.\n\nIn neighbouring Italy, a 71-year-old man died in the Friuli Venezia Giulia region when his car was swept off a road near the border, Italian civil protection officials said.\n\nIntense downpours have become more frequent in the Alps in recent years. Climate scientists say a warmer atmosphere holds more moisture, increasing the risk of sudden, extreme rainfall. Forecasters expected the rain to ease on Thursday but warned that saturated slopes could still give way.",
      },
    ],
    same: [
      {
        a: { article: "m9-s1-orf", quote: "ist die Zahl der Todesopfer in Kärnten auf sieben gestiegen" },
        b: {
          article: "m9-s1-reuters",
          quote: "Nine people were killed after torrential rain triggered floods and mudslides",
        },
        figuresDisagree: true,
      },
      {
        a: { article: "m9-s1-orf", quote: "Zwei Menschen werden weiterhin vermisst" },
        b: { article: "m9-s1-reuters", quote: "rescue teams searched for three people still missing" },
        figuresDisagree: true,
      },
      {
        a: {
          article: "m9-s1-dpa",
          quote: "haben die Behörden in Kärnten nach eigenen Angaben rund 2.000 Menschen in Sicherheit gebracht",
        },
        b: {
          article: "m9-s1-reuters",
          quote: "More than 4,500 people had been evacuated from their homes across the province",
        },
        figuresDisagree: true,
      },
      {
        a: {
          article: "m9-s1-orf",
          quote:
            "In Kötschach-Mauthen fielen laut GeoSphere Austria binnen 24 Stunden 210 Liter Regen pro Quadratmeter",
        },
        b: {
          article: "m9-s1-reuters",
          quote: "210 litres of rain per square metre fell in Kötschach-Mauthen within 24 hours",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "m9-s1-dpa",
          quote: "Das Land Kärnten bezifferte die Schäden in einer ersten Schätzung auf mehr als 120 Millionen Euro",
        },
        b: {
          article: "m9-s1-reuters",
          quote: "a preliminary estimate put the damage at more than 120 million euros ($130 million)",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "m9-s1-dpa",
          quote:
            "Das Bundesheer schickte nach Angaben des Verteidigungsministeriums in Wien rund 400 Soldaten sowie vier Hubschrauber in die Krisenregion",
        },
        b: {
          article: "m9-s1-reuters",
          quote: "The army deployed about 400 soldiers and six helicopters to deliver supplies to isolated communities",
        },
        figuresDisagree: true,
      },
      {
        a: {
          article: "m9-s1-dpa",
          quote:
            "Der Zugverkehr zwischen Villach und Tarvis bleibt nach Angaben der ÖBB mindestens bis Freitag eingestellt",
        },
        b: {
          article: "m9-s1-reuters",
          quote:
            "Rail operator OeBB suspended services between Villach and the Italian border town of Tarvisio until at least Friday",
        },
        figuresDisagree: false,
      },
      {
        a: { article: "m9-s1-dpa", quote: "Mindestens sieben Menschen kamen nach Polizeiangaben ums Leben" },
        b: { article: "m9-s1-orf", quote: "ist die Zahl der Todesopfer in Kärnten auf sieben gestiegen" },
        figuresDisagree: false,
      },
    ],
    different: [
      {
        a: {
          article: "m9-s1-orf",
          quote:
            "In Kötschach-Mauthen fielen laut GeoSphere Austria binnen 24 Stunden 210 Liter Regen pro Quadratmeter",
        },
        b: {
          article: "m9-s1-reuters",
          quote: "Among the dead were an elderly couple whose house in Kötschach-Mauthen was hit by a mudslide",
        },
      },
      {
        a: {
          article: "m9-s1-dpa",
          quote:
            "Die Gail erreichte am Pegel Federaun bei Villach nach Angaben des Hydrographischen Dienstes einen Wasserstand, wie er statistisch nur alle 100 Jahre vorkommt",
        },
        b: { article: "m9-s1-reuters", quote: "In Villach, the region's second-largest city, 95 litres were measured" },
      },
      {
        a: {
          article: "m9-s1-dpa",
          quote:
            "In der Region Friaul-Julisch Venetien wurden nach Angaben des Zivilschutzes rund 300 Menschen vorübergehend evakuiert",
        },
        b: {
          article: "m9-s1-reuters",
          quote:
            "a 71-year-old man died in the Friuli Venezia Giulia region when his car was swept off a road near the border",
        },
      },
      {
        a: {
          article: "m9-s1-dpa",
          quote: "Das Land Kärnten bezifferte die Schäden in einer ersten Schätzung auf mehr als 120 Millionen Euro",
        },
        b: {
          article: "m9-s1-reuters",
          quote:
            "Nine people were killed after torrential rain triggered floods and mudslides in the southern Austrian province of Carinthia",
        },
      },
      {
        a: { article: "m9-s1-orf", quote: "Das Land richtete in Hermagor eine Notunterkunft in der Mittelschule ein" },
        b: {
          article: "m9-s1-reuters",
          quote: "a 34-year-old volunteer firefighter who was swept away by floodwater in the town of Hermagor",
        },
      },
    ],
  },
  {
    id: "m9-inflation-germany",
    articles: [
      {
        id: "m9-s2-reuters",
        outlet: "Reuters",
        language: "en",
        title: "German inflation rises more than expected in October",
        text: "German inflation rose more than expected in October, preliminary data from the federal statistics office showed on Thursday, a setback for hopes that price pressures in Europe's largest economy were easing.\n\nGermany's EU-harmonised consumer prices rose by 2.8 percent on the year after a 2.3 percent increase in September.\n\nUnder the national measure, consumer prices rose 2.6 percent in October, above the 2.4 percent forecast by economists polled by Reuters. In September, German national inflation had been 2.2 percent. On the month, national prices rose 0.4 percent.\n\nCore inflation, which excludes volatile food and energy prices, edged up to 3.0 percent from 2.9 percent in September, the statistics office said. Services inflation, closely watched by the European Central Bank, stood at 3.7 percent.\n\nFood prices rose 3.3 percent year on year, while energy prices were 0.8 percent lower than a year earlier, after falling 2.3 percent in September.\n\n\"The base effects from energy are fading, and that is exactly what we are seeing now,\" said Katrin Albers, an economist at Rheinland Capital. \"Food and services are keeping inflation sticky. I doubt we will see German inflation back at 2 percent before spring.\"\n\nData from North Rhine-Westphalia, Germany's most populous state, released earlier on Thursday showed annual inflation rising to 2.5 percent from 2.1 percent in September.\n\nThe figures come ahead of the release of euro zone flash inflation data on Friday, with economists expecting the bloc's rate to hold at 2.1 percent. The ECB has lowered its key deposit rate to 2.0 percent and has signalled it is in no hurry to cut further.\n\nSeparate data on Wednesday showed the German economy shrank by 0.1 percent in the third quarter compared with the previous three months, as exports weakened and industrial output fell.",
      },
      {
        id: "m9-s2-tagesschau",
        outlet: "Tagesschau",
        language: "de",
        title: "Inflationsrate steigt im Oktober auf 2,6 Prozent",
        text: "Die Inflationsrate in Deutschland ist im Oktober überraschend deutlich auf 2,6 Prozent gestiegen. Das teilte das Statistische Bundesamt am Donnerstag auf Basis vorläufiger Daten mit. Im September hatte die Teuerungsrate noch bei 2,2 Prozent gelegen. Von der Nachrichtenagentur Reuters befragte Ökonomen hatten lediglich mit einem Anstieg auf 2,4 Prozent gerechnet.\n\nGegenüber dem Vormonat September stiegen die Verbraucherpreise um 0,3 Prozent. Der für europäische Vergleichszwecke berechnete harmonisierte Verbraucherpreisindex (HVPI) lag im Oktober bei 2,8 Prozent.\n\nPreistreiber waren vor allem Lebensmittel und Dienstleistungen. Nahrungsmittel kosteten 3,1 Prozent mehr als ein Jahr zuvor, Dienstleistungen verteuerten sich um 3,7 Prozent. Energie war dagegen weiterhin günstiger als vor einem Jahr: Haushaltsenergie und Kraftstoffe kosteten zusammen 0,8 Prozent weniger. Im September hatten Energieprodukte in Deutschland allerdings noch 2,3 Prozent weniger gekostet als ein Jahr zuvor – der dämpfende Effekt lässt also nach.\n\nDie Kerninflation ohne die schwankungsanfälligen Preise für Energie und Nahrungsmittel lag bei 3,0 Prozent. Sie gilt unter Ökonomen als besserer Gradmesser für den zugrunde liegenden Preisdruck.\n\n„Der Rückenwind von den Energiepreisen ist aufgebraucht“, sagte die Ökonomin Miriam Seibold von der Landesbank Mitte. Sie rechne damit, dass die Inflationsrate bis zum Jahresende um die 2,5 Prozent pendeln werde. Für Verbraucher sei vor allem der Anstieg bei Lebensmitteln spürbar: Butter, Kaffee und Schokolade seien deutlich teurer als im Vorjahr.\n\nIn den Bundesländern fiel die Entwicklung unterschiedlich aus. In Bayern stieg die Teuerungsrate auf 2,9 Prozent, in Hessen lag sie bei 2,4 Prozent. Nordrhein-Westfalen meldete 2,5 Prozent nach 2,1 Prozent im September.\n\nFür die Europäische Zentralbank (EZB) kommen die Daten zur Unzeit. Die EZB strebt für den Euroraum mittelfristig eine Inflationsrate von zwei Prozent an. Mit Spannung wird nun die erste Schätzung für die gesamte Eurozone erwartet, die Eurostat am Freitag veröffentlicht. Die nächste Zinsentscheidung der Notenbank steht im Dezember an.",
      },
    ],
    same: [
      {
        a: {
          article: "m9-s2-tagesschau",
          quote: "Die Inflationsrate in Deutschland ist im Oktober überraschend deutlich auf 2,6 Prozent gestiegen",
        },
        b: {
          article: "m9-s2-reuters",
          quote: "Under the national measure, consumer prices rose 2.6 percent in October",
        },
        figuresDisagree: false,
      },
      {
        a: { article: "m9-s2-tagesschau", quote: "Im September hatte die Teuerungsrate noch bei 2,2 Prozent gelegen" },
        b: { article: "m9-s2-reuters", quote: "In September, German national inflation had been 2.2 percent" },
        figuresDisagree: false,
      },
      {
        a: {
          article: "m9-s2-tagesschau",
          quote:
            "Von der Nachrichtenagentur Reuters befragte Ökonomen hatten lediglich mit einem Anstieg auf 2,4 Prozent gerechnet",
        },
        b: { article: "m9-s2-reuters", quote: "above the 2.4 percent forecast by economists polled by Reuters" },
        figuresDisagree: false,
      },
      {
        a: {
          article: "m9-s2-tagesschau",
          quote: "Gegenüber dem Vormonat September stiegen die Verbraucherpreise um 0,3 Prozent",
        },
        b: { article: "m9-s2-reuters", quote: "On the month, national prices rose 0.4 percent" },
        figuresDisagree: true,
      },
      {
        a: { article: "m9-s2-tagesschau", quote: "Nahrungsmittel kosteten 3,1 Prozent mehr als ein Jahr zuvor" },
        b: { article: "m9-s2-reuters", quote: "Food prices rose 3.3 percent year on year" },
        figuresDisagree: true,
      },
      {
        a: {
          article: "m9-s2-tagesschau",
          quote:
            "Die Kerninflation ohne die schwankungsanfälligen Preise für Energie und Nahrungsmittel lag bei 3,0 Prozent",
        },
        b: {
          article: "m9-s2-reuters",
          quote:
            "Core inflation, which excludes volatile food and energy prices, edged up to 3.0 percent from 2.9 percent in September",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "m9-s2-tagesschau",
          quote:
            "Der für europäische Vergleichszwecke berechnete harmonisierte Verbraucherpreisindex (HVPI) lag im Oktober bei 2,8 Prozent",
        },
        b: {
          article: "m9-s2-reuters",
          quote: "Germany's EU-harmonised consumer prices rose by 2.8 percent on the year",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "m9-s2-tagesschau",
          quote: "Nordrhein-Westfalen meldete 2,5 Prozent nach 2,1 Prozent im September",
        },
        b: {
          article: "m9-s2-reuters",
          quote:
            "Data from North Rhine-Westphalia, Germany's most populous state, released earlier on Thursday showed annual inflation rising to 2.5 percent",
        },
        figuresDisagree: false,
      },
    ],
    different: [
      {
        a: {
          article: "m9-s2-tagesschau",
          quote: "Die Inflationsrate in Deutschland ist im Oktober überraschend deutlich auf 2,6 Prozent gestiegen",
        },
        b: {
          article: "m9-s2-reuters",
          quote:
            "the German economy shrank by 0.1 percent in the third quarter compared with the previous three months",
        },
      },
      {
        a: {
          article: "m9-s2-tagesschau",
          quote: "Die Inflationsrate in Deutschland ist im Oktober überraschend deutlich auf 2,6 Prozent gestiegen",
        },
        b: { article: "m9-s2-reuters", quote: "In September, German national inflation had been 2.2 percent" },
      },
      {
        a: {
          article: "m9-s2-tagesschau",
          quote: "Die EZB strebt für den Euroraum mittelfristig eine Inflationsrate von zwei Prozent an",
        },
        b: { article: "m9-s2-reuters", quote: "The ECB has lowered its key deposit rate to 2.0 percent" },
      },
      {
        a: {
          article: "m9-s2-tagesschau",
          quote:
            "Im September hatten Energieprodukte in Deutschland allerdings noch 2,3 Prozent weniger gekostet als ein Jahr zuvor",
        },
        b: {
          article: "m9-s2-reuters",
          quote:
            "Germany's EU-harmonised consumer prices rose by 2.8 percent on the year after a 2.3 percent increase in September",
        },
      },
    ],
  },
  {
    id: "m9-fraud-trial-munich",
    articles: [
      {
        id: "m9-s3-spiegel",
        outlet: "Der Spiegel",
        language: "de",
        title: "Solvaris-Prozess: Ex-Chef muss für sechs Jahre und neun Monate in Haft",
        text: "Im Betrugsprozess um den Zusammenbruch des Garchinger Batteriespeicher-Herstellers Solvaris hat das Landgericht München I den früheren Vorstandschef Frank Oberhuber zu sechs Jahren und neun Monaten Haft verurteilt. Die Wirtschaftsstrafkammer sprach den 54-Jährigen am Dienstag des gewerbsmäßigen Betrugs und der Untreue schuldig.\n\nDie Staatsanwaltschaft München I hatte achteinhalb Jahre Haft für Oberhuber gefordert, die Verteidigung auf Freispruch plädiert.\n\nNach Überzeugung des Gerichts hatte Oberhuber zwischen 2019 und 2022 Großaufträge aus Saudi-Arabien und den Vereinigten Arabischen Emiraten erfunden, um den Umsatz aufzublähen und immer neue Anleihen platzieren zu können. Rund 4.800 Anleger verloren dabei nach Feststellung der Kammer ihr Geld. Den Gesamtschaden durch die Solvaris-Pleite bezifferte das Gericht auf 212 Millionen Euro.\n\n„Der Angeklagte hat ein Kartenhaus errichtet und jedes Jahr ein weiteres Stockwerk daraufgesetzt“, sagte die Vorsitzende Richterin Christine Wendlandt in der Urteilsbegründung. Spätestens ab Mitte 2020 habe Oberhuber gewusst, dass das Unternehmen ohne frisches Geld der Anleger zahlungsunfähig gewesen wäre.\n\nDie frühere Finanzvorständin Sabine Lechner erhielt drei Jahre und zehn Monate Haft. Sie hatte zu Prozessbeginn ein umfassendes Geständnis abgelegt, was die Kammer ihr strafmildernd anrechnete.\n\nOberhuber nahm das Urteil regungslos auf. In seinem letzten Wort hatte er sich bei den Anlegern entschuldigt, eine Täuschungsabsicht aber bestritten. Sein Verteidiger Klaus Remmler kündigte noch im Gerichtssaal an, Revision beim Bundesgerichtshof einzulegen. Das Urteil ist damit nicht rechtskräftig.\n\nDer Fall hatte Erinnerungen an den Wirecard-Skandal geweckt. Wie beim Münchner Zahlungsdienstleister hatte auch bei Solvaris der Wirtschaftsprüfer jahrelang uneingeschränkte Testate erteilt. Die Prüfungsgesellschaft sieht sich inzwischen Schadensersatzklagen von Anlegern gegenüber, ein Verfahren vor dem Oberlandesgericht München ist anhängig.\n\nDer Prozess hatte im vergangenen Herbst begonnen und sich über 87 Verhandlungstage erstreckt. Oberhuber sitzt seit knapp zwei Jahren in Untersuchungshaft, die Zeit wird ihm angerechnet.",
      },
      {
        id: "m9-s3-reuters",
        outlet: "Reuters",
        language: "en",
        title: "Former Solvaris CEO jailed for nearly seven years over fake orders",
        text: 'A Munich court on Tuesday sentenced Frank Oberhuber, the former chief executive of collapsed German battery storage firm Solvaris, to six years and nine months in prison for fraud and breach of trust.\n\nThe Munich regional court found that Oberhuber had invented orders from customers in the Middle East to inflate revenue and keep raising money through bond sales, causing losses of about 212 million euros ($229 million).\n\nProsecutors had sought eight years and six months, while his lawyers had argued for acquittal. Defence lawyer Klaus Remmler told reporters outside the courtroom that his client would appeal to the Federal Court of Justice.\n\n"This was not a business that failed. This was a business that never existed in the form in which it was presented," presiding judge Christine Wendlandt said as she delivered the verdict. The ruling came after 93 days of hearings.\n\nFormer chief financial officer Sabine Lechner, who confessed at the start of the trial, was sentenced to three years and ten months. Prosecutors had asked for four and a half years for Lechner.\n\nMore than 6,000 retail investors lost money in the collapse, according to an investor protection association representing many of them. Most are unlikely to recover more than a fraction of what they invested.\n\nSolvaris, based in Garching near Munich, filed for insolvency in March 2023 after auditors refused to sign off on its accounts for 2022. The Solvaris insolvency administrator has so far recovered 41 million euros for creditors, mainly through the sale of a production site in Saxony.\n\nThe case has drawn comparisons with the collapse of payments company Wirecard, also based near Munich, whose former chief executive has been on trial since late 2022.\n\nOberhuber, 54, has been held in custody for almost two years, time that will be deducted from his sentence.',
      },
    ],
    same: [
      {
        a: {
          article: "m9-s3-spiegel",
          quote:
            "hat das Landgericht München I den früheren Vorstandschef Frank Oberhuber zu sechs Jahren und neun Monaten Haft verurteilt",
        },
        b: {
          article: "m9-s3-reuters",
          quote:
            "A Munich court on Tuesday sentenced Frank Oberhuber, the former chief executive of collapsed German battery storage firm Solvaris, to six years and nine months",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "m9-s3-spiegel",
          quote: "Die Staatsanwaltschaft München I hatte achteinhalb Jahre Haft für Oberhuber gefordert",
        },
        b: { article: "m9-s3-reuters", quote: "Prosecutors had sought eight years and six months" },
        figuresDisagree: false,
      },
      {
        a: {
          article: "m9-s3-spiegel",
          quote: "Rund 4.800 Anleger verloren dabei nach Feststellung der Kammer ihr Geld",
        },
        b: { article: "m9-s3-reuters", quote: "More than 6,000 retail investors lost money in the collapse" },
        figuresDisagree: true,
      },
      {
        a: {
          article: "m9-s3-spiegel",
          quote: "Den Gesamtschaden durch die Solvaris-Pleite bezifferte das Gericht auf 212 Millionen Euro",
        },
        b: { article: "m9-s3-reuters", quote: "causing losses of about 212 million euros ($229 million)" },
        figuresDisagree: false,
      },
      {
        a: {
          article: "m9-s3-spiegel",
          quote: "Die frühere Finanzvorständin Sabine Lechner erhielt drei Jahre und zehn Monate Haft",
        },
        b: {
          article: "m9-s3-reuters",
          quote:
            "Former chief financial officer Sabine Lechner, who confessed at the start of the trial, was sentenced to three years and ten months",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "m9-s3-spiegel",
          quote:
            "Sein Verteidiger Klaus Remmler kündigte noch im Gerichtssaal an, Revision beim Bundesgerichtshof einzulegen",
        },
        b: {
          article: "m9-s3-reuters",
          quote:
            "Defence lawyer Klaus Remmler told reporters outside the courtroom that his client would appeal to the Federal Court of Justice",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "m9-s3-spiegel",
          quote: "Der Prozess hatte im vergangenen Herbst begonnen und sich über 87 Verhandlungstage erstreckt",
        },
        b: { article: "m9-s3-reuters", quote: "The ruling came after 93 days of hearings" },
        figuresDisagree: true,
      },
      {
        a: {
          article: "m9-s3-spiegel",
          quote:
            "hatte Oberhuber zwischen 2019 und 2022 Großaufträge aus Saudi-Arabien und den Vereinigten Arabischen Emiraten erfunden",
        },
        b: {
          article: "m9-s3-reuters",
          quote: "Oberhuber had invented orders from customers in the Middle East to inflate revenue",
        },
        figuresDisagree: false,
      },
    ],
    different: [
      {
        a: {
          article: "m9-s3-spiegel",
          quote: "Die Staatsanwaltschaft München I hatte achteinhalb Jahre Haft für Oberhuber gefordert",
        },
        b: {
          article: "m9-s3-reuters",
          quote:
            "A Munich court on Tuesday sentenced Frank Oberhuber, the former chief executive of collapsed German battery storage firm Solvaris, to six years and nine months",
        },
      },
      {
        a: {
          article: "m9-s3-spiegel",
          quote: "Die frühere Finanzvorständin Sabine Lechner erhielt drei Jahre und zehn Monate Haft",
        },
        b: { article: "m9-s3-reuters", quote: "Prosecutors had asked for four and a half years for Lechner" },
      },
      {
        a: {
          article: "m9-s3-spiegel",
          quote: "Den Gesamtschaden durch die Solvaris-Pleite bezifferte das Gericht auf 212 Millionen Euro",
        },
        b: {
          article: "m9-s3-reuters",
          quote: "The Solvaris insolvency administrator has so far recovered 41 million euros for creditors",
        },
      },
      {
        a: {
          article: "m9-s3-spiegel",
          quote:
            "Die Prüfungsgesellschaft sieht sich inzwischen Schadensersatzklagen von Anlegern gegenüber, ein Verfahren vor dem Oberlandesgericht München ist anhängig",
        },
        b: {
          article: "m9-s3-reuters",
          quote:
            "A Munich court on Tuesday sentenced Frank Oberhuber, the former chief executive of collapsed German battery storage firm Solvaris, to six years and nine months",
        },
      },
      {
        a: {
          article: "m9-s3-spiegel",
          quote:
            "Wie beim Münchner Zahlungsdienstleister hatte auch bei Solvaris der Wirtschaftsprüfer jahrelang uneingeschränkte Testate erteilt",
        },
        b: {
          article: "m9-s3-reuters",
          quote:
            "Solvaris, based in Garching near Munich, filed for insolvency in March 2023 after auditors refused to sign off on its accounts for 2022",
        },
      },
    ],
  },
  {
    id: "m9-south-china-sea-water-cannon",
    articles: [
      {
        id: "m9-s4-ap",
        outlet: "AP",
        language: "en",
        title: "Chinese coast guard fires water cannon at Philippine supply boat, injuring 4",
        text: 'MANILA, Philippines (AP) — Chinese coast guard ships fired water cannon at a Philippine supply boat near a disputed shoal in the South China Sea on Monday, injuring four crew members and damaging the vessel, Philippine officials said.\n\nThe confrontation at Second Thomas Shoal was the most serious in months in the long-running territorial dispute. The Philippines\' National Task Force for the West Philippine Sea said eight Chinese vessels, including coast guard ships and what it described as maritime militia boats, blocked and encircled two Philippine boats carrying food, water and fuel for Filipino marines stationed on the shoal.\n\nOne of the two supply boats, the Masinloc Star, was hit by water cannon twice and had to turn back with a damaged engine, the task force said. The second boat reached the BRP Sierra Madre, a rusting navy ship that serves as a Philippine outpost, and delivered its cargo.\n\nThe injured crew members were treated for cuts and bruises, and one was taken to a hospital in Puerto Princesa on the western island of Palawan, officials said.\n\nChina\'s coast guard said the Philippine boats had "illegally intruded" into waters near the shoal, which Beijing calls Ren\'ai Jiao, and that it had taken "necessary control measures in accordance with the law." It accused Manila of trying to deliver construction materials to reinforce the Sierra Madre.\n\nThe Philippine Department of Foreign Affairs said it would summon a senior Chinese diplomat and file a diplomatic protest. Manila has lodged more than 60 protests against Chinese actions in the South China Sea this year, according to the department.\n\nIn Washington, the State Department said it stood with its treaty ally and reiterated that the 1951 Mutual Defense Treaty would apply to armed attacks on Philippine public vessels, aircraft and armed forces, including its coast guard, anywhere in the South China Sea.\n\nChina claims virtually the entire South China Sea. Vietnam, Malaysia, Brunei and Taiwan also have overlapping claims.',
      },
      {
        id: "m9-s4-bbc",
        outlet: "BBC",
        language: "en",
        title: "South China Sea: Philippines accuses China of 'dangerous' water cannon attack",
        text: 'The Philippines has accused China of "dangerous and aggressive" behaviour after Chinese coast guard ships used water cannon against a Filipino resupply mission in the disputed South China Sea.\n\nThree crew members were hurt in the incident near Second Thomas Shoal on Monday, the Philippine coast guard said. Footage released by Manila showed a powerful jet of water striking the wheelhouse of a small wooden-hulled boat, shattering its windows.\n\nPhilippine coast guard spokesman Commodore Renato Villanueva said the Chinese ships had "deliberately targeted" the crew. "They were not trying to block us. They were trying to hurt people," he said.\n\nBeijing rejected the accusation. A spokesperson for China\'s foreign ministry, Lin Hui, said on Tuesday that the Philippines had "repeatedly provoked" China and must "stop its infringing activities immediately".\n\nSecond Thomas Shoal lies about 200km (124 miles) from the Philippine island of Palawan and more than 1,000km from Hainan, the nearest major Chinese landmass. A small contingent of Filipino marines lives aboard the BRP Sierra Madre, a World War Two-era ship that Manila deliberately ran aground on the reef in 1999 to assert its claim.\n\nChina claims almost the entire South China Sea, citing historical rights. In 2016, an international tribunal in The Hague ruled that Beijing\'s claims had no legal basis, a decision China has refused to recognise.\n\nThe incident is the latest in a series of confrontations that have raised fears of a wider conflict. The US, which has a mutual defence treaty with the Philippines, has repeatedly warned that an attack on Philippine vessels could trigger its obligations. Analysts say Beijing is testing how far it can go without provoking a US response.\n\nMonday\'s incident comes two weeks before Philippine and Chinese officials were due to hold talks in Manila on managing tensions at sea under the so-called Bilateral Consultation Mechanism.',
      },
      {
        id: "m9-s4-tagesschau",
        outlet: "Tagesschau",
        language: "de",
        title: "Wasserwerfer gegen philippinisches Versorgungsboot",
        text: "Im Streit um Gebiete im Südchinesischen Meer hat die chinesische Küstenwache erneut Wasserwerfer gegen ein philippinisches Boot eingesetzt. Nach Angaben der philippinischen Regierung wurden dabei am Montag mehrere Besatzungsmitglieder verletzt.\n\nDer Vorfall ereignete sich am Second-Thomas-Riff, das zu den Spratly-Inseln gehört. Dort unterhalten die Philippinen auf einem 1999 absichtlich auf Grund gesetzten Kriegsschiff, der „Sierra Madre“, einen kleinen Militärposten. Das Riff liegt rund 200 Kilometer vor der philippinischen Insel Palawan, aber mehr als 1.000 Kilometer von der chinesischen Insel Hainan entfernt. Das Versorgungsboot sollte die dort stationierten Marinesoldaten mit Lebensmitteln und Treibstoff beliefern.\n\nLaut der philippinischen Küstenwache waren insgesamt elf chinesische Schiffe an dem Manöver beteiligt. Sie hätten das Boot eingekreist und ihm den Weg abgeschnitten, bevor es zweimal mit Wasserwerfern beschossen worden sei. Das Boot habe mit einem beschädigten Motor umkehren müssen.\n\nPeking stellte den Vorfall anders dar. Die philippinischen Schiffe seien „illegal“ in chinesische Gewässer eingedrungen, erklärte die chinesische Küstenwache. Man habe „gemäß dem Gesetz notwendige Kontrollmaßnahmen“ ergriffen. China beansprucht fast das gesamte Südchinesische Meer für sich.\n\nDas philippinische Außenministerium bestellte am Dienstag den stellvertretenden chinesischen Botschafter in Manila ein und legte formell Protest ein. Es sei bereits der 62. diplomatische Protest in diesem Jahr, teilte das Ministerium mit.\n\nEin internationales Schiedsgericht in Den Haag hatte 2016 entschieden, dass Chinas Ansprüche keine rechtliche Grundlage haben. Peking erkennt das Urteil nicht an. Auch Vietnam, Malaysia, Brunei und Taiwan erheben Ansprüche auf Teile des rohstoffreichen Seegebiets, durch das ein erheblicher Teil des Welthandels verschifft wird.\n\nDie USA sicherten den Philippinen ihre Unterstützung zu. Das Außenministerium in Washington verwies auf den Verteidigungsvertrag von 1951, der auch Angriffe auf die philippinische Küstenwache abdecke. Experten befürchten, dass ein Zwischenfall auf See außer Kontrolle geraten und die beiden Großmächte in einen Konflikt ziehen könnte.",
      },
    ],
    same: [
      {
        a: {
          article: "m9-s4-ap",
          quote:
            "Chinese coast guard ships fired water cannon at a Philippine supply boat near a disputed shoal in the South China Sea on Monday",
        },
        b: {
          article: "m9-s4-tagesschau",
          quote: "hat die chinesische Küstenwache erneut Wasserwerfer gegen ein philippinisches Boot eingesetzt",
        },
        figuresDisagree: false,
      },
      {
        a: { article: "m9-s4-ap", quote: "injuring four crew members and damaging the vessel" },
        b: {
          article: "m9-s4-bbc",
          quote: "Three crew members were hurt in the incident near Second Thomas Shoal on Monday",
        },
        figuresDisagree: true,
      },
      {
        a: {
          article: "m9-s4-ap",
          quote:
            "said eight Chinese vessels, including coast guard ships and what it described as maritime militia boats, blocked and encircled two Philippine boats",
        },
        b: {
          article: "m9-s4-tagesschau",
          quote:
            "Laut der philippinischen Küstenwache waren insgesamt elf chinesische Schiffe an dem Manöver beteiligt",
        },
        figuresDisagree: true,
      },
      {
        a: { article: "m9-s4-ap", quote: "was hit by water cannon twice and had to turn back with a damaged engine" },
        b: { article: "m9-s4-tagesschau", quote: "Das Boot habe mit einem beschädigten Motor umkehren müssen" },
        figuresDisagree: false,
      },
      {
        a: {
          article: "m9-s4-ap",
          quote: "Manila has lodged more than 60 protests against Chinese actions in the South China Sea this year",
        },
        b: { article: "m9-s4-tagesschau", quote: "Es sei bereits der 62. diplomatische Protest in diesem Jahr" },
        figuresDisagree: false,
      },
      {
        a: {
          article: "m9-s4-bbc",
          quote: "In 2016, an international tribunal in The Hague ruled that Beijing's claims had no legal basis",
        },
        b: {
          article: "m9-s4-tagesschau",
          quote:
            "Ein internationales Schiedsgericht in Den Haag hatte 2016 entschieden, dass Chinas Ansprüche keine rechtliche Grundlage haben",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "m9-s4-bbc",
          quote: "Second Thomas Shoal lies about 200km (124 miles) from the Philippine island of Palawan",
        },
        b: {
          article: "m9-s4-tagesschau",
          quote: "Das Riff liegt rund 200 Kilometer vor der philippinischen Insel Palawan",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "m9-s4-ap",
          quote: 'China\'s coast guard said the Philippine boats had "illegally intruded" into waters near the shoal',
        },
        b: {
          article: "m9-s4-tagesschau",
          quote:
            "Die philippinischen Schiffe seien „illegal“ in chinesische Gewässer eingedrungen, erklärte die chinesische Küstenwache",
        },
        figuresDisagree: false,
      },
    ],
    different: [
      {
        a: {
          article: "m9-s4-ap",
          quote: "one was taken to a hospital in Puerto Princesa on the western island of Palawan",
        },
        b: {
          article: "m9-s4-tagesschau",
          quote: "Das Riff liegt rund 200 Kilometer vor der philippinischen Insel Palawan",
        },
      },
      {
        a: {
          article: "m9-s4-bbc",
          quote:
            "a World War Two-era ship that Manila deliberately ran aground on the reef in 1999 to assert its claim",
        },
        b: {
          article: "m9-s4-ap",
          quote:
            "The second boat reached the BRP Sierra Madre, a rusting navy ship that serves as a Philippine outpost, and delivered its cargo",
        },
      },
      {
        a: {
          article: "m9-s4-bbc",
          quote:
            'A spokesperson for China\'s foreign ministry, Lin Hui, said on Tuesday that the Philippines had "repeatedly provoked" China',
        },
        b: {
          article: "m9-s4-tagesschau",
          quote:
            "Das philippinische Außenministerium bestellte am Dienstag den stellvertretenden chinesischen Botschafter in Manila ein",
        },
      },
      {
        a: { article: "m9-s4-bbc", quote: "China claims almost the entire South China Sea, citing historical rights" },
        b: {
          article: "m9-s4-ap",
          quote:
            "Chinese coast guard ships fired water cannon at a Philippine supply boat near a disputed shoal in the South China Sea on Monday",
        },
      },
      {
        a: {
          article: "m9-s4-bbc",
          quote: "Philippine and Chinese officials were due to hold talks in Manila on managing tensions at sea",
        },
        b: {
          article: "m9-s4-ap",
          quote: "Manila has lodged more than 60 protests against Chinese actions in the South China Sea this year",
        },
      },
    ],
  },
  {
    id: "m9-supplier-job-cuts",
    articles: [
      {
        id: "m9-s5-handelsblatt",
        outlet: "Handelsblatt",
        language: "de",
        title: "Kestner streicht 3.800 Stellen – Werk in Homburg vor dem Aus",
        text: "Der Automobilzulieferer Kestner baut massiv Personal ab. Bis Ende 2028 sollen weltweit 3.800 Arbeitsplätze wegfallen, davon rund 2.100 in Deutschland, wie das Heilbronner Unternehmen am Donnerstag mitteilte. Das Werk im saarländischen Homburg mit 650 Beschäftigten soll bis Mitte 2027 komplett schließen.\n\nVorstandschefin Annette Brückner begründete den Schritt mit der schwachen Nachfrage nach Elektroautos, dem Preisdruck chinesischer Wettbewerber und den US-Zöllen. „Wir haben zu viele Werke für zu wenig Volumen“, sagte Brückner in einer Telefonkonferenz mit Journalisten. Ohne den Umbau sei die Wettbewerbsfähigkeit des Konzerns gefährdet.\n\nDurch das Sparprogramm will Kestner ab 2028 jährlich 400 Millionen Euro einsparen. Die Kosten für Abfindungen und Werksschließungen beziffert das Unternehmen auf rund 520 Millionen Euro, die größtenteils im kommenden Jahr anfallen sollen.\n\nZugleich legte der Zulieferer schwache Zahlen für das dritte Quartal vor. Der Umsatz sank um sieben Prozent auf 2,9 Milliarden Euro. Analysten hatten für Kestner im Schnitt mit 3,0 Milliarden Euro Umsatz gerechnet. Die bereinigte operative Marge fiel auf 2,1 Prozent, nach 4,8 Prozent im Vorjahresquartal. Für das Gesamtjahr rechnet Kestner nun nur noch mit einem Umsatz von 11,8 bis 12,2 Milliarden Euro. Bisher hatte der Kestner-Vorstand 12,5 bis 13 Milliarden Euro in Aussicht gestellt.\n\nAn der Börse kam die Nachricht schlecht an. Die Aktie schloss in Frankfurt mit einem Minus von 11,2 Prozent, es war der größte Tagesverlust seit dem Börsengang 2017.\n\nDie IG Metall kündigte Widerstand an. „Das ist ein Kahlschlag auf dem Rücken der Beschäftigten“, sagte der Bezirksleiter für Baden-Württemberg, Ralf Kessler. Die IG Metall will in den kommenden Wochen Proteste an mehreren Standorten organisieren.\n\nKestner ist nicht der einzige Zulieferer, der in der Krise der Autoindustrie Stellen streicht. Nach Berechnungen von Branchenexperten haben deutsche Zulieferer in den vergangenen zwei Jahren den Abbau von mehr als 50.000 Arbeitsplätzen angekündigt.\n\nDie saarländische Landesregierung zeigte sich enttäuscht. Man werde mit dem Unternehmen über Alternativen für den Standort sprechen, hieß es aus der Staatskanzlei in Saarbrücken. Homburg ist bereits stark vom Umbruch in der Autoindustrie betroffen.",
      },
      {
        id: "m9-s5-ft",
        outlet: "Financial Times",
        language: "en",
        title: "Kestner to cut 3,800 jobs and shut German plant as EV slowdown bites",
        text: "Kestner, the German car parts maker, will cut 3,800 jobs worldwide and close a factory in Saarland as it grapples with weak demand for electric vehicles and intensifying competition from Chinese rivals.\n\nThe Heilbronn-based group said on Thursday that about 2,100 of the job losses would fall in Germany, where labour costs are among the highest in the industry. The restructuring is expected to deliver annual savings of €350mn from 2028, the company said.\n\nAnnette Brückner, chief executive, said the group had 'too much capacity for the volumes we can realistically expect'. 'This is a painful but necessary step, and we will take it in a socially responsible way,' she told analysts on a call.\n\nThe plant in Homburg, which according to the IG Metall union employs about 900 people, will close by mid-2027. Ralf Kessler, the union's regional head, called the plan 'a clear-cut on the backs of the workforce' and said employees would fight it.\n\nKestner's third-quarter revenue fell 7 per cent year on year to €2.9bn, slightly below analysts' expectations of €3bn. The adjusted operating margin more than halved to 2.1 per cent from 4.8 per cent a year earlier.\n\nKestner also lowered its full-year revenue guidance to between €11.8bn and €12.2bn, from €12.5bn to €13bn previously, citing weaker orders from European carmakers and the impact of US tariffs on components shipped from its plants in Mexico.\n\nShares in the company closed 9.4 per cent lower in Frankfurt, their steepest one-day fall since the group's listing in 2017. Restructuring charges will total about €520mn, most of which will be booked next year.\n\nGerman suppliers including Bosch, ZF and Continental have announced tens of thousands of job cuts over the past two years as the shift to electric vehicles, which require fewer parts, squeezes margins. Kestner, which employs about 31,000 people globally, makes braking systems, steering components and thermal management units for battery-powered cars.\n\nAnalysts at one Frankfurt broker said the cuts were 'overdue' but questioned whether the savings would be enough to restore Kestner's operating margin to its medium-term target of 6 per cent.",
      },
    ],
    same: [
      {
        a: { article: "m9-s5-handelsblatt", quote: "Bis Ende 2028 sollen weltweit 3.800 Arbeitsplätze wegfallen" },
        b: { article: "m9-s5-ft", quote: "Kestner, the German car parts maker, will cut 3,800 jobs worldwide" },
        figuresDisagree: false,
      },
      {
        a: {
          article: "m9-s5-handelsblatt",
          quote: "davon rund 2.100 in Deutschland, wie das Heilbronner Unternehmen am Donnerstag mitteilte",
        },
        b: { article: "m9-s5-ft", quote: "about 2,100 of the job losses would fall in Germany" },
        figuresDisagree: false,
      },
      {
        a: {
          article: "m9-s5-handelsblatt",
          quote: "Durch das Sparprogramm will Kestner ab 2028 jährlich 400 Millionen Euro einsparen",
        },
        b: {
          article: "m9-s5-ft",
          quote: "The restructuring is expected to deliver annual savings of €350mn from 2028",
        },
        figuresDisagree: true,
      },
      {
        a: {
          article: "m9-s5-handelsblatt",
          quote: "Das Werk im saarländischen Homburg mit 650 Beschäftigten soll bis Mitte 2027 komplett schließen",
        },
        b: {
          article: "m9-s5-ft",
          quote:
            "The plant in Homburg, which according to the IG Metall union employs about 900 people, will close by mid-2027",
        },
        figuresDisagree: true,
      },
      {
        a: { article: "m9-s5-handelsblatt", quote: "Der Umsatz sank um sieben Prozent auf 2,9 Milliarden Euro" },
        b: { article: "m9-s5-ft", quote: "Kestner's third-quarter revenue fell 7 per cent year on year to €2.9bn" },
        figuresDisagree: false,
      },
      {
        a: { article: "m9-s5-handelsblatt", quote: "Die Aktie schloss in Frankfurt mit einem Minus von 11,2 Prozent" },
        b: { article: "m9-s5-ft", quote: "Shares in the company closed 9.4 per cent lower in Frankfurt" },
        figuresDisagree: true,
      },
      {
        a: {
          article: "m9-s5-handelsblatt",
          quote: "Für das Gesamtjahr rechnet Kestner nun nur noch mit einem Umsatz von 11,8 bis 12,2 Milliarden Euro",
        },
        b: {
          article: "m9-s5-ft",
          quote: "Kestner also lowered its full-year revenue guidance to between €11.8bn and €12.2bn",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "m9-s5-handelsblatt",
          quote:
            "Die Kosten für Abfindungen und Werksschließungen beziffert das Unternehmen auf rund 520 Millionen Euro",
        },
        b: { article: "m9-s5-ft", quote: "Restructuring charges will total about €520mn" },
        figuresDisagree: false,
      },
    ],
    different: [
      {
        a: {
          article: "m9-s5-handelsblatt",
          quote: "Analysten hatten für Kestner im Schnitt mit 3,0 Milliarden Euro Umsatz gerechnet",
        },
        b: { article: "m9-s5-ft", quote: "Kestner's third-quarter revenue fell 7 per cent year on year to €2.9bn" },
      },
      {
        a: {
          article: "m9-s5-handelsblatt",
          quote: "Bisher hatte der Kestner-Vorstand 12,5 bis 13 Milliarden Euro in Aussicht gestellt",
        },
        b: {
          article: "m9-s5-ft",
          quote: "Kestner also lowered its full-year revenue guidance to between €11.8bn and €12.2bn",
        },
      },
      {
        a: { article: "m9-s5-handelsblatt", quote: "Die Aktie schloss in Frankfurt mit einem Minus von 11,2 Prozent" },
        b: { article: "m9-s5-ft", quote: "Analysts at one Frankfurt broker said the cuts were 'overdue'" },
      },
      {
        a: {
          article: "m9-s5-handelsblatt",
          quote: "Die IG Metall will in den kommenden Wochen Proteste an mehreren Standorten organisieren",
        },
        b: {
          article: "m9-s5-ft",
          quote:
            "The plant in Homburg, which according to the IG Metall union employs about 900 people, will close by mid-2027",
        },
      },
      {
        a: {
          article: "m9-s5-handelsblatt",
          quote: "Die bereinigte operative Marge fiel auf 2,1 Prozent, nach 4,8 Prozent im Vorjahresquartal",
        },
        b: { article: "m9-s5-ft", quote: "restore Kestner's operating margin to its medium-term target of 6 per cent" },
      },
    ],
  },
];

import type { EvalStory } from "./matching-articles";

/**
 * Set twelve: whole articles on five invented stories by three outlets each, in German and English, with the passage
 * pairs that state one claim and those that only share a name. Written by a helper session that never saw the matcher,
 * its tables or any other set; committed before it was scored. Unread by the developers of the rules: only its
 * aggregate scores are looked at.
 */
export const MATCHING_ARTICLES_12: EvalStory[] = [
  {
    id: "s1-blood-pressure-recall",
    articles: [
      {
        id: "s1-nzz",
        outlet: "NZZ",
        language: "de",
        title: "Rheintal Pharma ruft Blutdruckmittel in drei Ländern zurück",
        text: [
          "Das Basler Pharmaunternehmen Rheintal Pharma ruft sein Blutdruckmittel Cardiolan in der Schweiz, in Deutschland und in Österreich zurück. Bei Routinekontrollen seien in mehreren Chargen Spuren der Verunreinigung N-Nitrosodimethylamin (NDMA) gefunden worden, teilte das Unternehmen am Dienstag mit. Der Stoff gilt als wahrscheinlich krebserregend.",
          "Betroffen sind nach Angaben des Unternehmens 23 Chargen, die zwischen März und September hergestellt wurden. In der Schweiz nehmen laut Swissmedic rund 40.000 Patientinnen und Patienten das Präparat ein.",
          "„Die gemessenen Werte liegen zwar nur knapp über dem zulässigen Grenzwert, aber wir gehen kein Risiko ein“, sagte Konzernchefin Martina Gysin an einer Medienkonferenz in Basel. Eine akute Gefahr für Patienten bestehe nicht.",
          "Swissmedic rät Betroffenen, das Medikament nicht eigenmächtig abzusetzen. Ein plötzliches Absetzen von Blutdrucksenkern könne gefährlicher sein als die geringe Verunreinigung, schreibt die Behörde. Patienten sollten stattdessen mit ihrer Apotheke oder ihrem Arzt Kontakt aufnehmen.",
          "Ursache der Verunreinigung ist nach ersten Erkenntnissen ein Lösungsmittel, das ein Zulieferer in Indien im Frühjahr umgestellt hatte. Rheintal Pharma hat die Zusammenarbeit mit dem Lieferanten vorerst ausgesetzt.",
          "An der Schweizer Börse verlor die Aktie des Unternehmens am Dienstag zeitweise mehr als 6 Prozent. Analysten der Zürcher Kantonalbank schätzen die Kosten des Rückrufs auf 15 bis 20 Millionen Franken.",
          "Es ist nicht der erste Fall dieser Art: Bereits 2018 hatten mehrere Hersteller weltweit Valsartan-Präparate zurückrufen müssen, nachdem in Wirkstoffen aus China NDMA entdeckt worden war. Cardiolan enthält ebenfalls den Wirkstoff Valsartan.",
          "Ersatzpräparate anderer Hersteller seien in ausreichender Menge verfügbar, hiess es beim Apothekerverband Pharmasuisse. Der Verband rechnet dennoch in den kommenden Wochen mit erhöhtem Beratungsaufwand in den Apotheken.",
        ].join("\n\n"),
      },
      {
        id: "s1-dpa",
        outlet: "dpa",
        language: "de",
        title: "Verunreinigtes Blutdruckmittel: Rückruf auch in Deutschland",
        text: [
          "Wegen einer möglicherweise krebserregenden Verunreinigung wird ein Blutdruckmittel des Schweizer Herstellers Rheintal Pharma auch in Deutschland zurückgerufen. Betroffen seien Tabletten des Präparats Cardiolan in drei Wirkstärken, teilte das Bundesinstitut für Arzneimittel und Medizinprodukte (BfArM) am Dienstag in Bonn mit.",
          "Nach Angaben des BfArM handelt es sich um 17 Chargen, die seit dem Frühjahr an deutsche Apotheken ausgeliefert wurden. Wie viele Patienten in Deutschland das Mittel einnehmen, konnte die Behörde zunächst nicht sagen. Branchenkreisen zufolge dürften es mehr als 100.000 sein.",
          "In den Proben wurde den Angaben zufolge N-Nitrosodimethylamin (NDMA) nachgewiesen. Der Stoff steht im Verdacht, bei langfristiger Aufnahme Krebs auszulösen.",
          "Patienten sollten ihre Tabletten keinesfalls ohne Rücksprache mit dem Arzt absetzen, warnte das Institut. Das Risiko durch eine kurzfristige Einnahme sei sehr gering.",
          "Der Hersteller aus Basel erklärte, die Verunreinigung gehe auf einen geänderten Produktionsschritt bei einem Wirkstofflieferanten in Indien zurück. „Wir bedauern die Verunsicherung bei Patientinnen und Patienten sehr“, sagte Vorstandschefin Martina Gysin.",
          "Die Bundesvereinigung Deutscher Apothekerverbände (ABDA) rechnet nicht mit Lieferengpässen. Es gebe genügend wirkstoffgleiche Alternativen anderer Hersteller, sagte ein Sprecher in Berlin.",
          "Apotheken können die zurückgerufenen Packungen zurücknehmen und gegen ein anderes Präparat tauschen; für gesetzlich Versicherte fällt nach Angaben der Krankenkassen keine zusätzliche Zuzahlung an.",
          "Auch in Österreich wurde das Mittel nach Angaben des Herstellers vom Markt genommen. Dort sind nach Angaben der Arzneimittelbehörde BASG rund 9.000 Packungen betroffen. In der Schweiz nehmen nach Angaben der Zulassungsbehörde Swissmedic etwa 40.000 Menschen das Mittel ein.",
        ].join("\n\n"),
      },
      {
        id: "s1-reuters",
        outlet: "Reuters",
        language: "en",
        title: "Swiss drugmaker Rheintal Pharma recalls blood pressure pills over impurity",
        text: [
          "Swiss drugmaker Rheintal Pharma is recalling its blood pressure medicine Cardiolan in Switzerland, Germany and Austria after tests found traces of a probable carcinogen, the company said on Tuesday.",
          "The Basel-based group said 31 batches produced between March and September were affected. It detected the impurity, N-nitrosodimethylamine (NDMA), during routine quality checks.",
          "“The levels we measured are only slightly above the permitted limit, but we are not taking any chances,” Chief Executive Martina Gysin told reporters in Basel.",
          "Gysin said the contamination was linked to a change in solvent at a supplier of the active ingredient in India, which she declined to name. The company has suspended deliveries from the supplier pending an investigation.",
          "Shares in Rheintal Pharma fell as much as 9% in early trading in Zurich before paring losses to close 4.2% lower.",
          "Swiss regulator Swissmedic said about 55,000 patients in Switzerland take the drug, and urged them not to stop treatment without consulting a doctor or pharmacist.",
          "Germany's medicines regulator BfArM said 17 batches had been delivered to German pharmacies since spring. Austria's regulator said the recall there covered around 12,000 packs.",
          "Analysts at Vontobel estimated the cost of the recall at 10 million to 15 million Swiss francs, a small fraction of the company's annual revenue of around 1.1 billion francs. Gysin, who took over as chief executive in 2021, said the company would reimburse pharmacies for all returned packs.",
          "Valsartan, the active ingredient in Cardiolan, was at the centre of a global recall in 2018 after NDMA was found in supplies from China.",
        ].join("\n\n"),
      },
    ],
    same: [
      {
        a: {
          article: "s1-nzz",
          quote:
            "Das Basler Pharmaunternehmen Rheintal Pharma ruft sein Blutdruckmittel Cardiolan in der Schweiz, in Deutschland und in Österreich zurück",
        },
        b: {
          article: "s1-reuters",
          quote:
            "Swiss drugmaker Rheintal Pharma is recalling its blood pressure medicine Cardiolan in Switzerland, Germany and Austria",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s1-nzz",
          quote:
            "Betroffen sind nach Angaben des Unternehmens 23 Chargen, die zwischen März und September hergestellt wurden",
        },
        b: {
          article: "s1-reuters",
          quote: "The Basel-based group said 31 batches produced between March and September were affected",
        },
        figuresDisagree: true,
      },
      {
        a: {
          article: "s1-nzz",
          quote:
            "„Die gemessenen Werte liegen zwar nur knapp über dem zulässigen Grenzwert, aber wir gehen kein Risiko ein“",
        },
        b: {
          article: "s1-reuters",
          quote:
            "“The levels we measured are only slightly above the permitted limit, but we are not taking any chances,”",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s1-nzz",
          quote: "In der Schweiz nehmen laut Swissmedic rund 40.000 Patientinnen und Patienten das Präparat ein",
        },
        b: {
          article: "s1-reuters",
          quote: "Swiss regulator Swissmedic said about 55,000 patients in Switzerland take the drug",
        },
        figuresDisagree: true,
      },
      {
        a: {
          article: "s1-nzz",
          quote: "An der Schweizer Börse verlor die Aktie des Unternehmens am Dienstag zeitweise mehr als 6 Prozent",
        },
        b: { article: "s1-reuters", quote: "Shares in Rheintal Pharma fell as much as 9% in early trading in Zurich" },
        figuresDisagree: true,
      },
      {
        a: {
          article: "s1-dpa",
          quote:
            "Nach Angaben des BfArM handelt es sich um 17 Chargen, die seit dem Frühjahr an deutsche Apotheken ausgeliefert wurden",
        },
        b: {
          article: "s1-reuters",
          quote:
            "Germany's medicines regulator BfArM said 17 batches had been delivered to German pharmacies since spring",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s1-dpa",
          quote: "Dort sind nach Angaben der Arzneimittelbehörde BASG rund 9.000 Packungen betroffen",
        },
        b: { article: "s1-reuters", quote: "Austria's regulator said the recall there covered around 12,000 packs" },
        figuresDisagree: true,
      },
      {
        a: {
          article: "s1-dpa",
          quote:
            "die Verunreinigung gehe auf einen geänderten Produktionsschritt bei einem Wirkstofflieferanten in Indien zurück",
        },
        b: {
          article: "s1-reuters",
          quote:
            "Gysin said the contamination was linked to a change in solvent at a supplier of the active ingredient in India",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s1-nzz",
          quote: "In der Schweiz nehmen laut Swissmedic rund 40.000 Patientinnen und Patienten das Präparat ein",
        },
        b: {
          article: "s1-dpa",
          quote:
            "In der Schweiz nehmen nach Angaben der Zulassungsbehörde Swissmedic etwa 40.000 Menschen das Mittel ein",
        },
        figuresDisagree: false,
      },
      {
        a: { article: "s1-nzz", quote: "Der Stoff gilt als wahrscheinlich krebserregend" },
        b: { article: "s1-dpa", quote: "Der Stoff steht im Verdacht, bei langfristiger Aufnahme Krebs auszulösen" },
        figuresDisagree: false,
      },
    ],
    different: [
      {
        a: { article: "s1-nzz", quote: "Swissmedic rät Betroffenen, das Medikament nicht eigenmächtig abzusetzen" },
        b: {
          article: "s1-reuters",
          quote: "Swiss regulator Swissmedic said about 55,000 patients in Switzerland take the drug",
        },
      },
      {
        a: {
          article: "s1-nzz",
          quote: "Rheintal Pharma hat die Zusammenarbeit mit dem Lieferanten vorerst ausgesetzt",
        },
        b: { article: "s1-reuters", quote: "Shares in Rheintal Pharma fell as much as 9% in early trading in Zurich" },
      },
      {
        a: { article: "s1-dpa", quote: "Betroffen seien Tabletten des Präparats Cardiolan in drei Wirkstärken" },
        b: {
          article: "s1-reuters",
          quote:
            "Valsartan, the active ingredient in Cardiolan, was at the centre of a global recall in 2018 after NDMA was found in supplies from China",
        },
      },
      {
        a: {
          article: "s1-dpa",
          quote:
            "„Wir bedauern die Verunsicherung bei Patientinnen und Patienten sehr“, sagte Vorstandschefin Martina Gysin",
        },
        b: {
          article: "s1-reuters",
          quote:
            "Gysin, who took over as chief executive in 2021, said the company would reimburse pharmacies for all returned packs",
        },
      },
      {
        a: {
          article: "s1-nzz",
          quote: "Der Verband rechnet dennoch in den kommenden Wochen mit erhöhtem Beratungsaufwand in den Apotheken",
        },
        b: {
          article: "s1-dpa",
          quote: "Die Bundesvereinigung Deutscher Apothekerverbände (ABDA) rechnet nicht mit Lieferengpässen",
        },
      },
    ],
  },
  {
    id: "s2-montenegro-election",
    articles: [
      {
        id: "s2-orf",
        outlet: "ORF",
        language: "de",
        title: "Montenegro: Oppositionsbündnis gewinnt vorgezogene Wahl",
        text: [
          "Bei der vorgezogenen Parlamentswahl in Montenegro hat das oppositionelle Bündnis Bürgerliche Zukunft überraschend die meisten Stimmen erhalten. Laut vorläufigem Ergebnis der staatlichen Wahlkommission kam die Liste von Spitzenkandidat Nikola Vuković auf 34,6 Prozent der Stimmen.",
          "Die bisher regierende Partei des Europäischen Fortschritts von Ministerpräsident Marko Radonjić landete mit 27,1 Prozent auf dem zweiten Platz. Radonjić räumte die Niederlage noch in der Nacht ein und gratulierte seinem Herausforderer.",
          "Im 81 Sitze umfassenden Parlament in Podgorica dürfte das Bündnis damit auf 30 Mandate kommen, eine absolute Mehrheit ist nicht in Sicht. Vuković kündigte an, bereits am Montag Gespräche mit kleineren Parteien aufnehmen zu wollen.",
          "„Die Bürgerinnen und Bürger haben sich für einen Neuanfang entschieden – gegen Korruption und für einen schnelleren Weg in die EU“, sagte der 44-jährige Ökonom vor Anhängern in der Hauptstadt.",
          "Die Wahlbeteiligung lag nach Angaben der Wahlkommission bei 58,2 Prozent und damit deutlich unter jener der letzten Wahl.",
          "Drittstärkste Kraft wurde mit 11,8 Prozent die serbisch-nationalistische Volksunion, die eine engere Anbindung an Belgrad fordert.",
          "Montenegro gilt als Spitzenreiter unter den Beitrittskandidaten auf dem Westbalkan, die Verhandlungen mit Brüssel laufen seit 2012. Die Wahl war nötig geworden, nachdem die Regierung im Frühjahr ein Misstrauensvotum verloren hatte.",
          "Beobachter der OSZE sprachen von einer insgesamt geordneten Wahl, kritisierten aber die ungleiche Medienpräsenz der Parteien. Ein ausführlicher Bericht soll in einigen Wochen folgen.",
        ].join("\n\n"),
      },
      {
        id: "s2-ap",
        outlet: "AP",
        language: "en",
        title: "Opposition alliance wins Montenegro snap election, falls short of majority",
        text: [
          "PODGORICA, Montenegro (AP) — A pro-European opposition alliance won the most votes in Montenegro's snap parliamentary election on Sunday, ousting the governing party but falling short of a majority, according to preliminary results.",
          "The State Election Commission said Civic Future, led by economist Nikola Vuković, received 34.6% of the vote with nearly all ballots counted.",
          "Prime Minister Marko Radonjić's Party of European Progress came second with 27.1%, and Radonjić conceded defeat early on Monday.",
          "Civic Future is expected to hold 31 seats in the 81-member parliament, meaning it will need at least two partners to form a government.",
          "“Citizens have chosen a new beginning — against corruption and for a faster path to the European Union,” Vuković told cheering supporters in the capital.",
          "Turnout was 61%, the election commission said, down from the previous vote.",
          "The small Adriatic nation of about 620,000 people, a NATO member since 2017, is considered the front-runner among Western Balkan countries seeking to join the EU. It opened accession talks in 2012.",
          "The vote was called after Radonjić's government lost a no-confidence motion in April over a dispute about a stalled highway project.",
        ].join("\n\n"),
      },
      {
        id: "s2-guardian",
        outlet: "The Guardian",
        language: "en",
        title: "Montenegro's ruling party ousted as voters back anti-corruption alliance",
        text: [
          "Montenegro's governing party has lost power after seven years, as voters in the small Balkan state turned to an alliance that campaigned on cleaning up public procurement and speeding up EU membership.",
          "Civic Future, a coalition formed only last year, won about 36% of the vote in Sunday's snap election, according to a projection by the Centre for Monitoring and Research (CeMI), an independent monitoring group.",
          "The Party of European Progress of the outgoing prime minister, Marko Radonjić, trailed with about 26%.",
          "Nikola Vuković, the alliance's 44-year-old leader and a former central bank economist, told supporters in Podgorica that the result was a mandate to “tear down the networks of patronage” that had grown up around the state.",
          "The alliance is projected to win 31 of the 81 seats, leaving it dependent on smaller parties, possibly including ethnic Albanian and Bosniak lists.",
          "Third place went to the pro-Serbian People's Union, which won about 12% and favours closer ties with Belgrade and Moscow.",
          "The snap election was triggered when Radonjić's coalition collapsed in a no-confidence vote in the spring.",
          "International observers from the Organization for Security and Co-operation in Europe are due to present preliminary findings on Monday afternoon.",
        ].join("\n\n"),
      },
    ],
    same: [
      {
        a: {
          article: "s2-orf",
          quote: "kam die Liste von Spitzenkandidat Nikola Vuković auf 34,6 Prozent der Stimmen",
        },
        b: {
          article: "s2-ap",
          quote:
            "The State Election Commission said Civic Future, led by economist Nikola Vuković, received 34.6% of the vote with nearly all ballots counted",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s2-orf",
          quote: "kam die Liste von Spitzenkandidat Nikola Vuković auf 34,6 Prozent der Stimmen",
        },
        b: {
          article: "s2-guardian",
          quote: "Civic Future, a coalition formed only last year, won about 36% of the vote in Sunday's snap election",
        },
        figuresDisagree: true,
      },
      {
        a: {
          article: "s2-orf",
          quote:
            "Die bisher regierende Partei des Europäischen Fortschritts von Ministerpräsident Marko Radonjić landete mit 27,1 Prozent auf dem zweiten Platz",
        },
        b: {
          article: "s2-guardian",
          quote:
            "The Party of European Progress of the outgoing prime minister, Marko Radonjić, trailed with about 26%",
        },
        figuresDisagree: true,
      },
      {
        a: {
          article: "s2-orf",
          quote: "Im 81 Sitze umfassenden Parlament in Podgorica dürfte das Bündnis damit auf 30 Mandate kommen",
        },
        b: { article: "s2-ap", quote: "Civic Future is expected to hold 31 seats in the 81-member parliament" },
        figuresDisagree: true,
      },
      {
        a: {
          article: "s2-orf",
          quote:
            "„Die Bürgerinnen und Bürger haben sich für einen Neuanfang entschieden – gegen Korruption und für einen schnelleren Weg in die EU“",
        },
        b: {
          article: "s2-ap",
          quote:
            "“Citizens have chosen a new beginning — against corruption and for a faster path to the European Union,”",
        },
        figuresDisagree: false,
      },
      {
        a: { article: "s2-orf", quote: "Die Wahlbeteiligung lag nach Angaben der Wahlkommission bei 58,2 Prozent" },
        b: { article: "s2-ap", quote: "Turnout was 61%, the election commission said, down from the previous vote" },
        figuresDisagree: true,
      },
      {
        a: {
          article: "s2-orf",
          quote: "Die Wahl war nötig geworden, nachdem die Regierung im Frühjahr ein Misstrauensvotum verloren hatte",
        },
        b: {
          article: "s2-guardian",
          quote:
            "The snap election was triggered when Radonjić's coalition collapsed in a no-confidence vote in the spring",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s2-orf",
          quote: "Montenegro gilt als Spitzenreiter unter den Beitrittskandidaten auf dem Westbalkan",
        },
        b: {
          article: "s2-ap",
          quote: "is considered the front-runner among Western Balkan countries seeking to join the EU",
        },
        figuresDisagree: false,
      },
      {
        a: { article: "s2-ap", quote: "Civic Future is expected to hold 31 seats in the 81-member parliament" },
        b: { article: "s2-guardian", quote: "The alliance is projected to win 31 of the 81 seats" },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s2-ap",
          quote: "The vote was called after Radonjić's government lost a no-confidence motion in April",
        },
        b: {
          article: "s2-guardian",
          quote:
            "The snap election was triggered when Radonjić's coalition collapsed in a no-confidence vote in the spring",
        },
        figuresDisagree: false,
      },
    ],
    different: [
      {
        a: { article: "s2-orf", quote: "Beobachter der OSZE sprachen von einer insgesamt geordneten Wahl" },
        b: {
          article: "s2-guardian",
          quote:
            "International observers from the Organization for Security and Co-operation in Europe are due to present preliminary findings on Monday afternoon",
        },
      },
      {
        a: {
          article: "s2-orf",
          quote: "Montenegro gilt als Spitzenreiter unter den Beitrittskandidaten auf dem Westbalkan",
        },
        b: { article: "s2-guardian", quote: "Montenegro's governing party has lost power after seven years" },
      },
      {
        a: {
          article: "s2-orf",
          quote: "Vuković kündigte an, bereits am Montag Gespräche mit kleineren Parteien aufnehmen zu wollen",
        },
        b: {
          article: "s2-guardian",
          quote:
            "Nikola Vuković, the alliance's 44-year-old leader and a former central bank economist, told supporters in Podgorica",
        },
      },
      {
        a: {
          article: "s2-orf",
          quote: "Radonjić räumte die Niederlage noch in der Nacht ein und gratulierte seinem Herausforderer",
        },
        b: {
          article: "s2-ap",
          quote:
            "The vote was called after Radonjić's government lost a no-confidence motion in April over a dispute about a stalled highway project",
        },
      },
      {
        a: { article: "s2-orf", quote: "Die Wahlbeteiligung lag nach Angaben der Wahlkommission bei 58,2 Prozent" },
        b: {
          article: "s2-ap",
          quote:
            "The State Election Commission said Civic Future, led by economist Nikola Vuković, received 34.6% of the vote with nearly all ballots counted",
        },
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
        title: "Portugal battles Algarve wildfire as 1,400 evacuated",
        text: [
          "More than 1,100 firefighters were battling a wildfire in Portugal's southern Algarve region on Wednesday, as authorities evacuated around 1,400 people from villages in the hills around Monchique, officials said.",
          "The fire broke out on Tuesday afternoon in a wooded area near the village of Alferce and was fanned overnight by gusts of up to 60 kilometres per hour, according to the civil protection agency ANEPC.",
          "“The next 24 hours will be decisive,” ANEPC spokesman Rui Sardinha told reporters in Monchique. “The wind is pushing the front south, towards more populated areas.”",
          "Twelve people have been injured, including three firefighters, one of them seriously, Sardinha said. No deaths have been reported.",
          "The blaze had burned around 6,800 hectares by Wednesday morning, according to the European Forest Fire Information System (EFFIS).",
          "Spain sent two Canadair water-bombing aircraft under the EU's rescEU mechanism, and Portugal's government declared a state of alert for the whole Algarve until Sunday.",
          "Temperatures in the region reached 44 degrees Celsius on Tuesday, and the IPMA weather service kept its red warning in place for the districts of Faro and Beja.",
          "A stretch of the A22 motorway between Portimão and Lagos was briefly closed on Tuesday night because of thick smoke.",
          "Monchique was hit by a fire in 2018 that burned 27,000 hectares and forced thousands from their homes.",
        ].join("\n\n"),
      },
      {
        id: "s3-bbc",
        outlet: "BBC",
        language: "en",
        title: "Portugal wildfire: Tourists and residents flee Algarve blaze",
        text: [
          "Hundreds of people have been forced from their homes as a large wildfire spreads through the hills of Portugal's Algarve, one of Europe's most popular holiday regions.",
          "Authorities say about 1,400 people have been evacuated from villages around the town of Monchique. A holiday resort near Silves was also cleared as a precaution on Wednesday morning.",
          "Nearly 900 firefighters, supported by 14 water-bombing aircraft, are tackling the flames, Portugal's civil protection agency said.",
          "British tourist Claire Dawson, 52, from Leeds, told the BBC she had been woken by hotel staff at 05:00 local time. “We could see the glow of the fire over the hill — we just grabbed our passports and left,” she said.",
          "The Foreign Office has advised British nationals in the area to follow the instructions of local authorities. Faro airport, the main gateway to the Algarve, is operating normally.",
          "Nine people have been treated for injuries, mostly smoke inhalation, according to local officials.",
          "The fire has so far burned through about 6,800 hectares (16,800 acres) of forest and scrubland, according to EU satellite data.",
          "Temperatures have topped 40C across much of southern Portugal this week, and the country's weather service has warned the heat will last until at least Friday.",
          "The Monchique hills were devastated by a wildfire in 2018 which destroyed dozens of homes.",
        ].join("\n\n"),
      },
      {
        id: "s3-tagesschau",
        outlet: "tagesschau.de",
        language: "de",
        title: "Waldbrand in Portugal: Tausende fliehen vor den Flammen an der Algarve",
        text: [
          "Im Süden Portugals wütet ein großer Waldbrand. In der Urlaubsregion Algarve mussten nach Angaben der Behörden mehr als 2.000 Menschen ihre Häuser verlassen, vor allem in Dörfern rund um die Kleinstadt Monchique.",
          "Das Feuer war am Dienstagnachmittag nahe dem Dorf Alferce ausgebrochen. Starker Wind mit Böen von bis zu 60 Kilometern pro Stunde fachte die Flammen in der Nacht weiter an, teilte der Zivilschutz mit.",
          "Rund 1.100 Feuerwehrleute sind im Einsatz, unterstützt von Löschflugzeugen und Hubschraubern. Spanien schickte zwei Löschflugzeuge vom Typ Canadair.",
          "Zwölf Menschen wurden nach Angaben des Zivilschutzes verletzt, darunter drei Feuerwehrleute. Einer von ihnen schwebt in Lebensgefahr.",
          "Nach Schätzungen des Zivilschutzes sind bereits rund 8.000 Hektar Wald und Buschland verbrannt. Auch in der Nähe von Silves brannten nach Berichten des Senders RTP mehrere Scheunen.",
          "„Die nächsten 24 Stunden werden entscheidend sein“, sagte Zivilschutzsprecher Rui Sardinha in Monchique.",
          "Die Nationalstraße N266 zwischen Monchique und Portimão ist gesperrt. Die Regierung in Lissabon rief für die gesamte Algarve bis Sonntag die Alarmstufe aus.",
          "In der Region waren am Dienstag Temperaturen von bis zu 44 Grad gemessen worden. Der Wetterdienst IPMA erwartet erst zum Wochenende eine leichte Abkühlung.",
          "Bereits 2018 hatte ein verheerender Brand rund um Monchique etwa 27.000 Hektar Fläche zerstört.",
        ].join("\n\n"),
      },
    ],
    same: [
      {
        a: {
          article: "s3-tagesschau",
          quote: "mussten nach Angaben der Behörden mehr als 2.000 Menschen ihre Häuser verlassen",
        },
        b: {
          article: "s3-afp",
          quote: "as authorities evacuated around 1,400 people from villages in the hills around Monchique",
        },
        figuresDisagree: true,
      },
      {
        a: {
          article: "s3-tagesschau",
          quote: "mussten nach Angaben der Behörden mehr als 2.000 Menschen ihre Häuser verlassen",
        },
        b: {
          article: "s3-bbc",
          quote: "Authorities say about 1,400 people have been evacuated from villages around the town of Monchique",
        },
        figuresDisagree: true,
      },
      {
        a: {
          article: "s3-tagesschau",
          quote: "Rund 1.100 Feuerwehrleute sind im Einsatz, unterstützt von Löschflugzeugen und Hubschraubern",
        },
        b: {
          article: "s3-bbc",
          quote: "Nearly 900 firefighters, supported by 14 water-bombing aircraft, are tackling the flames",
        },
        figuresDisagree: true,
      },
      {
        a: {
          article: "s3-tagesschau",
          quote: "Zwölf Menschen wurden nach Angaben des Zivilschutzes verletzt, darunter drei Feuerwehrleute",
        },
        b: {
          article: "s3-afp",
          quote: "Twelve people have been injured, including three firefighters, one of them seriously, Sardinha said",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s3-tagesschau",
          quote: "Zwölf Menschen wurden nach Angaben des Zivilschutzes verletzt, darunter drei Feuerwehrleute",
        },
        b: {
          article: "s3-bbc",
          quote: "Nine people have been treated for injuries, mostly smoke inhalation, according to local officials",
        },
        figuresDisagree: true,
      },
      {
        a: {
          article: "s3-tagesschau",
          quote: "Nach Schätzungen des Zivilschutzes sind bereits rund 8.000 Hektar Wald und Buschland verbrannt",
        },
        b: { article: "s3-afp", quote: "The blaze had burned around 6,800 hectares by Wednesday morning" },
        figuresDisagree: true,
      },
      {
        a: { article: "s3-tagesschau", quote: "„Die nächsten 24 Stunden werden entscheidend sein“" },
        b: { article: "s3-afp", quote: "“The next 24 hours will be decisive,”" },
        figuresDisagree: false,
      },
      {
        a: { article: "s3-tagesschau", quote: "Spanien schickte zwei Löschflugzeuge vom Typ Canadair" },
        b: {
          article: "s3-afp",
          quote: "Spain sent two Canadair water-bombing aircraft under the EU's rescEU mechanism",
        },
        figuresDisagree: false,
      },
      {
        a: { article: "s3-afp", quote: "The blaze had burned around 6,800 hectares by Wednesday morning" },
        b: {
          article: "s3-bbc",
          quote: "The fire has so far burned through about 6,800 hectares (16,800 acres) of forest and scrubland",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s3-afp",
          quote: "as authorities evacuated around 1,400 people from villages in the hills around Monchique",
        },
        b: {
          article: "s3-bbc",
          quote: "Authorities say about 1,400 people have been evacuated from villages around the town of Monchique",
        },
        figuresDisagree: false,
      },
    ],
    different: [
      {
        a: {
          article: "s3-afp",
          quote:
            "A stretch of the A22 motorway between Portimão and Lagos was briefly closed on Tuesday night because of thick smoke",
        },
        b: { article: "s3-tagesschau", quote: "Die Nationalstraße N266 zwischen Monchique und Portimão ist gesperrt" },
      },
      {
        a: {
          article: "s3-afp",
          quote: "the IPMA weather service kept its red warning in place for the districts of Faro and Beja",
        },
        b: {
          article: "s3-tagesschau",
          quote: "Der Wetterdienst IPMA erwartet erst zum Wochenende eine leichte Abkühlung",
        },
      },
      {
        a: { article: "s3-bbc", quote: "Faro airport, the main gateway to the Algarve, is operating normally" },
        b: {
          article: "s3-tagesschau",
          quote: "Die Regierung in Lissabon rief für die gesamte Algarve bis Sonntag die Alarmstufe aus",
        },
      },
      {
        a: {
          article: "s3-bbc",
          quote: "A holiday resort near Silves was also cleared as a precaution on Wednesday morning",
        },
        b: {
          article: "s3-tagesschau",
          quote: "Auch in der Nähe von Silves brannten nach Berichten des Senders RTP mehrere Scheunen",
        },
      },
      {
        a: { article: "s3-bbc", quote: "Temperatures have topped 40C across much of southern Portugal this week" },
        b: { article: "s3-tagesschau", quote: "Im Süden Portugals wütet ein großer Waldbrand" },
      },
    ],
  },
  {
    id: "s4-vienna-airport-outage",
    articles: [
      {
        id: "s4-standard",
        outlet: "Der Standard",
        language: "de",
        title: "IT-Panne legt Flughafen Wien lahm: Mehr als 160 Flüge gestrichen",
        text: [
          "Ein Ausfall des Check-in- und Gepäcksystems hat am Freitag den Betrieb am Flughafen Wien-Schwechat über Stunden weitgehend lahmgelegt. Mehr als 160 Flüge wurden gestrichen, Tausende Passagiere saßen in den Terminals fest.",
          "Die Störung begann laut Flughafen gegen 4.30 Uhr, kurz vor Beginn der morgendlichen Abflugwelle. Erst gegen 13 Uhr liefen die Systeme wieder stabil.",
          "Ursache war nach Angaben des Flughafens ein fehlerhaftes Software-Update des Münchner IT-Dienstleisters Aerodata Systems. „Einen Cyberangriff können wir nach derzeitigem Stand ausschließen“, sagte Flughafensprecherin Sabine Hollerer.",
          "Am stärksten betroffen war die Lufthansa-Tochter Austrian Airlines, die ihr Drehkreuz in Wien hat. Die Airline strich nach eigenen Angaben 94 Verbindungen, vor allem Kurzstrecken nach Deutschland, in die Schweiz und nach Osteuropa.",
          "Insgesamt seien rund 20.000 Passagiere von Ausfällen und Verspätungen betroffen gewesen, hieß es vom Flughafen. Viele wichen auf Züge der ÖBB aus, die zusätzliche Waggons auf der Strecke nach Salzburg einsetzten.",
          "Mitarbeiter checkten Reisende teilweise per Hand ein, Koffer blieben jedoch zu Tausenden liegen. Rund 4.000 Gepäckstücke sollen in den kommenden Tagen nachgeliefert werden.",
          "Ob Passagiere Anspruch auf eine Entschädigung nach der EU-Fluggastrechteverordnung haben, ist umstritten. Das Verbraucherportal Flugrecht.at verwies darauf, dass technische Probleme beim Flughafen in der Regel als außergewöhnlicher Umstand gelten.",
          "Die Opposition im Nationalrat forderte eine Untersuchung. Der Flughafen kündigte an, den Vorfall gemeinsam mit dem Dienstleister aufzuarbeiten.",
        ].join("\n\n"),
      },
      {
        id: "s4-apa",
        outlet: "APA",
        language: "de",
        title: "Flughafen Wien: Systemausfall führte zu rund 120 Flugstreichungen",
        text: [
          "Ein stundenlanger Ausfall der IT-Systeme am Flughafen Wien-Schwechat hat am Freitag zu massiven Behinderungen im Flugverkehr geführt. Rund 120 Ab- und Anflüge mussten gestrichen werden, teilte die Flughafen Wien AG am Nachmittag mit.",
          "Betroffen waren die Check-in-Schalter sowie die Gepäcksortieranlage. Die Panne war in den frühen Morgenstunden gegen 4.30 Uhr aufgetreten.",
          "Als Grund nannte der Flughafen ein Update eines externen Softwareanbieters, das in der Nacht eingespielt worden war. Ein Hackerangriff liege nicht vor.",
          "Austrian Airlines sagte nach eigenen Angaben 94 Flüge ab. „Wir bitten unsere Fluggäste um Entschuldigung und arbeiten mit Hochdruck daran, alle Betroffenen umzubuchen“, sagte eine AUA-Sprecherin.",
          "Flughafen-Vorstand Thomas Brandl sprach von einem „schwarzen Tag“ für den Standort. Man werde mit dem Anbieter über Schadenersatz sprechen, kündigte er an.",
          "Seit etwa 13 Uhr laufe der Betrieb wieder, es komme aber bis in die Abendstunden zu Verspätungen, hieß es. Passagiere wurden gebeten, vor der Anreise den Flugstatus zu prüfen.",
          "Die ÖBB setzten auf der Weststrecke zusätzliche Kapazitäten ein, um gestrandete Reisende nach Salzburg und Innsbruck zu bringen.",
          "Am Flughafen Wien wurden im vergangenen Jahr rund 30 Millionen Passagiere abgefertigt.",
        ].join("\n\n"),
      },
      {
        id: "s4-bloomberg",
        outlet: "Bloomberg",
        language: "en",
        title: "Vienna Airport IT Failure Grounds Austrian Airlines Flights",
        text: [
          "A software failure at Vienna International Airport forced the cancellation of at least 140 flights on Friday, stranding thousands of passengers at one of central Europe's busiest hubs.",
          "The outage hit check-in desks and the baggage-handling system starting at about 4:30 local time, the airport operator said in a statement. Systems were fully restored in the early afternoon.",
          "Flughafen Wien AG blamed a faulty update supplied by Munich-based contractor Aerodata Systems and said there was no indication of a cyberattack.",
          "Deutsche Lufthansa AG's Austrian Airlines unit, which operates its hub in Vienna, canceled 94 flights, a spokeswoman said.",
          "About 25,000 passengers were affected by cancellations and delays, according to the airport. Around 6,000 bags were left behind and will be delivered to passengers over the coming days, the airport said.",
          "Shares of Flughafen Wien fell 1.8% in Vienna trading, the steepest drop in more than two months.",
          "The disruption adds to a string of technology failures that have hit European aviation, including the global outage caused by a faulty CrowdStrike update in July 2024.",
          "Vienna handled about 32 million passengers last year.",
        ].join("\n\n"),
      },
    ],
    same: [
      {
        a: {
          article: "s4-standard",
          quote: "Mehr als 160 Flüge wurden gestrichen, Tausende Passagiere saßen in den Terminals fest",
        },
        b: {
          article: "s4-bloomberg",
          quote:
            "A software failure at Vienna International Airport forced the cancellation of at least 140 flights on Friday",
        },
        figuresDisagree: true,
      },
      {
        a: { article: "s4-apa", quote: "Rund 120 Ab- und Anflüge mussten gestrichen werden" },
        b: {
          article: "s4-bloomberg",
          quote:
            "A software failure at Vienna International Airport forced the cancellation of at least 140 flights on Friday",
        },
        figuresDisagree: true,
      },
      {
        a: { article: "s4-standard", quote: "Mehr als 160 Flüge wurden gestrichen" },
        b: { article: "s4-apa", quote: "Rund 120 Ab- und Anflüge mussten gestrichen werden" },
        figuresDisagree: true,
      },
      {
        a: {
          article: "s4-standard",
          quote:
            "Ursache war nach Angaben des Flughafens ein fehlerhaftes Software-Update des Münchner IT-Dienstleisters Aerodata Systems",
        },
        b: {
          article: "s4-bloomberg",
          quote: "Flughafen Wien AG blamed a faulty update supplied by Munich-based contractor Aerodata Systems",
        },
        figuresDisagree: false,
      },
      {
        a: { article: "s4-apa", quote: "Ein Hackerangriff liege nicht vor" },
        b: { article: "s4-bloomberg", quote: "said there was no indication of a cyberattack" },
        figuresDisagree: false,
      },
      {
        a: { article: "s4-standard", quote: "Die Airline strich nach eigenen Angaben 94 Verbindungen" },
        b: {
          article: "s4-bloomberg",
          quote:
            "Deutsche Lufthansa AG's Austrian Airlines unit, which operates its hub in Vienna, canceled 94 flights, a spokeswoman said",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s4-standard",
          quote:
            "Insgesamt seien rund 20.000 Passagiere von Ausfällen und Verspätungen betroffen gewesen, hieß es vom Flughafen",
        },
        b: {
          article: "s4-bloomberg",
          quote: "About 25,000 passengers were affected by cancellations and delays, according to the airport",
        },
        figuresDisagree: true,
      },
      {
        a: {
          article: "s4-standard",
          quote: "Rund 4.000 Gepäckstücke sollen in den kommenden Tagen nachgeliefert werden",
        },
        b: {
          article: "s4-bloomberg",
          quote: "Around 6,000 bags were left behind and will be delivered to passengers over the coming days",
        },
        figuresDisagree: true,
      },
      {
        a: {
          article: "s4-apa",
          quote: "Am Flughafen Wien wurden im vergangenen Jahr rund 30 Millionen Passagiere abgefertigt",
        },
        b: { article: "s4-bloomberg", quote: "Vienna handled about 32 million passengers last year" },
        figuresDisagree: true,
      },
      {
        a: {
          article: "s4-standard",
          quote: "Viele wichen auf Züge der ÖBB aus, die zusätzliche Waggons auf der Strecke nach Salzburg einsetzten",
        },
        b: { article: "s4-apa", quote: "Die ÖBB setzten auf der Weststrecke zusätzliche Kapazitäten ein" },
        figuresDisagree: false,
      },
    ],
    different: [
      {
        a: { article: "s4-bloomberg", quote: "Shares of Flughafen Wien fell 1.8% in Vienna trading" },
        b: {
          article: "s4-apa",
          quote: "Rund 120 Ab- und Anflüge mussten gestrichen werden, teilte die Flughafen Wien AG am Nachmittag mit",
        },
      },
      {
        a: {
          article: "s4-standard",
          quote: "Der Flughafen kündigte an, den Vorfall gemeinsam mit dem Dienstleister aufzuarbeiten",
        },
        b: {
          article: "s4-bloomberg",
          quote: "Flughafen Wien AG blamed a faulty update supplied by Munich-based contractor Aerodata Systems",
        },
      },
      {
        a: {
          article: "s4-bloomberg",
          quote: "including the global outage caused by a faulty CrowdStrike update in July 2024",
        },
        b: {
          article: "s4-standard",
          quote:
            "Ursache war nach Angaben des Flughafens ein fehlerhaftes Software-Update des Münchner IT-Dienstleisters Aerodata Systems",
        },
      },
      {
        a: {
          article: "s4-standard",
          quote:
            "Ob Passagiere Anspruch auf eine Entschädigung nach der EU-Fluggastrechteverordnung haben, ist umstritten",
        },
        b: { article: "s4-apa", quote: "Man werde mit dem Anbieter über Schadenersatz sprechen, kündigte er an" },
      },
      {
        a: {
          article: "s4-apa",
          quote: "Flughafen-Vorstand Thomas Brandl sprach von einem „schwarzen Tag“ für den Standort",
        },
        b: {
          article: "s4-standard",
          quote:
            "„Einen Cyberangriff können wir nach derzeitigem Stand ausschließen“, sagte Flughafensprecherin Sabine Hollerer",
        },
      },
    ],
  },
  {
    id: "s5-kiel-canal-lock",
    articles: [
      {
        id: "s5-ndr",
        outlet: "NDR",
        language: "de",
        title: "Frachter rammt Schleusentor in Brunsbüttel – Nord-Ostsee-Kanal eingeschränkt",
        text: [
          "Ein Containerschiff hat in der Nacht zu Donnerstag in Brunsbüttel (Kreis Dithmarschen) ein Schleusentor des Nord-Ostsee-Kanals gerammt. Die nördliche große Schleusenkammer ist seitdem gesperrt, wie das Wasserstraßen- und Schifffahrtsamt (WSA) Elbe-Nordsee mitteilte.",
          "Der 170 Meter lange Frachter „Nordic Aster“ war gegen 3.15 Uhr aus Richtung Elbe kommend in die Schleuse eingelaufen und prallte gegen das innere Tor. Verletzt wurde nach Angaben der Wasserschutzpolizei niemand.",
          "Nach ersten Erkenntnissen hatte das Schiff einen Maschinenausfall. Ein Lotse und die 19-köpfige Besatzung waren an Bord, die Ermittlungen zur genauen Unfallursache laufen.",
          "Das WSA rechnet damit, dass die Kammer mindestens zwei Wochen nicht genutzt werden kann. „Das Tor ist erheblich verformt, wir müssen es vermutlich ausbauen und in die Werft bringen“, sagte WSA-Leiter Jens Behrendt.",
          "Der Schiffsverkehr wird über die südliche große Kammer abgewickelt, es kommt jedoch zu langen Wartezeiten. Am Donnerstagmittag lagen rund 40 Schiffe auf der Elbe und im Kanal auf Reede.",
          "Aus dem beschädigten Frachter trat eine geringe Menge Diesel aus. Die Feuerwehr legte eine Ölsperre um den Schiffsrumpf, eine Gefahr für die Umwelt bestehe nach derzeitigem Stand nicht.",
          "Der Nord-Ostsee-Kanal zwischen Brunsbüttel und Kiel ist die meistbefahrene künstliche Wasserstraße der Welt. Seit Jahren wird in Brunsbüttel an einer fünften Schleusenkammer gebaut, die eigentlich Engpässe wie diesen verhindern soll.",
          "Die „Nordic Aster“ fährt unter der Flagge von Antigua und Barbuda und war auf dem Weg von Rotterdam nach Danzig.",
        ].join("\n\n"),
      },
      {
        id: "s5-sz",
        outlet: "Süddeutsche Zeitung",
        language: "de",
        title: "Nord-Ostsee-Kanal: Havarie an der Schleuse",
        text: [
          "Die meistbefahrene künstliche Wasserstraße der Welt ist erneut zum Nadelöhr geworden. Am frühen Donnerstagmorgen ist in Brunsbüttel ein Containerfrachter gegen ein Tor der großen Schleuse gefahren.",
          "Das Schiff, die unter der Flagge von Antigua und Barbuda fahrende „Nordic Aster“, sollte Container von Rotterdam nach Danzig bringen. Ein Besatzungsmitglied wurde nach Angaben der Polizei leicht verletzt und an Bord versorgt.",
          "Die Wasserschutzpolizei ermittelt, ob ein technischer Defekt oder ein Fehler bei der Steuerung zu dem Unfall geführt hat.",
          "Für die Schifffahrt hat der Unfall spürbare Folgen: Etwa 50 Schiffe warteten am Donnerstag auf die Durchfahrt, einige Reedereien erwogen bereits, ihre Frachter um Dänemark herum umzuleiten.",
          "Der Umweg über das Skagerrak verlängert die Fahrt zwischen Nord- und Ostsee um rund 250 Seemeilen – das kostet Zeit und Treibstoff.",
          "Wie lange die Reparatur dauert, ist offen. Ein Sprecher der Generaldirektion Wasserstraßen und Schifffahrt sagte, man hoffe, die Kammer „innerhalb von zwei bis drei Wochen“ wieder freigeben zu können.",
          "Den Schaden am Tor schätzt die Behörde auf mehrere Millionen Euro.",
          "Im vergangenen Jahr passierten rund 27.000 Schiffe den Kanal. Die Schleusen in Brunsbüttel, die teils mehr als 100 Jahre alt sind, gelten seit Langem als störanfällig.",
        ].join("\n\n"),
      },
      {
        id: "s5-lloyds",
        outlet: "Lloyd's List",
        language: "en",
        title: "Kiel Canal lock damaged after feeder ship strikes gate at Brunsbüttel",
        text: [
          "A container feeder vessel struck a lock gate at Brunsbüttel early on Thursday, putting one of the two large lock chambers at the western entrance of the Kiel Canal out of action.",
          "The 170 m Nordic Aster, flagged in Antigua and Barbuda and sailing from Rotterdam to Gdańsk, hit the inner gate of the northern chamber at about 03:15 local time, according to the Waterways and Shipping Office Elbe-North Sea.",
          "More than 60 vessels were waiting to transit on Thursday afternoon, shipbroker data showed, as traffic was funnelled through the remaining large chamber.",
          "Jens Behrendt, head of the waterways office, said the gate had been badly deformed and would probably have to be removed for repairs at a shipyard.",
          "Repairs could take up to six weeks, according to a person familiar with the assessment.",
          "Investigators are looking into a possible engine failure, Behrendt said, adding that a pilot had been on board. None of the 19 crew members were hurt.",
          "A small amount of diesel leaked from the vessel and was contained with an oil boom, local authorities said.",
          "The canal, used by about 30,000 ships a year, saves vessels a detour of roughly 250 nautical miles around the northern tip of Denmark.",
          "Operators of feeder services between the North Sea and Baltic ports said they were monitoring the situation but had not yet rerouted ships.",
        ].join("\n\n"),
      },
    ],
    same: [
      {
        a: {
          article: "s5-ndr",
          quote:
            "Der 170 Meter lange Frachter „Nordic Aster“ war gegen 3.15 Uhr aus Richtung Elbe kommend in die Schleuse eingelaufen und prallte gegen das innere Tor",
        },
        b: {
          article: "s5-lloyds",
          quote: "hit the inner gate of the northern chamber at about 03:15 local time",
        },
        figuresDisagree: false,
      },
      {
        a: { article: "s5-ndr", quote: "Verletzt wurde nach Angaben der Wasserschutzpolizei niemand" },
        b: { article: "s5-lloyds", quote: "None of the 19 crew members were hurt" },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s5-sz",
          quote: "Ein Besatzungsmitglied wurde nach Angaben der Polizei leicht verletzt und an Bord versorgt",
        },
        b: { article: "s5-lloyds", quote: "None of the 19 crew members were hurt" },
        figuresDisagree: true,
      },
      {
        a: {
          article: "s5-ndr",
          quote: "Am Donnerstagmittag lagen rund 40 Schiffe auf der Elbe und im Kanal auf Reede",
        },
        b: {
          article: "s5-lloyds",
          quote: "More than 60 vessels were waiting to transit on Thursday afternoon, shipbroker data showed",
        },
        figuresDisagree: true,
      },
      {
        a: {
          article: "s5-ndr",
          quote: "„Das Tor ist erheblich verformt, wir müssen es vermutlich ausbauen und in die Werft bringen“",
        },
        b: {
          article: "s5-lloyds",
          quote:
            "Jens Behrendt, head of the waterways office, said the gate had been badly deformed and would probably have to be removed for repairs at a shipyard",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s5-sz",
          quote: "man hoffe, die Kammer „innerhalb von zwei bis drei Wochen“ wieder freigeben zu können",
        },
        b: {
          article: "s5-lloyds",
          quote: "Repairs could take up to six weeks, according to a person familiar with the assessment",
        },
        figuresDisagree: true,
      },
      {
        a: { article: "s5-sz", quote: "Im vergangenen Jahr passierten rund 27.000 Schiffe den Kanal" },
        b: { article: "s5-lloyds", quote: "The canal, used by about 30,000 ships a year" },
        figuresDisagree: true,
      },
      {
        a: {
          article: "s5-sz",
          quote: "Der Umweg über das Skagerrak verlängert die Fahrt zwischen Nord- und Ostsee um rund 250 Seemeilen",
        },
        b: {
          article: "s5-lloyds",
          quote: "saves vessels a detour of roughly 250 nautical miles around the northern tip of Denmark",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s5-ndr",
          quote:
            "Die „Nordic Aster“ fährt unter der Flagge von Antigua und Barbuda und war auf dem Weg von Rotterdam nach Danzig",
        },
        b: {
          article: "s5-sz",
          quote:
            "Das Schiff, die unter der Flagge von Antigua und Barbuda fahrende „Nordic Aster“, sollte Container von Rotterdam nach Danzig bringen",
        },
        figuresDisagree: false,
      },
      {
        a: { article: "s5-ndr", quote: "Verletzt wurde nach Angaben der Wasserschutzpolizei niemand" },
        b: {
          article: "s5-sz",
          quote: "Ein Besatzungsmitglied wurde nach Angaben der Polizei leicht verletzt und an Bord versorgt",
        },
        figuresDisagree: true,
      },
    ],
    different: [
      {
        a: {
          article: "s5-ndr",
          quote: "Seit Jahren wird in Brunsbüttel an einer fünften Schleusenkammer gebaut",
        },
        b: {
          article: "s5-lloyds",
          quote: "A container feeder vessel struck a lock gate at Brunsbüttel early on Thursday",
        },
      },
      {
        a: {
          article: "s5-sz",
          quote:
            "Die Schleusen in Brunsbüttel, die teils mehr als 100 Jahre alt sind, gelten seit Langem als störanfällig",
        },
        b: { article: "s5-ndr", quote: "Die nördliche große Schleusenkammer ist seitdem gesperrt" },
      },
      {
        a: { article: "s5-sz", quote: "Den Schaden am Tor schätzt die Behörde auf mehrere Millionen Euro" },
        b: {
          article: "s5-lloyds",
          quote:
            "Jens Behrendt, head of the waterways office, said the gate had been badly deformed and would probably have to be removed for repairs at a shipyard",
        },
      },
      {
        a: {
          article: "s5-sz",
          quote: "einige Reedereien erwogen bereits, ihre Frachter um Dänemark herum umzuleiten",
        },
        b: {
          article: "s5-lloyds",
          quote: "saves vessels a detour of roughly 250 nautical miles around the northern tip of Denmark",
        },
      },
      {
        a: {
          article: "s5-ndr",
          quote:
            "Der Nord-Ostsee-Kanal zwischen Brunsbüttel und Kiel ist die meistbefahrene künstliche Wasserstraße der Welt",
        },
        b: {
          article: "s5-lloyds",
          quote: "putting one of the two large lock chambers at the western entrance of the Kiel Canal out of action",
        },
      },
    ],
  },
];

import type { EvalStory } from "./matching-articles";

/**
 * Matching set fifteen: whole articles on five invented stories (a wildfire in Catalonia's Lleida province, the fraud
 * verdict against the founder of the collapsed payments firm Payvantis, a listeria outbreak traced to a Tyrolean
 * dairy, a 48-hour dockworkers' strike at German seaports, a methane explosion at a Silesian coal mine), each told by
 * three outlets in German and English, with the passage pairs that state one claim (`same`, with `figuresDisagree`
 * where their figures for the same quantity cannot both be true) and those that only share a name, place or event
 * word (`different`).
 *
 * Written by a helper session that never saw the matcher, its tables or any other set; committed before it was
 * scored; unread by the developers of the rules (only aggregate scores are looked at).
 */
export const MATCHING_ARTICLES_15: EvalStory[] = [
  {
    id: "s15-wildfire",
    articles: [
      {
        id: "s15-wildfire-reuters",
        outlet: "Reuters",
        language: "en",
        title: "Catalonia wildfire kills farmer, forces thousands from homes",
        text: [
          "LLEIDA, Spain, July 21 (Reuters) - A wildfire fanned by strong winds has burned through about 4,200 hectares of forest and farmland in Catalonia's Lleida province, forcing the evacuation of some 2,300 residents, regional authorities said on Sunday.",
          "The blaze broke out on Saturday afternoon near the village of Torrebesora and spread quickly through dry scrub and almond groves as gusts reached 70 km per hour, the Catalan fire service said.",
          "More than 450 firefighters, backed by 14 water-dropping aircraft, were battling the flames on Sunday, and the service said the fire was stabilised along roughly 60% of its perimeter.",
          "A 71-year-old man was found dead on Saturday evening on a farm outside Torrebesora, the regional police force Mossos d'Esquadra said, adding that he appeared to have been trapped while trying to clear vegetation around his barn.",
          "Nine firefighters were treated for minor injuries and smoke inhalation, one of whom was taken to hospital in Lleida.",
          "'This is a fire that behaves in a way we have not seen before in this area,' regional interior minister Nuria Bosch told reporters at a command post in nearby Juneda. 'It jumped the river in less than twenty minutes.'",
          "Investigators believe sparks from a combine harvester working a wheat field may have started the fire, Bosch said, though she stressed that the cause had not been confirmed.",
          "The C-233 road between Juneda and Les Borges Blanques was closed, and service on a regional rail line was suspended as smoke reduced visibility.",
          "Spain's state weather agency AEMET has issued a red alert for temperatures of up to 43 degrees Celsius in parts of Catalonia and Aragon through Tuesday.",
          "In 2022, a fire in the neighbouring Segria district burned around 1,700 hectares and destroyed a dozen farm buildings.",
        ].join("\n\n"),
      },
      {
        id: "s15-wildfire-dpa",
        outlet: "dpa",
        language: "de",
        title: "Waldbrand in Katalonien: Ein Toter, Tausende in Sicherheit gebracht",
        text: [
          "Lleida (dpa) - Ein Waldbrand im Nordosten Spaniens hat nach Angaben der Behörden bereits rund 4.000 Hektar Wald und Ackerland zerstört.",
          "Mehr als 2.000 Bewohner mehrerer Dörfer in der katalanischen Provinz Lleida mussten ihre Häuser verlassen, wie der Katastrophenschutz am Sonntag mitteilte.",
          "Ein 71 Jahre alter Landwirt kam ums Leben, als er versuchte, sein Gehöft vor den Flammen zu schützen.",
          "Das Feuer war am Samstagnachmittag nahe dem Dorf Torrebesora ausgebrochen und breitete sich wegen heftiger Windböen rasch über trockenes Buschland und Mandelplantagen aus.",
          "Im Einsatz waren am Sonntag nach Angaben der Feuerwehr mehr als 400 Einsatzkräfte sowie 14 Löschflugzeuge und -hubschrauber.",
          "Sieben Feuerwehrleute wurden leicht verletzt, einer von ihnen kam mit einer Rauchvergiftung ins Krankenhaus.",
          "«Das Feuer hat den Fluss in weniger als zwanzig Minuten übersprungen», sagte die katalanische Innenministerin Núria Bosch. «So etwas haben wir in dieser Gegend noch nicht erlebt.»",
          "Als mögliche Ursache gilt Funkenflug eines Mähdreschers, der auf einem Weizenfeld im Einsatz war; bestätigt ist das bislang nicht.",
          "Der Wetterdienst Aemet warnte für die kommenden Tage vor Temperaturen von bis zu 43 Grad in Katalonien und Aragonien.",
          "Erst vor zwei Jahren hatte ein Brand im benachbarten Bezirk Segrià rund 1.700 Hektar vernichtet.",
        ].join("\n\n"),
      },
      {
        id: "s15-wildfire-guardian",
        outlet: "The Guardian",
        language: "en",
        title: "Wildfire in Catalonia kills farmer as heatwave grips Spain",
        text: [
          "Spanish firefighters are struggling to contain a fast-moving wildfire in Catalonia that has killed one man and forced thousands of people from their homes as a heatwave grips the Iberian peninsula.",
          "The fire, which began on Saturday near the small farming village of Torrebesora in Lleida province, had scorched about 5,800 hectares by Sunday afternoon, according to satellite estimates from the EU's Copernicus emergency service.",
          "Local officials said more than 3,000 people had been evacuated from eight villages and several isolated farmhouses, many of them spending the night in a sports hall in Juneda.",
          "The victim, a 71-year-old farmer, was found near his barn, which he had apparently tried to protect by clearing brush with a tractor.",
          "'We have lost everything, the almond trees, the olive trees, the machinery,' said Jordi Puigvert, 58, whose family has farmed outside Torrebesora for four generations. 'The wind was so strong that the fire was on us in minutes.'",
          "Núria Bosch, Catalonia's interior minister, said the flames had crossed the River Corb in less than 20 minutes, a speed she described as unprecedented for the area.",
          "Around 450 firefighters and 14 aircraft were deployed on Sunday, and the regional fire service said it hoped to stabilise the blaze by Monday if winds eased.",
          "Scientists say the climate crisis is making heatwaves in southern Europe longer and more intense, drying out vegetation and lengthening the fire season.",
          "Spain recorded its hottest summer on record last year, with average temperatures 1.4C above the long-term mean, according to the state meteorological agency.",
          "The agency has warned that temperatures could reach 43C in parts of Catalonia and Aragon before the heatwave breaks on Wednesday.",
        ].join("\n\n"),
      },
    ],
    same: [
      {
        a: {
          article: "s15-wildfire-reuters",
          quote: "has burned through about 4,200 hectares of forest and farmland in Catalonia's Lleida province",
        },
        b: {
          article: "s15-wildfire-dpa",
          quote: "hat nach Angaben der Behörden bereits rund 4.000 Hektar Wald und Ackerland zerstört",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s15-wildfire-dpa",
          quote: "hat nach Angaben der Behörden bereits rund 4.000 Hektar Wald und Ackerland zerstört",
        },
        b: { article: "s15-wildfire-guardian", quote: "had scorched about 5,800 hectares by Sunday afternoon" },
        figuresDisagree: true,
      },
      {
        a: { article: "s15-wildfire-reuters", quote: "forcing the evacuation of some 2,300 residents" },
        b: {
          article: "s15-wildfire-dpa",
          quote:
            "Mehr als 2.000 Bewohner mehrerer Dörfer in der katalanischen Provinz Lleida mussten ihre Häuser verlassen",
        },
        figuresDisagree: false,
      },
      {
        a: { article: "s15-wildfire-reuters", quote: "forcing the evacuation of some 2,300 residents" },
        b: {
          article: "s15-wildfire-guardian",
          quote:
            "Local officials said more than 3,000 people had been evacuated from eight villages and several isolated farmhouses",
        },
        figuresDisagree: true,
      },
      {
        a: {
          article: "s15-wildfire-reuters",
          quote: "A 71-year-old man was found dead on Saturday evening on a farm outside Torrebesora",
        },
        b: {
          article: "s15-wildfire-dpa",
          quote: "Ein 71 Jahre alter Landwirt kam ums Leben, als er versuchte, sein Gehöft vor den Flammen zu schützen",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s15-wildfire-reuters",
          quote: "The blaze broke out on Saturday afternoon near the village of Torrebesora",
        },
        b: {
          article: "s15-wildfire-dpa",
          quote: "Das Feuer war am Samstagnachmittag nahe dem Dorf Torrebesora ausgebrochen",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s15-wildfire-reuters",
          quote: "Nine firefighters were treated for minor injuries and smoke inhalation",
        },
        b: { article: "s15-wildfire-dpa", quote: "Sieben Feuerwehrleute wurden leicht verletzt" },
        figuresDisagree: true,
      },
      {
        a: {
          article: "s15-wildfire-dpa",
          quote:
            "Im Einsatz waren am Sonntag nach Angaben der Feuerwehr mehr als 400 Einsatzkräfte sowie 14 Löschflugzeuge und -hubschrauber",
        },
        b: {
          article: "s15-wildfire-guardian",
          quote: "Around 450 firefighters and 14 aircraft were deployed on Sunday",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s15-wildfire-reuters",
          quote: "More than 450 firefighters, backed by 14 water-dropping aircraft, were battling the flames on Sunday",
        },
        b: {
          article: "s15-wildfire-guardian",
          quote: "Around 450 firefighters and 14 aircraft were deployed on Sunday",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s15-wildfire-dpa",
          quote: "«Das Feuer hat den Fluss in weniger als zwanzig Minuten übersprungen»",
        },
        b: {
          article: "s15-wildfire-guardian",
          quote: "said the flames had crossed the River Corb in less than 20 minutes",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s15-wildfire-reuters",
          quote:
            "Investigators believe sparks from a combine harvester working a wheat field may have started the fire",
        },
        b: {
          article: "s15-wildfire-dpa",
          quote: "Als mögliche Ursache gilt Funkenflug eines Mähdreschers, der auf einem Weizenfeld im Einsatz war",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s15-wildfire-dpa",
          quote:
            "Der Wetterdienst Aemet warnte für die kommenden Tage vor Temperaturen von bis zu 43 Grad in Katalonien und Aragonien",
        },
        b: {
          article: "s15-wildfire-guardian",
          quote: "The agency has warned that temperatures could reach 43C in parts of Catalonia and Aragon",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s15-wildfire-reuters",
          quote: "In 2022, a fire in the neighbouring Segria district burned around 1,700 hectares",
        },
        b: {
          article: "s15-wildfire-dpa",
          quote: "Erst vor zwei Jahren hatte ein Brand im benachbarten Bezirk Segrià rund 1.700 Hektar vernichtet",
        },
        figuresDisagree: false,
      },
    ],
    different: [
      {
        a: {
          article: "s15-wildfire-reuters",
          quote: "Nine firefighters were treated for minor injuries and smoke inhalation",
        },
        b: { article: "s15-wildfire-dpa", quote: "Ein 71 Jahre alter Landwirt kam ums Leben" },
      },
      {
        a: {
          article: "s15-wildfire-reuters",
          quote: "In 2022, a fire in the neighbouring Segria district burned around 1,700 hectares",
        },
        b: {
          article: "s15-wildfire-dpa",
          quote: "hat nach Angaben der Behörden bereits rund 4.000 Hektar Wald und Ackerland zerstört",
        },
      },
      {
        a: { article: "s15-wildfire-guardian", quote: "many of them spending the night in a sports hall in Juneda" },
        b: {
          article: "s15-wildfire-reuters",
          quote: "The C-233 road between Juneda and Les Borges Blanques was closed",
        },
      },
      {
        a: {
          article: "s15-wildfire-guardian",
          quote:
            "Spain recorded its hottest summer on record last year, with average temperatures 1.4C above the long-term mean",
        },
        b: {
          article: "s15-wildfire-dpa",
          quote:
            "Der Wetterdienst Aemet warnte für die kommenden Tage vor Temperaturen von bis zu 43 Grad in Katalonien und Aragonien",
        },
      },
      {
        a: {
          article: "s15-wildfire-reuters",
          quote: "the service said the fire was stabilised along roughly 60% of its perimeter",
        },
        b: {
          article: "s15-wildfire-guardian",
          quote: "the regional fire service said it hoped to stabilise the blaze by Monday if winds eased",
        },
      },
      {
        a: {
          article: "s15-wildfire-guardian",
          quote: "whose family has farmed outside Torrebesora for four generations",
        },
        b: { article: "s15-wildfire-dpa", quote: "Ein 71 Jahre alter Landwirt kam ums Leben" },
      },
    ],
  },
  {
    id: "s15-fraud",
    articles: [
      {
        id: "s15-fraud-sz",
        outlet: "Süddeutsche Zeitung",
        language: "de",
        title: "Payvantis-Gründer muss siebeneinhalb Jahre in Haft",
        text: [
          "München – Im Betrugsprozess um den zusammengebrochenen Zahlungsdienstleister Payvantis hat das Landgericht München I den Firmengründer Konstantin Rehbein zu sieben Jahren und sechs Monaten Haft verurteilt.",
          "Die Wirtschaftsstrafkammer sah es nach 14 Monaten Verhandlung als erwiesen an, dass der 46-Jährige die Bilanzen des Unternehmens über Jahre geschönt und Anleger sowie Banken getäuscht hat.",
          "Der Schaden für Investoren und Kreditgeber beläuft sich nach Feststellung des Gerichts auf rund 340 Millionen Euro.",
          "Betroffen sind demnach rund 11.000 Kleinanleger, die Anleihen des Unternehmens gezeichnet hatten, sowie mehrere Banken.",
          "Die Staatsanwaltschaft hatte neun Jahre Haft gefordert, die Verteidigung auf Freispruch plädiert.",
          "«Das Geschäftsmodell von Payvantis existierte zu einem großen Teil nur auf dem Papier», sagte die Vorsitzende Richterin Gabriele Hartlieb in der Urteilsbegründung. Rehbein habe ein «System der Täuschung» aufgebaut und bis zuletzt keine Reue gezeigt.",
          "Ein früherer Finanzvorstand des Unternehmens erhielt eine Haftstrafe von drei Jahren und neun Monaten.",
          "Rehbeins Anwalt kündigte noch im Gerichtssaal an, Revision beim Bundesgerichtshof einzulegen.",
          "Payvantis hatte im Juni 2022 Insolvenz angemeldet, nachdem Wirtschaftsprüfer Lücken von mehreren Hundert Millionen Euro in den Büchern entdeckt hatten.",
          "Rehbein sitzt seit September 2022 in Untersuchungshaft; die Zeit wird auf die Strafe angerechnet.",
        ].join("\n\n"),
      },
      {
        id: "s15-fraud-faz",
        outlet: "Frankfurter Allgemeine Zeitung",
        language: "de",
        title: "Siebeneinhalb Jahre Haft für Payvantis-Gründer Rehbein",
        text: [
          "München. Das Landgericht München I hat den Gründer des insolventen Fintechs Payvantis wegen gewerbsmäßigen Bandenbetrugs und Bilanzfälschung zu einer Freiheitsstrafe von siebeneinhalb Jahren verurteilt.",
          "Konstantin Rehbein, der das Unternehmen 2014 in einer Münchner Hinterhofwohnung gegründet hatte, nahm das Urteil regungslos auf.",
          "Nach Überzeugung der Kammer hat Rehbein zwischen 2018 und 2022 Umsätze in Höhe von mehr als einer Milliarde Euro erfunden, um das Unternehmen größer erscheinen zu lassen, als es war.",
          "Den Schaden bezifferte das Gericht auf 340 Millionen Euro.",
          "An der Börse war Payvantis auf dem Höhepunkt im Herbst 2021 mehr als drei Milliarden Euro wert gewesen.",
          "Die Anklage hatte eine Strafe von neun Jahren verlangt.",
          "Der mitangeklagte frühere Finanzchef Tobias Wendland wurde zu drei Jahren und neun Monaten verurteilt, ein dritter Angeklagter, ein Vertriebsmanager, erhielt eine Bewährungsstrafe von zwei Jahren.",
          "Der Prozess hatte an 96 Verhandlungstagen stattgefunden und war einer der umfangreichsten Wirtschaftsstrafprozesse in Bayern seit Jahren.",
          "Die Verteidigung will das Urteil vom Bundesgerichtshof überprüfen lassen.",
          "Parallel laufen Zivilklagen von Anlegern gegen die frühere Wirtschaftsprüfungsgesellschaft des Unternehmens über insgesamt rund 120 Millionen Euro.",
        ].join("\n\n"),
      },
      {
        id: "s15-fraud-ft",
        outlet: "Financial Times",
        language: "en",
        title: "Payvantis founder jailed for seven and a half years over fraud",
        text: [
          "A German court has sentenced Konstantin Rehbein, founder of the collapsed payments company Payvantis, to seven and a half years in prison for fraud and accounting manipulation, in one of the country's biggest corporate fraud cases since Wirecard.",
          "The Munich regional court found that Rehbein, 46, had inflated the group's revenues with fictitious transactions for years to win over investors and lenders.",
          "Presiding judge Gabriele Hartlieb said the company's business had 'largely existed only on paper' and that Rehbein had shown no remorse.",
          "The court put the damage to investors and creditors at about €340mn.",
          "Some 14,000 retail investors had bought bonds issued by the company, according to the court.",
          "Prosecutors had sought a nine-year sentence, while Rehbein's lawyers argued for acquittal, saying he had been misled by his finance team.",
          "Former chief financial officer Tobias Wendland received a sentence of three years and nine months.",
          "Payvantis, which at its peak in 2021 was valued at about €2.4bn on the Frankfurt stock exchange, filed for insolvency in June 2022 after auditors found gaps of several hundred million euros in its accounts.",
          "The trial, which ran for more than 100 hearing days over 14 months, was closely watched as a test of Germany's ability to prosecute complex financial crime after the Wirecard scandal.",
          "Rehbein's defence said it would appeal to the Federal Court of Justice.",
          "The founder has been in custody since September 2022, and time served will count towards his sentence.",
        ].join("\n\n"),
      },
    ],
    same: [
      {
        a: {
          article: "s15-fraud-sz",
          quote: "den Firmengründer Konstantin Rehbein zu sieben Jahren und sechs Monaten Haft verurteilt",
        },
        b: {
          article: "s15-fraud-ft",
          quote:
            "sentenced Konstantin Rehbein, founder of the collapsed payments company Payvantis, to seven and a half years in prison",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s15-fraud-sz",
          quote: "den Firmengründer Konstantin Rehbein zu sieben Jahren und sechs Monaten Haft verurteilt",
        },
        b: {
          article: "s15-fraud-faz",
          quote:
            "hat den Gründer des insolventen Fintechs Payvantis wegen gewerbsmäßigen Bandenbetrugs und Bilanzfälschung zu einer Freiheitsstrafe von siebeneinhalb Jahren verurteilt",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s15-fraud-sz",
          quote:
            "Der Schaden für Investoren und Kreditgeber beläuft sich nach Feststellung des Gerichts auf rund 340 Millionen Euro",
        },
        b: { article: "s15-fraud-ft", quote: "The court put the damage to investors and creditors at about €340mn" },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s15-fraud-sz",
          quote: "Betroffen sind demnach rund 11.000 Kleinanleger, die Anleihen des Unternehmens gezeichnet hatten",
        },
        b: { article: "s15-fraud-ft", quote: "Some 14,000 retail investors had bought bonds issued by the company" },
        figuresDisagree: true,
      },
      {
        a: { article: "s15-fraud-sz", quote: "Die Staatsanwaltschaft hatte neun Jahre Haft gefordert" },
        b: { article: "s15-fraud-ft", quote: "Prosecutors had sought a nine-year sentence" },
        figuresDisagree: false,
      },
      {
        a: { article: "s15-fraud-faz", quote: "Die Anklage hatte eine Strafe von neun Jahren verlangt" },
        b: { article: "s15-fraud-sz", quote: "Die Staatsanwaltschaft hatte neun Jahre Haft gefordert" },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s15-fraud-sz",
          quote: "«Das Geschäftsmodell von Payvantis existierte zu einem großen Teil nur auf dem Papier»",
        },
        b: { article: "s15-fraud-ft", quote: "said the company's business had 'largely existed only on paper'" },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s15-fraud-faz",
          quote:
            "Der mitangeklagte frühere Finanzchef Tobias Wendland wurde zu drei Jahren und neun Monaten verurteilt",
        },
        b: {
          article: "s15-fraud-ft",
          quote: "Former chief financial officer Tobias Wendland received a sentence of three years and nine months",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s15-fraud-faz",
          quote:
            "An der Börse war Payvantis auf dem Höhepunkt im Herbst 2021 mehr als drei Milliarden Euro wert gewesen",
        },
        b: {
          article: "s15-fraud-ft",
          quote: "which at its peak in 2021 was valued at about €2.4bn on the Frankfurt stock exchange",
        },
        figuresDisagree: true,
      },
      {
        a: { article: "s15-fraud-faz", quote: "Der Prozess hatte an 96 Verhandlungstagen stattgefunden" },
        b: { article: "s15-fraud-ft", quote: "The trial, which ran for more than 100 hearing days over 14 months" },
        figuresDisagree: true,
      },
      {
        a: {
          article: "s15-fraud-sz",
          quote: "Rehbeins Anwalt kündigte noch im Gerichtssaal an, Revision beim Bundesgerichtshof einzulegen",
        },
        b: { article: "s15-fraud-ft", quote: "Rehbein's defence said it would appeal to the Federal Court of Justice" },
        figuresDisagree: false,
      },
      {
        a: { article: "s15-fraud-sz", quote: "Rehbein sitzt seit September 2022 in Untersuchungshaft" },
        b: { article: "s15-fraud-ft", quote: "The founder has been in custody since September 2022" },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s15-fraud-faz",
          quote: "hat Rehbein zwischen 2018 und 2022 Umsätze in Höhe von mehr als einer Milliarde Euro erfunden",
        },
        b: {
          article: "s15-fraud-ft",
          quote:
            "had inflated the group's revenues with fictitious transactions for years to win over investors and lenders",
        },
        figuresDisagree: false,
      },
      {
        a: { article: "s15-fraud-sz", quote: "Payvantis hatte im Juni 2022 Insolvenz angemeldet" },
        b: {
          article: "s15-fraud-ft",
          quote: "filed for insolvency in June 2022 after auditors found gaps of several hundred million euros",
        },
        figuresDisagree: false,
      },
    ],
    different: [
      {
        a: { article: "s15-fraud-faz", quote: "Den Schaden bezifferte das Gericht auf 340 Millionen Euro" },
        b: {
          article: "s15-fraud-ft",
          quote: "which at its peak in 2021 was valued at about €2.4bn on the Frankfurt stock exchange",
        },
      },
      {
        a: { article: "s15-fraud-sz", quote: "Die Staatsanwaltschaft hatte neun Jahre Haft gefordert" },
        b: {
          article: "s15-fraud-ft",
          quote:
            "sentenced Konstantin Rehbein, founder of the collapsed payments company Payvantis, to seven and a half years in prison",
        },
      },
      {
        a: {
          article: "s15-fraud-faz",
          quote: "ein dritter Angeklagter, ein Vertriebsmanager, erhielt eine Bewährungsstrafe von zwei Jahren",
        },
        b: {
          article: "s15-fraud-ft",
          quote: "Former chief financial officer Tobias Wendland received a sentence of three years and nine months",
        },
      },
      {
        a: {
          article: "s15-fraud-faz",
          quote:
            "Parallel laufen Zivilklagen von Anlegern gegen die frühere Wirtschaftsprüfungsgesellschaft des Unternehmens über insgesamt rund 120 Millionen Euro",
        },
        b: {
          article: "s15-fraud-sz",
          quote:
            "Der Schaden für Investoren und Kreditgeber beläuft sich nach Feststellung des Gerichts auf rund 340 Millionen Euro",
        },
      },
      {
        a: {
          article: "s15-fraud-faz",
          quote: "Konstantin Rehbein, der das Unternehmen 2014 in einer Münchner Hinterhofwohnung gegründet hatte",
        },
        b: { article: "s15-fraud-ft", quote: "The founder has been in custody since September 2022" },
      },
      {
        a: {
          article: "s15-fraud-faz",
          quote: "hat Rehbein zwischen 2018 und 2022 Umsätze in Höhe von mehr als einer Milliarde Euro erfunden",
        },
        b: { article: "s15-fraud-ft", quote: "The court put the damage to investors and creditors at about €340mn" },
      },
    ],
  },
  {
    id: "s15-listeria",
    articles: [
      {
        id: "s15-listeria-spiegel",
        outlet: "Der Spiegel",
        language: "de",
        title: "Listerien in Tiroler Weichkäse: Drei Tote, Käserei ruft alle Produkte zurück",
        text: [
          "Nach einem Listerienausbruch mit mehreren Todesfällen in Österreich und Deutschland ruft eine Tiroler Käserei sämtliche Weichkäseprodukte zurück.",
          "Wie die österreichische Gesundheitsagentur Ages am Mittwoch mitteilte, starben drei Menschen, die sich mit dem Erreger infiziert hatten; insgesamt seien 27 Erkrankungen nachgewiesen.",
          "Betroffen ist die Hofkäserei Gamsleitner aus Oberkirchtal im Zillertal, deren Käse unter anderem in Filialen von Spar, Billa und Rewe verkauft wurde.",
          "Insgesamt 14 Produkte werden zurückgerufen, darunter Camembert, Brie und ein Weichkäse der Marke «Bergweich» mit Mindesthaltbarkeitsdaten bis Ende Juni.",
          "Genomanalysen hätten gezeigt, dass die Erreger bei den Patienten und in Proben aus dem Betrieb identisch seien, sagte eine Ages-Sprecherin.",
          "Die Käserei hat die Produktion vorerst eingestellt; der Betrieb beschäftigt 38 Mitarbeiter.",
          "«Wir sind zutiefst betroffen und arbeiten vollständig mit den Behörden zusammen», erklärte Geschäftsführer Andreas Gamsleitner.",
          "In Deutschland sind nach Angaben des Robert Koch-Instituts neun der Erkrankten gemeldet, vor allem in Bayern und Baden-Württemberg.",
          "Listeriose verläuft bei gesunden Erwachsenen oft mild, kann aber für Schwangere, Neugeborene, ältere Menschen und Personen mit geschwächtem Immunsystem lebensgefährlich sein.",
          "Die Inkubationszeit kann bis zu 70 Tage betragen, weshalb die Behörden mit weiteren Fällen rechnen.",
        ].join("\n\n"),
      },
      {
        id: "s15-listeria-reuters",
        outlet: "Reuters",
        language: "en",
        title: "Austrian dairy recalls soft cheeses after deadly listeria outbreak",
        text: [
          "VIENNA, May 15 (Reuters) - An Austrian cheesemaker has recalled all of its soft cheeses after a listeria outbreak that has killed three people in Austria and Germany, health authorities said on Wednesday.",
          "At least 25 people have fallen ill, Austria's food safety agency AGES said.",
          "Hofkaeserei Gamsleitner, a family-owned dairy in Tyrol's Zillertal valley, halted production on Tuesday after inspectors found listeria in samples taken from its ripening room, the agency said.",
          "Whole-genome sequencing showed that the bacteria found at the plant matched those taken from patients, it added.",
          "The recall covers 14 products sold in Austria, Germany and northern Italy, including camembert, brie and a soft cheese sold under the Bergweich brand.",
          "Germany's Robert Koch Institute said 11 of the cases had been reported in Germany, most of them in Bavaria.",
          "'Our thoughts are with the families who have lost loved ones,' Austrian Health Minister Katharina Lenz said in a statement, urging consumers to check their refrigerators.",
          "Listeria infections are rare but can be severe for pregnant women, newborns, the elderly and people with weakened immune systems.",
          "Because symptoms can take up to 70 days to appear, officials said more cases were likely.",
          "The dairy, which employs 38 people, said it was cooperating fully with the authorities.",
          "In 2019, the company recalled a batch of butter after a routine test found E. coli bacteria, according to AGES records.",
        ].join("\n\n"),
      },
      {
        id: "s15-listeria-ap",
        outlet: "AP",
        language: "en",
        title: "Listeria outbreak tied to Austrian cheese kills 4",
        text: [
          "VIENNA (AP) — Four people have died in a listeria outbreak traced to soft cheese from a small dairy in Austria's Alps, health officials said Wednesday, as retailers in Austria and Germany pulled the products from shelves.",
          "The Austrian Agency for Health and Food Safety said 27 people had fallen ill since February, all of them hospitalized.",
          "The dead were all older than 70 and had underlying health conditions, the agency said.",
          "The outbreak was traced to Hofkaeserei Gamsleitner in the Zillertal valley, a popular tourist region in the western province of Tyrol.",
          "The company has recalled 14 cheeses, including brie and camembert, with best-before dates through the end of June.",
          "Andreas Gamsleitner, the dairy's managing director, said the family was 'deeply shaken' and was working with inspectors to find out how the contamination happened.",
          "Inspectors found the bacteria in a drain and on shelving in the dairy's ripening room, according to a report by the agency seen by The Associated Press.",
          "A pregnant woman in Bavaria was among those infected, German health officials said; her baby was delivered early and is in stable condition.",
          "Listeria can cause fever, muscle aches and, in severe cases, meningitis or blood poisoning.",
          "Austria's last major listeria outbreak, in 2009 and 2010, was linked to a sour-milk cheese and killed eight people.",
        ].join("\n\n"),
      },
    ],
    same: [
      {
        a: {
          article: "s15-listeria-spiegel",
          quote: "starben drei Menschen, die sich mit dem Erreger infiziert hatten",
        },
        b: {
          article: "s15-listeria-ap",
          quote:
            "Four people have died in a listeria outbreak traced to soft cheese from a small dairy in Austria's Alps",
        },
        figuresDisagree: true,
      },
      {
        a: {
          article: "s15-listeria-reuters",
          quote: "a listeria outbreak that has killed three people in Austria and Germany",
        },
        b: {
          article: "s15-listeria-ap",
          quote:
            "Four people have died in a listeria outbreak traced to soft cheese from a small dairy in Austria's Alps",
        },
        figuresDisagree: true,
      },
      {
        a: { article: "s15-listeria-spiegel", quote: "insgesamt seien 27 Erkrankungen nachgewiesen" },
        b: { article: "s15-listeria-reuters", quote: "At least 25 people have fallen ill" },
        figuresDisagree: false,
      },
      {
        a: { article: "s15-listeria-spiegel", quote: "insgesamt seien 27 Erkrankungen nachgewiesen" },
        b: { article: "s15-listeria-ap", quote: "said 27 people had fallen ill since February" },
        figuresDisagree: false,
      },
      {
        a: { article: "s15-listeria-spiegel", quote: "Insgesamt 14 Produkte werden zurückgerufen" },
        b: {
          article: "s15-listeria-reuters",
          quote: "The recall covers 14 products sold in Austria, Germany and northern Italy",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s15-listeria-reuters",
          quote: "The recall covers 14 products sold in Austria, Germany and northern Italy",
        },
        b: { article: "s15-listeria-ap", quote: "The company has recalled 14 cheeses, including brie and camembert" },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s15-listeria-spiegel",
          quote:
            "Genomanalysen hätten gezeigt, dass die Erreger bei den Patienten und in Proben aus dem Betrieb identisch seien",
        },
        b: {
          article: "s15-listeria-reuters",
          quote:
            "Whole-genome sequencing showed that the bacteria found at the plant matched those taken from patients",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s15-listeria-spiegel",
          quote: "In Deutschland sind nach Angaben des Robert Koch-Instituts neun der Erkrankten gemeldet",
        },
        b: {
          article: "s15-listeria-reuters",
          quote: "Germany's Robert Koch Institute said 11 of the cases had been reported in Germany",
        },
        figuresDisagree: true,
      },
      {
        a: { article: "s15-listeria-spiegel", quote: "Die Käserei hat die Produktion vorerst eingestellt" },
        b: {
          article: "s15-listeria-reuters",
          quote: "a family-owned dairy in Tyrol's Zillertal valley, halted production on Tuesday",
        },
        figuresDisagree: false,
      },
      {
        a: { article: "s15-listeria-spiegel", quote: "der Betrieb beschäftigt 38 Mitarbeiter" },
        b: { article: "s15-listeria-reuters", quote: "The dairy, which employs 38 people" },
        figuresDisagree: false,
      },
      {
        a: { article: "s15-listeria-spiegel", quote: "Die Inkubationszeit kann bis zu 70 Tage betragen" },
        b: { article: "s15-listeria-reuters", quote: "Because symptoms can take up to 70 days to appear" },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s15-listeria-spiegel",
          quote: "«Wir sind zutiefst betroffen und arbeiten vollständig mit den Behörden zusammen»",
        },
        b: {
          article: "s15-listeria-ap",
          quote: "said the family was 'deeply shaken' and was working with inspectors",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s15-listeria-spiegel",
          quote:
            "darunter Camembert, Brie und ein Weichkäse der Marke «Bergweich» mit Mindesthaltbarkeitsdaten bis Ende Juni",
        },
        b: {
          article: "s15-listeria-ap",
          quote: "including brie and camembert, with best-before dates through the end of June",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s15-listeria-spiegel",
          quote:
            "kann aber für Schwangere, Neugeborene, ältere Menschen und Personen mit geschwächtem Immunsystem lebensgefährlich sein",
        },
        b: {
          article: "s15-listeria-reuters",
          quote: "can be severe for pregnant women, newborns, the elderly and people with weakened immune systems",
        },
        figuresDisagree: false,
      },
    ],
    different: [
      {
        a: {
          article: "s15-listeria-spiegel",
          quote: "starben drei Menschen, die sich mit dem Erreger infiziert hatten",
        },
        b: {
          article: "s15-listeria-ap",
          quote:
            "Austria's last major listeria outbreak, in 2009 and 2010, was linked to a sour-milk cheese and killed eight people",
        },
      },
      {
        a: {
          article: "s15-listeria-reuters",
          quote: "In 2019, the company recalled a batch of butter after a routine test found E. coli bacteria",
        },
        b: { article: "s15-listeria-spiegel", quote: "Insgesamt 14 Produkte werden zurückgerufen" },
      },
      {
        a: { article: "s15-listeria-ap", quote: "A pregnant woman in Bavaria was among those infected" },
        b: {
          article: "s15-listeria-spiegel",
          quote: "In Deutschland sind nach Angaben des Robert Koch-Instituts neun der Erkrankten gemeldet",
        },
      },
      {
        a: {
          article: "s15-listeria-ap",
          quote: "The outbreak was traced to Hofkaeserei Gamsleitner in the Zillertal valley, a popular tourist region",
        },
        b: { article: "s15-listeria-reuters", quote: "The dairy, which employs 38 people" },
      },
      {
        a: {
          article: "s15-listeria-reuters",
          quote:
            "'Our thoughts are with the families who have lost loved ones,' Austrian Health Minister Katharina Lenz said",
        },
        b: {
          article: "s15-listeria-ap",
          quote: "The dead were all older than 70 and had underlying health conditions",
        },
      },
      {
        a: {
          article: "s15-listeria-reuters",
          quote: "Germany's Robert Koch Institute said 11 of the cases had been reported in Germany",
        },
        b: { article: "s15-listeria-spiegel", quote: "insgesamt seien 27 Erkrankungen nachgewiesen" },
      },
    ],
  },
  {
    id: "s15-portstrike",
    articles: [
      {
        id: "s15-portstrike-dpa",
        outlet: "dpa",
        language: "de",
        title: "Warnstreik legt deutsche Seehäfen lahm",
        text: [
          "Hamburg (dpa) - Mit einem 48-stündigen Warnstreik hat die Gewerkschaft Verdi den Betrieb in den großen deutschen Seehäfen weitgehend lahmgelegt.",
          "Seit Donnerstagmorgen um 6.00 Uhr ruht die Arbeit an den Containerterminals in Hamburg, Bremerhaven, Wilhelmshaven, Emden und Brake.",
          "Verdi hatte rund 12.000 Beschäftigte der Hafenbetriebe zur Arbeitsniederlegung aufgerufen.",
          "Vor der Elbmündung und in der Deutschen Bucht warteten am Donnerstagnachmittag nach Angaben der Hamburger Hafenbehörde mehr als 30 Containerschiffe auf Abfertigung.",
          "Die Gewerkschaft fordert für die Beschäftigten eine Lohnerhöhung um 8,5 Prozent, mindestens aber 350 Euro mehr im Monat, bei einer Laufzeit von zwölf Monaten.",
          "Der Zentralverband der Deutschen Seehafenbetriebe (ZDS) hat nach drei Verhandlungsrunden ein Plus von 5,2 Prozent in zwei Stufen über 24 Monate angeboten.",
          "«Die Arbeitgeber haben uns keine andere Wahl gelassen», sagte Verdi-Verhandlungsführerin Maya Schultheiß. «Wer ein solches Angebot vorlegt, nimmt den Streik in Kauf.»",
          "ZDS-Hauptgeschäftsführer Lars Brinkhoff nannte den Streik «unverhältnismäßig» und warnte vor Schäden für den Standort.",
          "Die nächste Verhandlungsrunde ist für Ende des Monats in Bremen angesetzt.",
          "Der Hamburger Hafen hatte im vergangenen Jahr 7,7 Millionen Standardcontainer (TEU) umgeschlagen, rund fünf Prozent weniger als im Jahr zuvor.",
        ].join("\n\n"),
      },
      {
        id: "s15-portstrike-tagesschau",
        outlet: "tagesschau.de",
        language: "de",
        title: "Hafenarbeiter streiken für zwei Tage",
        text: [
          "Warnstreik in den Seehäfen: Seit dem frühen Donnerstagmorgen legen Hafenarbeiter in Hamburg, Bremerhaven und weiteren norddeutschen Häfen für zwei Tage die Arbeit nieder.",
          "Zu dem Ausstand hatte die Gewerkschaft Verdi aufgerufen, nachdem auch die dritte Verhandlungsrunde mit den Arbeitgebern ohne Ergebnis geblieben war.",
          "Nach Angaben von Verdi beteiligten sich allein in Hamburg rund 4.000 Beschäftigte an dem Streik.",
          "An den Terminals des Hafenbetreibers HHLA am Burchardkai, in Altenwerder und am Tollerort wurde kein einziges Schiff abgefertigt, wie eine Unternehmenssprecherin bestätigte.",
          "Auf der Elbe und vor Helgoland lagen am Nachmittag rund 20 große Frachter auf Reede, die auf ihre Abfertigung warteten.",
          "Verdi verlangt 8,5 Prozent mehr Lohn, mindestens jedoch 350 Euro monatlich.",
          "Die Arbeitgeber bieten bislang 5,2 Prozent mehr Geld über eine Laufzeit von zwei Jahren.",
          "«Wir brauchen einen echten Inflationsausgleich, sonst laufen uns die Fachkräfte weg», sagte Verhandlungsführerin Maya Schultheiß bei einer Kundgebung vor dem HHLA-Verwaltungsgebäude.",
          "Ökonomen warnen, dass sich die Folgen des Streiks noch wochenlang in den Lieferketten bemerkbar machen könnten.",
          "Bereits im Sommer 2022 hatten Hafenarbeiter mehrfach gestreikt; damals einigten sich die Tarifparteien erst nach zehn Verhandlungsrunden und einem Schlichtungsverfahren.",
        ].join("\n\n"),
      },
      {
        id: "s15-portstrike-reuters",
        outlet: "Reuters",
        language: "en",
        title: "German dockworkers launch 48-hour strike, ships queue outside ports",
        text: [
          "HAMBURG, June 13 (Reuters) - Dockworkers at Germany's biggest seaports began a 48-hour strike on Thursday, halting container handling in Hamburg, Bremerhaven and Wilhelmshaven and adding to strains on European supply chains.",
          "The Verdi union called on about 12,000 port workers to walk out after a third round of wage talks with employers broke down last week.",
          "More than 30 container ships were waiting to enter Hamburg and other ports on Thursday afternoon, according to data from the Hamburg Port Authority.",
          "Verdi is demanding an 8.5% pay increase, or at least 350 euros a month, for a 12-month contract.",
          "The Central Association of German Seaport Companies (ZDS) has offered a 5.2% increase over two years, which the union says would not compensate for inflation.",
          "'This strike is out of all proportion,' ZDS chief executive Lars Brinkhoff said, warning that shipping lines could divert cargo to Rotterdam and Antwerp.",
          "Port operator HHLA said no ships were being handled at its three Hamburg container terminals.",
          "Around 5,000 workers in Hamburg took part in the strike, Verdi said.",
          "Hamburg, Germany's largest port, handled 7.7 million twenty-foot equivalent units (TEU) last year, down about 5% from the year before.",
          "In 2022, employers and Verdi reached a deal only after 11 rounds of talks and mediation, following the first port strikes in Germany in decades.",
          "The next round of negotiations is scheduled for later this month in Bremen.",
        ].join("\n\n"),
      },
    ],
    same: [
      {
        a: {
          article: "s15-portstrike-dpa",
          quote:
            "Mit einem 48-stündigen Warnstreik hat die Gewerkschaft Verdi den Betrieb in den großen deutschen Seehäfen weitgehend lahmgelegt",
        },
        b: {
          article: "s15-portstrike-reuters",
          quote: "Dockworkers at Germany's biggest seaports began a 48-hour strike on Thursday",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s15-portstrike-dpa",
          quote:
            "Mit einem 48-stündigen Warnstreik hat die Gewerkschaft Verdi den Betrieb in den großen deutschen Seehäfen weitgehend lahmgelegt",
        },
        b: {
          article: "s15-portstrike-tagesschau",
          quote:
            "legen Hafenarbeiter in Hamburg, Bremerhaven und weiteren norddeutschen Häfen für zwei Tage die Arbeit nieder",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s15-portstrike-dpa",
          quote: "Verdi hatte rund 12.000 Beschäftigte der Hafenbetriebe zur Arbeitsniederlegung aufgerufen",
        },
        b: {
          article: "s15-portstrike-reuters",
          quote: "The Verdi union called on about 12,000 port workers to walk out",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s15-portstrike-dpa",
          quote:
            "warteten am Donnerstagnachmittag nach Angaben der Hamburger Hafenbehörde mehr als 30 Containerschiffe auf Abfertigung",
        },
        b: {
          article: "s15-portstrike-reuters",
          quote: "More than 30 container ships were waiting to enter Hamburg and other ports on Thursday afternoon",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s15-portstrike-dpa",
          quote:
            "warteten am Donnerstagnachmittag nach Angaben der Hamburger Hafenbehörde mehr als 30 Containerschiffe auf Abfertigung",
        },
        b: {
          article: "s15-portstrike-tagesschau",
          quote: "lagen am Nachmittag rund 20 große Frachter auf Reede, die auf ihre Abfertigung warteten",
        },
        figuresDisagree: true,
      },
      {
        a: {
          article: "s15-portstrike-tagesschau",
          quote: "Nach Angaben von Verdi beteiligten sich allein in Hamburg rund 4.000 Beschäftigte an dem Streik",
        },
        b: {
          article: "s15-portstrike-reuters",
          quote: "Around 5,000 workers in Hamburg took part in the strike, Verdi said",
        },
        figuresDisagree: true,
      },
      {
        a: {
          article: "s15-portstrike-dpa",
          quote:
            "Die Gewerkschaft fordert für die Beschäftigten eine Lohnerhöhung um 8,5 Prozent, mindestens aber 350 Euro mehr im Monat",
        },
        b: {
          article: "s15-portstrike-reuters",
          quote: "Verdi is demanding an 8.5% pay increase, or at least 350 euros a month, for a 12-month contract",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s15-portstrike-tagesschau",
          quote: "Die Arbeitgeber bieten bislang 5,2 Prozent mehr Geld über eine Laufzeit von zwei Jahren",
        },
        b: {
          article: "s15-portstrike-reuters",
          quote: "The Central Association of German Seaport Companies (ZDS) has offered a 5.2% increase over two years",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s15-portstrike-dpa",
          quote: "ZDS-Hauptgeschäftsführer Lars Brinkhoff nannte den Streik «unverhältnismäßig»",
        },
        b: {
          article: "s15-portstrike-reuters",
          quote: "'This strike is out of all proportion,' ZDS chief executive Lars Brinkhoff said",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s15-portstrike-tagesschau",
          quote:
            "An den Terminals des Hafenbetreibers HHLA am Burchardkai, in Altenwerder und am Tollerort wurde kein einziges Schiff abgefertigt",
        },
        b: {
          article: "s15-portstrike-reuters",
          quote: "Port operator HHLA said no ships were being handled at its three Hamburg container terminals",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s15-portstrike-dpa",
          quote: "Der Hamburger Hafen hatte im vergangenen Jahr 7,7 Millionen Standardcontainer (TEU) umgeschlagen",
        },
        b: {
          article: "s15-portstrike-reuters",
          quote: "handled 7.7 million twenty-foot equivalent units (TEU) last year",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s15-portstrike-tagesschau",
          quote: "nachdem auch die dritte Verhandlungsrunde mit den Arbeitgebern ohne Ergebnis geblieben war",
        },
        b: {
          article: "s15-portstrike-reuters",
          quote: "after a third round of wage talks with employers broke down last week",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s15-portstrike-tagesschau",
          quote:
            "damals einigten sich die Tarifparteien erst nach zehn Verhandlungsrunden und einem Schlichtungsverfahren",
        },
        b: {
          article: "s15-portstrike-reuters",
          quote: "In 2022, employers and Verdi reached a deal only after 11 rounds of talks and mediation",
        },
        figuresDisagree: true,
      },
      {
        a: {
          article: "s15-portstrike-dpa",
          quote: "Die nächste Verhandlungsrunde ist für Ende des Monats in Bremen angesetzt",
        },
        b: {
          article: "s15-portstrike-reuters",
          quote: "The next round of negotiations is scheduled for later this month in Bremen",
        },
        figuresDisagree: false,
      },
    ],
    different: [
      {
        a: {
          article: "s15-portstrike-dpa",
          quote: "Verdi hatte rund 12.000 Beschäftigte der Hafenbetriebe zur Arbeitsniederlegung aufgerufen",
        },
        b: {
          article: "s15-portstrike-tagesschau",
          quote: "Nach Angaben von Verdi beteiligten sich allein in Hamburg rund 4.000 Beschäftigte an dem Streik",
        },
      },
      {
        a: {
          article: "s15-portstrike-dpa",
          quote:
            "Die Gewerkschaft fordert für die Beschäftigten eine Lohnerhöhung um 8,5 Prozent, mindestens aber 350 Euro mehr im Monat",
        },
        b: {
          article: "s15-portstrike-reuters",
          quote: "The Central Association of German Seaport Companies (ZDS) has offered a 5.2% increase over two years",
        },
      },
      {
        a: {
          article: "s15-portstrike-tagesschau",
          quote: "Bereits im Sommer 2022 hatten Hafenarbeiter mehrfach gestreikt",
        },
        b: {
          article: "s15-portstrike-reuters",
          quote: "Dockworkers at Germany's biggest seaports began a 48-hour strike on Thursday",
        },
      },
      {
        a: {
          article: "s15-portstrike-dpa",
          quote:
            "«Die Arbeitgeber haben uns keine andere Wahl gelassen», sagte Verdi-Verhandlungsführerin Maya Schultheiß",
        },
        b: {
          article: "s15-portstrike-tagesschau",
          quote:
            "«Wir brauchen einen echten Inflationsausgleich, sonst laufen uns die Fachkräfte weg», sagte Verhandlungsführerin Maya Schultheiß",
        },
      },
      {
        a: {
          article: "s15-portstrike-tagesschau",
          quote: "nachdem auch die dritte Verhandlungsrunde mit den Arbeitgebern ohne Ergebnis geblieben war",
        },
        b: {
          article: "s15-portstrike-reuters",
          quote: "The next round of negotiations is scheduled for later this month in Bremen",
        },
      },
      {
        a: {
          article: "s15-portstrike-reuters",
          quote: "More than 30 container ships were waiting to enter Hamburg and other ports on Thursday afternoon",
        },
        b: {
          article: "s15-portstrike-dpa",
          quote: "Der Hamburger Hafen hatte im vergangenen Jahr 7,7 Millionen Standardcontainer (TEU) umgeschlagen",
        },
      },
    ],
  },
  {
    id: "s15-mine",
    articles: [
      {
        id: "s15-mine-bbc",
        outlet: "BBC",
        language: "en",
        title: "Poland mine blast: Seven miners killed in Silesia methane explosion",
        text: [
          "Seven miners have been killed after a methane explosion at a coal mine in southern Poland, officials say.",
          "Four other miners remain missing, and rescuers have warned that conditions underground are extremely dangerous.",
          "The blast happened shortly before midnight on Wednesday about 870m (2,850ft) underground at the Borowina mine near Rybnik, in the Silesia region.",
          "There were 42 miners in the affected section at the time, according to the mine's operator, Silesian Coal Holding (SHW).",
          "Eleven injured miners were taken to hospital, several with severe burns, and two are in a critical condition.",
          "Rescue teams suspended their search for the missing men early on Thursday because of high methane levels and temperatures of more than 40C in the tunnels.",
          "'We will not stop until we bring every one of them home,' SHW chief executive Tomasz Wierzbicki told a news conference in Rybnik.",
          "Silesia's regional governor, Marek Kołodziej, said the bodies of all seven victims had been brought to the surface by Thursday morning.",
          "Prosecutors in Katowice have opened an investigation into possible breaches of safety rules.",
          "Poland still generates more than half of its electricity from coal, and the mining industry employs about 75,000 people, most of them in Silesia.",
          "The Borowina mine was hit by a smaller methane blast in 2019, in which two miners died.",
        ].join("\n\n"),
      },
      {
        id: "s15-mine-ap",
        outlet: "AP",
        language: "en",
        title: "Methane blast at Polish coal mine kills 6, leaves 4 missing",
        text: [
          "WARSAW, Poland (AP) — A methane explosion deep inside a coal mine in southern Poland killed six miners and left four others missing, the mine's operator said Thursday, as rescuers battled dangerous conditions to reach them.",
          "The blast occurred late Wednesday at a depth of 870 meters (about 2,850 feet) in the Borowina mine in the Silesia region, Silesian Coal Holding said.",
          "Of the 42 workers in the area at the time, 32 were brought to the surface, said company spokeswoman Agnieszka Nowicka.",
          "Twelve of them were hospitalized, mostly with burns and carbon monoxide poisoning.",
          "Rescue crews had to pull back early Thursday after methane concentrations rose again, Nowicka said, adding that the search would resume once ventilation had improved.",
          "'The conditions down there are extremely difficult, but we have not lost hope,' said Tomasz Wierzbicki, the company's chief executive.",
          "Families of the miners gathered outside the mine gates through the night, some holding candles.",
          "The Polish government declared three days of national mourning.",
          "Poland relies on coal for about 60% of its electricity, and mining remains a major employer in Silesia.",
          "In 2019, two miners died in a smaller methane explosion at the same mine.",
        ].join("\n\n"),
      },
      {
        id: "s15-mine-dw",
        outlet: "Deutsche Welle",
        language: "de",
        title: "Grubenunglück in Polen: Sechs Bergleute tot, vier vermisst",
        text: [
          "Bei einer Methangasexplosion in einem Steinkohlebergwerk im Süden Polens sind sechs Bergleute ums Leben gekommen.",
          "Vier weitere Kumpel werden noch vermisst, wie der Betreiber Schlesische Kohleholding (SHW) am Donnerstag mitteilte.",
          "Die Explosion ereignete sich kurz vor Mitternacht in rund 870 Metern Tiefe in der Zeche Borowina bei Rybnik.",
          "Zum Zeitpunkt des Unglücks arbeiteten in dem betroffenen Abschnitt 42 Bergleute.",
          "Elf Verletzte wurden in Krankenhäuser gebracht, darunter das Spezialzentrum für Verbrennungen in Siemianowice Śląskie.",
          "Die Rettungsmannschaften mussten ihre Suche in der Nacht unterbrechen, weil die Methankonzentration und die Temperatur unter Tage zu hoch waren.",
          "«Wir werden nicht aufhören, bis wir jeden von ihnen nach Hause gebracht haben», sagte SHW-Chef Tomasz Wierzbicki.",
          "Die polnische Regierung ordnete eine dreitägige Staatstrauer an.",
          "Die Staatsanwaltschaft in Katowice leitete Ermittlungen wegen möglicher Verstöße gegen Sicherheitsvorschriften ein.",
          "Polen deckt noch immer mehr als die Hälfte seines Strombedarfs mit Kohle; in der Branche arbeiten rund 75.000 Menschen.",
          "Erst 2019 waren in derselben Zeche bei einer Explosion zwei Bergleute gestorben.",
        ].join("\n\n"),
      },
    ],
    same: [
      {
        a: {
          article: "s15-mine-bbc",
          quote: "Seven miners have been killed after a methane explosion at a coal mine in southern Poland",
        },
        b: {
          article: "s15-mine-dw",
          quote:
            "Bei einer Methangasexplosion in einem Steinkohlebergwerk im Süden Polens sind sechs Bergleute ums Leben gekommen",
        },
        figuresDisagree: true,
      },
      {
        a: {
          article: "s15-mine-bbc",
          quote: "Seven miners have been killed after a methane explosion at a coal mine in southern Poland",
        },
        b: {
          article: "s15-mine-ap",
          quote: "A methane explosion deep inside a coal mine in southern Poland killed six miners",
        },
        figuresDisagree: true,
      },
      {
        a: {
          article: "s15-mine-ap",
          quote: "A methane explosion deep inside a coal mine in southern Poland killed six miners",
        },
        b: {
          article: "s15-mine-dw",
          quote:
            "Bei einer Methangasexplosion in einem Steinkohlebergwerk im Süden Polens sind sechs Bergleute ums Leben gekommen",
        },
        figuresDisagree: false,
      },
      {
        a: { article: "s15-mine-dw", quote: "Vier weitere Kumpel werden noch vermisst" },
        b: { article: "s15-mine-bbc", quote: "Four other miners remain missing" },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s15-mine-bbc",
          quote:
            "The blast happened shortly before midnight on Wednesday about 870m (2,850ft) underground at the Borowina mine near Rybnik",
        },
        b: {
          article: "s15-mine-dw",
          quote:
            "Die Explosion ereignete sich kurz vor Mitternacht in rund 870 Metern Tiefe in der Zeche Borowina bei Rybnik",
        },
        figuresDisagree: false,
      },
      {
        a: { article: "s15-mine-bbc", quote: "There were 42 miners in the affected section at the time" },
        b: {
          article: "s15-mine-dw",
          quote: "Zum Zeitpunkt des Unglücks arbeiteten in dem betroffenen Abschnitt 42 Bergleute",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s15-mine-bbc",
          quote: "Eleven injured miners were taken to hospital, several with severe burns",
        },
        b: {
          article: "s15-mine-ap",
          quote: "Twelve of them were hospitalized, mostly with burns and carbon monoxide poisoning",
        },
        figuresDisagree: true,
      },
      {
        a: { article: "s15-mine-dw", quote: "Elf Verletzte wurden in Krankenhäuser gebracht" },
        b: {
          article: "s15-mine-ap",
          quote: "Twelve of them were hospitalized, mostly with burns and carbon monoxide poisoning",
        },
        figuresDisagree: true,
      },
      {
        a: {
          article: "s15-mine-bbc",
          quote:
            "Rescue teams suspended their search for the missing men early on Thursday because of high methane levels and temperatures of more than 40C in the tunnels",
        },
        b: {
          article: "s15-mine-dw",
          quote:
            "Die Rettungsmannschaften mussten ihre Suche in der Nacht unterbrechen, weil die Methankonzentration und die Temperatur unter Tage zu hoch waren",
        },
        figuresDisagree: false,
      },
      {
        a: { article: "s15-mine-bbc", quote: "'We will not stop until we bring every one of them home,'" },
        b: {
          article: "s15-mine-dw",
          quote: "«Wir werden nicht aufhören, bis wir jeden von ihnen nach Hause gebracht haben»",
        },
        figuresDisagree: false,
      },
      {
        a: { article: "s15-mine-ap", quote: "The Polish government declared three days of national mourning" },
        b: { article: "s15-mine-dw", quote: "Die polnische Regierung ordnete eine dreitägige Staatstrauer an" },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s15-mine-bbc",
          quote: "Prosecutors in Katowice have opened an investigation into possible breaches of safety rules",
        },
        b: {
          article: "s15-mine-dw",
          quote:
            "Die Staatsanwaltschaft in Katowice leitete Ermittlungen wegen möglicher Verstöße gegen Sicherheitsvorschriften ein",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s15-mine-bbc",
          quote: "the mining industry employs about 75,000 people, most of them in Silesia",
        },
        b: { article: "s15-mine-dw", quote: "in der Branche arbeiten rund 75.000 Menschen" },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s15-mine-ap",
          quote: "In 2019, two miners died in a smaller methane explosion at the same mine",
        },
        b: {
          article: "s15-mine-dw",
          quote: "Erst 2019 waren in derselben Zeche bei einer Explosion zwei Bergleute gestorben",
        },
        figuresDisagree: false,
      },
    ],
    different: [
      {
        a: {
          article: "s15-mine-bbc",
          quote: "Seven miners have been killed after a methane explosion at a coal mine in southern Poland",
        },
        b: {
          article: "s15-mine-dw",
          quote: "Erst 2019 waren in derselben Zeche bei einer Explosion zwei Bergleute gestorben",
        },
      },
      {
        a: {
          article: "s15-mine-dw",
          quote:
            "Bei einer Methangasexplosion in einem Steinkohlebergwerk im Süden Polens sind sechs Bergleute ums Leben gekommen",
        },
        b: {
          article: "s15-mine-ap",
          quote: "Twelve of them were hospitalized, mostly with burns and carbon monoxide poisoning",
        },
      },
      {
        a: {
          article: "s15-mine-ap",
          quote: "32 were brought to the surface, said company spokeswoman Agnieszka Nowicka",
        },
        b: {
          article: "s15-mine-dw",
          quote: "Zum Zeitpunkt des Unglücks arbeiteten in dem betroffenen Abschnitt 42 Bergleute",
        },
      },
      {
        a: { article: "s15-mine-bbc", quote: "Poland still generates more than half of its electricity from coal" },
        b: { article: "s15-mine-dw", quote: "in der Branche arbeiten rund 75.000 Menschen" },
      },
      {
        a: {
          article: "s15-mine-ap",
          quote: "Families of the miners gathered outside the mine gates through the night",
        },
        b: { article: "s15-mine-dw", quote: "Vier weitere Kumpel werden noch vermisst" },
      },
      {
        a: { article: "s15-mine-bbc", quote: "two are in a critical condition" },
        b: { article: "s15-mine-dw", quote: "Elf Verletzte wurden in Krankenhäuser gebracht" },
      },
    ],
  },
];

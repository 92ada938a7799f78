/**
 * The claim-matching set `npm run eval` scores (written for Claimtrack, not taken from any dataset or article). Each
 * group is one claim as different outlets would state it, in German and English: paraphrases and translations
 * (`same`), the same claim with a figure that contradicts the others (`figureChanged`: linked, and flagged), and
 * claims on the same story that state something else (`unrelated`: never to be linked). Every claim of every other
 * group is a distractor too.
 */
import { MATCHING_HELD_OUT_V6 } from "./matching-held-out-6";
import { MATCHING_HELD_OUT_V7 } from "./matching-held-out-7";
import { MATCHING_HELD_OUT_V8 } from "./matching-held-out-8";

export type SetLanguage = "de" | "en";
export type SetClaim = [text: string, language: SetLanguage];

export interface MatchingGroup {
  id: string;
  same: SetClaim[];
  figureChanged: SetClaim[];
  unrelated: SetClaim[];
}

const DEVELOPED: MatchingGroup[] = [
  {
    id: "troops-sent",
    same: [
      ["Nordkorea hat nach südkoreanischen Angaben rund 3.000 Soldaten nach Russland entsandt.", "de"],
      ["Pjöngjang schickte etwa 3.000 Soldaten nach Russland, teilte der Geheimdienst in Seoul mit.", "de"],
      ["North Korea has sent about 3,000 soldiers to Russia, Seoul's spy agency said.", "en"],
      ["Around 3,000 North Korean troops have been deployed to Russia, according to South Korean intelligence.", "en"],
    ],
    figureChanged: [["North Korea has dispatched more than 11,000 troops to Russia, a US official said.", "en"]],
    unrelated: [
      ["Nordkorea hat erneut eine ballistische Rakete ins Japanische Meer abgefeuert.", "de"],
      ["Russia and North Korea signed a mutual defence treaty in June.", "en"],
    ],
  },
  {
    id: "ambassador-summoned",
    same: [
      ["Das Außenministerium in Seoul bestellte am Dienstag den russischen Botschafter ein.", "de"],
      ["Südkorea hat den Botschafter Russlands einbestellt.", "de"],
      ["South Korea summoned the Russian ambassador on Tuesday.", "en"],
      ["Seoul summoned Moscow's envoy to protest the deployment.", "en"],
    ],
    figureChanged: [],
    unrelated: [
      ["Der russische Botschafter in Berlin nahm an einem Empfang teil.", "de"],
      ["South Korea's president met the NATO secretary general in Brussels.", "en"],
    ],
  },
  {
    id: "kharkiv-attack",
    same: [
      ["Bei einem russischen Raketenangriff auf Charkiw wurden mindestens 12 Menschen getötet.", "de"],
      ["Ein Raketenangriff Russlands auf Charkiw hat mindestens 12 Menschenleben gefordert.", "de"],
      ["At least 12 people were killed in a Russian missile attack on Kharkiv.", "en"],
    ],
    figureChanged: [["A Russian missile strike on Kharkiv killed 40 people, officials said.", "en"]],
    unrelated: [
      ["In Charkiw wurde ein neues Krankenhaus eröffnet.", "de"],
      ["Ukraine's air force said it shot down most Russian drones over Kharkiv overnight.", "en"],
    ],
  },
  {
    id: "drones-overnight",
    same: [
      ["Russland hat die Ukraine in der Nacht mit 120 Drohnen angegriffen.", "de"],
      ["Russia attacked Ukraine with 120 drones overnight, Kyiv said.", "en"],
      ["Overnight, Russia launched 120 attack drones at Ukraine.", "en"],
    ],
    figureChanged: [["Russland griff die Ukraine in der Nacht mit 35 Drohnen an.", "de"]],
    unrelated: [["Die Ukraine baut ihre eigene Drohnenproduktion aus.", "de"]],
  },
  {
    id: "sanctions-package",
    same: [
      ["Die EU hat ein neues Sanktionspaket gegen Russland beschlossen.", "de"],
      ["The EU adopted a new package of sanctions against Russia.", "en"],
      ["European Union governments agreed on fresh sanctions on Russia.", "en"],
    ],
    figureChanged: [],
    unrelated: [
      ["Russland verzeichnete im vergangenen Jahr ein Wirtschaftswachstum.", "de"],
      ["The EU and China held talks on electric car tariffs.", "en"],
    ],
  },
  {
    id: "ceasefire-talks",
    same: [
      ["Israel und die Hamas verhandeln in Kairo über eine Waffenruhe im Gazastreifen.", "de"],
      ["Israel and Hamas are negotiating a ceasefire in Gaza in Cairo.", "en"],
      ["Talks on a Gaza truce between Israel and Hamas are under way in Cairo.", "en"],
    ],
    figureChanged: [],
    unrelated: [
      ["Israel hat einen neuen Botschafter in Berlin ernannt.", "de"],
      ["Hamas released a video of hostages on Saturday.", "en"],
    ],
  },
  {
    id: "gaza-refugees",
    same: [
      ["Nach UN-Angaben sind im Gazastreifen rund 1,9 Millionen Menschen vertrieben worden.", "de"],
      ["About 1.9 million people in Gaza have been displaced, according to the UN.", "en"],
    ],
    figureChanged: [["The UN says 600,000 people have been displaced in Gaza.", "en"]],
    unrelated: [["Im Gazastreifen fehlt es an sauberem Trinkwasser.", "de"]],
  },
  {
    id: "ships-arrived",
    same: [
      ["Rund 1.500 nordkoreanische Soldaten sind auf vier Landungsschiffen in Wladiwostok eingetroffen.", "de"],
      ["About 1,500 North Korean soldiers arrived in Vladivostok on four landing ships.", "en"],
    ],
    figureChanged: [["Nordkoreanische Soldaten trafen auf zwölf Schiffen in Russland ein.", "de"]],
    unrelated: [["A Russian navy ship docked in Havana on Wednesday.", "en"]],
  },
  {
    id: "aid-package",
    same: [
      ["Die USA haben der Ukraine weitere Militärhilfe im Wert von 400 Millionen Dollar zugesagt.", "de"],
      ["Washington pledged another $400 million in military aid to Ukraine.", "en"],
      ["The United States announced $400 million in new military assistance for Ukraine.", "en"],
    ],
    figureChanged: [["Die US-Regierung sagte der Ukraine Militärhilfe über 2,5 Milliarden Dollar zu.", "de"]],
    unrelated: [["The US Congress debated the budget for the next fiscal year.", "en"]],
  },
  {
    id: "missile-launch",
    same: [
      ["Nordkorea hat am Morgen eine Interkontinentalrakete abgefeuert.", "de"],
      ["North Korea fired an intercontinental ballistic missile on Thursday morning.", "en"],
      ["Pyongyang launched an ICBM early on Thursday, Japan's defence ministry said.", "en"],
    ],
    figureChanged: [],
    unrelated: [["North Korea's leader inspected a fertiliser factory.", "en"]],
  },
  {
    id: "kursk-fighting",
    same: [
      ["Nordkoreanische Soldaten kämpfen in der russischen Region Kursk.", "de"],
      ["North Korean troops are fighting in Russia's Kursk region.", "en"],
      ["Soldiers from North Korea have joined the fighting in Kursk.", "en"],
    ],
    figureChanged: [],
    unrelated: [["In Kursk wurde die Stromversorgung nach einem Sturm wiederhergestellt.", "de"]],
  },
  {
    id: "protest-arrests",
    same: [
      ["Bei Protesten in Tiflis hat die Polizei mehr als 300 Menschen festgenommen.", "de"],
      ["Police in Tbilisi arrested more than 300 people during the protests.", "en"],
    ],
    figureChanged: [["Bei den Protesten in Tiflis wurden 40 Menschen festgenommen.", "de"]],
    unrelated: [["Thousands of people protested in Tbilisi for a fourth night.", "en"]],
  },
  {
    id: "inflation",
    same: [
      ["Die Inflation im Euroraum ist im März auf 2,4 Prozent gesunken.", "de"],
      ["Im Euroraum sank die Teuerung im März auf 2,4 Prozent.", "de"],
      ["Inflation in the euro area fell to 2.4 percent in March.", "en"],
    ],
    figureChanged: [["Die Inflation im Euroraum ist im März auf 3,1 Prozent gesunken.", "de"]],
    unrelated: [["Die Arbeitslosigkeit im Euroraum blieb im März stabil.", "de"]],
  },
  {
    id: "election-turnout",
    same: [
      ["Die Wahlbeteiligung bei der Landtagswahl lag bei 73 Prozent.", "de"],
      ["Bei der Landtagswahl gaben 73 Prozent der Wahlberechtigten ihre Stimme ab.", "de"],
      ["Turnout in the state election was 73 percent.", "en"],
    ],
    figureChanged: [["Turnout in the state election was 58 percent.", "en"]],
    unrelated: [["The state election campaign focused on migration.", "en"]],
  },
  {
    id: "earthquake",
    same: [
      ["Bei dem Erdbeben in Marokko sind mehr als 500 Menschen ums Leben gekommen.", "de"],
      ["More than 500 people died in the earthquake in Morocco.", "en"],
    ],
    figureChanged: [["The earthquake in Morocco killed more than 5,000 people.", "en"]],
    unrelated: [["Marokko erhöhte den Leitzins auf 5 Prozent.", "de"]],
  },
  {
    id: "odesa-port",
    same: [
      ["Bei einem russischen Drohnenangriff auf den Hafen von Odessa wurden acht Menschen verletzt.", "de"],
      ["Eight people were injured when Russian drones struck the port of Odesa.", "en"],
    ],
    figureChanged: [["Ein russischer Drohnenangriff auf Odessa verletzte 30 Menschen.", "de"]],
    unrelated: [["Odesa's opera house reopened after repairs.", "en"]],
  },
  {
    id: "iran-sanctions",
    same: [
      ["Die USA verhängen neue Sanktionen gegen Irans Ölexporte.", "de"],
      ["Washington imposed new sanctions on Iran's oil exports.", "en"],
    ],
    figureChanged: [],
    unrelated: [["Iran's foreign minister visited Beijing on Monday.", "en"]],
  },
  {
    id: "belarus-troops",
    same: [
      ["Belarus hat rund 5.000 Soldaten an die Grenze zu Polen verlegt.", "de"],
      ["Belarus has moved about 5,000 troops to its border with Poland, Warsaw said.", "en"],
      ["Etwa 5.000 belarussische Soldaten wurden an die polnische Grenze verlegt.", "de"],
    ],
    figureChanged: [["Belarus deployed 20,000 soldiers to the Polish border.", "en"]],
    unrelated: [["Poland and Belarus agreed to reopen a border crossing for trucks.", "en"]],
  },
  {
    id: "taiwan-drills",
    same: [
      ["China hat rund um Taiwan ein großes Militärmanöver begonnen, an dem 70 Kriegsschiffe beteiligt sind.", "de"],
      ["China began large military drills around Taiwan involving 70 warships.", "en"],
    ],
    figureChanged: [["China's drills around Taiwan involve 15 warships, Taipei said.", "en"]],
    unrelated: [["Taiwan's central bank kept interest rates unchanged.", "en"]],
  },
  {
    id: "lebanon-strike",
    same: [
      ["Israel hat nach eigenen Angaben Stellungen der Hisbollah im Südlibanon angegriffen.", "de"],
      ["Israel said it struck Hezbollah positions in southern Lebanon.", "en"],
    ],
    figureChanged: [],
    unrelated: [["Libanons Parlament hat einen neuen Präsidenten gewählt.", "de"]],
  },
  {
    id: "nato-summit",
    same: [
      ["Die NATO-Staaten haben sich auf dem Gipfel auf höhere Verteidigungsausgaben geeinigt.", "de"],
      ["NATO members agreed at the summit to raise defence spending.", "en"],
    ],
    figureChanged: [],
    unrelated: [["Germany will host the next NATO summit, the chancellor said.", "en"]],
  },
  {
    id: "syria-refugees",
    same: [
      ["Seit Jahresbeginn sind nach UN-Angaben 250.000 Menschen aus Syrien geflohen.", "de"],
      ["Some 250,000 people have fled Syria since the start of the year, the UN said.", "en"],
    ],
    figureChanged: [["The UN says 1.2 million people have fled Syria this year.", "en"]],
    unrelated: [["Syrien hat ein neues Kabinett vereidigt.", "de"]],
  },
  {
    id: "japan-missile",
    same: [
      ["Nordkorea hat zwei Kurzstreckenraketen in Richtung Japan abgefeuert.", "de"],
      ["North Korea fired two short-range missiles towards Japan.", "en"],
    ],
    figureChanged: [["North Korea fired eight short-range missiles towards Japan, Tokyo said.", "en"]],
    unrelated: [["Japan and South Korea held talks on trade.", "en"]],
  },
  {
    id: "kherson-shelling",
    same: [
      ["Beim russischen Beschuss von Cherson sind nach Behördenangaben vier Menschen getötet worden.", "de"],
      ["Four people were killed in Russian shelling of Kherson, regional officials said.", "en"],
      ["Russian artillery fire on Kherson killed four civilians, the regional governor said.", "en"],
    ],
    figureChanged: [["Russischer Beschuss tötete in Cherson zwölf Menschen.", "de"]],
    unrelated: [["Kherson's mayor opened a rebuilt school on Monday.", "en"]],
  },
  {
    id: "eu-turkey-aid",
    same: [
      ["Die EU sagt der Türkei 400 Millionen Euro an Hilfe für die Erdbebengebiete zu.", "de"],
      ["The European Union pledged 400 million euros in aid for Turkey's earthquake zone.", "en"],
    ],
    figureChanged: [["Die Europäische Union hat der Türkei vier Milliarden Euro Hilfe zugesagt.", "de"]],
    unrelated: [["Turkey's central bank raised its key interest rate again.", "en"]],
  },
  {
    id: "gaza-truce",
    same: [
      ["Israel und die Hamas haben einer sechswöchigen Waffenruhe im Gazastreifen zugestimmt.", "de"],
      ["Israel and Hamas agreed to a six-week ceasefire in Gaza.", "en"],
      ["Eine sechswöchige Feuerpause für Gaza ist vereinbart, bestätigten beide Seiten.", "de"],
    ],
    figureChanged: [],
    unrelated: [["Gaza's only power plant shut down for lack of fuel.", "en"]],
  },
  {
    id: "icbm-test",
    same: [
      ["Nordkorea hat eine Interkontinentalrakete getestet, die vor Japan ins Meer stürzte.", "de"],
      ["North Korea test-fired an intercontinental ballistic missile that landed in the sea off Japan.", "en"],
    ],
    figureChanged: [],
    unrelated: [["Japan's prime minister met the South Korean president in Tokyo.", "en"]],
  },
  {
    id: "poland-sabotage",
    same: [
      ["Die polnische Polizei hat drei Männer wegen Sabotageverdachts festgenommen.", "de"],
      ["Polish police arrested three men suspected of sabotage.", "en"],
      ["Three suspects were detained in Poland over an alleged sabotage plot, police said.", "en"],
    ],
    figureChanged: [["Polish police detained 14 suspects in a sabotage case.", "en"]],
    unrelated: [["Poland will buy 96 Apache helicopters from the United States.", "en"]],
  },
  {
    id: "moscow-drones",
    same: [
      ["Die Ukraine hat Moskau nach russischen Angaben mit 34 Drohnen angegriffen.", "de"],
      ["Ukraine attacked Moscow with 34 drones, Russia's defence ministry said.", "en"],
    ],
    figureChanged: [["Ukraine launched 150 drones at Moscow overnight, Russian officials said.", "en"]],
    unrelated: [["Moskaus Metro hat drei neue Stationen eröffnet.", "de"]],
  },
  {
    id: "iran-nuclear-talks",
    same: [
      ["Die USA und der Iran haben in Oman indirekte Atomgespräche geführt.", "de"],
      ["The United States and Iran held indirect nuclear talks in Oman.", "en"],
    ],
    figureChanged: [],
    unrelated: [["Iran's currency fell to a record low against the dollar.", "en"]],
  },
  {
    id: "heating-law",
    same: [
      ["Der Bundestag hat das Heizungsgesetz mit 399 Stimmen beschlossen.", "de"],
      ["Das Heizungsgesetz wurde im Bundestag mit 399 Stimmen beschlossen.", "de"],
      ["The Bundestag passed the heating law with 399 votes.", "en"],
      ["With 399 votes, the Bundestag passed the heating law.", "en"],
    ],
    figureChanged: [],
    unrelated: [["Der Bundestag debattierte am Donnerstag über den Haushalt.", "de"]],
  },
  {
    id: "tbilisi-protest",
    same: [
      ["In Tiflis demonstrierten Zehntausende gegen das Gesetz über ausländische Agenten.", "de"],
      ["Tens of thousands protested in Tbilisi against the foreign agents law.", "en"],
    ],
    figureChanged: [],
    unrelated: [["Georgia's president vetoed the budget.", "en"]],
  },
  {
    id: "kyiv-power",
    same: [
      ["Nach russischen Raketenangriffen auf das Stromnetz sind in Kiew 200.000 Haushalte ohne Strom.", "de"],
      ["Some 200,000 households in Kyiv are without power after Russian missile strikes on the grid.", "en"],
    ],
    figureChanged: [["Russian strikes left 2 million households in Kyiv without power.", "en"]],
    unrelated: [["Kyiv's football club won the national cup.", "en"]],
  },
];

/**
 * The third held-out set (2026-12-03), scored once with the rules as they were (0.50 / 0.50), then joined to the
 * development set: its misses are what the rules were next developed on.
 */
const HELD_OUT_V3: MatchingGroup[] = [
  {
    id: "zaporizhzhia-plant",
    same: [
      ["Das Atomkraftwerk Saporischschja ist erneut vom Stromnetz getrennt worden, teilte die IAEA mit.", "de"],
      ["The Zaporizhzhia nuclear plant has again been cut off from the power grid, the IAEA said.", "en"],
    ],
    figureChanged: [],
    unrelated: [["Die IAEA wählte einen neuen Generaldirektor.", "de"]],
  },
  {
    id: "sudan-displaced",
    same: [
      ["Im Sudan sind laut den Vereinten Nationen mehr als zehn Millionen Menschen vertrieben worden.", "de"],
      ["More than 10 million people have been displaced in Sudan, the United Nations said.", "en"],
    ],
    figureChanged: [["The UN said 1 million people had been displaced in Sudan.", "en"]],
    unrelated: [["Sudan's army chief travelled to Cairo for talks.", "en"]],
  },
  {
    id: "german-inflation",
    same: [
      ["Die Inflation in Deutschland ist im Oktober auf 2,4 Prozent gestiegen.", "de"],
      ["German inflation rose to 2.4 percent in October.", "en"],
      ["Die Teuerungsrate in Deutschland stieg im Oktober auf 2,4 Prozent.", "de"],
    ],
    figureChanged: [["Inflation in Germany rose to 4.1 percent in October, Destatis said.", "en"]],
    unrelated: [["Germany's unemployment fell slightly in October.", "en"]],
  },
  {
    id: "crimea-bridge",
    same: [
      ["Die Krim-Brücke wurde nach ukrainischen Angaben bei einem Angriff mit Seedrohnen beschädigt.", "de"],
      ["The Crimea bridge was damaged in an attack by sea drones, Ukraine said.", "en"],
    ],
    figureChanged: [],
    unrelated: [["Crimea's tourism season opened with fewer visitors.", "en"]],
  },
  {
    id: "china-taiwan-flights",
    same: [
      ["Taiwan meldete 45 chinesische Militärflugzeuge in der Nähe der Insel.", "de"],
      ["Taiwan reported 45 Chinese military aircraft near the island.", "en"],
    ],
    figureChanged: [["Taiwan said nine Chinese military aircraft were detected near the island.", "en"]],
    unrelated: [["Taiwan's president will visit Paraguay next month.", "en"]],
  },
  {
    id: "odesa-grain",
    same: [
      ["Ein russischer Raketenangriff hat in Odessa ein Getreidelager zerstört.", "de"],
      ["A Russian missile strike destroyed a grain warehouse in Odesa.", "en"],
    ],
    figureChanged: [],
    unrelated: [["A Russian missile strike destroyed a power station in Kharkiv.", "en"]],
  },
  {
    id: "israel-hostages",
    same: [
      ["Die Hamas hat nach israelischen Angaben vier Geiseln freigelassen.", "de"],
      ["Hamas released four hostages, Israel said.", "en"],
      ["Israel says four hostages were freed by Hamas on Saturday.", "en"],
    ],
    figureChanged: [["Hamas freed 33 hostages in the first phase, Israeli officials said.", "en"]],
    unrelated: [["Israels Regierung hat den Haushalt verabschiedet.", "de"]],
  },
  {
    id: "france-pension-strike",
    same: [
      ["In Frankreich haben mehr als eine Million Menschen gegen die Rentenreform demonstriert.", "de"],
      ["More than one million people demonstrated in France against the pension reform.", "en"],
    ],
    figureChanged: [["Die Polizei zählte in Frankreich 200.000 Demonstranten gegen die Rentenreform.", "de"]],
    unrelated: [["France's government survived a no-confidence vote.", "en"]],
  },
  {
    id: "belarus-election",
    same: [
      ["Lukaschenko ist nach offiziellen Angaben mit 87 Prozent der Stimmen wiedergewählt worden.", "de"],
      ["Lukashenko was re-elected with 87 percent of the vote, according to official results.", "en"],
    ],
    figureChanged: [],
    unrelated: [["Belarus released several political prisoners.", "en"]],
  },
  {
    id: "bonn-bridge",
    same: [
      ["Die Stadt Bonn lässt die Nordbrücke ab Montag für drei Wochen sperren.", "de"],
      ["Ab Montag wird die Bonner Nordbrücke für drei Wochen gesperrt, teilte die Stadt mit.", "de"],
    ],
    figureChanged: [["Die Bonner Nordbrücke bleibt ab Montag für zwölf Wochen gesperrt.", "de"]],
    unrelated: [["Bonn hat einen neuen Radweg am Rhein eröffnet.", "de"]],
  },
];

/**
 * The fourth set (ten stories none of the others tell): scored once with the rules as they were, then the word rules
 * were written after reading it (EVALUATION-NOTES.md), so it joined the development set when the fifth was written.
 */
const HELD_OUT_V4: MatchingGroup[] = [
  {
    id: "california-fires",
    same: [
      ["Die Waldbrände in Kalifornien haben nach Behördenangaben mehr als 12.000 Gebäude zerstört.", "de"],
      ["Wildfires in California have destroyed more than 12,000 buildings, officials said.", "en"],
      ["More than 12,000 structures were destroyed by the California fires, according to fire officials.", "en"],
    ],
    figureChanged: [["Fires in California have destroyed about 1,200 buildings, the fire service said.", "en"]],
    unrelated: [["California's governor signed the state budget on Friday.", "en"]],
  },
  {
    id: "ecb-rate-cut",
    same: [
      ["Die Europäische Zentralbank hat den Leitzins um 0,25 Prozentpunkte gesenkt.", "de"],
      ["The European Central Bank cut its key interest rate by 0.25 percentage points.", "en"],
      ["Die EZB senkt ihren Leitzins um einen Viertelprozentpunkt.", "de"],
    ],
    figureChanged: [["The ECB cut its key rate by 0.75 percentage points on Thursday.", "en"]],
    unrelated: [["The ECB warned of growing risks to financial stability.", "en"]],
  },
  {
    id: "turkey-earthquake",
    same: [
      ["Bei dem Erdbeben in der Türkei sind mindestens 5.000 Menschen ums Leben gekommen.", "de"],
      ["At least 5,000 people were killed in the earthquake in Turkey.", "en"],
      ["The death toll from Turkey's earthquake has risen to more than 5,000, officials said.", "en"],
    ],
    figureChanged: [["Das Erdbeben in der Türkei hat rund 50.000 Menschen das Leben gekostet.", "de"]],
    unrelated: [["Turkey's parliament approved Sweden's NATO membership.", "en"]],
  },
  {
    id: "vw-plants",
    same: [
      ["Volkswagen will in Deutschland drei Werke schließen.", "de"],
      ["Volkswagen plans to close three plants in Germany.", "en"],
      ["VW intends to shut three of its German factories, the works council said.", "en"],
    ],
    figureChanged: [["Volkswagen will in Deutschland zehn Werke schließen, sagte der Betriebsrat.", "de"]],
    unrelated: [["Volkswagen reported higher sales in China.", "en"]],
  },
  {
    id: "tusk-elected",
    same: [
      ["Donald Tusk wurde vom polnischen Parlament zum Ministerpräsidenten gewählt.", "de"],
      ["Poland's parliament elected Donald Tusk as prime minister.", "en"],
    ],
    figureChanged: [],
    unrelated: [["Tusk met Zelensky in Kyiv on Monday.", "en"]],
  },
  {
    id: "valencia-floods",
    same: [
      ["Bei den Überschwemmungen in der Region Valencia sind mehr als 200 Menschen gestorben.", "de"],
      ["More than 200 people died in the floods in the Valencia region.", "en"],
      ["Die Zahl der Toten nach der Flut in Valencia stieg auf über 200.", "de"],
    ],
    figureChanged: [["Floods in Valencia killed 20 people, Spain's government said.", "en"]],
    unrelated: [["Valencia's football club sacked its coach.", "en"]],
  },
  {
    id: "apple-fine",
    same: [
      ["Die EU-Kommission hat gegen Apple eine Strafe von 1,8 Milliarden Euro verhängt.", "de"],
      ["The European Commission fined Apple 1.8 billion euros.", "en"],
    ],
    figureChanged: [["Brussels fined Apple 500 million euros, the Commission said.", "en"]],
    unrelated: [["Apple unveiled a new iPhone in California.", "en"]],
  },
  {
    id: "starship-launch",
    same: [
      ["SpaceX hat erfolgreich eine Starship-Rakete gestartet.", "de"],
      ["SpaceX successfully launched a Starship rocket.", "en"],
    ],
    figureChanged: [],
    unrelated: [["SpaceX won a new NASA contract.", "en"]],
  },
  {
    id: "gdl-strike",
    same: [
      ["Die Lokführergewerkschaft GDL hat zu einem 24-stündigen Streik aufgerufen.", "de"],
      ["The German train drivers' union GDL called a 24-hour strike.", "en"],
      ["Die GDL ruft ihre Mitglieder zu einem Streik von 24 Stunden auf.", "de"],
    ],
    figureChanged: [["The GDL union called a strike lasting 72 hours.", "en"]],
    unrelated: [["Deutsche Bahn raised its ticket prices.", "en"]],
  },
  {
    id: "measles-cases",
    same: [
      ["Die WHO meldete weltweit mehr als 300.000 Masernfälle im vergangenen Jahr.", "de"],
      ["The WHO reported more than 300,000 measles cases worldwide last year.", "en"],
    ],
    figureChanged: [["The WHO counted 30,000 measles cases last year.", "en"]],
    unrelated: [["The WHO elected a new regional director for Europe.", "en"]],
  },
];

/**
 * The fifth set (2026-12-03, ten stories on beats the lexicon was not written for), written by the developers and
 * scored once before anything changed (EVALUATION-NOTES.md); the earlier ones were scored the same way, then their
 * misses mended as classes (movement verbs, military drills, warships, places that differ; agreeing, testing, passing
 * laws, protests, votes, households, who was counted; words the lexicon lacks, across languages).
 */
const HELD_OUT_V5: MatchingGroup[] = [
  {
    id: "italy-heatwave",
    same: [
      [
        "Die Hitzewelle in Italien hat nach Angaben des Gesundheitsministeriums mindestens 40 Todesopfer gefordert.",
        "de",
      ],
      ["At least 40 people have died in Italy's heatwave, the health ministry said.", "en"],
      ["Italy's heat wave has killed at least 40 people.", "en"],
    ],
    figureChanged: [["The heatwave in Italy has killed 400 people, a hospital association said.", "en"]],
    unrelated: [["Italy's government raised its growth forecast for next year.", "en"]],
  },
  {
    id: "lufthansa-pilots",
    same: [
      ["Lufthansa hat wegen eines Pilotenstreiks rund 800 Flüge gestrichen.", "de"],
      ["Lufthansa cancelled around 800 flights because of a pilots' strike.", "en"],
      ["A strike by pilots forced Lufthansa to scrap about 800 flights, the airline said.", "en"],
    ],
    figureChanged: [["Lufthansa cancelled 80 flights during the pilots' walkout.", "en"]],
    unrelated: [["Lufthansa hat zehn neue Langstreckenflugzeuge bestellt.", "de"]],
  },
  {
    id: "yemen-cholera",
    same: [
      ["Im Jemen sind in diesem Jahr mehr als 200.000 Cholera-Fälle registriert worden, teilte die WHO mit.", "de"],
      ["More than 200,000 cholera cases have been recorded in Yemen this year, the WHO said.", "en"],
    ],
    figureChanged: [["Yemen has recorded 20,000 cholera cases this year, according to aid groups.", "en"]],
    unrelated: [["The WHO appointed a new regional director for the Middle East.", "en"]],
  },
  {
    id: "tesla-recall",
    same: [
      ["Tesla ruft in den USA mehr als zwei Millionen Fahrzeuge zurück.", "de"],
      ["Tesla is recalling more than two million vehicles in the United States.", "en"],
      ["More than 2 million Teslas are being recalled in the US over the Autopilot system.", "en"],
    ],
    figureChanged: [["Tesla recalls 200,000 cars in the US, regulators said.", "en"]],
    unrelated: [["Tesla's shares rose 5 percent on Wednesday.", "en"]],
  },
  {
    id: "bundestag-budget",
    same: [
      ["Der Bundestag hat den Haushalt für 2025 mit Ausgaben von 477 Milliarden Euro beschlossen.", "de"],
      ["The Bundestag passed the 2025 budget with spending of 477 billion euros.", "en"],
    ],
    figureChanged: [["Germany's parliament approved a budget of 520 billion euros for 2025.", "en"]],
    unrelated: [["Der Bundestag debattierte am Donnerstag über die Wehrpflicht.", "de"]],
  },
  {
    id: "amazon-deforestation",
    same: [
      ["Die Abholzung im brasilianischen Amazonasgebiet ist im vergangenen Jahr um 22 Prozent zurückgegangen.", "de"],
      ["Deforestation in Brazil's Amazon fell by 22 percent last year.", "en"],
      ["Brazil said destruction of the Amazon rainforest dropped 22% over the past year.", "en"],
    ],
    figureChanged: [["Deforestation in the Brazilian Amazon fell by 50 percent last year, researchers said.", "en"]],
    unrelated: [["Brazil's president travelled to China for talks.", "en"]],
  },
  {
    id: "carlsen-rapid",
    same: [
      ["Der Norweger Magnus Carlsen hat die Schnellschach-Weltmeisterschaft gewonnen.", "de"],
      ["Norway's Magnus Carlsen won the world rapid chess championship.", "en"],
    ],
    figureChanged: [],
    unrelated: [["Magnus Carlsen withdrew from a tournament in the Netherlands.", "en"]],
  },
  {
    id: "ryanair-profit",
    same: [
      ["Ryanair hat seinen Gewinn im ersten Quartal auf 1,4 Milliarden Euro gesteigert.", "de"],
      ["Ryanair raised its first-quarter profit to 1.4 billion euros.", "en"],
    ],
    figureChanged: [["Ryanair's first-quarter profit rose to 2.4 billion euros.", "en"]],
    unrelated: [["Ryanair opened a new base in Berlin.", "en"]],
  },
  {
    id: "munich-tram",
    same: [
      ["In München ist eine Straßenbahn entgleist, dabei wurden 14 Menschen verletzt.", "de"],
      ["A tram derailed in Munich, injuring 14 people.", "en"],
      ["14 people were hurt when a tram came off the rails in Munich, police said.", "en"],
    ],
    figureChanged: [["Vier Menschen wurden beim Entgleisen einer Straßenbahn in München verletzt.", "de"]],
    unrelated: [["Munich's city council approved a new tram line.", "en"]],
  },
  {
    id: "climate-law-ruling",
    same: [
      ["Das Bundesverfassungsgericht hat das Klimaschutzgesetz in Teilen für verfassungswidrig erklärt.", "de"],
      ["Germany's Constitutional Court ruled parts of the climate protection law unconstitutional.", "en"],
    ],
    figureChanged: [],
    unrelated: [["The Constitutional Court will hear a case on election law next month.", "en"]],
  },
];

/** The set the rules are developed on: the claims written first and every held-out set after it was scored. */
export const MATCHING_SET: MatchingGroup[] = [...DEVELOPED, ...HELD_OUT_V3, ...HELD_OUT_V4, ...HELD_OUT_V5];

/**
 * The sixth and seventh sets, written by helper sessions that never saw the matcher, its lexicon or its tables, in
 * the way different outlets word one claim; scored once as they came (EVALUATION-NOTES.md has those first scores,
 * and what changed after them).
 */
export const MATCHING_HELD_OUT: MatchingGroup[] = [...MATCHING_HELD_OUT_V6, ...MATCHING_HELD_OUT_V7];

/**
 * The eighth set, written the same way by another helper session and committed before it was scored: nobody working
 * on the rules has read its sentences or its misses, only its aggregate scores (EVALUATION-NOTES.md: once with the
 * rules before it, once after the changes made on the sets above). The clean measure of text written by others.
 */
export const MATCHING_UNREAD: MatchingGroup[] = MATCHING_HELD_OUT_V8;

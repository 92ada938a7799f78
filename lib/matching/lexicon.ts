/**
 * The bilingual news lexicon claim matching reads: what a claim is about in words that do not depend on its language.
 * Three kinds of entry, each an id with its German and English forms:
 * - entities: countries and bodies named in the news, with their adjectives and the capitals and seats that stand
 *   for their governments ("Pjöngjang", "the Kremlin");
 * - concepts: what happens ("entsenden" = "send" = "deploy"; "einbestellen" = "summon");
 * - unit classes: what a figure counts ("Soldaten" = "troops"), so "1.000 Soldaten" and "10,000 troops" are
 *   figures of the same thing.
 *
 * Forms are matched against lower-cased words: a form ending in "*" matches any word it begins (for a German concept
 * also a compound it sits inside, when it is at least 6 letters and not negated: "Truppenentsendung" holds "entsend",
 * "unverletzt" is not "verletzt"; never for a name, since "Weißrussland" is not Russia), a form without it only the
 * whole word. A form of several words matches them in a row ("north korea*"). A form starting with "="
 * matches only as written, capitals and all: "=US" is the country, "us" the pronoun. "griff*…an" is a German separable
 * verb: the verb, and its particle as the last word of the same clause ("Russland griff die Ukraine an", not "Sie
 * sagte, es sei zu früh").
 */

import { BODIES } from "./bodies";
import { PLACES } from "./places";

export interface LexiconEntry {
  id: string;
  /** How the reasons name it ("North Korea", "troops sent"). */
  label: string;
  de: string[];
  en: string[];
  /**
   * A concept that is something happening (sent, summoned, killed), not a thing (ambassador, drones): two claims are
   * one only if they share one, since "the Russian ambassador attended a reception" and "Seoul summoned the Russian
   * ambassador" share a country and a thing and state different facts.
   */
  event?: true;
  /**
   * An event that says little without what it happened to — a figure changing (rose, fell, cut), something released:
   * what is in the claim's words, and two claims are one event only if they share one of them ("inflation rose" is not
   * "rents rose", released hostages are not released figures).
   */
  change?: true;
  /**
   * An event with a direction — someone sends, attacks, summons, sanctions someone: "Russia attacked Ukraine" and
   * "Ukraine attacked Russia" are two claims.
   */
  directed?: true;
  /**
   * An event of every story of its kind — an investigation opened, people missing: with only places and it in
   * common, two claims are one only with two more words in common (what was investigated, who is missing), since one
   * city's police open many investigations.
   */
  weak?: true;
  /**
   * An entity that is a body (the UN, NATO, the EU), not a place: often the source a claim cites, so sharing one says
   * less than sharing a place. Every other entity is a place (a country, region or city, or the capital that stands
   * for its government).
   */
  body?: true;
  /** A city or region, not a country: two claims about events in two of them are about two events. */
  local?: true;
  /** The country a city or region lies in: a claim about Munich and one about Germany are not apart. */
  country?: string;
}

const NAMED: LexiconEntry[] = [
  {
    id: "north_korea",
    label: "North Korea",
    de: ["nordkorea*", "pjöngjang", "pjöngjangs"],
    en: ["north korea*", "pyongyang*", "=DPRK"],
  },
  {
    id: "south_korea",
    label: "South Korea",
    de: ["südkorea*", "seoul", "seouls"],
    en: ["south korea*", "seoul*", "=ROK"],
  },
  {
    id: "russia",
    label: "Russia",
    de: ["russland*", "russisch*", "russe", "russen", "moskau*", "kreml*"],
    en: ["russia*", "moscow*", "kremlin*"],
  },
  {
    id: "ukraine",
    label: "Ukraine",
    de: ["ukraine*", "ukrainisch*", "kiew*", "kyjiw*"],
    en: ["ukrain*", "kyiv*", "kiev*"],
  },
  {
    id: "united_states",
    label: "the United States",
    de: [
      "=USA",
      "=US",
      "vereinigte staaten",
      "vereinigten staaten",
      "amerikanisch*",
      "washington*",
      "weiße haus*",
      "weißen haus*",
    ],
    en: ["=US", "=U.S.", "=USA", "united states", "american*", "washington*", "white house", "pentagon*"],
  },
  { id: "china", label: "China", de: ["china*", "chinesisch*", "peking*"], en: ["china*", "chinese", "beijing*"] },
  {
    id: "germany",
    label: "Germany",
    de: ["deutschland*", "deutsch*", "bundesregierung*", "bundestag*", "bundesrat*", "berlin*"],
    en: ["germany*", "german*", "bundestag*", "bundesrat*", "berlin*"],
  },
  { id: "france", label: "France", de: ["frankreich*", "französisch*", "paris*"], en: ["france*", "french", "paris*"] },
  {
    id: "united_kingdom",
    label: "the United Kingdom",
    de: ["großbritannien*", "britisch*", "london*"],
    en: ["britain*", "british", "united kingdom", "=UK", "london*"],
  },
  { id: "japan", label: "Japan", de: ["japan*", "tokio*"], en: ["japan*", "tokyo*"] },
  { id: "taiwan", label: "Taiwan", de: ["taiwan*", "taipeh*"], en: ["taiwan*", "taipei*"] },
  { id: "israel", label: "Israel", de: ["israel*", "jerusalem*"], en: ["israel*", "jerusalem*"] },
  { id: "iran", label: "Iran", de: ["iran*", "teheran*"], en: ["iran*", "tehran*"] },
  { id: "gaza", local: true, label: "Gaza", de: ["gaza*", "hamas*"], en: ["gaza*", "hamas*"] },
  { id: "syria", label: "Syria", de: ["syrien*", "syrisch*", "damaskus*"], en: ["syria*", "damascus*"] },
  {
    id: "turkey",
    label: "Turkey",
    de: ["türkei*", "türkisch*", "ankara*"],
    en: ["turkey*", "turkish", "türkiye*", "ankara*"],
  },
  { id: "poland", label: "Poland", de: ["polen*", "polnisch*", "warschau*"], en: ["poland*", "polish", "warsaw*"] },
  { id: "belarus", label: "Belarus", de: ["belarus*", "weißrussland*", "minsk*"], en: ["belarus*", "minsk*"] },
  { id: "kursk", local: true, country: "russia", label: "Kursk", de: ["kursk*"], en: ["kursk*"] },
  // Places the news names in each language's own spelling.
  {
    id: "kharkiv",
    local: true,
    country: "ukraine",
    label: "Kharkiv",
    de: ["charkiw*", "charkow*"],
    en: ["kharkiv*", "kharkov*"],
  },
  { id: "odesa", local: true, country: "ukraine", label: "Odesa", de: ["odessa*"], en: ["odesa*", "odessa*"] },
  { id: "kherson", local: true, country: "ukraine", label: "Kherson", de: ["cherson*"], en: ["kherson*"] },
  {
    id: "donetsk",
    local: true,
    country: "ukraine",
    label: "Donetsk",
    de: ["donezk*", "donbass*"],
    en: ["donetsk*", "donbas*"],
  },
  {
    id: "zaporizhzhia",
    local: true,
    country: "ukraine",
    label: "Zaporizhzhia",
    de: ["saporischschja*"],
    en: ["zaporizhzhia*"],
  },
  { id: "crimea", local: true, label: "Crimea", de: ["krim"], en: ["crimea*"] },
  {
    id: "lebanon",
    label: "Lebanon",
    de: ["libanon*", "hisbollah*", "beirut*"],
    en: ["lebanon*", "lebanese", "hezbollah*", "beirut*"],
  },
  { id: "west_bank", local: true, label: "the West Bank", de: ["westjordanland*"], en: ["west bank"] },
  {
    id: "european_union",
    body: true,
    label: "the EU",
    de: ["=EU", "europäische union", "europäischen union", "brüssel*"],
    en: ["=EU", "european union", "brussels"],
  },
  {
    id: "eurozone",
    // An area, not a body: its figures are not Germany's (the body that counts them is Eurostat).
    label: "the euro area",
    de: ["euroraum*", "eurozone*", "euro raum"],
    en: ["euro area", "eurozone*", "euro zone"],
  },
  { id: "georgia", label: "Georgia", de: ["georgien*", "georgisch*", "tiflis*"], en: ["georgia*", "tbilisi*"] },
  { id: "nato", body: true, label: "NATO", de: ["nato*"], en: ["nato*"] },
  {
    id: "united_nations",
    body: true,
    label: "the UN",
    de: ["=UNO", "=UN", "vereinte nationen", "vereinten nationen"],
    en: ["=UN", "united nations"],
  },
];

/** The hand-written entities, then the places and bodies of places.ts and bodies.ts that none of them is already. */
export const ENTITIES: LexiconEntry[] = [
  ...NAMED,
  ...[...PLACES, ...BODIES].filter((entry) => !NAMED.some((named) => named.id === entry.id)),
];

export const CONCEPTS: LexiconEntry[] = [
  {
    id: "send",
    event: true,
    directed: true,
    label: "sent",
    de: [
      "entsend*",
      "entsandt*",
      "schickt*",
      "schicken",
      "geschickt*",
      "verlegt*",
      "verlegen",
      "verlegung*",
      "verlagert*",
      "stationier*",
    ],
    // Troops "moved" to a border are sent there; the rule still needs a country beside it.
    en: ["send", "sends", "sending", "sent", "dispatch*", "deploy*", "move", "moves", "moved", "moving", "redeploy*"],
  },
  {
    id: "summon",
    event: true,
    directed: true,
    label: "summoned",
    de: ["einbestell*", "bestellte*…ein", "bestellt…ein"],
    en: ["summon*"],
  },
  {
    id: "pledge",
    event: true,
    directed: true,
    label: "pledged",
    de: ["zugesagt*", "zusag*", "sagte*…zu", "sagt…zu", "versprochen*", "versprach*"],
    en: ["pledg*", "promis*", "committed", "commits", "commitment*"],
  },
  {
    id: "displace",
    event: true,
    label: "displaced",
    // Also as the news words an evacuation: people who had to leave their homes, or were brought to safety.
    de: [
      "vertrieben*",
      "geflohen*",
      "flohen",
      "floh",
      "evakuier*",
      "häuser verlassen",
      "wohnungen verlassen",
      "in sicherheit gebracht",
    ],
    en: [
      "displaced",
      "fled",
      "flee*",
      "evacuat*",
      "left their homes",
      "leave their homes",
      "leaving their homes",
      "forced from their homes",
      "brought to safety",
    ],
  },
  { id: "ambassador", label: "ambassador", de: ["botschafter*"], en: ["ambassador*", "envoy*"] },
  {
    id: "troops",
    label: "troops",
    de: ["soldat*", "truppe*", "militär*", "streitkräfte*"],
    en: ["soldier*", "troop*", "military", "forces"],
  },
  {
    id: "arrive",
    event: true,
    label: "arrived",
    de: ["traf*…ein", "trifft…ein", "treffen…ein", "eingetroffen", "eintreff*", "angekommen", "ankunft"],
    en: ["arriv*"],
  },
  {
    id: "kill",
    event: true,
    label: "killed",
    de: ["getötet*", "tötet*", "tote", "toten", "todesopfer*", "starb*", "gestorben*", "ums leben"],
    en: ["kill*", "dead", "death*", "died", "dies", "fatalit*"],
  },
  { id: "injure", event: true, label: "injured", de: ["verletzt*", "verwundet*"], en: ["injur*", "wound*", "hurt"] },
  // People missing after a disaster: "Zwei Menschen werden weiterhin vermisst", "three people still missing".
  {
    id: "missing",
    event: true,
    weak: true,
    label: "missing",
    de: ["vermisst*", "verschollen*"],
    // People missing, not "is missing its target": the verb "to miss" has other forms before it.
    en: [
      "still missing",
      "remain missing",
      "remains missing",
      "remained missing",
      "went missing",
      "gone missing",
      "reported missing",
      "declared missing",
      "listed as missing",
      "were missing",
      "missing people",
      "missing persons",
      "people missing",
      "unaccounted for",
    ],
  },
  {
    id: "attack",
    event: true,
    directed: true,
    label: "attack",
    de: ["griff*…an", "greift…an", "greifen…an", "angriff*", "angegriffen*", "attack*", "beschuss*", "beschossen*"],
    en: ["attack*", "strike*", "struck", "shelling"],
  },
  { id: "drone", label: "drones", de: ["drohne*"], en: ["drone*"] },
  {
    id: "missile",
    label: "missiles",
    de: ["rakete*", "marschflugkörper*", "icbm*"],
    en: ["missile*", "rocket*", "icbm*"],
  },
  {
    id: "launch",
    event: true,
    directed: true,
    label: "launched",
    de: ["feuerte*…ab", "feuert…ab", "abgefeuert*", "feuert*", "gestartet*", "abgeschossen*"],
    en: ["launch*", "fired", "fires"],
  },
  { id: "sanction", event: true, directed: true, label: "sanctions", de: ["sanktion*"], en: ["sanction*"] },
  {
    id: "ceasefire",
    event: true,
    label: "ceasefire",
    de: ["waffenruhe*", "waffenstillstand*", "feuerpause*"],
    en: ["ceasefire*", "truce*"],
  },
  {
    id: "talks",
    event: true,
    label: "talks",
    de: ["gespräch*", "verhandl*", "treffen"],
    en: ["talks", "negotiat*", "meeting*"],
  },
  {
    // A place where things happen, not a thing that happened: "Germany will host the next NATO summit" is no claim
    // about what NATO agreed at one.
    id: "summit",
    label: "summit",
    de: ["gipfel*"],
    en: ["summit*"],
  },
  {
    id: "agreement",
    event: true,
    label: "agreement",
    de: ["abkommen*", "vertrag*", "vereinbar*"],
    en: ["agreement*", "deal", "deals", "treaty", "treaties", "pact*"],
  },
  {
    id: "agree",
    event: true,
    label: "agreed",
    de: ["zugestimmt*", "stimmte*…zu", "stimmt…zu", "zustimm*", "geeinigt*", "einigt*", "einigung*", "vereinbart*"],
    en: ["agreed", "agree", "agrees", "accepted"],
  },
  {
    id: "test",
    event: true,
    label: "tested",
    de: ["getestet*", "testete*", "testet", "testen", "testabschuss*", "test", "tests"],
    en: ["test", "tests", "tested", "testing"],
  },
  {
    id: "pass_law",
    event: true,
    label: "passed",
    // A regulator's approval too: "zugelassen", "genehmigt".
    de: [
      "beschloss*",
      "beschlossen*",
      "verabschiedet*",
      "verabschiedete*",
      "billigte*",
      "gebilligt*",
      "genehmig*",
      "zugelassen*",
      "zulassung*",
    ],
    en: ["passed", "adopted", "approved", "approves", "approve", "approval*", "authoris*", "authoriz*"],
  },
  {
    id: "law",
    label: "law",
    de: ["gesetz*"],
    en: ["law", "laws", "bill", "bills", "legislation"],
  },
  {
    id: "protest",
    event: true,
    label: "protested",
    // The verbs only: "300 arrested at the protests" is about arrests, "thousands protested" about a protest.
    de: ["demonstrierte*", "demonstriert", "demonstrieren", "protestierte*", "protestiert", "protestieren"],
    en: ["protested", "protesting", "demonstrated", "demonstrating", "rallied", "marched"],
  },
  {
    id: "drills",
    event: true,
    label: "military drills",
    de: ["manöver*", "militärübung*", "seemanöver*", "übung", "übungen"],
    en: ["drill", "drills", "exercise*", "war game*", "wargame*", "manoeuvre*", "maneuver*"],
  },
  {
    id: "ship",
    label: "ships",
    de: ["schiff*", "landungsschiff*", "containerschiff*", "frachter*", "tanker*", "fregatte*", "zerstörer*"],
    en: ["ship", "ships", "vessel*", "warship*", "freighter*", "tanker*", "frigate*", "destroyer*"],
  },
  {
    id: "weapons",
    label: "weapons",
    de: ["waffe", "waffen", "waffenliefer*", "munition*", "granate*"],
    en: ["weapon*", "arms", "ammunition", "munition*", "shells"],
  },
  { id: "aid", label: "aid", de: ["hilfe*", "unterstütz*"], en: ["aid", "support*", "assistance"] },
  {
    id: "refugees",
    label: "refugees",
    de: ["flüchtling*", "geflüchtet*"],
    en: ["refugee*"],
  },
  {
    id: "fight",
    event: true,
    label: "fighting",
    de: ["kämpf*", "gefecht*", "front", "fronten", "frontlinie*"],
    en: ["fight*", "combat*", "front", "frontline*", "front line", "battle*"],
  },
  {
    id: "arrest",
    event: true,
    label: "arrested",
    de: ["festgenommen*", "festnahme*", "verhaftet*"],
    en: ["arrest*", "detain*"],
  },
  {
    id: "rise",
    event: true,
    change: true,
    label: "rose",
    de: [
      "gestiegen*",
      "stieg*",
      "anstieg*",
      "erhöht*",
      "erhöhung*",
      "zunahme*",
      "angehoben*",
      "hob*…an",
      "hebt…an",
      // The German of "grew", "gained", "climbed", "jumped": an economy, a share price, a market.
      "gewachsen*",
      "wuchs*",
      "wächst",
      "zugelegt*",
      "legte*…zu",
      "legt…zu",
      "geklettert*",
      "kletterte*",
      // Prices: "Dienstleistungen verteuerten sich um 3,7 Prozent"; and "ein Plus von 3 Prozent" (not "Canal Plus",
      // "plus Zinsen").
      "verteuert*",
      "plus von",
      "im plus",
    ],
    en: [
      "rise",
      "rises",
      "rose",
      "risen",
      "increas*",
      "grew",
      "grown",
      "grow",
      "grows",
      "raised",
      "raises",
      "hike*",
      "climbed",
      "jumped",
      "surged",
      "soared",
    ],
  },
  {
    // A figure held where it was: a central bank's rate, a forecast. A change: one only of the same thing.
    id: "unchanged",
    event: true,
    change: true,
    label: "unchanged",
    de: ["unverändert*", "belassen*", "belässt", "beließ*", "beibehalten*", "behielt*", "hält…fest", "hielt…fest"],
    en: ["unchanged", "steady"],
  },
  {
    // What a commission, panel or court of experts advises: "recommended raising the minimum wage".
    id: "recommend",
    event: true,
    change: true,
    label: "recommended",
    // Verbs only: "the commission's recommendation" is what a later claim acts on, not what it states.
    de: ["empfiehlt", "empfahl*", "empfohlen*", "schlägt…vor", "schlug*…vor", "vorgeschlagen*"],
    // Not "proposed": "the proposed law" is a thing, and its fold ("propo") would hide "proportion" from the words.
    en: ["recommend", "recommends", "recommended"],
  },
  {
    id: "fall",
    event: true,
    change: true,
    label: "fell",
    de: [
      "gesunken*",
      "sank",
      "sanken",
      // Only with its figure: "fiel aus" is cancelled, "die Entscheidung fiel" was taken, "fielen Schüsse" shots.
      "fiel um",
      "fielen um",
      "fiel auf",
      "fielen auf",
      "rückgang*",
      "gefallen",
      "zurückgegangen*",
      "ging*…zurück",
      "geht…zurück",
      "geschrumpft*",
      "schrumpft*",
      "eingebrochen*",
      // "Die Aktie schloss mit einem Minus von 11,2 Prozent" (not "minus 15 Grad"); prices that became cheaper.
      "minus von",
      "im minus",
      "verbilligt*",
    ],
    en: [
      "fell",
      "fall",
      "falls",
      "fallen",
      "declin*",
      "decreas*",
      "dropped",
      "shrank",
      "slumped",
      "plunged",
      "plummeted",
      // A price "closed 6.5 percent lower": only after its figure, "lower costs" are no fall.
      "percent lower",
      "per cent lower",
    ],
  },
  {
    id: "election",
    event: true,
    label: "election",
    de: ["wahl", "wahlen", "gewählt*", "abstimmung*"],
    en: ["election*", "elected", "vote*", "voted"],
  },
  // What else the news reports happening, on every beat: companies, courts, transport, work.
  {
    // Hostages are released, and so are figures: one event only of the same thing.
    id: "release",
    event: true,
    change: true,
    label: "released",
    de: ["freigelassen*", "freilass*", "ließ*…frei", "lässt…frei", "kam…frei", "kamen…frei", "kommt…frei", "befreit*"],
    en: ["released", "releases", "release", "freed", "frees"],
  },
  {
    id: "recall",
    event: true,
    label: "recalled",
    de: ["zurückgerufen*", "zurückruf*", "rückruf*", "ruft…zurück", "rief*…zurück", "rufen…zurück"],
    en: ["recall*"],
  },
  {
    id: "cancel",
    event: true,
    label: "cancelled",
    de: [
      "gestrichen*",
      // "Die Lufthansa strich rund 1.100 Flüge": the past and present of "streichen", not only its participle; the
      // verb written small only, since "unterm Strich" is the bottom line.
      "=strich",
      "strichen",
      "streicht",
      "streichen",
      "annulliert*",
      "abgesagt*",
      "sagte*…ab",
      "sagt…ab",
      "ausgefallen*",
      "fielen…aus",
      "storniert*",
    ],
    en: ["cancel*", "scrap*", "axed", "called off"],
  },
  {
    // A strike by workers; "strike" in English is also an attack, and reads as both.
    id: "walkout",
    event: true,
    label: "strike",
    de: ["streik*", "bestreikt*", "warnstreik*", "ausstand*", "arbeitsniederlegung*"],
    en: ["strike", "strikes", "striking", "walkout*", "walked out", "stoppage*"],
  },
  { id: "derail", event: true, label: "derailed", de: ["entgleis*"], en: ["derail*"] },
  {
    id: "crash",
    event: true,
    label: "crashed",
    de: ["absturz*", "abgestürzt*", "stürzte*…ab", "zusammenstoß*", "zusammengestoßen*", "kollision*", "kollidiert*"],
    en: ["crash*", "collid*", "collision*"],
  },
  {
    id: "ruling",
    event: true,
    label: "ruled",
    de: ["urteil*", "entschied*", "geurteilt*", "verfassungswidrig*", "rechtswidrig*"],
    en: ["ruled", "verdict*", "judgment*", "judgement*", "unconstitutional", "unlawful"],
  },
  {
    id: "sentence",
    event: true,
    label: "sentenced",
    de: ["verurteilt*", "verurteilung*", "haftstrafe*", "gefängnisstrafe*", "freiheitsstrafe*"],
    en: ["sentenced", "sentence", "sentences", "convicted", "conviction*", "jailed"],
  },
  {
    id: "ban",
    event: true,
    label: "banned",
    de: ["verbot*", "verboten*", "verbietet*", "verbieten", "untersagt*"],
    en: ["ban", "bans", "banned", "banning", "prohibit*", "outlaw*"],
  },
  {
    id: "fine",
    event: true,
    label: "fined",
    de: ["bußgeld*", "geldstrafe*", "geldbuße*", "strafzahlung*", "strafe"],
    en: ["fined", "fines", "penalty", "penalties"],
  },
  {
    id: "resign",
    event: true,
    label: "resigned",
    de: ["zurückgetreten*", "rücktritt*", "tritt…zurück", "trat*…zurück", "treten…zurück"],
    en: ["resign*", "stepped down", "steps down", "step down", "quit", "quits"],
  },
  {
    id: "hack",
    event: true,
    label: "hacked",
    de: ["hacker*", "gehackt*", "cyberangriff*", "hackerangriff*", "datenleck*", "datendiebstahl*"],
    en: ["hack*", "cyberattack*", "cyber attack*", "data breach*", "breached"],
  },
  {
    id: "steal",
    event: true,
    label: "stolen",
    de: ["gestohlen*", "gestohlene*", "erbeutet*", "entwendet*", "diebstahl*", "raubt*", "geraubt*"],
    en: ["stole", "stolen", "steal", "steals", "stealing", "theft*", "robbed", "robbery", "robberies"],
  },
  {
    id: "acquire",
    event: true,
    directed: true,
    label: "acquired",
    // Not "übernahm": anyone "übernahm die Verantwortung"; a takeover is named as one.
    de: ["übernahme*", "erwirbt", "erwarb*", "erworben*", "kauft*", "gekauft*"],
    en: ["acquir*", "takeover*", "take over", "takes over", "took over", "buy", "buys", "bought", "purchas*"],
  },
  {
    id: "sell",
    event: true,
    directed: true,
    label: "sold",
    de: ["verkauft*", "verkaufen", "veräußert*", "versteigert*", "ersteigert*"],
    en: ["sell", "sells", "selling", "sold", "auctioned", "fetched", "under the hammer"],
  },
  {
    id: "close",
    event: true,
    label: "closed",
    de: ["schließt*", "schließen", "geschlossen*", "schließung*", "stillgelegt*", "stilllegung*"],
    // "close" only after "to" or "will": "close to 200" is no closure.
    en: ["to close", "will close", "closes", "closed", "closing", "closure*", "shut", "shuts", "shutting", "shutdown*"],
  },
  {
    // An investigation opened or under way: of an accident, an attack, a crime. Phrases only: "investigators" and
    // "die Ermittler" name who said something, in every claim of a crime story.
    id: "investigate",
    event: true,
    weak: true,
    label: "investigation opened",
    de: [
      "ermittlungen…aufgenommen",
      "ermittlungen…eingeleitet",
      // An investigation under way, as German news most often writes it: "die Staatsanwaltschaft ermittelt gegen …",
      // "wegen …". Not "ermittelt" alone, which also finds what it names ("hat den Täter ermittelt").
      "ermittelt gegen",
      "ermittelt wegen",
      "ermitteln gegen",
      "ermitteln wegen",
      "ermittelte gegen",
      "ermittelte wegen",
      "ermittelten gegen",
      "ermittelten wegen",
      "ermittlungsverfahren*",
      "untersuchung…eingeleitet",
      "untersuchung…aufgenommen",
      "verfahren…eingeleitet",
      "verfahren…eröffnet",
    ],
    en: [
      "opened an investigation",
      "opened an inquiry",
      "opened a probe",
      "opened a criminal investigation",
      "launched an investigation",
      "launched an inquiry",
      "launched a probe",
      "began an investigation",
      "started an investigation",
      "is investigating",
      "are investigating",
      "were investigating",
    ],
  },
  {
    id: "open",
    event: true,
    label: "opened",
    de: ["eröffnet*", "eröffnung*", "eingeweiht*"],
    en: ["opened", "opens", "inaugurat*"],
  },
  {
    id: "cut",
    event: true,
    change: true,
    label: "cut",
    de: [
      "senkt*",
      "gesenkt*",
      "senkung*",
      "kürzt*",
      "gekürzt*",
      "kürzung*",
      // Not "gestrichen": flights are cancelled ("cancel"), jobs cut; one word is one event.
      "stellenabbau*",
    ],
    en: ["cut", "cuts", "cutting", "slash*", "lowered", "lowers", "laid off", "lay off*", "layoff*"],
  },
  {
    id: "win",
    event: true,
    label: "won",
    de: ["gewonnen*", "gewinnt*", "gewann*", "siegte*", "besiegt*"],
    en: ["won", "win", "wins", "winning", "beat", "beats", "defeated"],
  },
];

/**
 * What a figure counts. A figure's unit (the noun after the number, as the extractor reads it) is looked up here; two
 * figures compare only within one class.
 */
export const UNIT_CLASSES: LexiconEntry[] = [
  {
    id: "troops",
    label: "troops",
    de: ["soldat*", "truppe*", "kämpfer*", "militär*"],
    en: ["soldier*", "troop*", "fighter*", "personnel", "servicemen"],
  },
  // The dead and the injured are people counted: "40 Tote" and "killed 40 people" compare; what happened to them is
  // the claim's concept (killed, injured).
  {
    id: "people",
    label: "people",
    de: [
      "menschen",
      "menschenleben",
      "personen",
      "einwohner*",
      "leute",
      "bewohner*",
      "anwohner*",
      "tote*",
      "todesopfer*",
      "todesfäll*",
      "getötete*",
      "verletzte*",
      "verwundete*",
      // Who was counted: "drei Männer festgenommen", "four civilians killed".
      "mann",
      "männer",
      "frauen",
      "kinder",
      "zivilist*",
      "verdächtige*",
      "passagier*",
      "fahrgäst*",
      "fluggäst*",
    ],
    en: [
      "people",
      "men",
      "women",
      "children",
      "civilian*",
      "suspects",
      "persons",
      "residents",
      "inhabitants",
      "dead",
      "death*",
      "fatalit*",
      "killed",
      "injured",
      "wounded",
      "casualt*",
      "passenger*",
    ],
  },
  // Who a strike, a job cut or a protest counts: "4.000 Beschäftigte" and "6,000 workers" compare.
  {
    id: "workers",
    label: "workers",
    de: [
      "beschäftigte*",
      "mitarbeiter*",
      "mitarbeitende*",
      "arbeitnehmer*",
      "arbeiter*",
      "angestellte*",
      "streikende*",
    ],
    en: ["worker*", "employee*", "staff", "staffers", "strikers"],
  },
  {
    id: "protesters",
    label: "protesters",
    de: ["demonstrant*", "protestierende*", "teilnehmer*"],
    en: ["protester*", "protestor*", "demonstrator*", "marchers", "participants"],
  },
  {
    id: "officers",
    label: "police officers",
    de: ["polizist*", "polizeibeamte*"],
    en: ["officers", "police officers", "policemen"],
  },
  { id: "drones", label: "drones", de: ["drohne*"], en: ["drone*"] },
  { id: "missiles", label: "missiles", de: ["rakete*", "marschflugkörper*"], en: ["missile*", "rocket*"] },
  {
    id: "ships",
    label: "ships",
    de: ["schiff*", "landungsschiff*", "containerschiff*", "frachter*", "tanker*", "fregatte*", "zerstörer*"],
    en: ["ship", "ships", "vessel*", "warship*", "freighter*", "tanker*", "frigate*", "destroyer*"],
  },
  // Cases of a disease, confirmed or suspected: "1,1 Millionen Verdachtsfälle", "1.1 million suspected infections".
  {
    id: "cases",
    label: "cases",
    de: [
      "fälle",
      "fällen",
      "verdachtsfäll*",
      "krankheitsfäll*",
      "infektion*",
      "neuinfektion*",
      "erkrankung*",
      "ansteckung*",
    ],
    en: ["cases", "infections", "infection"],
  },
  { id: "refugees", label: "refugees", de: ["flüchtling*", "geflüchtete*"], en: ["refugee*"] },
  { id: "votes", label: "votes", de: ["stimme", "stimmen"], en: ["vote", "votes"] },
  { id: "households", label: "households", de: ["haushalt*"], en: ["household*", "homes"] },
  { id: "EUR", label: "euros", de: ["eur", "euro", "€"], en: ["eur", "euro", "euros", "€"] },
  { id: "USD", label: "dollars", de: ["usd", "dollar", "$"], en: ["usd", "dollar", "dollars", "$"] },
  { id: "percent", label: "per cent", de: ["%", "prozent"], en: ["%", "percent", "per cent"] },
  { id: "GBP", label: "pounds", de: ["gbp", "pfund", "£"], en: ["gbp", "pound", "pounds", "£"] },
  // What else a figure counts in both languages, where the two words are not one word folded.
  {
    id: "jobs",
    label: "jobs",
    de: ["stelle", "stellen", "arbeitsplatz", "arbeitsplätze", "jobs"],
    en: ["job", "jobs", "positions"],
  },
  { id: "tonnes", label: "tonnes", de: ["tonne", "tonnen"], en: ["tonne", "tonnes", "ton", "tons"] },
  { id: "kilograms", label: "kilograms", de: ["kilogramm", "kilo", "kg"], en: ["kilogram*", "kilos", "kg"] },
  { id: "hectares", label: "hectares", de: ["hektar"], en: ["hectare*"] },
  { id: "hours", label: "hours", de: ["stunde", "stunden"], en: ["hour", "hours"] },
  { id: "days", label: "days", de: ["tag", "tage", "tagen"], en: ["day", "days"] },
  { id: "weeks", label: "weeks", de: ["woche", "wochen"], en: ["week", "weeks"] },
  { id: "months", label: "months", de: ["monat", "monate", "monaten"], en: ["month", "months"] },
  { id: "years", label: "years", de: ["jahr", "jahre", "jahren"], en: ["year", "years"] },
];

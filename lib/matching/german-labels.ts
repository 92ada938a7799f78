import type { LexiconEntry } from "./lexicon";

/**
 * How the reasons name the lexicon's ids to a German reader ("Gleich: Nordkorea, Russland, Soldaten, entsandt"): the
 * concepts and figure kinds written here, the places and bodies named by their first German form (lexicon.ts,
 * places.ts, bodies.ts), where that form is a stem or lower case, as German writes the name.
 */
const CONCEPTS_AND_UNITS: Record<string, string> = {
  send: "entsandt",
  summon: "einbestellt",
  pledge: "zugesagt",
  displace: "vertrieben",
  ambassador: "Botschafter",
  troops: "Soldaten",
  arrive: "eingetroffen",
  kill: "getötet",
  injure: "verletzt",
  attack: "Angriff",
  drone: "Drohnen",
  missile: "Raketen",
  launch: "abgefeuert",
  sanction: "Sanktionen",
  ceasefire: "Waffenruhe",
  talks: "Gespräche",
  summit: "Gipfel",
  agreement: "Abkommen",
  agree: "vereinbart",
  test: "getestet",
  pass_law: "beschlossen",
  law: "Gesetz",
  protest: "protestiert",
  drills: "Militärübungen",
  ship: "Schiffe",
  weapons: "Waffen",
  aid: "Hilfe",
  refugees: "Flüchtlinge",
  fight: "Kämpfe",
  arrest: "festgenommen",
  rise: "gestiegen",
  unchanged: "unverändert",
  recommend: "empfohlen",
  fall: "gesunken",
  election: "Wahl",
  release: "freigelassen",
  recall: "zurückgerufen",
  cancel: "gestrichen",
  walkout: "Streik",
  derail: "entgleist",
  crash: "verunglückt",
  ruling: "Urteil",
  sentence: "verurteilt",
  ban: "verboten",
  fine: "Strafe verhängt",
  resign: "zurückgetreten",
  hack: "gehackt",
  steal: "gestohlen",
  acquire: "übernommen",
  sell: "verkauft",
  close: "geschlossen",
  open: "eröffnet",
  cut: "gekürzt",
  win: "gewonnen",
  people: "Menschen",
  drones: "Drohnen",
  missiles: "Raketen",
  ships: "Schiffe",
  cases: "Fälle",
  votes: "Stimmen",
  households: "Haushalte",
  EUR: "Euro",
  USD: "Dollar",
  percent: "Prozent",
  GBP: "Pfund",
  jobs: "Stellen",
  tonnes: "Tonnen",
  kilograms: "Kilogramm",
  hectares: "Hektar",
  hours: "Stunden",
  days: "Tage",
  weeks: "Wochen",
  months: "Monate",
  years: "Jahre",
};

/** Names whose first German form is not the name as written: a stem, an adjective, or a name without its hyphen. */
const NAMES: Record<string, string> = {
  iceland: "Island",
  montenegro: "Montenegro",
  saudi_arabia: "Saudi-Arabien",
  bosnia_and_herzegovina: "Bosnien und Herzegowina",
  new_delhi: "Neu-Delhi",
  the_hague: "Den Haag",
  baden_wurttemberg: "Baden-Württemberg",
  north_rhine_westphalia: "Nordrhein-Westfalen",
  rhineland_palatinate: "Rheinland-Pfalz",
  schleswig_holstein: "Schleswig-Holstein",
  mecklenburg_western_pomerania: "Mecklenburg-Vorpommern",
  st_petersburg: "Sankt Petersburg",
  golan_heights: "Golanhöhen",
  rio_de_janeiro: "Rio de Janeiro",
  bank_of_england: "Bank of England",
  european_commission: "EU-Kommission",
  international_criminal_court: "Internationaler Strafgerichtshof",
  international_court_of_justice: "Internationaler Gerichtshof",
  red_cross: "Rotes Kreuz",
  supreme_court: "Oberster Gerichtshof",
  federal_statistical_office: "Statistisches Bundesamt",
  allianz: "Allianz",
  deutsche_telekom: "Deutsche Telekom",
  mercedes_benz: "Mercedes-Benz",
  openai: "OpenAI",
  tiktok: "TikTok",
  biontech: "BioNTech",
};

/** A lexicon entry's name as German writes it: an exact form as it stands, else its first form capitalised. */
function germanNameOf(entry: LexiconEntry): string {
  const first = entry.de[0];
  if (first === undefined) return entry.label;
  if (first.startsWith("=")) return first.slice(1).replace(/\*$/, "");
  return first
    .replace(/\*$/, "")
    .replace(/(^|[\s-])(\p{L})/gu, (_, before: string, c: string) => before + c.toUpperCase());
}

/** The German label of each id: names for the entities, the table above for concepts and figure kinds. */
export function germanLabels(entities: LexiconEntry[]): Map<string, string> {
  return new Map([
    ...entities.map((e): [string, string] => [e.id, NAMES[e.id] ?? germanNameOf(e)]),
    ...Object.entries(CONCEPTS_AND_UNITS),
  ]);
}

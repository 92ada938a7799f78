import type { SourceType } from "./source-type";

// Ordered: the first rule that matches wins ("Sprecher des Ministeriums" is a person before it is a ministry).
const RULES: [RegExp, SourceType][] = [
  // "The chairman of the Conservative Party": a person in a body's office, before the body's own type.
  [
    /^(?:the\s+)?(chairman|chairwoman|chair|president|head|director|secretary|leader|spokes\w+|ceo|founder)\s+of\b/i,
    "person",
  ],
  // "Mr. Putin", "Frau Merkel": a courtesy title names a person.
  [
    /^([Mm]rs?|[Mm]s|[Mm]iss|[Mm]x|[Dd]r|[Ss]ir|[Dd]ame|[Ll]ady|[Ll]ord|[Hh]err|[Ff]rau)\.?(\s+\p{Lu}[\p{L}'’-]*){1,2}$/u,
    "person",
  ],
  [/^(sprecher|sprecherin|spokes(man|woman|person)|(ein|eine|an?)\s+(sprecher|sprecherin|spokes\w+))\b/i, "person"],
  [/(geheimdienst|nachrichtendienst|intelligence|spy agency|verfassungsschutz)/i, "intelligence_service"],
  // "A Hartwell Institute survey", "the Washington Post poll": the head noun names a study, whoever made it.
  [/\b(study|survey|poll|studie|umfrage)$/i, "study"],
  [/(nachrichtenagentur|presseagentur|news agency|press agency|\bagentur\b|wire service)/i, "news_agency"],
  // "a study in the journal Science", "eine Studie im Fachblatt „Lancet“": the study, wherever it appeared.
  [
    /^(?:(?:a|an|the|eine[rmn]?|die|der)\s+)?(?:new\s+|neuen?\s+)?(studie|study|survey|umfrage|analysis|analyse)\b/i,
    "study",
  ],
  [
    /(zeitung|\bblatt\b|magazin|newspaper|\bpaper\b|magazine|journal|gazette|\btimes\b|\bpost\b|herald|tribune|\bdaily\b|\bnews\b)/i,
    "newspaper",
  ],
  [/(sender|fernseh|rundfunk|\bradio\b|broadcaster|television|\btv\b|channel|network)/i, "broadcaster"],
  [
    /(denkfabrik|think[- ]?tank|institut|institute|\bcent(er|re)\b|stiftung|foundation|\bcouncil\b|universit|hochschule|klinik|college)/i,
    "think_tank",
  ],
  [
    /(studie|umfrage|bericht|report|study|survey|analyse|analysis|\bpolls?\b|untersuchung|auswertung|erhebung|\bdata\b|\bfigures\b)/i,
    "study",
  ],
  [
    /(ministerium|ministry|department|regierung|government|generalstab|chiefs of staff|behörde|amt\b|wetterdienst\b|\boffices?\b|treasury|\bbureau\b|polizei|police|feuerwehr|fire (?:service|brigade|department)|küstenwache|coast ?guard|coastguard|rettungsdienst|hilfswerk|zivilschutz|civil protection|armee|army|militär|military|streitkräfte|forces|gericht|court|staatsanwaltschaft|anwaltschaft|prosecutor|kreml|kremlin|white house|parlament|parliament|kommission|commission|bundestag|senate|senat|kongress|congress|stadt|city)/i,
    "government",
  ],
  [
    /(partei|party|verband|association|union|gewerkschaft|organisation|organization|gruppe|group|unternehmen|company|konzern|corporation|\binc\b|\bltd\b|gmbh|\bag\b|bank|verein|bündnis|alliance|kirche|church|programme|\bprogram\b|\bfund\b|\bfonds\b|\bbahn\b|economics|\bagency\b|technologies|industries|holdings?\b|\bpartners\b|\bsystems\b|motors|airlines|airways|pharmaceuticals|enterprises|\bcorp\b|\bllc\b|\bplc\b|\bwerke\b)/i,
    "organization",
  ],
  [
    /(minister|präsident|president|kanzler|chancellor|botschafter|ambassador|sekretär|secretary|general|senator|abgeordnete|lawmaker|bürgermeister|mayor|gouverneur|governor|chef|chief|direktor|director|leiter|head|experte|expert|analyst|professor|berater|adviser|advisor|official|beamter|beamtin|diplomat|sprecher|spokes|pollster|meinungsforscher)/i,
    "person",
  ],
];

// People named by how they relate to someone: "his lawyer", "her aunt", "sein Anwalt".
const RELATION_RE =
  /\b(lawyer|attorney|mother|father|wife|husband|son|daughter|brother|sister|aunt|uncle|friend|neighbou?r|colleague|anwalt|anwältin|mutter|vater|ehefrau|ehemann|sohn|tochter|bruder|schwester|freund|freundin|nachbar|nachbarin)\b/i;
// A name's word may hold a second capital after a prefix names have: "McManus", "LeBron", "DeSantis", "O'Malley" (not
// a page's glued words: "RunDenny").
const NAME_WORD = "(?:(?:Mc|Mac|De|Di|Da|Du|Le|La|O['’])\\p{Lu}|\\p{Lu})[\\p{Ll}'’-]+";
const PERSON_NAME_RE = new RegExp(`^${NAME_WORD}(\\s+(\\p{Lu}\\.|${NAME_WORD}|von|van|de|del|al|bin|da)){1,3}$`, "u");
const PRONOUN_RE = /^(er|sie|he|she|ihm|ihr|him|her)$/i;

/** Guesses a new source's type from the words that name it ("-ministerium", "Sprecher", "Institut", "Jane Doe"). */
export function inferSourceType(name: string): SourceType {
  for (const [re, type] of RULES) if (re.test(name)) return type;
  if (PRONOUN_RE.test(name.trim()) || RELATION_RE.test(name)) return "person";
  if (PERSON_NAME_RE.test(name.trim())) return "person";
  return "other";
}

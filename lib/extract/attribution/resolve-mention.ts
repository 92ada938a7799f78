import type { Coreference } from "../lang/language-pack";
import type { Resolution, SourceType } from "../schema";
import { inferSourceType } from "../sources/infer-source-type";
import { nameTokens } from "../sources/normalize-name";
import type { SourceRegistry } from "../sources/source-registry";

export interface ResolvedSource {
  name: string;
  type: SourceType;
  resolution: Resolution;
  known: boolean;
}

/** A source named earlier in the article, for coreference. */
export interface SeenSource {
  name: string;
  type: SourceType;
  /** The folded words of the name, filled in the first time a description is matched against it. */
  nameWords?: string[];
  /** The words the article named it with ("Bundesregierung" for the German government), for "die Regierung". */
  mention?: string;
}

// "von der Polizei" is the police; a capital "Von der Leyen" opening a sentence is a name, and stays whole.
const LEADING_DETERMINER =
  /^(?:von\s+(?=(?:der|die|das|den|dem|des)\s))?(der|die|das|den|dem|des|ein|eine|einer|einem|eines|vom|von(?!\s+(?:der|den)\s)|the|a|an)\s+/i;
const ROLE_WORD =
  /(ministerin|präsidentin|botschafterin|sekretärin|senatorin|gouverneurin|politiker|politikerin|politician|lt\.|sgt\.|capt\.|det\.|dr\.|prof\.|administrator|investor|author|co-author|researcher|scientist|economist|strategist|editor|journalist|reporter|columnist|lawyer|attorney|physician|coach|manager|owner|detective|sheriff|judge|executive|minister|präsident|president|sekretär|secretary|sprecher|sprecherin|spokes\w+|botschafter|ambassador|kanzler|kanzlerin|chef|chefin|leiter|leiterin|direktor|direktorin|general|berater|beraterin|analyst|analystin|experte|expertin|professor|professorin|abgeordnete|abgeordneter|senator|gouverneur|governor|bürgermeister|bürgermeisterin|mayor|vorsitzende|vorsitzender|chair|chairman|chairwoman|official|premier|premierminister|könig|king|queen|papst|pope|gründer|founder|ceo|envoy|gesandte|diplomat|commander|kommandeur|pollster|meinungsforscher|meinungsforscherin|coordinator|koordinator|koordinatorin|speaker)$/i;

// Titles and roles matched as whole words ("Sen. Chris Murphy", "GOP front-runner Donald Trump", "star Selenis
// Leyva"): as endings they would take names apart ("Adelaide", "Max Factor").
const WHOLE_ROLE_WORD =
  /^(sen\.|rep\.|gov\.|gen\.|adm\.|col\.|maj\.|amb\.|atty\.|supt\.|candidate|nominee|hopeful|leader|activist|star|actor|actress|singer|host|anchor|commentator|aide|adviser|advisor|staffer|officer|front-runner|frontrunner|kandidat|kandidatin|aktivist|aktivistin)$/i;

export function stripDeterminer(mention: string): string {
  return mention.replace(LEADING_DETERMINER, "").trim();
}

/**
 * Two to four words in capitals, one of them four letters or more: a name as a transcript or a byline writes it. One
 * word, or short words only ("CBS DFW"), may be acronyms.
 */
const IN_CAPITALS = /^(?=.*\p{Lu}{4})(?:\p{Lu}[\p{Lu}.'’-]+\s+){1,3}\p{Lu}[\p{Lu}.'’-]+$/u;
const RECENCY = /^(?:new|latest|recent|neue[nrs]?|neueste[nrs]?|aktuelle[nrs]?)\s+(?=\S)/u;
const COURTESY_TITLED = /^(?:[Mm]rs?|[Mm]s|[Dd]r|[Hh]err|[Ff]rau)\.?\s+(\p{Lu}[\p{L}'’-]+)$/u;

const OWN_REPORTING = /^(\p{Lu}[\p{L}.]*|dpa)-(?:Informationen|Recherchen)$/u;

const POSSESSED_WORDS =
  /^(.+?)['’]s?\s+(comments?|remarks?|words|statements?|tweets?|posts?|letter|speech|testimony|message|remarks|äußerungen|aussagen|worte)$/iu;

// Staff of a named organisation: "Analysts at Oxford Economics", "Ökonomen des Ifo-Instituts".
const STAFF_OF =
  /^(?:analysts?|economists?|researchers?|scientists?|experts?|strategists?|analysten|ökonomen|forscher|forscherinnen|wissenschaftler|experten|volkswirte)\s+(at|of|from|bei|von|vom|des|der)\s+((?:the\s+)?\p{Lu}.*)$/iu;

// A named organisation's work: "a study by the Institute for Statecraft", "eine Umfrage von Forsa". A study named
// with its maker in the genitive is the study ("eine Umfrage des Instituts Kreutzer": its respondents speak for it).
const WORK_OF =
  /^(?:new\s+|recent\s+|latest\s+|neue[nr]?\s+|aktuelle[nr]?\s+)?(?:study|review|report|survey|poll|analysis|investigation|audit|studie|umfrage|untersuchung|analyse|erhebung)\s+(by|from|of|von|vom)\s+((?:the\s+)?\p{Lu}.*)$/iu;
// A body's own estimate is the body's word: "einer Schätzung des Verbands Deutscher Reeder" (its name in the
// nominative: Coreference.nominative), "Berechnungen der Bundesagentur".
const ESTIMATE_OF =
  /^(?:neue[nr]?\s+|aktuelle[nr]?\s+)?(?:schätzung|schätzungen|prognose|berechnung|berechnungen|hochrechnung)\s+(von|vom|des|der|eines|einer)\s+(\p{Lu}.*)$/iu;

// Common nouns that describe a named organisation: "der Konzern Siemens", "the carmaker Volkswagen". German writes
// every noun capitalised ("die Gewerkschaft Verdi"); an English one is written in lower case before a name ("the union
// Verdi"), and capitalised it starts one ("Union Berlin", "The Operator Group").
const GERMAN_DESCRIPTOR =
  /^(konzern|unternehmen|firma|hersteller|autobauer|chemiekonzern|energiekonzern|partei|verband|arbeitgeberverband|organisation|gruppe|verein|gewerkschaft|betreiber|hafenbetreiber|fluggesellschaft)$/i;
const ENGLISH_DESCRIPTOR =
  /^(airline|company|firm|group|carmaker|party|organisation|organization|maker|union|association|operator|regulator|watchdog|lender|insurer|retailer)$/i;
const describes = (word: string) =>
  GERMAN_DESCRIPTOR.test(word) || (ENGLISH_DESCRIPTOR.test(word) && /^\p{Ll}/u.test(word));

/** Whether a body was first described as a company, a union, an operator ("the port operator HHLA"). */
const describedAsOrganisation = (mention: string | undefined) =>
  stripDeterminer(mention ?? "")
    .split(/\s+/)
    .some((w, i, words) => i < words.length - 1 && describes(w));

// Words before a description's head that do not tell one body of its kind from another ("the state news agency" is
// the one named before), nor a nationality (the name may be in the other language).
const GENERIC_MODIFIER =
  /^(?:state|state-run|official|national|federal|local|regional|news|top|main|government|public|central|country|nation|new|zuständig|örtlich|staatlich|lokal|amtlich|\p{L}+(?:isch|ian|an|ese|i))$/u;

/** A source the article named only by a description ("the interior ministry"), no name. */
const describedOnly = (s: SeenSource) => {
  const words = stripDeterminer(s.mention ?? s.name).split(/\s+/);
  // Wire copy capitalises a public body's description ("the Transport Ministry", "the Justice Department"): a
  // short name ending in such a noun, with no short form in capitals, is a description too.
  const capitalised =
    words.length <= 3 && PUBLIC_BODY.test(words.at(-1)!) && !words.some((w) => /^\p{Lu}{2,}$/u.test(w));
  return capitalised || words.every((w) => /^\p{Ll}/u.test(w));
};

const AUTHORITIES = /(?:behörden|authorities)\b/iu;

// A public body's description: "the port authority" is not the port operator named before, nor "das Amt" a company.
const PUBLIC_BODY =
  /^(authority|authorities|agency|office|bureau|ministry|department|commission|police|behörde|amt|ministerium|polizei|kommission)$/i;

// Who speaks for a body: "a spokesman for the ministry", "ein Sprecher des Verbands" — the body, through them. Not
// "spokesman Ned Price", "Sprecherin Anna Müller": a name after the word is the person's.
const SPOKESPERSON_OF =
  /^(?:spokes(?:man|woman|person)|sprecher(?:in)?|pressesprecher(?:in)?)\s+(?:(?:for|of|at|von|vom)\s+(.+)|((?:des|der)\s+.+))$/iu;
const SPOKESPERSON = /^(?:spokes(?:man|woman|person)|sprecher(?:in)?|pressesprecher(?:in)?)$/iu;

/** English nouns written after the name of the body they describe, in lower case. */
const NAME_BEFORE = /^(?:union|group|party|association|alliance|coalition|movement)$/;

/** An English adjective of nationality: "Austrian", "British", "Chinese", "Danish", "Israeli". */
const NATIONALITY =
  /^(?:\p{Lu}\p{Ll}+(?:an|ese|ish|ic)|Israeli|Pakistani|Iraqi|Saudi|Kuwaiti|Yemeni|Omani|Qatari|Emirati|Bangladeshi|Somali|Nepali|Thai|Swiss|French|Dutch|Greek)$/u;

/**
 * "der Konzern Siemens" → "Siemens", "the Verdi union" → "Verdi": the name without the noun that describes it (in
 * English also after it, in lower case: "the Teamsters union").
 */
export function namedOrganisation(mention: string): string | null {
  const words = stripDeterminer(mention).split(/\s+/);
  const last = words.at(-1)!;
  const before = words.slice(0, -1);
  // Only the nouns English puts after a body's name ("the Verdi union", "the Wagner group"); "the German carmaker",
  // "the EU regulator" name no body, and a nationality, a code or "-based" alone is no name.
  if (before.length > 0 && NAME_BEFORE.test(last)) {
    const alone = before.length === 1 && (NATIONALITY.test(before[0]!) || /^\p{Lu}{2}$|-based$/u.test(before[0]!));
    return before.every((w) => /^[\p{Lu}\d]/u.test(w)) && !alone ? before.join(" ") : null;
  }
  const at = words.findIndex(describes);
  // Before the noun only words that describe too: "the Austrian railway company ÖBB" (a nationality is written
  // capitalised in English), not "Union Berlin" or "The Operator Group".
  const describing = (w: string) => /^\p{Ll}/u.test(w) || NATIONALITY.test(w);
  if (at < 0 || at === words.length - 1 || !words.slice(0, at).every(describing)) return null;
  const rest = words.slice(at + 1);
  return rest.every((w) => /^[\p{Lu}\d]/u.test(w)) ? rest.join(" ") : null;
}

const TITLE_OF =
  /\b(secretary|minister|chief|head|director|chairman|chairwoman|chair|president|governor)\s+of\s+(?:the\s+)?\p{Lu}[\p{L}-]+/iu;
// What ends a body's name, not a person's: "chairman of the Conservative Party" names no one.
const BODY_HEAD =
  /^(party|parties|committee|council|ministry|department|commission|union|association|board|bank|court|agency|office|partei|ausschuss|rat|ministerium|kommission|verband)$/i;
// "China's ambassador to Britain Liu Xiaming": where the envoy is sent is part of the title.
const TITLE_TO = /\b(ambassador|envoy|adviser|advisor|representative|delegate)\s+to\s+(?:the\s+)?\p{Lu}[\p{L}.-]+/iu;

/** "Der russische Botschafter Georgi Sinowjew" → "Georgi Sinowjew"; "Defense Secretary Lloyd Austin" → "Lloyd Austin". */
export function personNameIn(mention: string, { afterPossessor = true } = {}): string | null {
  // "Secretary of State Antony Blinken": the title's "of State" is part of the title, not of the name.
  const words = stripDeterminer(mention).replace(TITLE_OF, "$1").replace(TITLE_TO, "$1").split(/\s+/);
  let lastRole = -1;
  words.forEach((w, i) => {
    if (ROLE_WORD.test(w.replace(/[-‐].*$/, "")) || ROLE_WORD.test(w) || WHOLE_ROLE_WORD.test(w)) lastRole = i;
  });
  // "NBC’s Chuck Todd", "Japan’s Shinzo Abe": the possessor is where the person works, not part of the name (in a
  // speaker's phrase; a title-case headline's "Clinton's Momentum Slows" names no one).
  const possessor = words.findLastIndex((w, i) => /['’]s$/u.test(w) && words.length - i - 1 >= 2);
  if (afterPossessor && possessor > lastRole && inferSourceType(words.slice(possessor + 1).join(" ")) === "person")
    lastRole = possessor;
  let rest = words.slice(lastRole + 1);
  // "Senator Vance's Lead Shrinks": the name ends at its possessive.
  const owner = rest.findIndex((w, i) => i < rest.length - 1 && /['’]s$/u.test(w));
  if (owner >= 0) rest = rest.slice(0, owner + 1);
  if (lastRole < 0 || rest.length === 0 || rest.length > 4 || rest.some((w) => BODY_HEAD.test(w))) return null;
  if (!rest.every((w) => /^\p{Lu}[\p{L}'’.-]*$/u.test(w))) return null;
  // "President Trump’s advisers" names Trump, not "Trump’s".
  return rest.join(" ").replace(/['’]s?$/u, "");
}

/**
 * "The defense secretary said" after "Defense Secretary Lloyd Austin", "Der Minister" after "Verteidigungsminister
 * Boris Pistorius": a role with no name refers to the nearest person named with that role.
 */
function describedPerson(bare: string, seen: SeenSource[]): SeenSource | null {
  const words = bare.split(/\s+/);
  const role = words.at(-1)!;
  const isRole = ROLE_WORD.test(role) || WHOLE_ROLE_WORD.test(role);
  if (!isRole || words.length > 3 || !words.slice(1).every((w) => /^\p{Ll}/u.test(w) || w === role)) return null;
  const head = nameTokens(role).at(-1) ?? "";
  if (head.length < 4) return null;
  return nearest(seen, (s) => s.type === "person" && heldRole(s, head)) ?? null;
}

// "Vice President Joe Biden" and "Former President Obama" are not what "the president" means now.
const OTHER_HOLDER = /^(vice|former|ex|deputy|acting|ehemalige[rn]?|frühere[rn]?|stellvertretende[rn]?|vize)$/i;

/**
 * The person was named with the role as their title: "Defense Secretary Lloyd Austin", "Verteidigungsminister Boris
 * Pistorius" — the title right before the name, nothing like "vice" or "former" before it.
 */
function heldRole(s: SeenSource, head: string): boolean {
  const mention = s.mention?.replace(/['’]s?$/u, "");
  if (!mention || !mention.endsWith(s.name) || nameTokens(s.name).some((w) => w.endsWith(head))) return false;
  const title = mention
    .slice(0, mention.length - s.name.length)
    .trim()
    .split(/\s+/);
  const at = title.findLastIndex((w) => nameTokens(w).some((t) => t.endsWith(head)));
  return at >= 0 && !title.slice(0, at + 1).some((w) => OTHER_HOLDER.test(w) || OTHER_HOLDER.test(w.split("-")[0]!));
}

/** Types a bare description like "der Nachrichtenagentur" or "the state-run newspaper" may refer back to. */
export function descriptorTypes(mention: string, coreference: Coreference): SourceType[] | null {
  const words = stripDeterminer(mention).split(/\s+/);
  const head = words.at(-1)!.toLowerCase();
  // Only bare descriptions refer back: every word before the head is a lower-case modifier.
  if (!words.slice(0, -1).every((w) => /^\p{Ll}/u.test(w))) return null;
  const twoWordHead = words.slice(-2).join(" ").toLowerCase();
  // The longer head first: "spy agency" is an intelligence service before "agency" is anything.
  for (const [re, types] of coreference.descriptors) if (re.test(twoWordHead)) return types;
  for (const [re, types] of coreference.descriptors) if (re.test(head)) return types;
  return null;
}

/**
 * A description naming a body by its kind alone ("the police", "die örtliche Feuerwehr"): its source types and the
 * words that name the kind ("Feuerwehr", the name it is stored under: not "Örtlichen Feuerwehr"), or null:
 * see Coreference.localBodies. Any other word before it says which one — German writes "der bayerischen Polizei" in
 * lower case — and leaves it a name.
 */
function localBody(mention: string, coreference: Coreference): { types: SourceType[]; head: string } | null {
  const words = stripDeterminer(mention).split(/\s+/);
  const lower = words.map((w) => w.toLowerCase());
  for (const size of [2, 1]) {
    const types = coreference.localBodies.find(([re]) => re.test(lower.slice(-size).join(" ")))?.[1];
    if (types && lower.slice(0, -size).every((w) => LOCAL_MODIFIER.test(w)))
      return { types, head: words.slice(-size).join(" ") };
  }
  return null;
}

/** Words that say a body is the story's own, not which one: "the local police", "die zuständige Feuerwehr". */
const LOCAL_MODIFIER = /^(?:local|örtlich|zuständig|lokal|hiesig|städtisch)\p{L}*$/u;

/** Looks for the full name of a person mentioned earlier by surname only ("dem NATO-Generalsekretär Mark Rutte" → "Rutte sagte"). */
export function fullNameBefore(text: string, surname: string, before: number): string | null {
  return fullNamesBefore(text, surname, before).at(-1) ?? null;
}

/** Every full name written before `before` that ends in the surname, in the order they occur. */
function fullNamesBefore(text: string, surname: string, before: number): string[] {
  const windowStart = Math.max(0, before - FULL_NAME_WINDOW);
  const found: string[] = [];
  // Only where the surname occurs: a string search, then the words right before each occurrence (a regex over the
  // whole window for every mention cost a tenth of the extractor's time).
  for (let at = text.indexOf(surname, windowStart); at >= 0 && at + surname.length <= before;) {
    const after = text[at + surname.length];
    if (after === undefined || !/[\p{L}\p{N}_]/u.test(after)) {
      const m = GIVEN_NAMES_BEFORE.exec(text.slice(Math.max(windowStart, at - 60), at));
      if (m) {
        // Only the words after the last title are names: "Defense Minister Kim" has no given name, "Republican
        // Donald Trump" one.
        const words = m[1]!.trim().split(/\s+/);
        // "die Gewerkschaft Verdi": a noun that describes a body is no given name.
        const lastTitle = words.findLastIndex(
          (w) => ROLE_WORD.test(w) || LEADING_DETERMINER.test(`${w} `) || PARTY_WORD.test(w) || describes(w),
        );
        const given = words.slice(lastTitle + 1);
        if (given.length > 0) found.push(`${given.join(" ")} ${surname}`);
      }
    }
    at = text.indexOf(surname, at + 1);
  }
  return found;
}
const PARTY_WORD = /^(republican|democrat|democratic|gop|conservative|labour|liberal|tory|green|independent)$/i;

// One or two capitalised words, or a given name and an initial, ending right where the surname starts.
const GIVEN_NAMES_BEFORE = /(\p{Lu}[\p{Ll}'’-]+\s+(?:\p{Lu}[\p{Ll}'’-]+\s+|\p{Lu}\.\s+)?)$/u;
const FULL_NAME_WINDOW = 5_000;

export interface ResolveContext {
  registry: SourceRegistry;
  coreference: Coreference;
  seen: SeenSource[];
  text: string;
  mentionStart: number;
  /** Who the report being continued attributes, for "I"/"we" inside its quotes. */
  speaker?: SeenSource;
}

/** Maps a mention to a source: registry, then pronoun or description coreference, then surname, then a new source. */
export function resolveMention(mention: string, ctx: ResolveContext): ResolvedSource {
  const resolved = resolveWritten(mention, ctx);
  // "KATE BOULDUAN:" in a transcript is Kate Boulduan; the type is still read from how it was written ("FILE PHOTO"
  // is no one's name).
  if (!IN_CAPITALS.test(resolved.name)) return resolved;
  return { ...resolved, name: resolved.name.toLowerCase().replace(/(^|[\s'’-])\p{Ll}/gu, (c) => c.toUpperCase()) };
}

function resolveWritten(mention: string, ctx: ResolveContext): ResolvedSource {
  // "Shuvalov's comments responded …": the one whose words they are speaks.
  const possessor = POSSESSED_WORDS.exec(mention);
  if (possessor) return resolveMention(possessor[1]!, ctx);
  // "dpa-Informationen", "SZ-Recherchen": the outlet whose reporting it is.
  const reporting = OWN_REPORTING.exec(mention);
  if (reporting) return resolveMention(reporting[1]!, ctx);
  // "I’ve been telling my kids": the pronoun, without the verb it is written with.
  const bare = stripDeterminer(mention).replace(/^(\p{L}+)['’](ve|re|ll|d|m)$/iu, "$1");
  const lower = bare.toLowerCase();
  const { firstPersonPronouns, personPronouns, groupPronouns } = ctx.coreference;
  if (firstPersonPronouns.has(lower)) {
    if (ctx.speaker) return { ...ctx.speaker, resolution: "coreference", known: true };
    return { name: bare, type: "person", resolution: "unresolved", known: false };
  }
  if (personPronouns.has(lower) || groupPronouns.has(lower)) {
    // German "sie" is she, they or it (die Regierung): the nearest of any kind. "he" a person, "it" a body.
    const eitherKind = personPronouns.has(lower) && groupPronouns.has(lower);
    const wantPerson = personPronouns.has(lower);
    const target = nearest(ctx.seen, (s) => eitherKind || (wantPerson ? s.type === "person" : s.type !== "person"));
    return target
      ? { ...target, resolution: "coreference", known: true }
      : { name: bare, type: wantPerson ? "person" : "other", resolution: "unresolved", known: false };
  }
  // Before the registry: "U.S. officials" and "Diplomaten in Brüssel" are not the government they serve or the
  // place they are in; "Analysts at Oxford Economics" is the firm (below).
  const unnamed = STAFF_OF.test(bare) ? null : unnamedSource(bare, ctx.coreference);
  // Authorities of a place are its government ("die Behörden in Seoul"); without one they are no one named.
  const governing = AUTHORITIES.test(bare) && ctx.registry.lookup(mention)?.type === "government";
  if (unnamed && !governing) return unnamed;
  const spokesperson = spokespersonOf(bare, ctx);
  if (spokesperson) return spokesperson;
  const local = localBody(mention, ctx.coreference);
  const hit = local ? undefined : ctx.registry.lookup(mention);
  const specific = hit?.type === "government" ? moreSpecificThanCountry(bare, hit.name, ctx) : null;
  if (specific) return specific;
  if (hit) return { name: hit.name, type: hit.type, resolution: "explicit", known: true };
  const types = local?.types ?? descriptorTypes(mention, ctx.coreference);
  if (types) {
    // The nearest earlier entity whose name the description fits ("the bureau" → "Kenya National Bureau of
    // Statistics"), else the nearest of a fitting type ("the agency" → the World Food Programme, not the wire).
    const head = nameTokens(bare).at(-1) ?? "";
    // German compounds hold the head at their end: "das Amt" → "Statistisches Bundesamt".
    const fitsName = (s: SeenSource) =>
      (s.nameWords ??= [...nameTokens(s.name), ...(s.mention ? nameTokens(s.mention) : [])]).some(
        (w) => w === head || w.endsWith(head),
      );
    // A name the typing could not place ("Volkswagen": other) may be what "the company" means; one the article
    // described otherwise ("the port operator HHLA") is not what "the port authority" means.
    const rawHead = bare.split(/\s+/).at(-1) ?? "";
    const described = (s: SeenSource) => !(PUBLIC_BODY.test(rawHead) && describedAsOrganisation(s.mention));
    const fits = (s: SeenSource) =>
      (types.includes(s.type) || (types.includes("organization") && s.type === "other")) && described(s);
    const byType = ctx.coreference.namedOnly.test(head) || local ? undefined : fits;
    // A body known only by a description is another body where the two descriptions tell them apart: "the defence
    // ministry" is not "the interior ministry" named before, nor "the civil protection agency" that ministry. A
    // name may be described any way ("the conservative-leaning newspaper": The Wall Street Journal).
    const modifiers = nameTokens(bare)
      .slice(0, -1)
      .filter((w) => !GENERIC_MODIFIER.test(w));
    const compatible = (s: SeenSource) =>
      modifiers.length === 0 ||
      !describedOnly(s) ||
      modifiers.every((m) => nameTokens(s.name).some((w) => w === m || w.startsWith(m)));
    const target =
      nearest(ctx.seen, (s) => fitsName(s) && compatible(s)) ??
      (byType && nearest(ctx.seen, (s) => byType(s) && compatible(s)));
    if (target) return { ...target, resolution: "coreference", known: true };
    return { name: capitalize(local?.head ?? bare), type: types[0]!, resolution: "unresolved", known: false };
  }
  const person = personNameIn(mention);
  if (person) return { name: person, type: "person", resolution: "explicit", known: false };
  const described = describedPerson(bare, ctx.seen);
  if (described) return { ...described, resolution: "coreference", known: true };
  // "Analysts at Oxford Economics", "Forscher des Ifo-Instituts": the organisation speaks through its staff, and
  // through its studies and reviews.
  const staff = STAFF_OF.exec(bare) ?? WORK_OF.exec(bare) ?? ESTIMATE_OF.exec(bare);
  if (staff) {
    const name = ctx.coreference.nominative?.(`${staff[1]} ${staff[2]}`) ?? stripDeterminer(staff[2]!);
    const org = ctx.registry.lookup(name);
    if (org) return { name: org.name, type: org.type, resolution: "explicit", known: true };
    const type = inferSourceType(name);
    return { name, type: type === "person" ? "organization" : type, resolution: "explicit", known: false };
  }
  const nominative = ctx.coreference.nominative?.(mention);
  const organisation = namedOrganisation(nominative ?? mention);
  if (organisation) return { name: organisation, type: "organization", resolution: "explicit", known: false };
  // "Mr. Shapiro" after "Michael Shapiro": the person named in full before, unless two were ("Mrs. Clinton" after
  // Bill and Hillary Clinton: the title's gender is not something the names tell).
  const titled = COURTESY_TITLED.exec(bare)?.[1];
  if (titled) {
    const names = new Set([
      ...ctx.seen.filter((s) => s.type === "person" && s.name.split(/[\s-]+/).includes(titled)).map((s) => s.name),
      ...fullNamesBefore(ctx.text, titled, ctx.mentionStart),
    ]);
    if (names.size === 1) return { name: [...names][0]!, type: "person", resolution: "explicit", known: false };
    return { name: bare, type: "person", resolution: "explicit", known: false };
  }
  const surname = /^\p{Lu}[\p{L}'’-]+$/u.test(bare) ? bare : undefined;
  if (surname) {
    // "Kim" after "Defense Minister Kim Yong-hyun": Korean names put the family name first.
    const earlier = nearest(ctx.seen, (s) => s.type === "person" && s.name.split(/[\s-]+/).includes(surname));
    const full = earlier?.name ?? fullNameBefore(ctx.text, surname, ctx.mentionStart);
    if (full) return { name: full, type: "person", resolution: "explicit", known: false };
  }
  // "a new CNN poll": how recent it is, is no part of its name (a capital keeps "New York Times" whole).
  const named = (nominative ?? bare).replace(RECENCY, "");
  return { name: capitalize(named), type: inferSourceType(named), resolution: "explicit", known: false };
}

/**
 * "a spokesman" is nobody named; "a spokesman for Siemens" and "ein Sprecher des Verbands" (the association named
 * before) are the body they speak for. A body the article did not name keeps the description ("Sprecher des Verbands",
 * unnamed).
 */
function spokespersonOf(bare: string, ctx: ResolveContext): ResolvedSource | null {
  if (SPOKESPERSON.test(bare)) return { name: capitalize(bare), type: "unnamed", resolution: "explicit", known: false };
  const of = SPOKESPERSON_OF.exec(bare);
  const body = of?.[1] ?? of?.[2];
  if (body === undefined) return null;
  // "des Verbands": the description in the case a description refers back in ("der Verband").
  const genitive = /^des\s+(\p{L}+?)e?s$/u.exec(body)?.[1];
  const resolved = resolveMention(genitive ? `der ${genitive}` : body, ctx);
  // A description ("der Stadt", "the ministry") is the body only where it refers back to one the article named, or
  // names one the registry knows ("the Kremlin", "der Bundesregierung").
  const description = stripDeterminer(body) !== body;
  const found = resolved.resolution === "coreference" || resolved.known;
  if (resolved.type === "person" || (description ? !found : !resolved.name))
    return { name: capitalize(bare), type: "unnamed", resolution: "explicit", known: false };
  // Whoever has a spokesperson is a body, not one of the names typing could not place.
  return resolved.type === "other" ? { ...resolved, type: "organization" } : resolved;
}

/**
 * "officials", "two officials familiar with the plans", "informierte Kreise", "Medienberichten": described, not
 * named. The description is the source's name within its article; it is never looked up in or added to the registry.
 */
function unnamedSource(bare: string, coreference: Coreference): ResolvedSource | null {
  const words = bare.split(/\s+/);
  // "Mit der Sache vertraute Personen": a described head ends the phrase.
  const described = coreference.unnamedTail.test(words[0]!.toLowerCase());
  const tail = described ? -1 : words.findIndex((w, i) => i > 0 && coreference.unnamedTail.test(w.toLowerCase()));
  const head = (tail > 0 ? words[tail - 1] : words.at(-1))!.toLowerCase();
  if (!coreference.unnamedHead.test(head)) return null;
  return { name: capitalize(bare), type: "unnamed", resolution: "explicit", known: false };
}

// A country (or its capital) before a more specific name: "US Secretary of State Antony Blinken", "Seoul's Joint
// Chiefs of Staff", "Japan's NHK TV", "U.S. Defense Secretary Lloyd Austin".
// A possessive may own a lower-case title too: "China's ambassador to Britain Liu Xiaming".
const COUNTRY_PREFIX =
  /^(?:U\.\s?S\.|U\.K\.|US|UK|EU|[\p{Lu}][\p{L}-]+['’]s)\s+(?=\p{Lu}|\p{Ll}+\s+(?:to\s+|of\s+)?\p{Lu})/u;

/**
 * The most specific entity in the phrase wins: the country-means-government rule must not swallow the person or the
 * body the phrase names after it. Null where only the country is named ("Seoul said", "the US government").
 */
function moreSpecificThanCountry(bare: string, government: string, ctx: ResolveContext): ResolvedSource | null {
  const prefix = COUNTRY_PREFIX.exec(bare);
  if (!prefix) return null;
  const rest = bare.slice(prefix[0].length);
  if (ctx.registry.lookup(prefix[0].replace(/['’]s\s*$/u, "").trim())?.name !== government) return null;
  const known = ctx.registry.lookup(rest);
  if (known && known.name !== government)
    return { name: known.name, type: known.type, resolution: "explicit", known: true };
  const person = personNameIn(rest);
  if (person) return { name: person, type: "person", resolution: "explicit", known: false };
  const capitalised = rest.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
  if (capitalised.length < 2 || /^(government|regierung|administration)$/i.test(rest)) return null;
  return { name: rest, type: inferSourceType(rest), resolution: "explicit", known: false };
}

// A pronoun or a surname refers back to a recent mention: looking further than this made every mention cost as
// much as the article before it (a whole article of "he said" after thousands of names).
const LOOK_BACK = 1000;

function nearest(seen: SeenSource[], test: (s: SeenSource) => boolean): SeenSource | undefined {
  for (let i = seen.length - 1; i >= Math.max(0, seen.length - LOOK_BACK); i--) if (test(seen[i]!)) return seen[i];
  return undefined;
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

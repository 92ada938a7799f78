import { DE_KONJUNKTIV_I, DE_SPEECH_VERBS, EN_SPEECH_VERBS, words } from "./attribution/lexicon";
import type { Language } from "./schema";
import { tokenize, type Token } from "./text/tokenize";

// Auxiliaries, modals and the commonest irregular verbs: finite wherever they stand ("Seoul hat …", "es gab …").
const DE_FINITE = words(`
  ist sind war waren bin bist seid wäre wären hat haben hatte hatten hätte hätten wird werden wurde wurden würde
  würden kann können konnte konnten könnte könnten muss müssen musste mussten müsste soll sollen sollte sollten
  will wollen wollte wollten darf dürfen durfte dürfte mag mögen möchte gibt gab gäbe geht ging kommt kam steht
  stand liegt lag bleibt blieb traf trifft fand findet schickt schickte nimmt nahm zieht zog lief fiel rief hielt
  stieg sank schuf erwarb ergab bat lud sprach versprach
`);
// Lower-case words that are never verbs: articles, pronouns, prepositions, conjunctions, particles, numerals and
// the cue words of an attribution ("Nach Angaben des NIS", "laut AP", "über 1.000").
const DE_NOT_VERB = words(`
  der die das den dem des ein eine einen einem einer eines kein keine keinen keinem keiner und oder aber sondern
  doch denn als wie auch noch nur schon sehr mehr weniger nicht nichts rund etwa fast knapp gut über unter nach
  laut zufolge gemäß seit bei beim mit von vom zu zum zur in im ins an am auf aus für gegen ohne um durch bis trotz
  wegen neben zwischen vor hinter während dass ob wenn weil da sich sie er es wir ihr ich man sein seine seinen
  seinem seiner ihre ihren ihrem ihrer unser unsere dies diese dieser diesen diesem dieses jene alle allen aller
  viele vielen einige einigen mehrere beide beiden zwei drei vier fünf sechs sieben acht neun zehn hundert
  tausend so hier dort heute gestern morgen bereits zudem jedoch dennoch deshalb also jetzt nun selbst meist
  zuletzt erst eben ebenfalls offenbar angeblich mutmaßlich insgesamt mindestens höchstens bis zu je pro davon
  daran darin dafür dagegen oben unten innen außen gern gerne lange erneut oft nie sofort kaum vielleicht weit
  recht samt alleine insbesondere ohnehin zunächst
`);
const DE_SUBJECT_OPENERS = words("der die das den dem ein eine einen sich er sie es man wir");
const DE_PRONOUNS = words("sie er es wir ihr ich man sich");
// Adjectives no verb ends like ("nordkoreanische", "möglicherweise"); "-ig-", "-lich-", "-ell-" end verbs too
// ("bestätigen", "veröffentlichen", "stellen"), so other adjectives are told apart by where they stand.
const DE_ADJECTIVE = /isch(e|en|er|es|em)$|\p{L}{5,}weise$/u;
// Finite verb endings of lower-case German words: "fordert", "entsandte", "prüfe", "verschärfen".
const DE_VERB_ENDING = /(t|e|en|n|st)$/u;

const EN_FINITE = words(`
  is are was were am has have had do does did will would can could shall should may might must isn't aren't
  wasn't weren't hasn't haven't hadn't doesn't don't didn't won't wouldn't can't cannot couldn't shouldn't
  sent went came took gave made left held met began fell rose grew won lost kept brought bought sought fought
  caught taught built spent stood told found thought paid laid led fled struck became ran saw knew drew flew
  threw broke spoke chose stole wrote drove sold it's that's there's he's she's they're we're you're
`);
const EN_DETERMINERS = words(`
  the a an this that these those its their his her our my your some many several few more most all both each
  every no any other another such own
`);
// Words that start a phrase, never a verb: "Russian troops in Ukraine", "troops and tanks".
const EN_FUNCTION = words(`
  in on at to of for from by with about over under into onto and or but nor as than per via near across along
  around after before behind below between beyond during inside outside through toward towards within without
  against among amid since until upon off out up down here there now then also only even still just not yet too
  very
`);
const EN_RELATIVES = words("who which that whose whom");
const EN_SINGULAR_SUBJECTS = words("he she it who which that");
// Subjects a plural verb follows without an ending of its own: "they remain", "we say".
const EN_PLURAL_PRONOUNS = words("they we i you");
const EN_NOT_PLURAL = words("is was has does this its his us thus yes");

/**
 * Whether a claim's text is a statement with a finite verb rather than a fragment — a heading-like label
 * ("1,000+ troops") or a piece of attribution ("Nach Angaben des NIS"). ClaimReview names a claim someone made,
 * so a fragment is never published as one. A cheap rule, not a parser: it errs towards "has a verb" only where
 * a word ends like a verb and stands where a verb can stand.
 */
export function hasFiniteVerb(text: string, lang: Language): boolean {
  // Typographic apostrophes as in "It’s", "haven’t": the word lists spell them plainly.
  const tokens = tokenize(text.replace(/’/g, "'"));
  return tokens.some(
    (t, i) => t.kind === "word" && (lang === "de" ? isGermanVerb(tokens, i) : isEnglishVerb(tokens, i)),
  );
}

function isGermanVerb(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (DE_FINITE.has(t.lower) || DE_KONJUNKTIV_I.has(t.lower) || DE_SPEECH_VERBS.has(t.lower)) return true;
  // German nouns and names are capitalised: a verb is a lower-case word (the first word may be either).
  if (!/^\p{Ll}/u.test(t.text) || DE_NOT_VERB.has(t.lower) || DE_ADJECTIVE.test(t.lower)) return false;
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  // Main clauses put the verb second, often right before the subject: "Nach Angaben der Agentur versprach der …".
  if (after && DE_SUBJECT_OPENERS.has(after.lower)) return true;
  if (!DE_VERB_ENDING.test(t.lower) || t.lower.length < 3) return false;
  // Between a determiner or number and a noun it is an adjective: "die entsandten Soldaten", "1.000 neue Soldaten".
  const isAttributive =
    after?.kind === "word" &&
    /^\p{Lu}/u.test(after.text) &&
    (before === undefined ||
      before.kind === "number" ||
      (DE_NOT_VERB.has(before.lower) && !DE_PRONOUNS.has(before.lower)));
  return !isAttributive;
}

function isEnglishVerb(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  if (EN_FINITE.has(t.lower)) return true;
  // After a determiner or number a word is a noun or adjective: "the armed forces", "1,000+ claims", "the reports".
  const number = before && /^[+%]$/u.test(before.text) ? tokens[i - 2] : before;
  if (number?.kind === "number" || (before && EN_DETERMINERS.has(before.lower)) || !/^\p{Ll}/u.test(t.text))
    return false;
  if (EN_SPEECH_VERBS.has(t.lower) || (t.lower.length > 3 && /ed$/u.test(t.lower))) return true;
  // "The two Koreas remain at war", "they say": a plural subject, then a verb without an ending.
  const isPluralSubject =
    before?.kind === "word" &&
    (EN_PLURAL_PRONOUNS.has(before.lower) || (/\p{L}{2}s$/u.test(before.lower) && !EN_NOT_PLURAL.has(before.lower)));
  const isPhraseWord = EN_FUNCTION.has(t.lower) || EN_RELATIVES.has(t.lower);
  if (isPluralSubject && !isPhraseWord && !/(s|ly|ing)$/u.test(t.lower) && t.lower.length >= 3) return true;
  if (!/[^su]s$/u.test(t.lower) || before?.kind !== "word") return false;
  // "it seems", "Seoul summons the ambassador": a third-person verb after a pronoun, or between a subject and an
  // object; "Russian troops in Ukraine" has neither ("Russian" names a nationality, "in" starts a phrase).
  if (EN_SINGULAR_SUBJECTS.has(before.lower)) return true;
  return !/(an|ese|ish|i)$/u.test(before.lower) && after?.kind === "word" && !EN_FUNCTION.has(after.lower);
}

import type { LanguagePack } from "../language-pack";
import { germanShapeScore, hasKonjunktivI, plannedNotReported } from "./classify";
import { isGermanVerb } from "./finite-verb";
import { findGermanFrames } from "./frames";
import { GRAMMAR } from "./grammar";
import { germanMainClause } from "./main-clause";
import { germanNominative } from "./nominative";
import * as L from "./lexicon";
import { words } from "../words";

/** The counted noun after a number: "1.000 nordkoreanische Soldaten" → Soldaten (German nouns are capitalised). */
function unitAfter(rest: string): { word: string; end: number } | null {
  const re = /^(\s+)([\p{L}][\p{L}-]*)/u;
  let offset = 0;
  for (let k = 0; k < 3; k++) {
    const m = re.exec(rest.slice(offset));
    if (!m) break;
    const word = m[2]!;
    offset += m[0].length;
    if (/^\p{Lu}/u.test(word)) return { word, end: offset };
    if (!/(e|en|er|es|em)$/.test(word)) return null;
  }
  return null;
}

/**
 * "Die Zahl der Todesopfer ist auf sieben gestiegen", "die Zahl der Verletzten liegt bei 40": the noun after "(An)zahl
 * der/von" counts the number after "auf" or "bei" later in the clause (no comma or other mark between: "auf 12, die
 * Zahl der Verletzten auf 40" counts 40 injured).
 */
const COUNT_BEFORE =
  /\b(?:An)?[Zz]ahl (?:der|von) (\p{Lu}[\p{L}-]*)[^.,;:!?]{0,80}?\s(?:auf|bei)\s+(?:(?:rund|etwa|mehr als|über|mindestens|fast|knapp)\s+)?$/u;
const countBefore = (before: string) => COUNT_BEFORE.exec(before)?.[1] ?? null;

/** Prepositions a sentence may open with, capitalised there: the article after them is no genitive. */
const OPENING_PREPOSITIONS = words(
  "an angesichts anstatt auf aus außerhalb bei dank durch für gegen hinter in infolge innerhalb laut mit nach neben ohne seit statt trotz über um unter von vor während wegen zu zwischen",
);

export const de: LanguagePack = {
  code: "de",
  grammar: GRAMMAR,
  coreference: {
    personPronouns: L.PERSON_PRONOUNS,
    groupPronouns: L.GROUP_PRONOUNS,
    // "sie" is also she: no pronoun is only plural.
    pluralPronouns: new Set<string>(),
    firstPersonPronouns: L.FIRST_PERSON_PRONOUNS,
    relativePronouns: L.RELATIVE_PRONOUNS,
    descriptors: [
      [/^(nachrichten|presse)?agentur$/, ["news_agency"]],
      [/^(blatt|zeitung|tageszeitung|magazin)$/, ["newspaper"]],
      [/^(sender|fernsehsender|rundfunk)$/, ["broadcaster"]],
      [/^(ministerium|behörde|regierung|amt|bundesamt|kommission)$/, ["government"]],
      [/^(geheimdienst|nachrichtendienst|dienst)$/, ["intelligence_service"]],
      [/^(institut|denkfabrik)$/, ["think_tank"]],
      [/^(studie|bericht|umfrage)$/, ["study"]],
      // "… schreiben die Forscher" after "eine Studie im Fachblatt „Lancet“": the study's authors.
      [
        /^(forscher|forscherinnen|wissenschaftler|wissenschaftlerinnen|autoren|studienautoren)$/,
        ["study", "think_tank"],
      ],
      [
        /^(organisation|gruppe|bündnis|bank|konzern|unternehmen|firma|fonds|hersteller|autobauer|gewerkschaft|verband)$/,
        ["organization"],
      ],
    ],
    // "Die Regierung" after "die Bundesanwaltschaft" is not the prosecutor's office.
    namedOnly: /^(regierung|ministerium)$/,
    localBodies: [
      [
        /^(polizei|küstenwache|feuerwehr|staatsanwaltschaft|armee|militär|marine|gericht|rettungsdienst)$/,
        ["government"],
      ],
      [/^(krankenhaus|klinik|klinikum|fluggesellschaft|reederei|betreiber)$/, ["organization"]],
    ],
    // Compounds end on the head: "Regierungskreisen", "Medienberichten", "Sicherheitsexperten". Authorities and
    // rescuers in the plural are no one named either ("sagten örtliche Behörden", as "local officials said").
    unnamedHead:
      /(kreise|kreisen|insider|insidern|diplomaten|beamte|beamten|quellen|experten|beobachter|beobachtern|augenzeugen|berichte|berichten|informanten|vertraute|vertrauten|anwohner|anwohnern|kritiker|kritikern|ermittler|ermittlern|angaben|personen|ökonomen|volkswirte|volkswirten|ärzte|ärzten|befragte|befragten|demonstranten|aktivisten|beschäftigte|beschäftigten|behörden|rettungskräfte|rettungskräften|einsatzkräfte|einsatzkräften|sanitäter|sanitätern|feuerwehrleute|feuerwehrleuten)$/,
    countryDescription: /^(das|dieses) Land(?![\p{L}])/iu,
    unnamedTail: /^(aus|in|im|der|des|von|vom|mit|um|nahe|bei|beim)$/,
    nominative: germanNominative,
  },
  // The title of a pasted article may end with a period: its colon rule runs on the whole first paragraph.
  findFrames: (tokens, _isHeading, isTitle) => findGermanFrames(tokens, isTitle),
  recipient: {
    verbs: words("bestätigte erklärte sagte sagten sagt schrieb"),
    markers: words("dem der gegenüber"),
    bareObject: new Set(),
  },
  confirmation: {
    verbs: words("bestätigt bestätigte bestätigten"),
    // "Diese Information wurde … bestätigt", "X bestätigte diese Angaben", "Das bestätigte auch X".
    refersBack:
      /\b(diese[rns]?|die|den|der)\s+(information(en)?|angaben?|meldung(en)?|berichte?|darstellung|zahlen?)\b|\bbestätigten?\s+(dies|das)\b|^(dies|das)\s+(wurde|bestätigte)\b/i,
  },
  speechTag: /^(\p{Lu}[\p{L}.'’-]*\s+){1,4}(sagte|sagt|fragte|fragt|rief|schrieb|meinte|erwiderte)\.?$/u,
  reportedBefore:
    /^(das|dies)\s+(berichtete|berichteten|berichtet|meldete|meldeten|meldet|sagte|sagten|schrieb|teilte|erklärte|erfuhr)\b/i,
  // "Das Land forderte zudem …", "Demnach …".
  continuationMarkers: /\b(demnach|zudem|außerdem|ferner|darüber hinaus|weiter hieß es|dem bericht nach)\b/i,
  framingHoldsForParagraph: true,
  isReportedSpeech: hasKonjunktivI,
  // "Berichten zufolge" without a named source leaves the claim unconfirmed.
  hedges: {
    words: L.HEDGES,
    phrases: /\b(unbestätigten |ersten )?(berichten|medienberichten) zufolge\b/i,
    plans: plannedNotReported,
  },
  opinion: {
    conditional: L.CONDITIONAL,
    evaluative: L.EVALUATIVE,
    firstPerson: L.FIRST_PERSON,
    shapeScore: germanShapeScore,
  },
  isFiniteVerb: isGermanVerb,
  compound: {
    conjunctions: L.COMPOUND_CONJUNCTIONS,
    subordinators: words("während wohingegen"),
    coordinators: words("und"),
    pairingWords: words("sowohl zwischen"),
    notVerb: L.COMPOUND_NOT_VERB,
    obliqueStarts: L.OBLIQUE_ARTICLES,
  },
  label: {
    auxiliaries: L.LABEL_AUXILIARIES,
    drop: L.LABEL_DROP,
    // A genitive after its noun: "Kapitän des Frachtschiffs", "Zahl der Toten" (not after a preposition that opens the
    // sentence: "Wegen der Hitze").
    keptArticle: (previous, article) =>
      /^(des|der)$/i.test(article) &&
      /^\p{Lu}\p{Ll}/u.test(previous) &&
      !OPENING_PREPOSITIONS.has(previous.toLowerCase()),
    trailingStop: L.LABEL_TRAILING_STOP,
    clauseFinalParticles: words("ab an auf aus bei ein mit nach vor zu"),
    cueWords: L.LABEL_CUE_WORDS,
    contentOpeners: L.CONTENT_OPENERS,
    accusativeArticles: L.ACCUSATIVE_ARTICLES,
    relatives: words("welche welcher welches"),
    // German reports with a clause of its own ("…, und sagte, …"), not with a participle.
    reportingParticiples: new Set(),
    openingPrepositions: words("auf mit nach unter"),
    speakerJoiners: words("aber und"),
    finalParticiple: L.LABEL_FINAL_PARTICIPLE,
    quantityVerb: null,
  },
  mainClause: germanMainClause,
  numbers: { thousands: ".", decimal: ",", unitAfter, countBefore, monthBeforeDay: false, billion: 1e12 },
};

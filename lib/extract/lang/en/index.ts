import type { LanguagePack } from "../language-pack";
import { englishShapeScore } from "./classify";
import { isEnglishVerb } from "./finite-verb";
import { findEnglishFrames } from "./frames";
import { GRAMMAR } from "./grammar";
import * as L from "./lexicon";
import { words } from "../words";

const UNIT_STOP =
  /^(to|in|of|for|and|or|the|a|an|on|at|by|from|with|were|was|are|is|had|have|has|who|that|which|per|percent|more|than|years?)$/i;

// "10 years in prison", "six years and nine months in prison", "three years behind bars".
const PRISON_TERM =
  /^(\s+)(years?)(?=(?:\s+and\s+[\p{L}\d]+\s+months?)?\s+(?:in (?:prison|jail)|behind bars|of (?:prison|imprisonment|jail))\b)/iu;

// Plurals without an -s end the counted phrase too: "12 people died" counts people.
const IRREGULAR_PLURALS = words("children men people personnel police staff women");

/**
 * "Four of the injured", "two of the soldiers": a part of a whole counts what the whole is ("12 of the 40 passengers"
 * is 12 and 40 passengers, as before).
 */
const PARTITIVE =
  /^\s+of\s+(?:the|those|these)(?=\s)(?!\s+(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|a)\b))/i;
/** What a part is of: a plural, or people a participle names ("the injured", "the dead"). */
const WHOLE =
  /(?:[^s]s|^(?:injured|wounded|dead|missing|accused|detained|displaced|people|children|men|women|staff|personnel))$/i;
const SPELLED_WORD = /^(?:ones|twos|tens|dozens|hundreds|thousands|millions|billions)$/i;

/** The counted noun after a number: "1,000 North Korean troops" → troops; "8 million artillery shells" → shells. */
function unitAfter(rest: string): { word: string; end: number } | null {
  const part = PARTITIVE.exec(rest);
  if (part) {
    const whole = countedNoun(rest.slice(part[0].length));
    // Only a whole of people or things ("the injured", "the soldiers"), not "the past six years" or "the company's".
    return whole && WHOLE.test(whole.word) && !SPELLED_WORD.test(whole.word)
      ? { word: whole.word, end: part[0].length + whole.end }
      : null;
  }
  return countedNoun(rest);
}

function countedNoun(rest: string): { word: string; end: number } | null {
  // Years are a duration or an age ("10 years ago", "five years old"), not a count, but for a prison term they are
  // what is counted: "up to 10 years in prison" as "bis zu zehn Jahre Haft".
  const term = PRISON_TERM.exec(rest);
  if (term) return { word: term[2]!, end: term[1]!.length + term[2]!.length };
  const re = /^(\s+)([\p{L}][\p{L}-]*)/u;
  let offset = 0;
  let candidate: { word: string; end: number } | null = null;
  for (let k = 0; k < 3; k++) {
    const m = re.exec(rest.slice(offset));
    if (!m) break;
    const word = m[2]!;
    offset += m[0].length;
    if (UNIT_STOP.test(word) || (candidate && /ed$/.test(word))) break; // "12 soldiers killed": a verb follows
    const isLower = /^\p{Ll}/u.test(word);
    if (!isLower && !/s$/.test(word)) continue; // "North Korean" modifies what follows
    candidate = { word, end: offset };
    if (/s$/.test(word) || !isLower || IRREGULAR_PLURALS.has(word.toLowerCase())) break; // a plural ends it
  }
  return candidate && countedNounAfter(rest, candidate);
}

/**
 * The noun a word ending in "s" stands before: "30,000 measles cases", "12 news sites", "40 glass containers" count
 * cases, sites and containers. Only a lower-case plural right after, not a word of grammar ("whereas", "overseas").
 */
function countedNounAfter(rest: string, candidate: { word: string; end: number }): { word: string; end: number } {
  if (!/^\p{Ll}/u.test(candidate.word)) return candidate;
  const next = /^\s+(\p{Ll}{3,}[^s\W]s)\b/u.exec(rest.slice(candidate.end));
  if (!next || UNIT_STOP.test(next[1]!) || NOT_NOUNS.has(next[1]!) || ADVERB_OR_ADJECTIVE.test(next[1]!))
    return candidate;
  return { word: next[1]!, end: candidate.end + next[0].length };
}
const NOT_NOUNS = words("besides nowadays overseas perhaps sometimes whereas");
// "troops overseas", "westwards", "numerous", "regardless".
const ADVERB_OR_ADJECTIVE = /(?:wards|ways|ous|less)$/;

/**
 * "The death toll rose to 9", "the number of injured stands at 40": a death toll counts deaths, "the number of X"
 * counts X, for the number after "to" or "at" later in the clause (no comma between: "the toll rose to 12, and the
 * number of injured to 40" counts 40 injured). Not a toll of another kind ("the financial toll").
 */
const COUNT_BEFORE =
  /\b(?:(death|casualty|fatality) toll|number of (?:the )?(\p{L}[\p{L}-]*))\b[^.,;:!?]{0,80}?\s(?:to|at)\s+(?:(?:about|around|more than|over|at least|nearly|almost)\s+)?$/iu;
function countBefore(before: string): string | null {
  const m = COUNT_BEFORE.exec(before);
  if (!m) return null;
  if (m[2]) return m[2];
  return m[1]!.toLowerCase() === "casualty" ? "casualties" : "deaths";
}

export const en: LanguagePack = {
  code: "en",
  grammar: GRAMMAR,
  coreference: {
    personPronouns: L.PERSON_PRONOUNS,
    groupPronouns: L.GROUP_PRONOUNS,
    pluralPronouns: words("they"),
    firstPersonPronouns: L.FIRST_PERSON_PRONOUNS,
    relativePronouns: L.RELATIVE_PRONOUNS,
    descriptors: [
      [/^news agency$|^wire service$/, ["news_agency"]],
      // "The agency said it had received only 22 %" after the World Food Programme: not only wires are agencies.
      [/^agency$/, ["news_agency", "organization", "government", "intelligence_service"]],
      [/^(bureau|office|authority|commission)$/, ["government", "organization"]],
      [/^(newspaper|paper|magazine)$/, ["newspaper"]],
      [/^(broadcaster|network|channel)$/, ["broadcaster"]],
      [/^(ministry|department|government|administration)$/, ["government"]],
      [/^(intelligence service|intelligence agency|spy agency)$/, ["intelligence_service"]],
      [/^(think tank|institute|center|centre)$/, ["think_tank"]],
      [/^(study|report|survey)$/, ["study"]],
      // "… researchers found" after "a study published in The Lancet": the study's authors.
      [/^(researchers|scientists|authors|study authors)$/, ["study", "think_tank"]],
      [
        /^(organization|group|alliance|bank|fund|company|firm|lender|insurer|carmaker|automaker|retailer|union)$/,
        ["organization"],
      ],
    ],
    // "The government" after "the prosecutor's office" is not that office.
    namedOnly: /^(government|ministry|administration)$/,
    localBodies: [
      [
        /^(police|coast ?guard|coastguard|fire (service|brigade|department)|prosecutors?|army|military|navy|court|ambulance service|emergency services)$/,
        ["government"],
      ],
      [/^(hospital|airline|operator)$/, ["organization"]],
    ],
    unnamedHead:
      /^(officials?|sources?|people|person|insiders?|diplomats?|aides?|analysts|experts|observers|witnesses|residents|reports|critics|sceptics|skeptics|supporters|opponents|lawmakers|investigators|officers?|economists|strategists|doctors|respondents|voters|activists|protesters|employees|workers|councillors|councilors|authorities|rescuers|medics|paramedics|firefighters)$/,
    countryDescription: /^(the|this) country(?![\p{L}])/iu,
    unnamedTail: /^(familiar|close|with|who|briefed|involved|knowledgeable|speaking|in|at|from|of|on)$/,
  },
  findFrames: findEnglishFrames,
  recipient: {
    verbs: words("confirmed explained said says tell telling tells told wrote"),
    markers: words("to"),
    bareObject: words("tell telling tells told"),
  },
  confirmation: {
    verbs: words("confirm confirmed confirms"),
    // "X confirmed the report", "This was confirmed by X", "The information was confirmed by X".
    refersBack:
      /\b(this|that|these|the)\s+(information|reports?|account|figures?|claims?)\b|\bconfirmed\s+(this|that|it)\b|^(this|that|it)\s+(was|has been)\s+confirmed\b/i,
  },
  speechTag: /^(\p{Lu}[\p{L}.'’-]*\s+){1,4}(said|says|asked|asks|added|adds|wrote|writes|replied|shouted)\.?$/u,
  reportedBefore:
    /^(that|this)(\s+is|\s+was|['’]s)\s+(according to|what)\b|^(that|this)\s+(was|has been)\s+(first\s+)?reported by\b/i,
  // "He also …", "Furthermore, …".
  continuationMarkers: /^(he|she|they|it) also\b|\b(furthermore|moreover|additionally|in addition)\b/i,
  // English news re-attributes each sentence: carrying a framing forward (measured on PolNeAR train) added far more
  // wrong sources than right ones.
  framingHoldsForParagraph: false,
  isReportedSpeech: () => false,
  hedges: {
    words: L.HEDGES,
    phrases:
      /\b(is|are|was|were) (said|reported|believed|thought) to\b|\baccording to (unconfirmed |media )?reports\b/i,
  },
  opinion: {
    conditional: L.CONDITIONAL,
    evaluative: L.EVALUATIVE,
    firstPerson: L.FIRST_PERSON,
    shapeScore: englishShapeScore,
  },
  isFiniteVerb: isEnglishVerb,
  compound: {
    conjunctions: L.COMPOUND_CONJUNCTIONS,
    subordinators: words("whereas while"),
    coordinators: words("and"),
    pairingWords: words("between both"),
    notVerb: L.COMPOUND_NOT_VERB,
    obliqueStarts: new Set(),
  },
  label: {
    auxiliaries: L.LABEL_AUXILIARIES,
    drop: L.LABEL_DROP,
    keptArticle: (previous, article) => previous.toLowerCase() === "of" && article.toLowerCase() === "the",
    trailingStop: L.LABEL_TRAILING_STOP,
    clauseFinalParticles: words("away back down off out up"),
    cueWords: L.LABEL_CUE_WORDS,
    contentOpeners: L.CONTENT_OPENERS,
    accusativeArticles: new Set(),
    relatives: words("which who whose"),
    reportingParticiples: L.SPEECH_PARTICIPLES,
    openingPrepositions: words("per to"),
    speakerJoiners: words("and but"),
    finalParticiple: null,
    quantityVerb: { past: L.LABEL_PAST_VERB, change: L.LABEL_CHANGE_VERBS },
  },
  // English keeps subject-verb order in subordinate clauses.
  mainClause: () => null,
  numbers: { thousands: ",", decimal: ".", unitAfter, countBefore, monthBeforeDay: true, billion: 1e9 },
};

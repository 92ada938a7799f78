import type { Grammar } from "../language-pack";
import * as L from "./lexicon";

/** English heads may be lower-case ("the foreign ministry", "officials"). */
export const GRAMMAR: Grammar = {
  determiners: L.DETERMINERS,
  personalPronouns: L.PERSONAL_PRONOUNS,
  nonSubjectOpeners: L.NON_SUBJECT_OPENERS,
  timeWords: L.TIME_WORDS,
  calendarWords: L.CALENDAR_WORDS,
  timePrepositions: L.TIME_PREPOSITIONS,
  clauseConjunctions: L.CLAUSE_CONJUNCTIONS,
  nonSourceWords: L.NON_SOURCE_WORDS,
  genitiveArticles: new Set(),
  isNonAgentHead: (word) => L.NON_AGENT_HEADS.has(word.toLowerCase()),
  isAdjective: () => false,
  lowerCaseHeads: {
    stop: L.NOUN_PHRASE_STOP,
    // "The campaign dramatically expanded": an adverb after a noun ends the phrase as a verb does.
    isVerb: (w) =>
      /ed$/.test(w) ||
      L.VERBS_AFTER_NAME.has(w) ||
      L.FINITE.has(w) ||
      (/ly$/.test(w) && w.length > 4 && !L.LY_NOUNS.has(w)),
  },
  originOf: {
    prepositions: L.ORIGIN_PREPOSITIONS,
    heads:
      /^(data|poll|polls|survey|surveys|report|reports|study|studies|analysis|figures|statement|records|documents?|estimates?|officials?|spokes(man|woman|person)|sources?)$/,
  },
};

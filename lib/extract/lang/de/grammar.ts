import type { Grammar } from "../language-pack";
import * as L from "./lexicon";

const GERMAN_ADJECTIVE = /^\p{Ll}[\p{Ll}-]*(e|en|er|es|em)$/u;

/** German nouns are capitalised; a lower-case word ending like an adjective before a noun modifies it. */
export const GRAMMAR: Grammar = {
  determiners: L.DETERMINERS,
  personalPronouns: L.PERSONAL_PRONOUNS,
  nonSubjectOpeners: L.NON_SUBJECT_OPENERS,
  timeWords: L.TIME_WORDS,
  calendarWords: L.CALENDAR_WORDS,
  timePrepositions: L.TIME_PREPOSITIONS,
  clauseConjunctions: L.CLAUSE_CONJUNCTIONS,
  nonSourceWords: L.NON_SOURCE_WORDS,
  genitiveArticles: L.GENITIVE_ARTICLES,
  // Events, pieces of information and pictures confirm nothing themselves: "Die Festnahme bestätigte die Polizei"
  // puts the object first. Not "-ung"/"-tion" at large: "Fraktion", "Führung" and "Opposition" speak.
  isNonAgentHead: (word) =>
    /(nahme|nahmen|information|informationen|ereignis|vorfall|bild|foto|video|aufnahme|grafik|karte)$/i.test(word),
  isAdjective: (word) => GERMAN_ADJECTIVE.test(word) && !L.NOT_ADJECTIVES.has(word),
  lowerCaseHeads: null,
  originOf: null,
};

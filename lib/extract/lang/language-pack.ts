import type { Frame } from "../attribution/frame";
import type { Language, SourceType } from "../schema";
import type { Token } from "../text/tokenize";

/** What the language-free noun-phrase and clause readers need to know about a language's grammar. */
export interface Grammar {
  determiners: Set<string>;
  /** Pronouns that are whole noun phrases: "sagte er", "he said". */
  personalPronouns: Set<string>;
  /** Words that open a sentence without being its subject: "Dennoch äußerte …", "However, …". */
  nonSubjectOpeners: Set<string>;
  /** Heads that are times, not speakers: "Am Montag sagte …". */
  timeWords: Set<string>;
  /** Weekdays and months: never a speaker, capitalised or not. */
  calendarWords: Set<string>;
  /** Words before a time word that make a time phrase: "on Tuesday", "am Montag". */
  timePrepositions: Set<string>;
  /** Coordinating conjunctions that open a clause of their own: "…, and Nicklaus said". */
  clauseConjunctions: Set<string>;
  /** Words that never name a source ("you", "man", "it"). */
  nonSourceWords: Set<string>;
  /** Genitive articles that attach a noun phrase to the one before: "Sprecher des Ministeriums". */
  genitiveArticles: Set<string>;
  /**
   * A head that names an event or a thing, never an agent: "Die Festnahme bestätigte …", "This image shows …".
   * Only asked of phrases the source typing cannot place (a "Regierung" or a "Zeitung" is an agent).
   */
  isNonAgentHead(word: string): boolean;
  /** An attributive adjective before a noun ("der russische Botschafter"); unused where heads may be lower-case. */
  isAdjective(word: string): boolean;
  /**
   * English heads may be lower-case ("the foreign ministry", "officials"); `stop` ends such a phrase, and after a
   * name `isVerb` tells the verb from a head ("the Kremlin called", "Kim said"). Null where nouns are capitalised.
   */
  lowerCaseHeads: { stop: Set<string>; isVerb(word: string): boolean } | null;
  /** "data from the Vigo County office", "a poll by Quinnipiac": the origin named after such a head. */
  originOf: { prepositions: Set<string>; heads: RegExp } | null;
}

/** How a language refers back to a source already named. */
export interface Coreference {
  personPronouns: Set<string>;
  groupPronouns: Set<string>;
  /** Group pronouns that are only plural ("they"): a clause's opening subject may be what they mean. */
  pluralPronouns: Set<string>;
  /** "I"/"we": inside a quote, its speaker. */
  firstPersonPronouns: Set<string>;
  relativePronouns: Set<string>;
  /** Definite descriptions and the source types they fit: "die Agentur" → news agency. */
  descriptors: [RegExp, SourceType[]][];
  /** Descriptions that refer back only to an entity whose name holds them: "the government", "das Ministerium". */
  namedOnly: RegExp;
  /**
   * Bodies every story has one of, named by their kind alone ("the police", "the coast guard", "die Feuerwehr"), and
   * their source types. Each is the story's own: it refers back only to a body whose name holds it ("Berlin police"),
   * else it is that article's source — never a registry entry that would make every story's police one source, even
   * where such an entry exists. Matched against the description's last one or two words; a word before them that
   * says which one ("der bayerischen Polizei") leaves it a name.
   */
  localBodies: [RegExp, SourceType[]][];
  /**
   * The word a description of people or reports without a name ends on ("officials", "two officials familiar with
   * the plans", "informierte Kreise", "Medienberichten"): the source is unnamed, a source of that article only.
   */
  unnamedHead: RegExp;
  /** Words after that head which only describe it further: "familiar with …", "close to …", "aus …". */
  unnamedTail: RegExp;
  /** A sentence that opens with "the country" / "das Land": the country named last is meant. */
  countryDescription: RegExp;
  /**
   * A body's name as written alone, from a mention in the case its place in the sentence gave it ("des Deutschen
   * Wetterdienstes" → "Deutscher Wetterdienst"); null where it cannot tell. A language without cases has none.
   */
  nominative?: (mention: string) => string | null;
}

/** Where a sentence splits into claims: "Seoul sent envoys, but Moscow refused". */
export interface CompoundRules {
  conjunctions: Set<string>;
  /** Open a full clause even without a comma before them: "während", "while". */
  subordinators: Set<string>;
  /** Join main clauses without a comma before them: "und", "and". */
  coordinators: Set<string>;
  /** "zwischen Moskau und Pjöngjang": after these "und" joins nouns. */
  pairingWords: Set<string>;
  /** After a subject these are not verbs. */
  notVerb: Set<string>;
  /** A subject is nominative: "und dem Westen verschärfen" coordinates objects. */
  obliqueStarts: Set<string>;
}

/** Claim labels: a short headline from the claim's words. */
export interface LabelRules {
  auxiliaries: Set<string>;
  /** Articles and sentence adverbs that carry nothing in a headline. */
  drop: Set<string>;
  /**
   * An article of `drop` a headline keeps after the word before it, where leaving it out breaks the phrase: "Four of
   * the injured", "Kapitän des Frachtschiffs" (not "Four of injured", "Kapitän Frachtschiffs").
   */
  keptArticle: (previous: string, article: string) => boolean;
  /** Function words a headline never ends on ("und", "zwischen", "could", "the"). */
  trailingStop: Set<string>;
  /** Verb particles that end a whole clause and belong to its verb: "wendet sich Pjöngjang zu". */
  clauseFinalParticles: Set<string>;
  /** Cue words that belong to the attribution, not to the claim. */
  cueWords: Set<string>;
  /** Words that open reported content: "dass", "that". */
  contentOpeners: Set<string>;
  accusativeArticles: Set<string>;
  /** Relative pronouns that open an aside inside the content: "agriculture, which accounts for …, expanded". */
  relatives: Set<string>;
  /** Participles after a comma that open what the main clause's subject said: "…, saying Clinton would lose". */
  reportingParticiples: Set<string>;
  /** Prepositions that open the phrase after an attribution, never part of it: "nach offiziellen Angaben | auf 45". */
  openingPrepositions: Set<string>;
  /** Words that join two speakers, or a speaker's two verbs: "Clinton and Trump say", "…, but said". */
  speakerJoiners: Set<string>;
  /** German headlines end in a participle ("Botschafter einbestellt"): the forms it takes, or null. */
  finalParticiple: RegExp | null;
  /** English headlines put a counted figure before its verb ("1,000 troops sent"): the past forms, or null. */
  quantityVerb: {
    past: RegExp;
    /** Verbs whose figure is a size, not an object: "Prices rose 3 percent" is not "3 percent rose". */
    change: Set<string>;
  } | null;
}

/** Opinion evidence: each listed word scores, plus the language's own sentence shapes (imperatives, "Dies … dar"). */
export interface OpinionCues {
  conditional: Set<string>;
  evaluative: Set<string>;
  firstPerson: Set<string>;
  shapeScore(lower: string[], tokens: Token[]): number;
}

/** How a language names who a statement was made to: "sagte dem „Handelsblatt“", "told Reuters", "confirmed to NBC". */
export interface RecipientRules {
  verbs: Set<string>;
  /** Words between the verb and the recipient: "dem", "gegenüber", "to". */
  markers: Set<string>;
  /** Verbs whose recipient follows with no marker: "told Reuters". */
  bareObject: Set<string>;
}

/** Everything the pipeline knows about one language; adding a language adds one of these in `lang/<code>/`. */
export interface LanguagePack {
  code: Language;
  grammar: Grammar;
  coreference: Coreference;
  /** Every attribution in one sentence (the language's cue rules, each with its rule id). */
  findFrames(tokens: Token[], isHeading: boolean, isTitle: boolean): Frame[];
  /** Who a statement was made to: "sagte dem „Handelsblatt“", "told Reuters". */
  recipient: RecipientRules;
  /** A sentence that confirms the one before it: its verbs, and the words that point back ("diese Information"). */
  confirmation: { verbs: Set<string>; refersBack: RegExp };
  /**
   * A sentence that only says who reported the one before it: "Das berichtete die Nachrichtenagentur Yonhap.",
   * "That's according to the AP." Its source is the earlier sentence's.
   */
  reportedBefore: RegExp;
  /** A sentence that is only a speaker and a verb of saying ("Trump said."): it tags the quote before it. */
  speechTag: RegExp;
  /** Sentence openers that continue the report before them: "Demnach …", "He also …". */
  continuationMarkers: RegExp;
  /** German reporting holds a framing ("Dem CSIS zufolge …") for the paragraph; English re-attributes each sentence. */
  framingHoldsForParagraph: boolean;
  /** Grammatical marking of reported speech (German Konjunktiv I), which carries the last attribution forward. */
  isReportedSpeech(tokens: Token[]): boolean;
  /** Words and phrases that qualify a claim's truth ("angeblich", "reportedly", "is said to"). */
  hedges: {
    words: Set<string>;
    phrases: RegExp | null;
    /** Whether the hedge word at `i` states a plan, not hearsay ("sollen am Freitag fortgesetzt werden"). */
    plans?: (tokens: Token[], i: number) => boolean;
  };
  /** Evidence that a sentence gives the author's view rather than a checkable fact. */
  opinion: OpinionCues;
  /** Whether token `i` is a finite verb (a cheap rule, not a parser). */
  isFiniteVerb(tokens: Token[], i: number): boolean;
  /** Coordinated main clauses that each make a claim. */
  compound: CompoundRules;
  label: LabelRules;
  /**
   * A subordinate clause split off a sentence, in main-clause order so the claim reads on its own (German puts the
   * verb last after "während"); null to keep the article's words. `offset` is where `text` starts in the article.
   */
  mainClause(tokens: Token[], text: string, offset: number): string | null;
  numbers: {
    thousands: string;
    decimal: string;
    unitAfter(rest: string): { word: string; end: number } | null;
    /**
     * What a number counts when it is named before it, as a count rising to or standing at the number: "Die Zahl der
     * Todesopfer stieg auf sieben" (Todesopfer), "the death toll rose to 9" (deaths). `before` is the text right
     * before the number, at most COUNT_WINDOW characters.
     */
    countBefore(before: string): string | null;
    /** Dates that put the month before the day ("Oct. 25"), so the number after a month is a day. */
    monthBeforeDay: boolean;
    /** What "billion" is: a thousand millions in English, a million millions in German ("Milliarde" is 10⁹). */
    billion: number;
  };
}

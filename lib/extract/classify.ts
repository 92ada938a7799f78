import { DE_KONJUNKTIV_I, words } from "./attribution/lexicon";
import type { Language } from "./schema";
import type { Token } from "./text/tokenize";
import { readNounPhraseForward } from "./attribution/noun-phrase";

// Conditional and predictive verb forms: "Dies würde die Spannungen … verschärfen", "Sollten …, wäre …".
const DE_CONDITIONAL = words("würde würden wäre wären hätte hätten sollte sollten müsste müssten dürfte dürften");
const EN_CONDITIONAL = words("would could should might must ought");
// The author's own evaluation: evaluative nouns, adjectives and stance adverbs.
const DE_EVALUATIVE = words(`
  rückschlag skandal katastrophe desaster debakel fiasko erfolg misserfolg fehler versagen schande blamage
  leider hoffentlich zweifellos offensichtlich eindeutig zweifelsohne natürlich selbstverständlich bedauerlicherweise
  erfreulicherweise glücklicherweise unglücklicherweise ausgerechnet endlich immerhin gar absurd lächerlich
  skandalös fatal verheerend dramatisch schrecklich furchtbar großartig hervorragend wunderbar peinlich
  unverantwortlich unverständlich fragwürdig zynisch naiv dumm klug richtig falsch gefährlich bedenklich
  wichtig unerlässlich notwendig nötig dringend bemerkenswert erstaunlich überraschend enttäuschend
  sicherlich wohl vermutlich eigentlich tatsächlich geradezu regelrecht völlig absolut äußerst extrem
  unglaublich unerträglich unsäglich grotesk höchste schlimm schlimmer schlimmste besser beste
  meiner meines unserer ansicht meinung
  unsinn quatsch lüge lügen propaganda hysterie panikmache wahnsinn irrsinn dreck skandalös geschäftemacherei
  sogenannte sogenannten sogenannter angeblichen kolossal kolossale massiv massive total totale völlige gänzlich
  überhaupt nichtmal einmal sinnlos unfassbar ungeheuerlich empörend perfide dreist zweifelhaft willkürlich
  vorsätzlich erbärmlich katastrophal verheerende ideologie ideologisch naive zynische
`);
const EN_EVALUATIVE = words(`
  setback scandal disaster catastrophe fiasco failure disgrace shame success mistake blunder
  unfortunately hopefully undoubtedly obviously clearly evidently naturally sadly luckily fortunately
  regrettably absurd ridiculous outrageous scandalous terrible horrible awful great excellent wonderful
  embarrassing irresponsible questionable cynical naive stupid smart wise foolish wrong right dangerous
  important crucial essential necessary urgent remarkable astonishing surprising disappointing shocking
  certainly probably surely arguably really truly utterly absolutely extremely incredibly simply just
  unbearable grotesque worst worse best better brilliant pathetic appalling disgraceful despicable
  beautiful ugly fantastic amazing stunning sad tragic perhaps maybe seem seems seemed
  opinion believe think feel
  nightmare fraud nonsense cabal propaganda lies lie hysteria scam insane toxic sinister whim indoctrinated
  poisons poison wildfire chaotic deeply completely massively totally entirely hardly merely mere strongest
  weakest greatest hypocrisy hypocritical absurdity disastrous ludicrous farcical reckless shameful outrageous
  radical extremist woke elites leftists so-called supposed nothing everything anyone everyone nobody never
  doubt doubtful sadly alas indeed hot air
`);
// Sentences that open with an imperative address the reader: "Observe another strange bedfellowship."
const EN_IMPERATIVE_OPENERS = words("observe consider imagine remember look note think let's suppose recall picture");
const DE_IMPERATIVE = /^\p{Lu}\p{Ll}+en Sie\b/u;
// Words in quotes without a speaker are often scare quotes: „Schiffbrüchige“, "illegal alien".
const SCARE_QUOTE = /[„“"‘'«»][\p{L}-]+(\s[\p{L}-]+)?[“”"’'«»]/u;
const DE_FIRST_PERSON = words("ich wir mein meine meinen unser unsere unseren uns mir mich");
const EN_FIRST_PERSON = words("i we my our us me i'm we're let's");
const DE_HEDGES = words(
  "angeblich mutmaßlich vermutlich offenbar offensichtlich möglicherweise anscheinend wohl soll sollen",
);
const EN_HEDGES = words(`reportedly allegedly purportedly apparently supposedly possibly may might could
  alleged suspected presumably rumoured rumored unconfirmed likely`);
const OPINION_THRESHOLD = 1;

export interface SentenceFeatures {
  isKonjunktivI: boolean;
  isHedged: boolean;
  opinionScore: number;
}

// End in "-e" after a subject without being Konjunktiv I: past tense, adjectives, prepositions.
const NOT_KONJUNKTIV =
  /(te|de|ische|liche|ige|ene|ere|ste|bare|same|ale|ive|ne|he|se|ze)$|^(zufolge|gegenüber|gerne|heute|bitte|alle|beide|keine|ohne|ebene)$/;

/** Konjunktiv I marks reported speech in German ("Russland betrachte Südkorea als …", "es prüfe alle Möglichkeiten"). */
export function hasKonjunktivI(lower: string[], tokens: Token[]): boolean {
  if (lower.some((w) => DE_KONJUNKTIV_I.has(w))) return true;
  // Unlisted verbs: a lower-case "-e" form right after the opening subject ("Seoul betrachte").
  const subject = readNounPhraseForward(tokens, 0, "de");
  const verb = subject ? tokens[subject.to] : undefined;
  return verb !== undefined && /^\p{Ll}{3,}e$/u.test(verb.text) && !NOT_KONJUNKTIV.test(verb.text);
}

export function describeSentence(text: string, tokens: Token[], lang: Language): SentenceFeatures {
  const lower = tokens.map((t) => t.lower);
  const isKonjunktivI = lang === "de" && hasKonjunktivI(lower, tokens);
  const hedges = lang === "de" ? DE_HEDGES : EN_HEDGES;
  const isHedged =
    isKonjunktivI ||
    lower.some((w) => hedges.has(w)) ||
    (lang === "en" && /\b(is|are|was|were) (said|reported|believed|thought) to\b/i.test(text));
  return { isKonjunktivI, isHedged, opinionScore: scoreOpinion(text, lower, tokens, lang) };
}

/** Evidence that a sentence gives the author's view rather than a checkable fact. */
export function scoreOpinion(text: string, lower: string[], tokens: Token[], lang: Language): number {
  const conditional = lang === "de" ? DE_CONDITIONAL : EN_CONDITIONAL;
  const evaluative = lang === "de" ? DE_EVALUATIVE : EN_EVALUATIVE;
  const firstPerson = lang === "de" ? DE_FIRST_PERSON : EN_FIRST_PERSON;
  let score = 0;
  for (const w of lower) {
    if (conditional.has(w)) score += 1;
    if (evaluative.has(w)) score += 1;
    if (firstPerson.has(w)) score += 0.5;
  }
  if (tokens.some((t) => t.text === "!")) score += 1;
  if (lang === "en" && EN_IMPERATIVE_OPENERS.has(lower[0] ?? "")) score += 1;
  if (
    lang === "de" &&
    DE_IMPERATIVE.test(
      tokens
        .slice(0, 2)
        .map((t) => t.text)
        .join(" "),
    )
  )
    score += 1;
  if (SCARE_QUOTE.test(text.length > 2000 ? text.slice(0, 2000) : text)) score += 0.5;
  // "Dies stellt einen weiteren Rückschlag … dar": a demonstrative summing up what came before is a judgement.
  if (lang === "de" && /^(dies|das)$/.test(lower[0] ?? "") && lower.includes("dar")) score += 1;
  if (lang === "en" && /^(this|that)$/.test(lower[0] ?? "") && /^(is|was|marks|represents)$/.test(lower[1] ?? ""))
    score += 0.5;
  return score;
}

export function isOpinion(features: SentenceFeatures): boolean {
  return features.opinionScore >= OPINION_THRESHOLD;
}

export function isQuestion(sentenceText: string): boolean {
  return /\?["“”»«’)]*$/u.test(sentenceText.trim());
}

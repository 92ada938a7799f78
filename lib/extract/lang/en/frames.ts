import type { AddFrame, Frame, TokenRange } from "../../attribution/frame";
import {
  CLAUSE_WINDOW,
  cleanSubject,
  findNear,
  isPunct,
  isUntypedPhrase,
  lowerOf,
  phraseAfter,
  skipInsertions,
  startsClause,
  subjectBefore,
} from "../../attribution/frame-helpers";
import {
  dataOrigin,
  isDataHead,
  isFindingSubject,
  studySubjectBefore,
  withStudyPlace,
} from "../../attribution/finding-frame";
import { addHeadlineColonFrame } from "../../attribution/headline-colon";
import { ORGANISATION_HEAD } from "../../attribution/named-in-passing";
import { readNounPhraseBackward, readNounPhraseForward } from "../../attribution/noun-phrase";
import { shareSubjectBefore } from "../../attribution/share-subject";
import { isQuoteMark } from "../../text/quote-marks";
import type { Token } from "../../text/tokenize";
import { isCapitalized } from "../../text/tokenize";
import { isEnglishVerb } from "./finite-verb";
import { GRAMMAR as G } from "./grammar";
import {
  BELIEF_VERBS,
  FINDING_VERBS,
  FINITE,
  LY_NOUNS,
  NON_INVERTING,
  PASSIVE_PARTICIPLES,
  PROGRESSIVE_SPEECH,
  RELATIVE_PRONOUNS,
  SHARE,
  SPEECH_PARTICIPLES,
  SPEECH_VERBS,
} from "./lexicon";

// Words that may stand between a subject and its verb of saying: "Kim has also repeatedly said".
const LISTED_BETWEEN = new Set(
  (
    "has have had was were is are been also previously later repeatedly publicly privately recently earlier again " +
    "then would will reportedly never not just only still further first once did does do already long since now " +
    "consistently often initially originally subsequently ultimately finally immediately openly flatly strongly " +
    "firmly explicitly even all both instead"
  ).split(" "),
);
const PLAIN_SAYING = new Set(["said", "says", "told", "tells"]);
/** Those words, and any adverb in -ly ("Trump actually said", "who simply criticized"): never part of the subject. */
const BETWEEN_SUBJECT_AND_VERB = {
  // Capitalised inside a sentence, an -ly word is a name: '"…," Lovely said', "Kelly said"; opening it, an adverb
  // ("Highly recommended …") unless "said" or "told" follows it straight away ("Jolly said …").
  has: (w: string, tokens?: Token[], i?: number) =>
    LISTED_BETWEEN.has(w) ||
    (/ly$/.test(w) &&
      w.length > 4 &&
      !LY_NOUNS.has(w) &&
      !(
        tokens !== undefined &&
        i !== undefined &&
        isCapitalized(tokens[i]!.text) &&
        (i > 0 || PLAIN_SAYING.has(lowerOf(tokens[i + 1])))
      )),
};
/** Where the verb group ending at `i` starts: before "has also repeatedly" in "Kim has also repeatedly said". */
function verbGroupStart(tokens: Token[], i: number): number {
  let start = i;
  while (start > 0 && BETWEEN_SUBJECT_AND_VERB.has(lowerOf(tokens[start - 1]), tokens, start - 1)) start--;
  return start;
}

// "is insisting", "has been saying": a verb of saying in its -ing form after one of these is the clause's verb.
const PROGRESSIVE_AUXILIARIES = new Set(["is", "are", "was", "were", "been", "be"]);
// "both the bank and the ministry said": words that may open a pair of coordinated subjects.
const PAIR_OPENERS = new Set(["both", "either", "neither"]);

const COORDINATORS = new Set(["and", "but", "then"]);
const PASSIVE_AUXILIARIES = new Set(["was", "were", "been", "being", "be", "is", "are", "get", "got"]);
const IRREGULAR_PARTICIPLES = new Set(["told", "said", "thought", "found", "shown", "known", "written", "quoted"]);

const isParticiple = (w: string) => w.endsWith("ed") || IRREGULAR_PARTICIPLES.has(w);

/** Every word capitalised: "Ana Ruiz", "Governor Alvarez". */
const isName = (tokens: Token[], range: TokenRange) =>
  tokens.slice(range.from, range.to).every((t) => t.kind !== "word" || isCapitalized(t.text));

// Words inside a verb group before its participle: "were not told", "had never been told", "was also reported".
const INSIDE_VERB_GROUP = new Set(["already", "also", "n't", "never", "not", "still"]);

function isPassiveAuxiliaryBefore(tokens: Token[], i: number): boolean {
  let k = i - 1;
  // "was widely reported", "were not told", "had never been told"
  while (k > 0 && (/ly$/.test(lowerOf(tokens[k])) || INSIDE_VERB_GROUP.has(lowerOf(tokens[k])))) k--;
  return PASSIVE_AUXILIARIES.has(lowerOf(tokens[k]));
}
// Subordinators and relatives open a clause of their own: "until Haley said", "town halls which he said".
const CLAUSE_BOUNDARY = new Set(
  (
    ', ; : “ ” " ( ) – — that because when while if as after before since although until unless whether where how ' +
    "why what so though who whom whose which"
  ).split(" "),
);
// Finite verbs cannot sit inside a subject: "Trump has won … said" is two clauses.
const FINITE_VERB = /^(is|are|was|were|has|have|had|will|would|can|could|do|does|did|should|must|may|might)$/;
const MAX_SUBJECT_TOKENS = 16;

/**
 * The whole subject back to the clause start, for long subjects the name reader stops short of: "An earlier report
 * in a New Hampshire paper said", "Six in 10 Virginia Democratic primary voters said", "who said" (→ antecedent).
 */
function longSubjectBefore(tokens: Token[], i: number): TokenRange | null {
  // "Speaker of the House Rep. Paul Ryan (R-WI) said": over a party tag or an aside too.
  const end = skipInsertions(tokens, i, BETWEEN_SUBJECT_AND_VERB, G);
  let from = end;
  while (from > 0 && end - from < MAX_SUBJECT_TOKENS) {
    const t = tokens[from - 1]!;
    const w = lowerOf(t);
    const isPossessive = (t.text === "'" || t.text === "’") && tokens[from - 2]?.end === t.start;
    if (CLAUSE_BOUNDARY.has(w) || (t.kind === "punct" && t.text !== "." && t.text !== "-" && !isPossessive)) break;
    // "The Science and Technology Directorate …": "and" inside a name joins no clauses.
    const inName =
      w === "and" && isCapitalized(tokens[from]?.text ?? "") && isCapitalized(tokens[from - 2]?.text ?? "");
    if (FINITE_VERB.test(w) || SPEECH_VERBS.has(w) || (COORDINATORS.has(w) && !inName)) return null;
    from--;
  }
  // "groups like Oxfam which charged …": the relative pronoun right before the verb stands for the noun before it.
  if (from === end && end > 1 && RELATIVE_PRONOUNS.has(lowerOf(tokens[end - 1]))) return antecedentOf(tokens, end - 1);
  if (from === end || end - from >= MAX_SUBJECT_TOKENS) return null;
  // "Although in September she said": the time phrase before the subject is not part of it.
  if (G.timePrepositions.has(lowerOf(tokens[from])) && G.timeWords.has(lowerOf(tokens[from + 1])) && from + 2 < end)
    from += 2;
  // "… because of agency policy said": a phrase that opens with a preposition is not a subject, nor one that opens
  // with a verb ("caused consternation among leaders who had hoped").
  const opensWithVerb = /^\p{Ll}+ed$/u.test(tokens[from]!.text) || FINITE.has(lowerOf(tokens[from]));
  if (ATTACHING_PREPOSITIONS.has(lowerOf(tokens[from])) || (from > 0 && opensWithVerb)) return null;
  if (end - from === 1 && RELATIVE_PRONOUNS.has(lowerOf(tokens[from]))) return antecedentOf(tokens, from);
  if (!startsClauseLoosely(tokens, from) || !isNounPhraseChain(tokens, from, end)) return null;
  return cleanSubject(tokens, { from, to: withoutWhereSaid(tokens, from, end) }, G);
}

// Where something was said, after the speaker: "Jeb Bush in a Medium post said", "Sanders in an interview said".
const SAID_IN = new Set(["in", "on", "during"]);
const isOccasion = (w: string) => STATEMENT_NOUNS.has(w) || w === "interview" || w === "interviews";

/** The subject without where it was said: "Sanders in an interview on Tuesday" is Sanders. */
function withoutWhereSaid(tokens: Token[], from: number, end: number): number {
  for (let p = from + 1; p < end - 1; p++) {
    if (!SAID_IN.has(lowerOf(tokens[p]))) continue;
    const occasion = readNounPhraseForward(tokens, p + 1, G);
    if (occasion && isOccasion(lowerOf(tokens[Math.min(occasion.to, end) - 1]))) return p;
  }
  return end;
}

const ATTACHING_PREPOSITIONS = new Set(["of", "in", "from", "at", "for", "with", "on", "among", "by", "to", "about"]);
const POSTMODIFIERS = new Set(["briefed", "familiar", "close", "involved", "knowledgeable", "based", "working"]);

/** "two people familiar | with the plans": the phrase after a postmodifier describes who they are. */
function withPostmodifier(tokens: Token[], np: TokenRange | null): TokenRange | null {
  if (!np) return null;
  // The phrase reader may have taken the postmodifier ("people familiar") or stopped before it ("a source | close").
  const modifier = POSTMODIFIERS.has(lowerOf(tokens[np.to - 1])) ? np.to - 1 : np.to;
  if (!POSTMODIFIERS.has(lowerOf(tokens[modifier])) || !ATTACHING_PREPOSITIONS.has(lowerOf(tokens[modifier + 1])))
    return np;
  const described = readNounPhraseForward(tokens, modifier + 2, G);
  return described ? { from: np.from, to: described.to } : np;
}

/**
 * A subject is noun phrases joined by prepositions: "An earlier report | in | a New Hampshire paper",
 * "Six | in | 10 Virginia Democratic primary voters". "Barden now helps lead a program" is not one.
 */
function isNounPhraseChain(tokens: Token[], from: number, end: number): boolean {
  let j = from;
  while (NON_SUBJECT_START.has(lowerOf(tokens[j])) && j < end) j++;
  for (;;) {
    const np = readNounPhraseForward(tokens, j, G);
    if (!np) return false;
    // The phrase reader may run on into the verb ("the institute found"): reaching the verb is reaching the end.
    if (np.to >= end) return true;
    // "a second person briefed on the call", "officials familiar with the plans", "people close to the talks"
    const postmodifier = POSTMODIFIERS.has(lowerOf(tokens[np.to])) ? 1 : 0;
    if (!ATTACHING_PREPOSITIONS.has(lowerOf(tokens[np.to + postmodifier]))) return false;
    j = np.to + postmodifier + 1;
  }
}
const NON_SUBJECT_START = new Set(["and", "but", "so", "then", "also"]);

/** "Barkley, who said …" → Barkley. */
function antecedentOf(tokens: Token[], relative: number): TokenRange | null {
  const end = isPunct(tokens[relative - 1], ",") ? relative - 1 : relative;
  return cleanSubject(tokens, readNounPhraseBackward(tokens, end, G), G);
}

const MAX_RELATIVE_CLAUSE = 12;

/**
 * A subject with a relative clause of its own between it and the verb: "A White House official who spoke anonymously
 * to discuss strategy said", "The state officials whose laws were struck down say". The clause needs a verb of its
 * own right after its pronoun (or its noun, after "whose"), and no punctuation, so "the man who police said …" and
 * "…, who said" are left to the other rules.
 */
function subjectWithRelativeClause(tokens: Token[], i: number): TokenRange | null {
  const end = verbGroupStart(tokens, i);
  for (let r = end - 2; r > 0 && end - r <= MAX_RELATIVE_CLAUSE; r--) {
    const t = tokens[r]!;
    if (t.kind === "punct" || SPEECH_VERBS.has(t.lower)) return null;
    if (t.lower !== "who" && t.lower !== "whose") continue;
    const verbAt = t.lower === "whose" ? (readNounPhraseForward(tokens, r + 1, G)?.to ?? -1) : r + 1;
    // Right after "who" a word that does not end the clause is its verb ("those who back her opponents say"); in
    // "the man who police said" the word is the subject of "said".
    const isVerb =
      isEnglishVerb(tokens, verbAt) || (t.lower === "who" && verbAt < end - 1 && isBareVerb(tokens[verbAt]));
    if (verbAt < 0 || verbAt >= end || !isVerb) return null;
    // "Those who back her say": a pronoun the clause describes is named with its clause.
    const those = /^(those|anyone|everyone|people)$/.test(lowerOf(tokens[r - 1])) ? { from: r - 1, to: end } : null;
    const subject = those ?? cleanSubject(tokens, readNounPhraseBackward(tokens, r, G), G);
    return subject && (startsClauseLoosely(tokens, subject.from) || opensClause(tokens, subject.from)) ? subject : null;
  }
  return null;
}

/** A lower-case word that may be a verb without an ending: not a function word, determiner or adverb. */
const isBareVerb = (t: Token | undefined) =>
  t !== undefined &&
  /^\p{Ll}{3,}$/u.test(t.text) &&
  !G.determiners.has(t.lower) &&
  !NOT_BARE_VERBS.has(t.lower) &&
  !/ly$/.test(t.lower);
const NOT_BARE_VERBS = new Set("also still just only even never not the and but with from for about".split(" "));

function startsClauseLoosely(tokens: Token[], i: number): boolean {
  return i === 0 || CLAUSE_BOUNDARY.has(lowerOf(tokens[i - 1])) || tokens[i - 1]!.kind === "punct";
}

/**
 * The subject that opens the clause `i` belongs to: walk back to the clause start, read the noun phrase there. It is
 * a subject only if a verb follows it ("Wilson praised … and said"); "as a strong leader and criticized" has none.
 * An opening phrase set off by a comma is stepped over: "On Thursday, Wall Street analysts were …, saying".
 */
function subjectAtClauseStart(tokens: Token[], i: number): TokenRange | null {
  // ", and the league …" opens a clause of its own; a lone comma may set off an apposition.
  // "Later that day, Trump fired back …": "that" before a time word opens no clause.
  const isStart = (t: Token, j: number) =>
    (CLAUSE_BOUNDARY.has(lowerOf(t)) &&
      t.text !== "," &&
      !(t.lower === "that" && G.timeWords.has(lowerOf(tokens[j + 1])))) ||
    (COORDINATORS.has(t.lower) && isPunct(tokens[j - 1], ","));
  let start = findNear(tokens, i, -1, isStart);
  // "Sanders, who had won Michigan, attacked …": a relative clause between commas belongs to the subject before it.
  if (start > 0 && RELATIVE_PRONOUNS.has(lowerOf(tokens[start])) && isPunct(tokens[start - 1], ",")) {
    const close = findNear(tokens, start, 1, (t) => t.text === ",");
    if (close > 0 && close < i) start = findNear(tokens, start - 1, -1, isStart);
  }
  if (start < 0 && i > CLAUSE_WINDOW) return null;
  // "But the court overruled and said …": a sentence adverb before the subject.
  let from = start + 1;
  const isAdverb = (t: Token | undefined) => G.nonSubjectOpeners.has(lowerOf(t)) && !INTRO_OPENERS.has(lowerOf(t));
  while (isAdverb(tokens[from]) && from < i) from += isPunct(tokens[from + 1], ",") ? 2 : 1;
  const atStart = subjectFollowedByVerb(tokens, from, i) ?? appositionFollowedByVerb(tokens, from, i);
  if (atStart) return atStart;
  // Only an adverbial opening ("On Thursday,", "After the vote,", "Hours later,", "Facing criticism from both
  // parties,"); "According to Savett, the troops moved" is a report.
  const opener = tokens[start + 1];
  const isParticipleOpener =
    /^\p{L}+ing$/u.test(opener?.text ?? "") &&
    !SPEECH_PARTICIPLES.has(lowerOf(opener)) &&
    opener!.lower !== "according";
  const isLater = /^(later|earlier|ago)$/.test(lowerOf(tokens[start + 2])) && isPunct(tokens[start + 3], ",");
  if (!INTRO_OPENERS.has(lowerOf(opener)) && !isParticipleOpener && !isLater) return null;
  // "Speaking at a town hall in Salem, New Hampshire, Trump went after Bush, calling …"
  return subjectAfterComma(tokens, start, i);
}

/** The subject after the first of the next few commas from `from` that a subject and its verb (before `limit`) follow. */
function subjectAfterComma(tokens: Token[], from: number, limit: number): TokenRange | null {
  for (
    let comma = findNear(tokens, from, 1, (t) => t.text === ","), n = 0;
    comma > 0 && comma < limit - 1 && n < 3;
    n++
  ) {
    const subject = subjectFollowedByVerb(tokens, comma + 1, limit);
    if (subject) return subject;
    comma = findNear(tokens, comma, 1, (t) => t.text === ",");
  }
  return null;
}
const INTRO_OPENERS = new Set(
  "on in at after before during despite amid following since for with over under throughout last earlier later here back".split(
    " ",
  ),
);

/** "France's far-right party leader, Marine Le Pen, voiced support …": the name of the two, if a verb follows. */
function appositionFollowedByVerb(tokens: Token[], from: number, limit: number): TokenRange | null {
  const head = phraseAfter(tokens, from, G);
  if (!head || !isPunct(tokens[head.to], ",")) return null;
  // "House Democrats, looking for a way out, seized the floor and said …": a participle or relative clause between
  // commas describes the subject.
  const describes = lowerOf(tokens[head.to + 1]);
  if (/^\p{Ll}+ing$/u.test(describes) || RELATIVE_PRONOUNS.has(describes)) {
    const close = findNear(tokens, head.to + 1, 1, (t) => t.text === ",");
    return close > 0 && close + 1 < limit && isEnglishVerb(tokens, close + 1) ? head : null;
  }
  const named = phraseAfter(tokens, head.to + 1, G);
  if (!named || !isPunct(tokens[named.to], ",") || named.to + 1 >= limit) return null;
  if (!subjectFollowedByVerb(tokens, named.to + 1, limit) && !isEnglishVerb(tokens, named.to + 1)) return null;
  return isName(tokens, named) && !isName(tokens, head) ? named : head;
}

/** The noun phrase at `from` if a finite verb follows it before `limit` (over adverbs and a time phrase). */
function subjectFollowedByVerb(tokens: Token[], from: number, limit: number): TokenRange | null {
  const subject = cleanSubject(tokens, readNounPhraseForward(tokens, from, G), G);
  if (!subject) return null;
  // "The embassy in London issued …": the subject is the embassy; the place after it is stepped over, not named (a
  // capital in the mention would make the source that country's government).
  let verb = subject.to;
  while (ATTACHING_PREPOSITIONS.has(lowerOf(tokens[verb]))) {
    const attached = readNounPhraseForward(tokens, verb + 1, G);
    if (!attached || attached.to >= limit || !isCapitalized(tokens[attached.to - 1]!.text)) break;
    verb = attached.to;
  }
  for (;;) {
    const w = lowerOf(tokens[verb]);
    if (verb >= limit) return null;
    if (FINITE_VERB.test(w)) return subject;
    if (BETWEEN_SUBJECT_AND_VERB.has(w)) verb++;
    else if (G.timePrepositions.has(w) && G.timeWords.has(lowerOf(tokens[verb + 1]))) verb += 2;
    else return isEnglishVerb(tokens, verb) ? subject : null;
  }
}

// What may follow an inverted speaker: "…, said Robert Antonacci of the New York delegation", "said the man who …",
// "said the former top aide to President Bush".
const TRAILING_ADVERBIALS = new Set(
  "on in at during after before late earlier later yesterday today of to who whose from with for as while when because although".split(
    " ",
  ),
);
// The things a speaker puts out that then "say" something: "issued a statement saying", "posted a video claiming".
const STATEMENT_NOUNS = new Set(
  "statement statements letter release note message post posts tweet tweets video email memo report filing response ad ads op-ed column speech announcement".split(
    " ",
  ),
);
// After a verb of saying, these open what it was said of, never the speaker: "…,'' Cernech said of the course".
const OBJECT_PREPOSITIONS = new Set("of about on to for with at in".split(" "));
const SUBORDINATORS = new Set("as while when because although after before".split(" "));
// After these a verb form is a noun or an adjective: "the reports", "more pledged delegates".
const NOUN_MARKERS = new Set(
  "the a an these those this that his her its their our my your such more most fewer less".split(" "),
);

// "the ministry’s claim is …", "Trump's report": after a possessive a present form is a noun ("he's said" is "has").
const afterPossessive = (tokens: Token[], i: number) =>
  !/ed$/.test(lowerOf(tokens[i])) &&
  /\p{L}['’]s$/u.test(tokens[i - 1]?.text ?? "") &&
  !/^(he|she|it|that|there|who|what|here)['’]s$/.test(lowerOf(tokens[i - 1]));

// "Most said they were worried": "most" alone is the subject, and "said" is never the adjective "reported" can be.
const isMostSaid = (tokens: Token[], i: number) =>
  lowerOf(tokens[i - 1]) === "most" &&
  /^(said|say|says|told)$/.test(lowerOf(tokens[i])) &&
  startsClause(tokens, i - 1, G);

const isConclusion = (tokens: Token[], i: number) => [2, 3].some((k) => /^conclusions?$/.test(lowerOf(tokens[i + k])));

/** Whose view an opening "In the view of X," or "In X's view," gives. */
function viewHolder(tokens: Token[], i: number): TokenRange | null {
  if (lowerOf(tokens[i + 1]) === "the" && lowerOf(tokens[i + 2]) === "view" && lowerOf(tokens[i + 3]) === "of")
    return phraseAfter(tokens, i + 4, G);
  const np = readNounPhraseForward(tokens, i + 1, G);
  if (!np || np.to - np.from < 2 || lowerOf(tokens[np.to - 1]) !== "view") return null;
  if (!/['’]s$/.test(tokens[np.to - 2]!.text) || !isPunct(tokens[np.to], ",")) return null;
  return cleanSubject(tokens, { from: np.from, to: np.to - 1 }, G);
}

/** English attribution rules. */
export function findEnglishFrames(tokens: Token[], isHeading: boolean, isTitle = isHeading): Frame[] {
  const frames: Frame[] = [];
  const add: AddFrame = (from, to, cue, cueKind, rule, extra = {}) =>
    frames.push({ mention: { from, to }, cue, cueKind, rule: `en.${rule}`, role: "origin", ...extra });

  // Where a participle of the main clause starts, when the branch below finds one.
  let participle = -1;
  for (let i = 0; i < tokens.length; i++) {
    const w = lowerOf(tokens[i]);
    const next = lowerOf(tokens[i + 1]);
    // Inside body text a capitalised verb form that ends a run of capitalised words is a name's last word ("BMJ
    // Case Reports, the man …"). A title capitalises every word and runs on ("Minister Says Troops Will Leave").
    if (!isHeading && i > 0 && isCapitalized(tokens[i]!.text) && isCapitalized(tokens[i - 1]!.text)) {
      const after = tokens[i + 1];
      if (!after || after.kind === "punct" || !isCapitalized(after.text)) continue;
    }
    if (w === "according" && next === "to") {
      // "According to the Guardian, Seoul is considering …"
      const np = withStudyPlace(tokens, withPostmodifier(tokens, phraseAfter(tokens, i + 2, G)));
      // "According to his aunt, Jane Starner, …": the name in the apposition is the most specific.
      const named = np && isPunct(tokens[np.to], ",") ? phraseAfter(tokens, np.to + 1, G) : null;
      const described = np !== null && !isCapitalized(tokens[np.to - 1]!.text);
      const apposition = described && named && isPunct(tokens[named.to], ",") && isName(tokens, named) ? named : null;
      const source = apposition ?? np;
      if (source) add(source.from, source.to, "according to", "according_to", "according-to");
    } else if (w === "in" && startsClause(tokens, i, G) && viewHolder(tokens, i)) {
      // "In the view of the IMF, growth will slow", "In Moscow's view, the sanctions failed"
      const holder = viewHolder(tokens, i)!;
      add(holder.from, holder.to, "in the view of", "according_to", "in-view-of");
    } else if (w === "per" && tokens[i + 1] && isCapitalized(tokens[i + 1]!.text)) {
      // "…, per Axios." (but not "per cent")
      const np = phraseAfter(tokens, i + 1, G);
      if (np) add(np.from, np.to, "per", "according_to", "per");
    } else if (w === "citing") {
      // "AP, citing South Korea's intelligence service, reported …": the service is the origin; "citing low
      // growth" names a reason, not a source.
      const np = withPostmodifier(tokens, phraseAfter(tokens, i + 1, G));
      const isNamed = np !== null && tokens.slice(np.from, np.to).some((t) => isCapitalized(t.text));
      if (np && (isNamed || !isUntypedPhrase(tokens, np.from, np.to)))
        add(np.from, np.to, "citing", "citing", "citing");
    } else if (w === "by" && PASSIVE_PARTICIPLES.has(lowerOf(tokens[i - 1]))) {
      // "The report was confirmed by the Ukrainian military."
      const np = phraseAfter(tokens, i + 1, G);
      if (np) add(np.from, np.to, `${tokens[i - 1]!.text} by`, "passive", "passive-by");
    } else if (FINDING_VERBS.has(w) && !NOUN_MARKERS.has(lowerOf(tokens[i - 1])) && addFindingFrame(tokens, i, add)) {
      // "Polls show Clinton ahead", "A study published in The Lancet shows …"
    } else if (
      SPEECH_VERBS.has(w) &&
      (!NOUN_MARKERS.has(lowerOf(tokens[i - 1])) || isMostSaid(tokens, i)) &&
      !afterPossessive(tokens, i) &&
      next !== "by" &&
      !(CLAUSE_ONLY.has(w) && takesObject(tokens[i + 1]))
    ) {
      // After "the"/"its", "reports" and "claims" are nouns ("If the reports are accurate"); before "by", passive.
      addSpeechVerbFrame(tokens, i, add);
    } else if (
      BELIEF_VERBS.has(w) &&
      opensComplementClause(tokens, i + 1) &&
      !isSpeakersOwnView(tokens, i) &&
      !/^let['’]?s$/.test(lowerOf(tokens[i - 1]))
    ) {
      // "The central bank fears that prices will rise", "Officials hope they can reopen": a view of what follows.
      addSpeechVerbFrame(tokens, i, add, "belief-verb");
    } else if (PROGRESSIVE_SPEECH.has(w) && isProgressive(tokens, i)) {
      // "The mayor is insisting the bridge is safe", "Kim has been saying for weeks that …"
      addSpeechVerbFrame(tokens, i, add, "speech-verb.progressive");
    } else if (SPEECH_PARTICIPLES.has(w) && opensSentence(tokens, i) && addOpeningParticipleFrame(tokens, i, add)) {
      // "Declaring that he alone can fix it, the candidate offered himself as …"
    } else if (SPEECH_PARTICIPLES.has(w) && lowerOf(tokens[i - 1]) !== "," && addWithParticipleFrame(tokens, i, add)) {
      // "Markets fell, with analysts saying a rate rise was certain."
    } else if (SPEECH_PARTICIPLES.has(w) && STATEMENT_NOUNS.has(lowerOf(tokens[i - 1]))) {
      // "The embassy issued a statement saying …": whoever put out the statement speaks.
      const subject = subjectAtClauseStart(tokens, i);
      if (subject) add(subject.from, subject.to, tokens[i]!.text, "participle", "participle.statement");
    } else if (SPEECH_PARTICIPLES.has(w) && (participle = participleOfMainClause(tokens, i)) >= 0) {
      // "Albright urged women to vote for Clinton, saying, …": the main clause's subject speaks.
      const subject = subjectAtClauseStart(tokens, participle);
      if (subject) add(subject.from, subject.to, tokens[i]!.text, "participle", "participle");
    } else if (
      (/^(pointed|points|point)$/.test(w) && next === "out" && lowerOf(tokens[i + 2]) === "that") ||
      (/^(made|makes|make)$/.test(w) && (next === "clear" || (next === "it" && lowerOf(tokens[i + 2]) === "clear")))
    ) {
      // "Clinton pointed out that …", "The senator made it clear that …"
      addSpeechVerbFrame(tokens, i, add, "speech-phrase");
    } else if (/^(came|come|comes|reached)$/.test(w) && /^(to|the|a)$/.test(next) && isConclusion(tokens, i)) {
      // "The researchers came to the conclusion that …", "The panel reached the conclusion that …"
      addSpeechVerbFrame(tokens, i, add, "conclusion");
    } else if (QUOTE_MANNER_VERBS.has(w) && followsQuote(tokens, i)) {
      // '"Hands! Let me see your hands!" an officer ordered.', '"…," McDowell laughed.': only right after a quote.
      addSpeechVerbFrame(tokens, i, add, "quote-verb");
    } else if (isTitle && w === ":") {
      // "Pentagon: North Korean troops in Kursk", "Troops already in combat: spy agency"
      addHeadlineColonFrame(tokens, i, G, add);
    } else if (isHeading && (w === "-" || w === "–" || w === "—") && i > 2 && tokens[i - 1]!.end < tokens[i]!.start) {
      // "North Korea sent 1,000 troops to Russia - Seoul" (a source named after a dash at the end of a headline)
      const np = phraseAfter(tokens, i + 1, G);
      if (np && np.to === tokens.length && np.to - np.from <= 4) add(np.from, np.to, "-", "headline", "headline-dash");
    }
  }
  return frames;
}

const PARTICIPLE_PREPOSITIONS = new Set(["by", "after", "before", "while"]);

/**
 * Where a participle that belongs to the main clause starts: "…, saying", "…, reportedly telling", "… by saying",
 * and a second one joined to the first ("…, painting others as weak and suggesting that …"); -1 if it does not.
 */
function participleOfMainClause(tokens: Token[], i: number): number {
  const before = i - 1 - adverbBefore(tokens, i);
  if (isPunct(tokens[before], ",–—-") || PARTICIPLE_PREPOSITIONS.has(lowerOf(tokens[before]))) return i;
  if (lowerOf(tokens[before]) !== "and") return -1;
  const first = findNear(
    tokens,
    before,
    -1,
    (t, j) => t.text === "," || (/ing$/.test(t.lower) && isPunct(tokens[j - 1], ",")),
  );
  return first > 0 && tokens[first]!.text !== "," ? first : -1;
}

/** 1 if an adverb in -ly stands right before `i` (", recently telling …"), else 0. */
const adverbBefore = (tokens: Token[], i: number) =>
  /^\p{Ll}+ly$/u.test(tokens[i - 1]?.text ?? "") && !LY_NOUNS.has(lowerOf(tokens[i - 1])) ? 1 : 0;

// How a quote was spoken: a verb of saying only right after the quote ("…," she laughed), never elsewhere.
const QUOTE_MANNER_VERBS = new Set(
  "chanted chants comments cried cries exclaimed exclaims joked laughed laughs ordered orders quipped sang screamed screams shouted shouts sighed sings whispered whispers yelled yells".split(
    " ",
  ),
);
const CLOSING_QUOTES = new Set(["”", '"', "’", "'", "»"]);

/** The verb comes right after a closing quote and its speaker ('"…," an officer shouts') or right after the quote. */
function followsQuote(tokens: Token[], i: number): boolean {
  const np = readNounPhraseBackward(tokens, i, G);
  const before = np ? np.from - 1 : i - 1;
  return (
    CLOSING_QUOTES.has(tokens[before]?.text ?? "") ||
    (isPunct(tokens[before], ",") && CLOSING_QUOTES.has(tokens[before - 1]?.text ?? ""))
  );
}

// Verbs of saying with a second sense that takes a plain object or an adverb: "Toyota recalled 1 million cars", "The
// course continued for 12 months" report nothing; "he continued:" and "'…,' she recalled" do.
// Only pronouns that cannot be objects: "feel it", "hope you" take an object.
const SUBJECT_PRONOUNS = new Set(["he", "she", "they", "we", "i"]);
const CLAUSE_ONLY = new Set(["recall", "recalled", "recalls", "continued", "continues"]);
/** The word after the verb starts an object ("1 million cars", "the day"), not a clause, a quote or the sentence end. */
const takesObject = (next: Token | undefined) =>
  next !== undefined && next.kind !== "punct" && next.lower !== "that" && next.lower !== "to";

/** "The figures, released by X on Tuesday, show": X, when figures open the sentence and an apposition names X. */
function dataOriginInApposition(tokens: Token[], i: number): TokenRange | null {
  const end = verbGroupStart(tokens, i);
  if (!isPunct(tokens[end - 1], ",")) return null;
  const comma = findNear(tokens, end - 1, -1, (t) => t.text === ",");
  const head = comma > 0 ? subjectBefore(tokens, comma, G, BETWEEN_SUBJECT_AND_VERB) : null;
  if (!head || !isDataHead(tokens[head.to - 1])) return null;
  return dataOrigin(tokens, comma + 1, end - 1, G);
}

/** A verb of showing with a study as its subject; false (so a verb of saying may still apply) otherwise. */
function addFindingFrame(tokens: Token[], i: number, add: AddFrame): boolean {
  const subject = subjectBefore(tokens, i, G, BETWEEN_SUBJECT_AND_VERB) ?? longSubjectBefore(tokens, i);
  const study = subject && isFindingSubject(tokens, subject) ? subject : studySubjectBefore(tokens, i, G);
  if (study) add(study.from, study.to, tokens[i]!.text, "verb", "finding-verb");
  // "The data, compiled by Johns Hopkins University, show …": whoever put the figures out.
  const origin = study ? null : dataOriginInApposition(tokens, i);
  if (origin) add(origin.from, origin.to, tokens[i]!.text, "verb", "finding-verb.data-origin");
  return study !== null || origin !== null;
}

/**
 * "…, said most regions in the economy continued to grow": a verb before the clause ends makes the phrase after
 * "said" the subject of what was said, not an inverted speaker ("…, said Kim in a statement." has none).
 */
function verbBeforeClauseEnd(tokens: Token[], from: number): boolean {
  for (let j = from, n = 0; j < tokens.length && n < CLAUSE_WINDOW; j++, n++) {
    const t = tokens[j]!;
    if (t.kind === "punct") return false;
    if (FINITE_VERB.test(lowerOf(t)) || (lowerOf(t) === "that" && j > from) || isEnglishVerb(tokens, j)) return true;
  }
  return false;
}

function isProgressive(tokens: Token[], i: number): boolean {
  let k = i - 1;
  while (
    k > 0 &&
    BETWEEN_SUBJECT_AND_VERB.has(lowerOf(tokens[k]), tokens, k) &&
    !PROGRESSIVE_AUXILIARIES.has(lowerOf(tokens[k]))
  )
    k--;
  return PROGRESSIVE_AUXILIARIES.has(lowerOf(tokens[k]));
}

/**
 * "I think …", "Do you think …", "one would think": inside a quote the quote's speaker already holds the view, outside
 * one it is the writer's or a question's; either way no source of its own. Nor is a view in a condition.
 */
function isSpeakersOwnView(tokens: Token[], i: number): boolean {
  let k = i - 1;
  while (k > 0 && (BETWEEN_SUBJECT_AND_VERB.has(lowerOf(tokens[k]), tokens, k) || /n['’]t$/.test(lowerOf(tokens[k]))))
    k--;
  if (/^(i|we|you|one)$/.test(lowerOf(tokens[k]))) return true;
  // "if people think the issues will be addressed": a condition, nobody's view.
  const start = findNear(tokens, i, -1, (t) => CLAUSE_BOUNDARY.has(lowerOf(t)));
  return /^(if|unless)$/.test(lowerOf(tokens[start]));
}

/**
 * What follows a verb of belief is a clause of its own, not an object: "fear that …", "hope they …", "think the
 * progress is real", "think it will not"; "fear the worst", "feel it" and "hope for calm" are objects.
 */
function opensComplementClause(tokens: Token[], j: number): boolean {
  const first = lowerOf(tokens[j]);
  if (first === "that" || SUBJECT_PRONOUNS.has(first)) return true;
  // "feel no attraction to …", "a think tank told …": objects and nouns, not views.
  if (/^(feel|feels|felt)$/.test(lowerOf(tokens[j - 1])) || /^tanks?$/.test(first)) return false;
  let subject = /^(it|this|there)$/.test(first) ? { from: j, to: j + 1 } : readNounPhraseForward(tokens, j, G);
  // "the progress on climate change is real": a phrase attached by a preposition is part of the subject.
  while (subject && ATTACHING_PREPOSITIONS.has(lowerOf(tokens[subject.to])) && subject.to - j < 8) {
    const attached = readNounPhraseForward(tokens, subject.to + 1, G);
    subject = attached && { from: j, to: attached.to };
  }
  if (!subject || subject.to - j > 8) return false;
  for (let verb = subject.to; verb < tokens.length; verb++) {
    const w = lowerOf(tokens[verb]);
    if (FINITE_VERB.test(w) || isEnglishVerb(tokens, verb)) return true;
    if (!BETWEEN_SUBJECT_AND_VERB.has(w, tokens, verb)) return false;
  }
  return false;
}

/** The sentence's first word, or the first after a sentence adverb ("But saying …"). */
const opensSentence = (tokens: Token[], i: number) =>
  i === 0 || (i === 1 && G.nonSubjectOpeners.has(lowerOf(tokens[0])));

/**
 * "Declaring that he alone can fix it, the candidate offered …": a participle opening the sentence has the main
 * clause's subject, the first after a comma that a verb follows.
 */
function addOpeningParticipleFrame(tokens: Token[], i: number, add: AddFrame): boolean {
  // "Adding to the pressure, …" and "Warning of floods, …" report nothing.
  if (!opensComplementClause(tokens, i + 1) && !isQuoteMark(tokens[i + 1]?.text ?? "")) return false;
  const subject = subjectAfterComma(tokens, i, tokens.length);
  if (subject) add(subject.from, subject.to, tokens[i]!.text, "participle", "participle.opening");
  return subject !== null;
}

/** "with analysts saying …": the noun phrase between "with" and the participle speaks. */
function addWithParticipleFrame(tokens: Token[], i: number, add: AddFrame): boolean {
  // "with three in 10 saying …": a share of those asked.
  const share = shareSubjectBefore(tokens, i, SHARE, (t) => t.lower === "with" || isShareBoundary(t));
  const np = share ?? cleanSubject(tokens, readNounPhraseBackward(tokens, i, G), G);
  if (!np || lowerOf(tokens[np.from - 1]) !== "with") return false;
  add(np.from, np.to, tokens[i]!.text, "participle", share ? "participle.with.share" : "participle.with");
  return true;
}

/**
 * "But both the central bank and the finance ministry said …", "Clinton and Trump say …": two subjects joined by
 * "and" at the start of their clause, each a source. Null unless both are noun phrases and the pair opens the clause.
 */
function coordinatedSubjectsBefore(tokens: Token[], i: number): [TokenRange, TokenRange] | null {
  const end = verbGroupStart(tokens, i);
  const second = cleanSubject(tokens, readNounPhraseBackward(tokens, end, G), G);
  if (!second || second.from < 2 || lowerOf(tokens[second.from - 1]) !== "and") return null;
  const first = cleanSubject(tokens, readNounPhraseBackward(tokens, second.from - 1, G), G);
  if (!first || first.to !== second.from - 1) return null;
  let start = first.from;
  if (PAIR_OPENERS.has(lowerOf(tokens[start - 1]))) start--;
  return opensClause(tokens, start) ? [first, second] : null;
}

/** "Volker and Morrison said": two people, each a source; not "the Office of Management and Budget". */
function twoNamesIn(tokens: Token[], range: TokenRange): [TokenRange, TokenRange] | null {
  const and = tokens.findIndex((t, k) => k > range.from && k < range.to - 1 && t.lower === "and");
  if (and < 0) return null;
  const words = tokens.slice(range.from, range.to).filter((t) => t.lower !== "and");
  // A word that makes "X and Y" one body's name: "Office of Management and Budget".
  const isName = (t: Token) => t.kind === "word" && isCapitalized(t.text) && !ORGANISATION_HEAD.test(t.text);
  if (!words.every(isName) || and - range.from > 3 || range.to - and - 1 > 3) return null;
  return [
    { from: range.from, to: and },
    { from: and + 1, to: range.to },
  ];
}

const isShareBoundary = (t: Token) => CLAUSE_BOUNDARY.has(t.lower) || COORDINATORS.has(t.lower) || t.lower === "but";
function shareBefore(tokens: Token[], i: number): TokenRange | null {
  const end = verbGroupStart(tokens, i);
  return shareSubjectBefore(tokens, end, SHARE, isShareBoundary);
}

const NEGATIONS = new Set(["not", "never", "cannot", "no longer"]);
/** A negation in the verb group before the cue ("did not say", "can't say", "has never said"). */
function isNegated(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    const w = lowerOf(tokens[k]);
    if (NEGATIONS.has(w) || /n['’]t$/.test(w)) return true;
    if (!INSIDE_VERB_GROUP.has(w) && !FINITE_VERB.test(w) && !/ly$/.test(w)) return false;
  }
  return false;
}

/** Starts its clause, or follows a sentence adverb that does ("Now the council's treasurer …", "But both …"). */
/** The phrase before an apposition's comma: a name or a longer description ("The author of the book, Mitchell Zuckoff,"). */
function appositionHead(tokens: Token[], comma: number): TokenRange | null {
  return subjectBefore(tokens, comma, G, BETWEEN_SUBJECT_AND_VERB) ?? longSubjectBefore(tokens, comma);
}

/**
 * "Mr. Trump's former campaign manager, Corey Lewandowski, said the staff member … should go": a subject with an
 * apposition ends at the comma before the verb, so what follows "said" is what was said, not an inverted speaker.
 * True when the clause opens with a noun phrase, an apposition follows between commas, and nothing before the verb
 * is a clause of its own: no verb outside a relative clause ("Joe Bateman, who traveled from Illinois, says …"), no
 * quotation ("'We won,' said Kim").
 */
function endsSubjectApposition(tokens: Token[], i: number): boolean {
  const end = verbGroupStart(tokens, i);
  if (!isPunct(tokens[end - 1], ",")) return false;
  const first = tokens.findIndex((t) => t.text === ",");
  if (first <= 0 || first >= end - 1) return false;
  if (tokens.slice(0, end).some((t) => isQuoteMark(t.text))) return false;
  const head = appositionHead(tokens, first);
  if (!head || head.to !== first || !opensClause(tokens, head.from)) return false;
  let relative = false;
  for (let j = head.from; j < end - 1; j++) {
    const w = lowerOf(tokens[j]);
    if (w === ",") relative = false;
    else if (RELATIVE_PRONOUNS.has(w)) relative = true;
    else if (!relative && (FINITE_VERB.test(w) || isEnglishVerb(tokens, j))) return false;
  }
  return true;
}

function opensClause(tokens: Token[], from: number): boolean {
  if (startsClause(tokens, from, G)) return true;
  return from > 0 && G.nonSubjectOpeners.has(lowerOf(tokens[from - 1])) && startsClause(tokens, from - 1, G);
}

function addSpeechVerbFrame(tokens: Token[], i: number, add: AddFrame, rulePrefix = "speech-verb"): void {
  const cue = tokens[i]!.text;
  // Passive: "Texas was called for Cruz", "he was told" — the subject did not say anything.
  if (isParticiple(lowerOf(tokens[i])) && isPassiveAuxiliaryBefore(tokens, i)) return;
  // "Comey cannot say that …", "she did not say whether …", "he has never said": what was not said is no one's claim.
  if (isNegated(tokens, i)) return;
  // Inverted after a quote or a comma: "'…,' said Kim." / "…, said a spokesman for the ministry."
  // A quote closed with an opening mark ("…,“ said Kim") is a typo the reader still reads as a close.
  const speakerFollows = !OBJECT_PREPOSITIONS.has(lowerOf(tokens[i + 1])); // "…,'' X said of the course"
  const inverts = isPunct(tokens[i - 1], ",”\"’'“") && !NON_INVERTING.has(lowerOf(tokens[i])) && speakerFollows;
  if (inverts && !endsSubjectApposition(tokens, i)) {
    // Only when the speaker ends the clause: "…, said Kim." but not "Kim, the minister, said the talks were frank".
    const np = withPostmodifier(tokens, phraseAfter(tokens, i + 1, G));
    if (np) {
      const after = tokens[np.to];
      const endsClause = !after || after.kind === "punct";
      // A subordinate clause after the speaker has a verb of its own ("said Alvarez as he toured the docks").
      const opensClause = SUBORDINATORS.has(lowerOf(after));
      // A name followed by where or when it was said is the speaker ("said Marcelo Claure in an email to staff that
      // was reviewed …"); "said most regions in the economy continued" is not.
      const isNamed = isCapitalized(tokens[np.to - 1]!.text);
      // "…, said the man who built his career on …": a relative clause describes the speaker.
      const describes = lowerOf(after) === "who" || lowerOf(after) === "whose";
      const trailing =
        TRAILING_ADVERBIALS.has(lowerOf(after)) &&
        (opensClause || isNamed || describes || !verbBeforeClauseEnd(tokens, np.to));
      if (endsClause || trailing) return add(np.from, np.to, cue, "verb", "speech-verb.inverted");
    }
  }
  // "He went on to say that …": the subject of "went on".
  if (
    lowerOf(tokens[i - 1]) === "to" &&
    lowerOf(tokens[i - 2]) === "on" &&
    /^(went|goes|go)$/.test(lowerOf(tokens[i - 3]))
  ) {
    const subject = subjectBefore(tokens, i - 3, G, BETWEEN_SUBJECT_AND_VERB) ?? longSubjectBefore(tokens, i - 3);
    return subject ? add(subject.from, subject.to, cue, "verb", `${rulePrefix}.went-on`) : undefined;
  }
  const pair = coordinatedSubjectsBefore(tokens, i);
  if (pair) {
    for (const subject of pair) add(subject.from, subject.to, cue, "verb", `${rulePrefix}.coordinated-subjects`);
    return;
  }
  const share = shareBefore(tokens, i);
  if (share) return add(share.from, share.to, cue, "verb", `${rulePrefix}.share`);
  let before = subjectBefore(tokens, i, G, BETWEEN_SUBJECT_AND_VERB);
  // "those who back the senator say": the phrase right before the verb is the relative clause's object.
  if (before && RELATIVE_PRONOUNS.has(lowerOf(tokens[before.from - 1])))
    before = subjectWithRelativeClause(tokens, i) ?? before;
  before ??= subjectWithRelativeClause(tokens, i) ?? longSubjectBefore(tokens, i);
  const people = before ? twoNamesIn(tokens, before) : null;
  if (people) {
    for (const name of people) add(name.from, name.to, cue, "verb", `${rulePrefix}.coordinated-subjects`);
    return;
  }
  if (before) return add(before.from, before.to, cue, "verb", `${rulePrefix}.subject-first`);
  // Coordinated verbs share the subject: "Wilson praised Rubio's positions and said …"
  const k = verbGroupStart(tokens, i);
  if (COORDINATORS.has(lowerOf(tokens[k - 1]))) {
    const subject = subjectAtClauseStart(tokens, k - 1);
    if (subject) return add(subject.from, subject.to, cue, "verb", "speech-verb.coordinated");
  }
  // Apposition: "Kim Hong Kyun, the vice foreign minister, said …"
  const end = verbGroupStart(tokens, i);
  if (isPunct(tokens[end - 1], ",")) {
    // One apposition or two: "Omar Lamrani, a senior analyst at Stratfor, the Texas-based firm, told …"
    let comma = findNear(tokens, end - 1, -1, (t) => t.text === ",");
    let head = comma > 0 ? appositionHead(tokens, comma) : null;
    const earlier = comma > 0 ? findNear(tokens, comma, -1, (t) => t.text === ",") : -1;
    // A lower-case head is itself an apposition to something earlier ("Omar Haddad, a senior analyst at Stratfor,").
    const headIsApposition = head !== null && !isCapitalized(tokens[head.from]!.text);
    if (!(head && opensClause(tokens, head.from) && !headIsApposition) && earlier > 0) {
      const first = appositionHead(tokens, earlier);
      if (first && opensClause(tokens, first.from)) [comma, head] = [earlier, first];
    }
    if (head && opensClause(tokens, head.from) && isDataHead(tokens[head.to - 1])) {
      // "The figures, released by the statistics office on Wednesday, showed …": who put them out, or no one.
      const origin = dataOriginInApposition(tokens, i);
      return origin ? add(origin.from, origin.to, cue, "verb", `${rulePrefix}.data-origin`) : undefined;
    }
    if (head && opensClause(tokens, head.from)) {
      // The name is the most specific of the two: "the council's treasurer, Ana Ruiz, insists" is Ana Ruiz.
      const appositive = cleanSubject(tokens, readNounPhraseForward(tokens, comma + 1, G), G);
      const named =
        appositive && appositive.to === end - 1 && !isName(tokens, head) && isName(tokens, appositive)
          ? appositive
          : head;
      return add(named.from, named.to, cue, "verb", `${rulePrefix}.apposition`);
    }
  }
}

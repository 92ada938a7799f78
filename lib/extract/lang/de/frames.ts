import type { AddFrame, Frame, TokenRange } from "../../attribution/frame";
import {
  CLAUSE_WINDOW,
  findNear,
  isPunct,
  lowerOf,
  phraseAfter,
  startsClause,
  subjectBefore,
} from "../../attribution/frame-helpers";
import { isFindingSubject, studySubjectBefore, withStudyPlace } from "../../attribution/finding-frame";
import { addHeadlineColonFrame } from "../../attribution/headline-colon";
import { readNounPhraseBackward, readNounPhraseForward } from "../../attribution/noun-phrase";
import { shareSubjectBefore } from "../../attribution/share-subject";
import { CLOSING_QUOTES, OPENING_QUOTES } from "../../text/quote-marks";
import { isCapitalized, type Token } from "../../text/tokenize";
import { isGermanVerb } from "./finite-verb";
import { GRAMMAR as G } from "./grammar";
import {
  ADVERBS_BEFORE_PARTICIPLE,
  ADVERBS_BEFORE_SUBJECT,
  ANGABEN,
  AUXILIARIES,
  BELIEF_VERBS,
  COMPLEMENTIZERS,
  FINDING_VERBS,
  PARENTHETICAL_BEFORE,
  PASSIVE_AUXILIARIES,
  PASSIVE_PARTICIPLES,
  PLACE_PREPOSITIONS,
  SHARE,
  SPEECH_VERBS,
} from "./lexicon";

// Separable verbs only report speech with their particle: "teilte … mit", "gab … bekannt"; "Es gab …" does not.
const PARTICLE_OF: Record<string, string[]> = {
  gab: ["an", "bekannt", "zu"],
  gibt: ["an", "bekannt", "zu"],
  teilte: ["mit"],
  teilt: ["mit"],
  teilten: ["mit"],
  kündigte: ["an"],
  kündigt: ["an"],
  kündigten: ["an"],
  räumte: ["ein"],
  räumt: ["ein"],
  fügte: ["hinzu"],
  fügt: ["hinzu"],
  wies: ["zurück", "hin", "darauf"],
  weist: ["zurück", "hin", "darauf"],
  hob: ["hervor"],
  hebt: ["hervor"],
  geht: ["aus"],
  gehen: ["aus"],
  ging: ["aus"],
  gingen: ["aus"],
  hieß: ["aus"],
  heißt: ["aus"],
  // "warf der Regierung Versagen vor": an accusation is a statement.
  warf: ["vor"],
  wirft: ["vor"],
  warfen: ["vor"],
  werfen: ["vor"],
  // "stellte klar", "stellte fest" report; "stellte … vor" presents a product.
  stellte: ["klar", "fest"],
  stellt: ["klar", "fest"],
  stellten: ["klar", "fest"],
};
// Verbs that report only with the preposition that opens what was said: "sprach von einem gezielten Angriff".
const PREPOSITION_OF: Record<string, string> = { sprach: "von", spricht: "von" };
const NO_SKIP = new Set<string>();
// What researchers do before their findings are reported: "haben … untersucht", "befragt", "ausgewertet".
const RESEARCH_VERBS = new Set(["analysiert", "ausgewertet", "befragt", "untersucht"]);
const RESEARCHERS = /^(forscher|forscherinnen|wissenschaftler|wissenschaftlerinnen|mediziner|ärzte|ökonomen|experten)$/;
// "Wie aus … verlautete / hervorgeht / hieß": the source is where it came from.
// "kommt zu dem Schluss", "kamen zum Ergebnis": whoever concludes states what follows.
const CONCLUDING = new Set(["kam", "kamen", "kommen", "kommt"]);
const CONCLUSIONS = new Set(["ergebnis", "fazit", "schluss"]);
const isConclusion = (tokens: Token[], i: number) =>
  CONCLUSIONS.has(lowerOf(tokens[i + 2])) || CONCLUSIONS.has(lowerOf(tokens[i + 3]));
const WIE_AUS_VERBS = new Set(["verlautete", "verlautet", "hervorgeht", "hervorging", "hieß", "heißt"]);
const WIE_GAP = 4;
const DATIVE_ARTICLES = new Set(["dem", "der"]);

/**
 * The dative outlet after a speaker in a verb-final clause: "ein Sprecher des Ministeriums der Deutschen
 * Presse-Agentur" or "… dem „Spiegel“" before "sagte". Only after a genitive that already ended the speaker's phrase,
 * or where the phrase stopped at the article; the words must be capitalised (an outlet's name).
 */
function datedOutletBefore(tokens: Token[], np: TokenRange): (TokenRange & { article: number }) | null {
  let article = -1;
  for (let k = np.to - 1; k > np.from + 1; k--)
    if (DATIVE_ARTICLES.has(tokens[k]!.lower) && G.genitiveArticles.has(tokens[k]!.lower)) {
      // a second article in a chain of genitives: "des Innenministeriums der Deutschen Presse-Agentur"
      if (tokens.slice(np.from + 1, k).some((t) => G.genitiveArticles.has(t.lower))) article = k;
      break;
    }
  if (article < 0 && DATIVE_ARTICLES.has(tokens[np.to]?.lower ?? "")) article = np.to;
  if (article < 0) return null;
  let from = article + 1;
  while (from < tokens.length && OPENING_QUOTES.has(tokens[from]!.text)) from++;
  let to = from;
  while (to < tokens.length && tokens[to]!.kind === "word" && isCapitalized(tokens[to]!.text)) to++;
  const words = to - from;
  // The verb follows the name (and its closing quote): "dem „Spiegel“ sagte".
  let verb = to;
  while (verb < tokens.length && CLOSING_QUOTES.has(tokens[verb]!.text)) verb++;
  return words > 0 && words <= 4 && SPEECH_VERBS.has(lowerOf(tokens[verb])) ? { article, from, to } : null;
}
const APPOSITION_WINDOW = 10;
// A phrase after one of these before the verb is a time, place or circumstance, not the subject: "Im Frühjahr war
// …", "Für 2025 erwartet sie …". Except "Nach Angaben der Agentur …": those name the source.
const PREPOSITIONS = new Set(
  "ab am an bei beim bis durch für gegen im in mit nach ohne seit über um unter vor zum zur".split(" "),
);
const isCircumstance = (tokens: Token[], range: TokenRange) =>
  PREPOSITIONS.has(lowerOf(tokens[range.from - 1])) && !ANGABEN.has(lowerOf(tokens[range.from]));
// Pronouns that can only be subjects: after a verb in second place they are its subject ("sie", "Sie", "es" may be
// objects, "ihr" a possessive: "Die Regierung kritisierte sie", "wiederholte ihr Versprechen").
const NOMINATIVE_PRONOUNS = new Set(["ich", "du", "er", "wir", "man"]);
// "Vorgestern bin ich gefragt worden": an auxiliary before the pronoun reports nothing.
const COPULAS = new Set(["bin", "ist", "sind", "war", "waren"]);
// Words that open an object, not a subject: "…, wenn ihm der Minister sagt" has its subject later.
const OBJECT_FORMS = /^(ihm|ihn|ihnen|mir|mich|dich|uns|euch|dem|den|einem|einen|diesem|diesen)$/i;
const SUBORDINATE_OPENERS = new Set(
  "welche welchem welchen welcher welches dass weil wenn obwohl damit sodass nachdem".split(" "),
);

/** The verb opens a reported clause: ", dass …", ": …", or a comma and a clause. */
function introducesClause(tokens: Token[], i: number): boolean {
  const at = findNear(tokens, i, 1, (t) => t.text === "," || t.text === ":");
  if (at < 0 || at - i > 6) return false;
  return tokens[at]!.text === ":" || COMPLEMENTIZERS.has(lowerOf(tokens[at + 1])) || at === i + 1;
}

/** A separable particle stands at the end of its clause: "teilte am Montag mit, …", not "es gibt … zu retten". */
function hasClauseFinalParticle(tokens: Token[], i: number, particles: string[]): boolean {
  // "wies darauf hin, dass": the last of the particles ends the clause.
  const at = findNear(
    tokens,
    i,
    1,
    (t, j) => particles.includes(lowerOf(t)) && !particles.includes(lowerOf(tokens[j + 1])),
  );
  const after = tokens[at + 1];
  return at >= 0 && (!after || after.kind === "punct");
}

/** German attribution rules. */
export function findGermanFrames(tokens: Token[], isHeading: boolean): Frame[] {
  const frames: Frame[] = [];
  const usedVerb = new Set<number>();
  const add: AddFrame = (from, to, cue, cueKind, rule, extra = {}) =>
    frames.push({ mention: { from, to }, cue, cueKind, rule: `de.${rule}`, role: "origin", ...extra });

  for (let i = 0; i < tokens.length; i++) {
    const w = lowerOf(tokens[i]);
    const next = lowerOf(tokens[i + 1]);

    if (w === "laut") {
      // "Laut The Guardian erwägt Seoul erstmals, …"; "Laut einem Bericht der „Süddeutschen Zeitung“": the paper.
      const np = withStudyPlace(tokens, phraseAfter(tokens, i + 1, G));
      const publisher = np ? publisherOf(tokens, np) : null;
      const source = publisher ?? np;
      if (source) add(source.from, source.to, tokens[i]!.text, "according_to", "laut");
    } else if (w === "nach" && /^[\p{L}.]+-(informationen|recherchen)$/u.test(next)) {
      // "Nach dpa-Informationen soll …", "Nach SZ-Informationen": the outlet's own reporting.
      add(i + 1, i + 2, tokens[i + 1]!.text, "according_to", "nach-informationen");
    } else if (w === "nach" && G.isAdjective(tokens[i + 1]?.text ?? "") && ANGABEN.has(lowerOf(tokens[i + 2]))) {
      // "nach offiziellen Angaben", "nach ersten Erkenntnissen": figures from an unnamed official side.
      add(i + 1, i + 3, `nach ${tokens[i + 2]!.text}`, "according_to", "nach-angaben-unnamed");
    } else if (w === "zufolge") {
      // "AP News zufolge traf sich …"; "eigenen Angaben zufolge" means the subject speaks for itself.
      if (lowerOf(tokens[i - 1]) === "angaben" && lowerOf(tokens[i - 2]) === "eigenen")
        add(i - 2, i, "eigenen Angaben zufolge", "according_to", "eigenen-angaben-zufolge", { isSelf: true });
      else {
        // "Angaben des Ministeriums zufolge" reads back to the genitive, which names the source.
        const np = readNounPhraseBackward(tokens, i, G);
        if (np) add(np.from, np.to, "zufolge", "according_to", "zufolge");
      }
    } else if ((w === "nach" && ANGABEN.has(next)) || (w === "aus" && next === "sicht")) {
      // "Nach Angaben der Nachrichtenagentur versprach …", "Aus Sicht der Bundesregierung ist …"
      const after = lowerOf(tokens[i + 2]);
      if (after === "eigenen")
        add(i + 2, i + 3, "nach eigenen Angaben", "according_to", "nach-eigenen-angaben", { isSelf: true });
      else {
        const start = after === "von" || after === "vom" ? i + 3 : i + 2;
        const np = phraseAfter(tokens, start, G);
        if (np)
          add(after === "vom" ? i + 2 : np.from, np.to, `${w} ${tokens[i + 1]!.text}`, "according_to", "nach-angaben");
      }
    } else if (w === "unter" && next === "berufung" && lowerOf(tokens[i + 2]) === "auf") {
      // "Yonhap berichtete unter Berufung auf den Geheimdienst …": the intelligence service is the origin.
      const np = phraseAfter(tokens, i + 3, G);
      if (np) add(np.from, np.to, "unter Berufung auf", "citing", "unter-berufung-auf");
    } else if (w === "so" && isPunct(tokens[i - 1], ",")) {
      // "…, so das Center for Strategic & International Studies."
      const np = phraseAfter(tokens, i + 1, G);
      if (np && (np.to >= tokens.length || tokens[np.to]!.kind === "punct"))
        add(np.from, np.to, "so", "according_to", "so-trailing");
    } else if (w === "ausgegangen" && findNear(tokens, i, -1, (t) => t.lower === "von" || t.lower === "davon") >= 0) {
      // "Im Frühjahr war die Regierung noch von 0,2 Prozent ausgegangen": what the subject expected.
      addSpeechVerbFrame(tokens, i, add, "belief-verb");
    } else if ((w === "geht" || w === "ging") && next === "aus" && tokens.some((t) => t.lower === "hervor")) {
      // "Das geht aus der Herbstprojektion hervor": the document it comes from.
      const np = phraseAfter(tokens, i + 2, G);
      if (np) add(np.from, np.to, "geht aus … hervor", "according_to", "geht-aus-hervor");
    } else if ((w === "geht" || w === "ging") && next === "hervor" && lowerOf(tokens[0]) === "aus") {
      // "Aus dem Bericht geht hervor, dass …"
      const np = phraseAfter(tokens, 1, G);
      if (np && np.to <= i) add(np.from, np.to, "aus … geht hervor", "according_to", "geht-aus-hervor");
    } else if (w === "wie" && next === "aus" && startsClause(tokens, i, G)) {
      // "Wie aus Regierungskreisen verlautete, …", "Wie aus dem Bericht hervorgeht, …"
      const np = phraseAfter(tokens, i + 2, G);
      const verb = np ? findNear(tokens, np.to - 1, 1, (t) => t.kind === "punct" || WIE_AUS_VERBS.has(t.lower)) : -1;
      if (np && verb >= 0 && verb - np.to <= WIE_GAP && WIE_AUS_VERBS.has(lowerOf(tokens[verb]))) {
        usedVerb.add(verb);
        add(np.from, np.to, `wie aus … ${tokens[verb]!.text}`, "verb", "wie-aus");
      }
    } else if (w === "wie" && startsClause(tokens, i, G)) {
      // "Wie die Nachrichtenagentur Yonhap berichtete, …"
      // A time or place may stand before the verb at the clause's end: "Wie die GDL am Montag mitteilte, …".
      // "…, wie es Leoluca Orlando gesagt hat, …": the "es" stands for what is said.
      const np = readNounPhraseForward(tokens, next === "es" ? i + 2 : i + 1, G);
      // "Wie ein Sprecher des Ministeriums der Deutschen Presse-Agentur sagte": the outlet it was said to stands
      // between the speaker and the verb, in the dative ("der" reads like a second genitive).
      const recipient = np ? datedOutletBefore(tokens, np) : null;
      if (np && recipient) np.to = recipient.article;
      let after = recipient ? recipient.to : (np?.to ?? 0);
      while (recipient && CLOSING_QUOTES.has(tokens[after]?.text ?? "")) after++;
      const verb = np ? findNear(tokens, after - 1, 1, (t) => t.kind === "punct" || SPEECH_VERBS.has(t.lower)) : -1;
      if (np && verb >= 0 && verb - after <= WIE_GAP && SPEECH_VERBS.has(lowerOf(tokens[verb]))) {
        usedVerb.add(verb);
        const cue = `wie … ${tokens[verb]!.text}`;
        add(np.from, np.to, cue, "verb", "wie-berichtete");
        if (recipient)
          add(recipient.from, recipient.to, cue, "verb", "receiving-medium", { isRecipient: true, role: "relay" });
      }
    } else if (w === "von" || w === "vom") {
      // "Diese Information wurde vom ukrainischen Geheimdienst bestätigt."; opening the sentence, the auxiliary may
      // stand between the agent and its participle: "Vom Ministerium wurde bestätigt, dass …"
      const np = readNounPhraseForward(tokens, i + 1, G);
      let k = np ? np.to : -1;
      const auxiliaryAfter = i === 0 && k >= 0 && PASSIVE_AUXILIARIES.has(lowerOf(tokens[k]));
      if (auxiliaryAfter) k++;
      else if (i === 0) k = -1;
      while (k >= 0 && ADVERBS_BEFORE_PARTICIPLE.has(lowerOf(tokens[k]))) k++;
      const participle = lowerOf(tokens[k]);
      if (
        np &&
        PASSIVE_PARTICIPLES.has(participle) &&
        (auxiliaryAfter || findNear(tokens, i, -1, (t) => PASSIVE_AUXILIARIES.has(lowerOf(t))) >= 0)
      ) {
        usedVerb.add(k);
        add(i, np.to, `${tokens[i]!.text} … ${tokens[k]!.text}`, "passive", "passive-von");
      }
    } else if (SPEECH_VERBS.has(w) && !usedVerb.has(i) && !isNoun(tokens, i)) {
      addSpeechVerbFrame(tokens, i, add, "speech-verb");
    } else if (
      ((/^(machte|macht|machten|mache)$/.test(w) && (next === "deutlich" || next === "klar")) ||
        (/^(erinnerte|erinnert|erinnerten|erinnere)$/.test(w) && next === "daran")) &&
      introducesClause(tokens, i + 1)
    ) {
      // "Der Verband machte deutlich, dass …", "Scholz erinnerte daran, dass …"
      addSpeechVerbFrame(tokens, i, add, "speech-phrase");
    } else if (CONCLUDING.has(w) && (next === "zu" || next === "zum") && isConclusion(tokens, i)) {
      // "Die Forscher kamen zu dem Ergebnis, dass …", "Die Studie, die … erstellt wurde, kommt zu dem Schluss, …"
      addSpeechVerbFrame(tokens, i, add, "conclusion");
    } else if (/^zeigte?n?$/.test(w) && next === "sich" && introducesClause(tokens, i + 2)) {
      // "Der Bürgermeister zeigte sich zuversichtlich, dass …": a stance on what follows.
      addSpeechVerbFrame(tokens, i, add, "stance");
    } else if (FINDING_VERBS.has(w)) {
      // "Die Studie zeigt, dass …", "Eine Umfrage ergab …", "Laut der Analyse kommt …": only a study's findings.
      const subject = subjectBefore(tokens, i, G, NO_SKIP) ?? phraseAfter(tokens, i + 1, G);
      const study = subject && isFindingSubject(tokens, subject) ? subject : studySubjectBefore(tokens, i, G);
      if (study) add(study.from, study.to, tokens[i]!.text, "verb", "finding-verb");
    } else if (RESEARCH_VERBS.has(w) && i === tokens.length - 2) {
      // "Forscher der Universität Oxford haben 2.000 Patienten untersucht.": the study whose findings follow
      // ("Demnach sterben …") is theirs.
      const aux = findNear(tokens, i, -1, (t) => AUXILIARIES.has(lowerOf(t)));
      const subject = aux > 0 ? subjectBefore(tokens, aux, G, NO_SKIP) : null;
      const head = subject ? subject.from + (G.determiners.has(lowerOf(tokens[subject.from])) ? 1 : 0) : -1;
      if (subject && subject.from === 0 && RESEARCHERS.test(lowerOf(tokens[head])))
        add(subject.from, subject.to, tokens[i]!.text, "verb", "research-act");
    } else if (BELIEF_VERBS.has(w) && !isNoun(tokens, i) && introducesClause(tokens, i)) {
      // "Die Regierung glaubt, dass …" — but not "wir finden eine Lösung".
      addSpeechVerbFrame(tokens, i, add, "belief-verb");
    } else if (isHeading && w === ":") {
      // "Regierung: Keine Hinweise auf weitere Spione", "Truppen bereits im Kampf: Geheimdienst"
      addHeadlineColonFrame(tokens, i, G, add);
    }
  }
  return frames;
}

/**
 * A capitalised verb form inside a sentence is a noun ("das Berichten"), and so is one that "zufolge" follows, even
 * at the start: "Berichten zufolge …" cites reports, nobody reports.
 */
function isNoun(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (!/^\p{Lu}/u.test(t.text)) return false;
  // A full stop inside a sentence ends an abbreviation ("10 Mio. Versicherten"), not a sentence.
  return lowerOf(tokens[i + 1]) === "zufolge" || (i > 0 && !isPunct(tokens[i - 1], ':„“"»«'));
}

const isShareBoundary = (t: Token) => t.kind === "punct" || ["und", "aber", "doch", "denn", "oder"].includes(t.lower);

function addSpeechVerbFrame(tokens: Token[], i: number, add: AddFrame, rule: string): void {
  const w = lowerOf(tokens[i]);
  const particles = PARTICLE_OF[w];
  if (particles && !hasClauseFinalParticle(tokens, i, particles) && w !== "hieß" && w !== "heißt") return;
  const preposition = PREPOSITION_OF[w];
  if (preposition && findNear(tokens, i, 1, (t) => t.lower === preposition) < 0) return;
  // "genauer gesagt", "offen gesagt": a parenthetical, nobody is quoted.
  if (PARENTHETICAL_BEFORE.has(lowerOf(tokens[i - 1]))) return;
  // "Klar dementiert wurde …": a participle before its passive auxiliary has no speaker in front (the agent, if
  // any, follows with "von").
  if (PASSIVE_AUXILIARIES.has(lowerOf(tokens[i + 1])) && i > 0 && !isPunct(tokens[i - 1], ",")) return;
  const cue = tokens[i]!.text;
  // "Sechs von zehn Befragten sagten, …": a poll's share of respondents, right before the verb.
  const share = shareSubjectBefore(tokens, i, SHARE, isShareBoundary);
  if (share) return add(share.from, share.to, cue, "verb", `${rule}.share`);
  if (w === "hieß" || w === "heißt") {
    // "…, hieß es aus Regierungskreisen.", "…, heißt es in Medienberichten."
    const at = findNear(tokens, i, 1, (t) => t.lower === "aus" || t.lower === "in");
    const np = at > 0 && at - i <= 3 ? phraseAfter(tokens, at + 1, G) : null;
    if (np)
      add(tokens[at]!.lower === "aus" ? at : np.from, np.to, `${cue} es ${tokens[at]!.text}`, "verb", "hiess-es-aus");
    // "Aus informierten Kreisen hieß es, …": the origin opens the sentence.
    else if (lowerOf(tokens[0]) === "aus") {
      const opening = phraseAfter(tokens, 1, G);
      if (opening && opening.to <= i) add(opening.from, opening.to, `aus … ${cue} es`, "verb", "aus-hiess-es");
    }
    return;
  }
  if (w === "erfuhr" || w === "erfuhren") {
    // "…, erfuhr die Nachrichtenagentur AP aus informierten Kreisen": AP relays what the circles told it.
    const aus = findNear(tokens, i, 1, (t) => t.lower === "aus" || t.kind === "punct");
    const origin = aus > 0 && tokens[aus]!.lower === "aus" ? phraseAfter(tokens, aus + 1, G) : null;
    if (origin) add(origin.from, origin.to, "erfuhr … aus", "citing", "erfuhr-aus");
  }
  // Inverted after a quote or clause: "„…“, sagte Rutte." / "…, erklärte der Sprecher."
  if (isPunct(tokens[i - 1], ',“”"»«')) {
    const np = phraseAfter(tokens, i + 1, G);
    if (np) return add(np.from, np.to, cue, "verb", `${rule}.inverted`);
  }
  // Apposition: "Hans Weber, Sprecher des Ministeriums, sagte, …": the name that opens the sentence speaks.
  if (isPunct(tokens[i - 1], ",")) {
    const comma = findNear(tokens, i - 1, -1, (t) => t.text === ",");
    const head = comma > 0 && i - comma <= APPOSITION_WINDOW ? subjectBefore(tokens, comma, G, NO_SKIP) : null;
    if (head && head.from === 0) {
      // "Der Präsident des Ifo-Instituts, Clemens Fuest, sagte": the name is the most specific of the two.
      const between = tokens.slice(comma + 1, i - 1);
      const isName =
        between.length >= 2 && between.length <= 4 && between.every((t) => /^\p{Lu}[\p{L}'’-]+$/u.test(t.text));
      // A description opens with an article ("Der Präsident des …"); a name does not ("Hans Weber").
      const isTitle = /^\p{Ll}/u.test(tokens[head.from]!.text) || G.determiners.has(tokens[head.from]!.lower);
      if (isName && isTitle) return add(comma + 1, i - 1, cue, "verb", `${rule}.apposition`);
      return add(head.from, head.to, cue, "verb", `${rule}.apposition`);
    }
  }
  // Verb second with a pronoun after it: "Insofern sage ich …", "Deshalb erklärte er …" — whatever opened the
  // sentence is not the subject.
  if (NOMINATIVE_PRONOUNS.has(lowerOf(tokens[i + 1])) && !isPunct(tokens[i - 1], ",") && !COPULAS.has(w))
    return add(i + 1, i + 2, cue, "verb", `${rule}.pronoun-after-verb`);
  const shared = sharedSubject(tokens, i);
  if (shared) return add(shared.from, shared.to, cue, "verb", `${rule}.coordinated`);
  // Subject first: "Rutte sagte, dass …", "Das südkoreanische Außenministerium erklärte, …"
  const before =
    describedSubjectBefore(tokens, i) ?? subjectBefore(tokens, i, G, NO_SKIP) ?? placedSubjectBefore(tokens, i);
  // In a relative or subordinate clause the verb comes last and the phrase before it is its object ("…, welches eine
  // Spezifikation für die Nutzung von Dokumenten beschreibt"); the subject stands right after the opener.
  const opener = findNear(tokens, i, -1, (t) => SUBORDINATE_OPENERS.has(t.lower) || t.text === "," || t.text === ":");
  const inSubordinate = opener >= 0 && SUBORDINATE_OPENERS.has(tokens[opener]!.lower);
  // "Für 2025 erwartet sie …": the subject follows the verb.
  const afterPreposition = before !== null && isCircumstance(tokens, before);
  if (before && !afterPreposition && (!inSubordinate || before.from === opener + 1))
    return add(before.from, before.to, cue, "verb", `${rule}.subject-first`);
  // "…, wenn Max Straubinger völlig zu Recht sagt, dass …": in a subordinate clause the subject follows its opener.
  if (inSubordinate && tokens[opener]!.lower !== "dass") {
    const subject = phraseAfter(tokens, opener + 1, G);
    if (subject && subject.to < i && !OBJECT_FORMS.test(tokens[subject.from]!.text))
      return add(subject.from, subject.to, cue, "verb", `${rule}.subordinate`);
  }
  // Perfect tense and modals: "Der Minister hat am Montag erklärt, …", "Dazu hat sie gesagt", "Ich will deutlich sagen"
  // The auxiliary of the verb's own clause, not of the clause before a relative or subordinate one ("… ist X
  // hervorzuheben, welches … beschreibt"); a comma alone may set off a parenthesis ("will, meine Damen, sagen").
  const aux = findNear(tokens, i, -1, (t) => AUXILIARIES.has(lowerOf(t)) || SUBORDINATE_OPENERS.has(t.lower));
  if (aux >= 0 && !SUBORDINATE_OPENERS.has(tokens[aux]!.lower)) {
    // "Einerseits muss er … berichten", "Im Frühjahr war die Regierung … ausgegangen": an adverb or a phrase with a
    // preposition before the auxiliary, the subject after it.
    const opening = subjectBefore(tokens, aux, G, NO_SKIP);
    const before =
      ADVERBS_BEFORE_SUBJECT.has(lowerOf(tokens[aux - 1])) || (opening && isCircumstance(tokens, opening))
        ? null
        : opening;
    // "Der AfD kann ich nur sagen": the dative opens the sentence, the pronoun after the auxiliary speaks; "hat auch
    // Innenminister Seehofer … gesagt": adverbs may stand before the subject.
    let afterAux = aux + 1;
    while (afterAux < aux + 3 && ADVERBS_BEFORE_SUBJECT.has(lowerOf(tokens[afterAux]))) afterAux++;
    const inverted = NOMINATIVE_PRONOUNS.has(lowerOf(tokens[aux + 1]));
    const subject = inverted ? { from: aux + 1, to: aux + 2 } : (before ?? phraseAfter(tokens, afterAux, G));
    if (subject && subject.to <= i) return add(subject.from, subject.to, cue, "verb", `${rule}.perfect`);
  }
  // Verb second after an adverbial: "Wenige Tage zuvor bestätigte der Geheimdienst Südkoreas, dass …"
  // Not an accusative object, nor a quantity: "bestätigten 842 Festnahmen" counts what was confirmed.
  // Adverbs may stand between verb and subject: "bestätigte später ein Sprecher der Polizei".
  let start = i + 1;
  while (start < i + 3 && ADVERBS_BEFORE_SUBJECT.has(lowerOf(tokens[start]))) start++;
  const after = phraseAfter(tokens, start, G);
  if (after && !/^(den|einen|dem|einem|\d.*)$/i.test(tokens[after.from]!.text))
    add(after.from, after.to, cue, "verb", `${rule}.verb-second`);
}

/**
 * Coordinated verbs share the subject that opens the sentence: "Die Innungen lagern die Aufgaben aus und sagen: …",
 * "Die Gesellen sind abgewandert und haben gesagt: …". Only where that subject is followed by its own verb.
 */
function sharedSubject(tokens: Token[], i: number): TokenRange | null {
  const k = AUXILIARIES.has(lowerOf(tokens[i - 1])) ? i - 1 : i;
  if (lowerOf(tokens[k - 1]) !== "und") return null;
  const boundary = findNear(tokens, k - 1, -1, (t) => t.text === ":" || t.text === ";");
  if (boundary < 0 && k > CLAUSE_WINDOW) return null;
  const subject = phraseAfter(tokens, boundary + 1, G);
  if (!subject || subject.from !== boundary + 1 || OBJECT_FORMS.test(tokens[subject.from]!.text)) return null;
  return subject.to < k - 1 && isGermanVerb(tokens, subject.to) ? subject : null;
}

const REPORT_NOUNS = /^(bericht|berichten|artikel|recherchen|informationen|meldung)$/;

/** "einem Bericht der „Süddeutschen Zeitung“": the outlet a report belongs to, read past quotation marks. */
function publisherOf(tokens: Token[], np: TokenRange): TokenRange | null {
  // The phrase may end at the report ("einem Bericht") or run on through its genitive ("… der „SZ“").
  let report = np.from;
  while (report < np.to && !REPORT_NOUNS.test(lowerOf(tokens[report]))) report++;
  if (report === np.to || !G.genitiveArticles.has(lowerOf(tokens[report + 1]))) return null;
  let from = report + 2;
  while (isPunct(tokens[from], '„“"»«')) from++;
  const outlet = readNounPhraseForward(tokens, from, G);
  return outlet && outlet.to > from ? outlet : null;
}

const MAX_ATTRIBUTE = 6;
const ATTRIBUTE_PREPOSITIONS = new Set(["mit", "aus", "von", "über", "in", "bei"]);

/**
 * A subject with a phrase before its noun, opening the clause: "(Zwei) mit der Sache vertraute Personen sagten",
 * "Mit den Verhandlungen befasste Diplomaten erklärten".
 */
function describedSubjectBefore(tokens: Token[], i: number): TokenRange | null {
  const noun = tokens[i - 1];
  const participle = tokens[i - 2];
  if (!noun || !participle || !/^\p{Lu}/u.test(noun.text) || !/^\p{Ll}+(e|en|er)$/u.test(participle.text)) return null;
  // At least one word before the participle: the preposition.
  let start = i - 3;
  if (start < 0) return null;
  while (start > 0 && i - start <= MAX_ATTRIBUTE + 2 && tokens[start - 1]!.kind !== "punct") start--;
  if (start > 0 && !isPunct(tokens[start - 1], ",:")) return null;
  const opener = G.determiners.has(lowerOf(tokens[start])) || tokens[start]!.kind === "number" ? start + 1 : start;
  const numberWord = /^(zwei|drei|vier|fünf|mehrere|einige|viele)$/.test(lowerOf(tokens[opener]));
  return ATTRIBUTE_PREPOSITIONS.has(lowerOf(tokens[numberWord ? opener + 1 : opener])) ? { from: start, to: i } : null;
}

/** A subject placed by a preposition that opens the clause: "Die Behörden in Seoul bestätigten …". */
function placedSubjectBefore(tokens: Token[], i: number): TokenRange | null {
  const place = readNounPhraseBackward(tokens, i, G);
  if (!place || !PLACE_PREPOSITIONS.has(lowerOf(tokens[place.from - 1]))) return null;
  const head = subjectBefore(tokens, place.from - 1, G, NO_SKIP);
  return head ? { from: head.from, to: place.to } : null;
}

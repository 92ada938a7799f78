import type { LabelRules, LanguagePack } from "./lang/language-pack";
import type { Quantity } from "./schema";
import type { Token } from "./text/tokenize";

const MAX_WORDS = 8;
/**
 * A short headline for a claim (≤ 8 words), built from its key quantity and verb ("über 1.000 Soldaten entsandt"),
 * its object and participle ("Botschafter einbestellt"), or else the first words of its content.
 */
export function buildLabel(
  tokens: Token[],
  quantities: Quantity[],
  pack: LanguagePack,
  attribution: Set<number>,
  isSpeechReport = false,
): string {
  const rules = pack.label;
  const content = contentClause(tokens, attribution, isSpeechReport, pack);
  // "Kanzler Scholz äußerte sich am Abend": with no verb of its own the rest is no claim; the sentence is.
  const hasVerb = content.some((_, i) => pack.isFiniteVerb(content, i));
  const clause = hasVerb || content.length === tokens.length ? content : tokens;
  const words = labelWords(clause);
  const participle = rules.finalParticiple
    ? finalParticiple(clause, rules.auxiliaries, rules.finalParticiple)
    : undefined;
  const quantity = quantities[0];
  if (quantity && participle) return limit(`${quantity.text} ${participle.text}`);
  // Only a count of things: "1,000 troops sent", but "The shilling has lost 20 percent" keeps its subject.
  const isCount = quantity !== undefined && quantity.unit !== undefined && !/^(%|[A-Z]{3})$/.test(quantity.unit);
  const quantityVerb = rules.quantityVerb;
  if (quantity && isCount && quantityVerb) {
    // Only a verb whose object is the figure: "sent more than 1,000 troops", not "fell by 3 percent".
    const verb = words.find(
      (t, i) =>
        words[i + 1]?.start === quantity.start && quantityVerb.past.test(t.text) && !quantityVerb.change.has(t.lower),
    );
    if (verb) return limit(`${quantity.text} ${verb.text}`);
  }
  if (participle) {
    const objectStart = clause.findIndex((t) => rules.accusativeArticles.has(t.lower) && t.start > clause[0]!.start);
    const object = clause.slice(objectStart + 1).find((t) => /^\p{Lu}/u.test(t.text) && t.end <= participle.start);
    if (objectStart >= 0 && object) return `${object.text} ${participle.text}`;
  }
  // A German headline ends on its participle without the auxiliaries: "Botschafter sei einbestellt worden" →
  // "Botschafter einbestellt".
  const headlineWords = participle ? words.filter((t) => !rules.auxiliaries.has(t.lower)) : words;
  const sentenceWords = labelWords(tokens);
  // A fragment ("Caitlyn did.") has no headline; its own words say more than a placeholder.
  return (
    headline(headlineWords, rules) ||
    headline(sentenceWords, rules) ||
    limit(sentenceWords.map((t) => t.text).join(" ")) ||
    "Claim"
  );
}

/**
 * The words of a headline, each written as the text writes it: words and numbers, the signs of a figure ("3%",
 * "$5"), punctuation inside a word ("1-1/2", "U.S.") joined to it; other punctuation left out.
 */
function labelWords(tokens: Token[]): Token[] {
  const words: Token[] = [];
  tokens.forEach((t, i) => {
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    const gluedBefore = prev !== undefined && prev.end === t.start;
    const gluedAfter = next !== undefined && next.start === t.end && next.kind !== "punct";
    const isWord = t.kind !== "punct" || "%$€£".includes(t.text);
    // Inside a word ("1-1/2", "U.S"), or the full stop of an initial ("S." in "U.S.").
    const isInner =
      gluedBefore && prev.kind !== "punct" && (gluedAfter || (t.text === "." && /^\p{Lu}$/u.test(prev.text)));
    if (!isWord && !isInner) return;
    const last = words.at(-1);
    if (last && gluedBefore && last.end === t.start) {
      words[words.length - 1] = { ...last, text: last.text + t.text, lower: last.lower + t.lower, end: t.end };
    } else words.push(t);
  });
  return words;
}

/**
 * The clause's first words, cut where a phrase ends: never after a function word ("… between", "… could"), and, when
 * the clause is longer than a headline, before a word that opens the next phrase ("… key insights | into our …").
 */
function headline(words: Token[], rules: LabelRules): string {
  const kept = words.filter(
    (t, i) => !rules.drop.has(t.lower) || (i > 0 && rules.keptArticle(words[i - 1]!.text, t.text)),
  );
  // Capitalised inside the clause, a function word is a name or a month: "… in May", "… wie IHR".
  const isStop = (t: Token | undefined) =>
    t !== undefined && rules.trailingStop.has(t.lower) && (t === kept[0] || !/^\p{Lu}\p{L}/u.test(t.text));
  let end = Math.min(kept.length, MAX_WORDS);
  if (kept.length > MAX_WORDS) {
    const phraseEnd = (e: number) => !isStop(kept[e - 1]) && isStop(kept[e]);
    let cut = end;
    while (cut > 2 && !phraseEnd(cut)) cut--;
    if (cut > 2) end = cut;
  }
  // The clause's own last word may be its verb's particle ("… Pjöngjang zu"); a cut one is a preposition.
  const isParticle = end === kept.length && rules.clauseFinalParticles.has(kept[end - 1]?.lower ?? "");
  while (!isParticle && end > 2 && isStop(kept[end - 1])) end--;
  const head = kept.slice(0, end);
  // One word is not a headline; a clause that is all function words has none.
  if (head.length < 2 || head.every(isStop)) return "";
  return head.map((t) => t.text).join(" ");
}

/**
 * The claim without its attribution: from "dass"/"that" on, or after the comma that follows a verb of saying
 * ("Das Ministerium teilte am Montag mit, es werde nicht nachgeben" → "es werde nicht nachgeben").
 */
function contentClause(
  tokens: Token[],
  attribution: Set<number>,
  isSpeechReport: boolean,
  pack: LanguagePack,
): Token[] {
  const rules = pack.label;
  const dropped = new Set(attribution);
  // Grow the attribution over adjacent cue words ("AP News zufolge", "Nach Angaben der …", "…, so das CSIS"),
  // each token looked at once: a sentence may be a long run of cue words.
  const grow = [...attribution];
  for (let i = grow.pop(); i !== undefined; i = grow.pop()) {
    // Forward only over cue words that end an attribution ("AP News zufolge", "Rutte sagte"), not over a
    // preposition that starts the next phrase ("… nach offiziellen Angaben | auf 45").
    for (const j of [i - 1, i + 1])
      if (
        !dropped.has(j) &&
        rules.cueWords.has(tokens[j]?.lower ?? "") &&
        (j < i || !rules.openingPrepositions.has(tokens[j]!.lower))
      ) {
        dropped.add(j);
        grow.push(j);
      }
  }
  // "Clinton and Trump say …": the word joining two speakers goes with them.
  for (const i of attribution)
    if (rules.speakerJoiners.has(tokens[i + 1]?.lower ?? "") && attribution.has(i + 2)) dropped.add(i + 1);
  // Not Math.max(...attribution): a spread of 100k arguments overflows the stack.
  let lastAttribution = -1;
  for (const i of attribution) lastAttribution = Math.max(lastAttribution, i);
  // "Jane Doe, a spokeswoman for the ministry, said the plan would fail": past the apposition to the verb of saying.
  // "Le Pen voiced support for Trump, saying Clinton would bring war": what was said follows the participle.
  const participle = isSpeechReport
    ? tokens.findIndex(
        (t, i) => i > lastAttribution && rules.reportingParticiples.has(t.lower) && tokens[i - 1]?.text === ",",
      )
    : -1;
  const cueVerb =
    participle > 0
      ? participle
      : isSpeechReport && lastAttribution >= 0
        ? cueVerbAfter(tokens, lastAttribution, attribution, pack)
        : -1;
  if (cueVerb > 0 && tokens.length - cueVerb > 3) for (let i = 0; i <= cueVerb; i++) dropped.add(i);
  // The comma or colon after the attribution: "Rutte sagte, …", "Insofern sage ich ganz klar: …"
  const commaAfter = tokens.findIndex(
    (t, i) => i > Math.max(lastAttribution, cueVerb) && (t.text === "," || t.text === ":"),
  );
  // "According to the Centre for Disease Control (CDC) in the US, the plague …": the words up to the comma still
  // name the source when the attribution opens the sentence.
  const opensWithAttribution =
    attribution.has(0) || attribution.has(1) || attribution.has(2) || rules.cueWords.has(tokens[0]?.lower ?? "");
  // "The bureau said agriculture, which accounts for a fifth of output, expanded …": that comma opens an aside
  // inside what was said, not what was said.
  const opensAside = rules.relatives.has(tokens[commaAfter + 1]?.lower ?? "");
  const attributionBeforeComma =
    !opensAside && (isSpeechReport || (opensWithAttribution && commaAfter - lastAttribution <= 8));
  if (attributionBeforeComma && lastAttribution >= 0 && commaAfter > 0 && tokens.length - commaAfter > 3) {
    // "According to the study, published in BMJ Case Reports, the man …": a phrase about the source, set off by
    // commas and without a verb of its own, goes with it.
    // It opens in lower case ("published in …", "a journal of …"); "Seoul, Tokyo and Beijing met" is the claim.
    const next = tokens.findIndex((t, i) => i > commaAfter && t.text === ",");
    const first = tokens[commaAfter + 1];
    const hasOwnVerb = (k: number) => k > commaAfter + 1 && pack.isFiniteVerb(tokens, k);
    const aside =
      next > 0 &&
      next - commaAfter <= 8 &&
      tokens.length - next > 3 &&
      first !== undefined &&
      /^\p{Ll}/u.test(first.text) &&
      !tokens.slice(commaAfter + 1, next).some((_, k) => hasOwnVerb(commaAfter + 1 + k));
    const end = aside ? next : commaAfter;
    for (let i = 0; i <= end; i++) dropped.add(i);
  }
  // "told reporters the bank would …", "told his staff the plant …": whom it was told, when no outlet (those are
  // attributions already).
  tokens.forEach((t, i) => {
    if (!dropped.has(i) || !pack.recipient.bareObject.has(t.lower)) return;
    const whom = pack.grammar.determiners.has(tokens[i + 1]?.lower ?? "") ? i + 2 : i + 1;
    const next = tokens[whom];
    const isBareNoun = next && /^\p{Ll}+$/u.test(next.text) && !rules.contentOpeners.has(next.lower);
    if (isBareNoun && tokens[whom + 1]?.kind === "word") for (let k = i + 1; k <= whom; k++) dropped.add(k);
  });
  // An aside set off by commas inside the content ("agriculture, which accounts for a fifth of output, expanded")
  // is left out of the headline.
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.text !== "," || !rules.relatives.has(tokens[i + 1]?.lower ?? "") || dropped.has(i)) continue;
    // Looked for within the aside's reach only: a scan to the end per comma would be quadratic.
    let close = -1;
    for (let k = i + 2; k < Math.min(tokens.length, i + 13); k++)
      if (tokens[k]!.text === ",") {
        close = k;
        break;
      }
    if (close < 0) continue;
    for (let k = i; k <= close; k++) dropped.add(k);
    i = close;
  }
  let kept = tokens.filter((_, i) => !dropped.has(i));
  // "that" near the attribution, or after a name, date or number ("told X in October 2018 that"), opens what was
  // said; after a common noun further on it is a relative ("in an email to staff that was reviewed").
  const lastKept = kept.findLastIndex((t) => t.start <= (tokens[lastAttribution]?.start ?? -1));
  const opener = kept.findIndex(
    (t, i) =>
      rules.contentOpeners.has(t.lower) && (i - lastKept <= OPENER_REACH || !/^\p{Ll}/u.test(kept[i - 1]?.text ?? "")),
  );
  if (opener >= 0 && opener < kept.length - 3 && attribution.size > 0) kept = kept.slice(opener + 1);
  // One cut, not one per punctuation mark: 20,000 leading commas made that 20,000 copies of the list.
  const firstWord = kept.findIndex((t) => t.kind !== "punct");
  kept = firstWord < 0 ? [] : kept.slice(firstWord);
  // A quote of several sentences is labelled by its first: "I run my business on my phone. I have for years." A
  // full stop after a capital is an abbreviation ("U.S.").
  const comma = kept.findIndex(
    (t, i) =>
      (i > 2 && (t.text === "," || t.text === ";" || t.text === ":")) ||
      (i > 1 && ".!?".includes(t.text) && /^\p{Ll}{2,}$/u.test(kept[i - 1]!.text)),
  );
  return comma > 0 ? kept.slice(0, comma) : kept;
}

const APPOSITION_WINDOW = 12;
const MAX_PARENTHESIS = 16;
const OPENER_REACH = 4;

/**
 * The speaker's verb of saying where words stand between them: an apposition set off by commas ("X, a spokeswoman
 * for Y, said"), adverbs ("The minister quickly said"), or a clause of the speaker's own before "but"/"and" ("She
 * gave no date, but said"). -1 when there is none.
 */
function cueVerbAfter(tokens: Token[], last: number, attribution: Set<number>, pack: LanguagePack): number {
  // "Sen. Chris Murphy (a Democrat so boyish he has been mistaken for a staffer) says": past the parenthesis.
  let from = last + 1;
  if (tokens[from]?.text === "(") {
    const close = tokens.findIndex((t, k) => k > from && k <= from + MAX_PARENTHESIS && t.text === ")");
    if (close > 0) from = close + 1;
  }
  const end = Math.min(tokens.length, from + APPOSITION_WINDOW);
  // "A diplomat who asked not to be named said …": the speaker's own relative clause, whose first verb is its own.
  const relative = pack.label.relatives.has(tokens[last + 1]?.lower ?? "");
  for (let i = from; i < end; i++) {
    const t = tokens[i]!;
    if (attribution.has(i) || !pack.isFiniteVerb(tokens, i)) continue;
    // "In an interview with the BBC, the minister admitted …": any verb right after the speaker, when a phrase
    // without a verb of its own opens the sentence.
    if (i === last + 1 && opensWithPhrase(tokens, attribution, last, pack)) return i;
    if (!pack.label.cueWords.has(t.lower)) continue;
    if (relative && i === last + 2) continue;
    const before = tokens[i - 1]!;
    const between = tokens.slice(last + 1, i);
    // "X, a spokeswoman for Y, said", "(figures released by) the statistics office on Wednesday, showed"
    // "Sen. Chris Murphy (a Democrat first elected in 2012) says": a parenthesis, too.
    const parenthesis = tokens[last + 1]?.text === "(" && before.text === ")";
    const apposition =
      parenthesis ||
      (before.text === "," &&
        (tokens[last + 1]?.text === "," || !between.some((_, k) => pack.isFiniteVerb(tokens, last + 1 + k))));
    // "… the statistics office on Wednesday showed": a time phrase.
    const time = pack.grammar;
    const timePhrase =
      between.length > 0 &&
      between.every(
        (w) => time.timePrepositions.has(w.lower) || time.timeWords.has(w.lower) || time.calendarWords.has(w.lower),
      );
    // "Kim quickly said", "He also said", "Trump has since said": a few lower-case words, no comma.
    const adverbs = i - last <= 4 && tokens.slice(last + 1, i).every((w) => /^\p{Ll}+$/u.test(w.text));
    const coordinated = pack.label.speakerJoiners.has(before.lower);
    return apposition || timePhrase || (adverbs && i > last + 1) || coordinated || relative ? i : -1;
  }
  return -1;
}

/**
 * "Speaking to reporters in Brussels, Stoltenberg said …": an opening phrase without a verb of its own goes with the
 * attribution; "The deal is dead, Kim said in …" keeps what was said before it.
 */
function opensWithPhrase(tokens: Token[], attribution: Set<number>, last: number, pack: LanguagePack): boolean {
  let first = last;
  for (const k of attribution) first = Math.min(first, k);
  return first > 0 && !tokens.slice(0, first).some((_, k) => pack.isFiniteVerb(tokens, k));
}

/** The past participle at the end of a German clause: "… Soldaten … entsandt habe" → "entsandt". */
function finalParticiple(clause: Token[], aux: Set<string>, form: RegExp): Token | undefined {
  const words = clause.filter((t) => t.kind === "word");
  let i = words.length - 1;
  while (i >= 0 && aux.has(words[i]!.lower)) i--;
  const w = words[i];
  const hasAux = words.some((t) => aux.has(t.lower));
  if (!w || /^\p{Lu}/u.test(w.text) || !hasAux) return undefined;
  return form.test(w.text) ? w : undefined;
}

function limit(label: string): string {
  return label.split(/\s+/).filter(Boolean).slice(0, MAX_WORDS).join(" ");
}

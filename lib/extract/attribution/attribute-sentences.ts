import type { LanguagePack } from "../lang/language-pack";
import type { ClaimSource } from "../schema";
import type { SourceRegistry } from "../sources/source-registry";
import { DOUBLE_QUOTES, QUOTATION_OPENERS } from "../text/quote-marks";
import type { Token } from "../text/tokenize";
import { addConfirmations, addReportedBefore } from "./confirmations";
import { findFrames } from "./find-frames";
import type { Frame } from "./frame";
import { cleanSubject } from "./frame-helpers";
import { readNounPhraseForward } from "./noun-phrase";
import { namedInPassing } from "./named-in-passing";
import { resolveMention, type SeenSource } from "./resolve-mention";

export interface SentenceForAttribution {
  tokens: Token[];
  block: number;
  isHeading: boolean;
  isBoilerplate: boolean;
  isKonjunktivI: boolean;
  isOpinion: boolean;
  /** The first sentence of its paragraph. */
  opensBlock: boolean;
  text: string;
}

/** Frames that set up a report for the rest of the paragraph ("Dem CSIS zufolge …") rather than quote a statement. */
const isFramingFrame = (f: Frame) => f.cueKind === "according_to" || f.cueKind === "citing";
const WHOLLY_QUOTED = /^["„“«»].*["“”«»][.!?]?$/su;

interface ActiveAttribution {
  sources: ClaimSource[];
  block: number;
  isFraming: boolean;
  isStudy: boolean;
  /** 'Cruz continued:' / 'Der Minister sagte:' ending a paragraph: the paragraph that follows is their quote. */
  quoteBlock: number;
}

/** Walks the article in order, attributing each sentence: its own frames, else the report it continues. */
export function attributeSentences(
  text: string,
  sentences: SentenceForAttribution[],
  pack: LanguagePack,
  registry: SourceRegistry,
): { perSentence: ClaimSource[][]; knownNames: Set<string> } {
  const seen: SeenSource[] = [];
  const knownNames = new Set<string>();
  let active: ActiveAttribution | null = null;

  const perSentence = sentences.map((s): ClaimSource[] => {
    if (s.isBoilerplate) return [];
    if (s.isHeading) {
      active = null;
    }
    // The title of a pasted article may end with a period, so the first paragraph counts as a title too.
    const frames = withoutQuotedSpeakers(
      findFrames(s.tokens, pack, s.isHeading, s.isHeading || (s.block === 0 && s.opensBlock)),
      quotedSpeech(s.tokens),
    );
    const people = namedInPassing(s.tokens, registry);
    if (frames.length > 0) {
      // "I"/"we" is the last speaker only inside a quote, or in a paragraph quoted after "X sagte:"; outside one
      // it is the writer's own voice.
      const inQuotedParagraph = active !== null && s.block === active.quoteBlock;
      const quoted = inQuotedParagraph ? null : quotedTokens(s.tokens);
      const speakerAt = (f: Frame) => (quoted === null || quoted[f.mention.from] ? active?.sources[0] : undefined);
      const sources = resolveInOrder(frames, seen, pack, (f) =>
        toClaimSource(text, s, f, pack, registry, seen, knownNames, speakerAt(f)),
      );
      frames.forEach((f, i) => {
        if (f.relayOf !== undefined) sources[i]!.relayOf = sources[f.relayOf]!.name;
      });
      keepMediaRecipients(frames, sources);
      const resolveAt = (f: Frame) => toClaimSource(text, s, f, pack, registry, seen, knownNames, speakerAt(f));
      referToOpeningSubject(s, frames, sources, pack, resolveAt);
      dropUnresolvedGroupPronouns(frames, sources, pack);
      dropUnplacedTurnSpeakers(frames, sources);
      // People named in passing come before the sentence's sources, so "he" prefers the one who spoke.
      for (const person of people) seen.push(person);
      // An unresolved "she" is no one a later "she" can mean ("the company" is: a later "it" may be it).
      for (const src of sources)
        if (!isUnresolvedPronoun(src, pack)) seen.push({ name: src.name, type: src.type, mention: src.mention });
      // A study's findings run on over the sentences after it ("Schätzungsweise elf Millionen Todesfälle …").
      const isStudy = sources.some((src) => src.type === "study");
      active = {
        sources,
        block: s.block,
        // A speaker's turn ("KATE BOULDUAN: …") runs to the end of its paragraph.
        quoteBlock: frames.some((f) => f.rule.endsWith(".speaker-turn"))
          ? s.block
          : s.text.trimEnd().endsWith(":") && !s.isHeading && frames.some((f) => f.cueKind === "verb")
            ? s.block + 1
            : -1,
        isFraming: (frames.some(isFramingFrame) || isStudy) && !s.isHeading,
        isStudy,
      };
      return sources;
    }
    for (const person of people) seen.push(person);
    if (active && continuesReport(s, active, pack)) {
      active.block = s.block;
      return active.sources.map((src) => ({ ...src, resolution: "continuation" as const }));
    }
    if (!s.isHeading && (s.block !== active?.block || s.isOpinion)) active = null;
    return [];
  });
  addConfirmations(sentences, perSentence, pack);
  addReportedBefore(sentences, perSentence, pack);
  return { perSentence: dropHeadlineTopics(perSentence, sentences, pack), knownNames };
}

const MEDIA = new Set<ClaimSource["type"]>(["news_agency", "newspaper", "broadcaster"]);

/** A recipient that is a news outlet relays its speaker ("told Reuters"); any other ("told reporters") is dropped. */
function keepMediaRecipients(frames: Frame[], sources: ClaimSource[]): void {
  const speaker = sources.find((src, i) => !frames[i]!.isRecipient && src.role === "origin");
  for (let i = sources.length - 1; i >= 0; i--) {
    if (!frames[i]!.isRecipient) continue;
    if (speaker && MEDIA.has(sources[i]!.type)) sources[i] = { ...sources[i]!, relayOf: speaker.name };
    else {
      sources.splice(i, 1);
      frames.splice(i, 1);
    }
  }
}

/**
 * "Zusammengefasst: Wir wollen …": one capitalised word before a colon is a speaker only if it names someone the
 * article or the registry knows ("Clinton:" after "Hillary Clinton"); otherwise it is a word that opens a sentence.
 */
function dropUnplacedTurnSpeakers(frames: Frame[], sources: ClaimSource[]): void {
  for (let i = sources.length - 1; i >= 0; i--) {
    const f = frames[i]!;
    const oneWord = f.mention.to - f.mention.from === 1;
    if (!f.rule.endsWith(".speaker-turn") || !oneWord || sources[i]!.type !== "other") continue;
    sources.splice(i, 1);
    frames.splice(i, 1);
  }
}

/**
 * Resolves a sentence's frames in the order they are written, each speaker an antecedent for the ones after it: in
 * "Donald Trump told supporters …, and he vowed …" he is Trump, not someone named sentences before. The speakers are
 * taken off `seen` again; the caller records the sentence's sources once they are final.
 */
function resolveInOrder(
  frames: Frame[],
  seen: SeenSource[],
  pack: LanguagePack,
  resolve: (f: Frame) => ClaimSource,
): ClaimSource[] {
  const sources: ClaimSource[] = new Array(frames.length);
  const order = frames.map((_, i) => i).sort((a, b) => frames[a]!.mention.from - frames[b]!.mention.from);
  const before = seen.length;
  for (const i of order) {
    const src = (sources[i] = resolve(frames[i]!));
    if (!isUnresolvedPronoun(src, pack)) seen.push({ name: src.name, type: src.type, mention: src.mention });
  }
  seen.length = before;
  return sources;
}

function isUnresolvedPronoun(src: ClaimSource, pack: LanguagePack): boolean {
  const pronoun = src.mention.toLowerCase();
  const { groupPronouns, personPronouns, firstPersonPronouns } = pack.coreference;
  return (
    src.resolution === "unresolved" &&
    (groupPronouns.has(pronoun) || personPronouns.has(pronoun) || firstPersonPronouns.has(pronoun))
  );
}

/**
 * "…, it said" with nothing before it that "it" can be (a report, a thing, no source): a source named "It" tells a
 * fact-checker nothing, so the sentence keeps only its other sources.
 */
function dropUnresolvedGroupPronouns(frames: Frame[], sources: ClaimSource[], pack: LanguagePack): void {
  for (let i = sources.length - 1; i >= 0; i--) {
    const s = sources[i]!;
    const pronoun = s.mention.toLowerCase();
    // "sie" may be a woman: an unresolved person is still someone the fact-checker can look for.
    const { groupPronouns, personPronouns } = pack.coreference;
    if (s.resolution !== "unresolved" || !groupPronouns.has(pronoun) || personPronouns.has(pronoun)) continue;
    sources.splice(i, 1);
    frames.splice(i, 1);
  }
}

/**
 * "Senate Democrats blocked the bill because they said …": a "they" nothing before the sentence can be is the subject
 * that opens it, when that subject comes before the pronoun ("it" is as often the situation: "… and it shows").
 */
function referToOpeningSubject(
  s: SentenceForAttribution,
  frames: Frame[],
  sources: ClaimSource[],
  pack: LanguagePack,
  resolveAt: (f: Frame) => ClaimSource,
): void {
  const isLonePronoun = (src: ClaimSource) =>
    src.resolution === "unresolved" && pack.coreference.pluralPronouns.has(src.mention.toLowerCase());
  if (!sources.some(isLonePronoun)) return;
  let from = 0;
  while (pack.grammar.nonSubjectOpeners.has(s.tokens[from]?.lower ?? "")) from++;
  const subject = cleanSubject(s.tokens, readNounPhraseForward(s.tokens, from, pack.grammar), pack.grammar);
  // The subject's own verb follows it: "The company cut 300 jobs, and it said" reads no subject ("cut" looks like a noun).
  if (!subject || !pack.isFiniteVerb(s.tokens, subject.to)) return;
  sources.forEach((src, i) => {
    if (!isLonePronoun(src) || subject.to > frames[i]!.mention.from) return;
    const named = resolveAt({ ...frames[i]!, mention: subject });
    if (isLonePronoun(named) || named.resolution === "unresolved") return;
    sources[i] = { ...named, mention: src.mention, start: src.start, end: src.end, resolution: "coreference" };
  });
}

/** How many sources back a poll may be named for "six in 10 said" to be its respondents. */
const POLL_REACH = 5;

/**
 * "A CNN poll found … Six in 10 said …": a share of respondents speaks for the poll named just before; without one
 * it is an unnamed group of the article.
 */
function respondentsOf(seen: SeenSource[], share: ReturnType<typeof resolveMention>) {
  const poll = seen.slice(-POLL_REACH).findLast((s) => s.type === "study");
  if (poll) return { name: poll.name, type: poll.type, resolution: "coreference" as const, known: true };
  return { type: "unnamed" as const, resolution: share.resolution, known: false };
}

/**
 * A headline's colon may follow a topic, not a source: "Bahnstreik: GDL kündigt …", "Flüchtlinge: …". What the
 * registry and the source typing cannot place is kept only where the article cites it again ("Gingrich: …" and later
 * "Newt Gingrich said") or where the headline quotes it ("Scholz: Wir schaffen das", 'Trump: "We will win"'); a topic
 * is rarely cited and never speaks in the first person.
 */
function dropHeadlineTopics(
  perSentence: ClaimSource[][],
  sentences: SentenceForAttribution[],
  pack: LanguagePack,
): ClaimSource[][] {
  const citedInBody = perSentence
    .flat()
    .filter((src) => src.cueKind !== "headline")
    .map((src) => new Set(nameWords(src.name)));
  const isCited = (src: ClaimSource) => {
    const words = nameWords(src.name);
    return citedInBody.some((body) => words.every((w) => body.has(w)));
  };
  const isTopic = (src: ClaimSource, s: SentenceForAttribution) =>
    src.cueKind === "headline" &&
    src.type === "other" &&
    src.resolution === "explicit" &&
    !isCited(src) &&
    !quotesSomeone(s, src, pack);
  return perSentence.map((sources, i) =>
    sources.some((src) => isTopic(src, sentences[i]!))
      ? sources.filter((src) => !isTopic(src, sentences[i]!))
      : sources,
  );
}

const nameWords = (name: string) => name.toLowerCase().split(/[\s-]+/);

/** After the source's colon: a quotation, or words in the first person ("Obama: I'm optimistic"). */
function quotesSomeone(s: SentenceForAttribution, src: ClaimSource, pack: LanguagePack): boolean {
  const after = s.tokens.filter((t) => t.start >= src.end);
  const opener = after.find((t) => t.text !== ":");
  return (
    (opener !== undefined && QUOTATION_OPENERS.has(opener.text)) ||
    after.some((t) => pack.coreference.firstPersonPronouns.has(t.lower))
  );
}

function continuesReport(s: SentenceForAttribution, active: ActiveAttribution, pack: LanguagePack): boolean {
  const sameBlock = s.block === active.block;
  const nextBlock = s.block === active.block + 1;
  const marked = s.isKonjunktivI || pack.continuationMarkers.test(s.text) || WHOLLY_QUOTED.test(s.text);
  if (s.isHeading) return false;
  if (marked && (sameBlock || nextBlock)) return true;
  if (s.block === active.quoteBlock) return true;
  // "Dem CSIS zufolge hatten … Es gab einen bedeutenden Import- und Exportaustausch." — see framingHoldsForParagraph.
  return (pack.framingHoldsForParagraph || active.isStudy) && sameBlock && active.isFraming && !s.isOpinion;
}

function toClaimSource(
  text: string,
  s: SentenceForAttribution,
  frame: Frame,
  pack: LanguagePack,
  registry: SourceRegistry,
  seen: SeenSource[],
  knownNames: Set<string>,
  speaker: ClaimSource | undefined,
): ClaimSource {
  let range = frame.mention;
  if (frame.isSelf) {
    // "Das Unternehmen hat eigenen Angaben zufolge …": the subject that opens the sentence is the source.
    const subject = cleanSubject(s.tokens, readNounPhraseForward(s.tokens, 0, pack.grammar), pack.grammar);
    if (subject && subject.to <= frame.mention.from) range = subject;
  }
  const start = s.tokens[range.from]!.start;
  const end = s.tokens[range.to - 1]!.end;
  const mention = text.slice(start, end);
  const resolved = resolveMention(mention, {
    registry,
    coreference: pack.coreference,
    seen,
    text,
    mentionStart: start,
    speaker,
  });
  if (frame.rule.endsWith(".share")) Object.assign(resolved, respondentsOf(seen, resolved));
  if (resolved.known) knownNames.add(resolved.name);
  return {
    name: resolved.name,
    type: resolved.type,
    mention,
    start,
    end,
    cue: frame.cue,
    cueKind: frame.cueKind,
    rule: frame.rule,
    resolution: resolved.resolution,
    role: frame.role,
  };
}

/**
 * '“She just said a terrible thing,” Trump said': a speaker inside a quotation is part of what the quoted speaker
 * says; when the sentence names who speaks outside the quotation marks, that speaker is the source of all of it.
 */
function withoutQuotedSpeakers(frames: Frame[], quoted: boolean[]): Frame[] {
  const inside = (f: Frame) => quoted[f.mention.from] === true;
  if (!frames.some(inside) || frames.every(inside)) return frames;
  const kept = frames.filter((f) => !inside(f));
  return kept.map((f) => {
    if (f.relayOf === undefined) return f;
    const relayOf = kept.indexOf(frames[f.relayOf]!);
    return relayOf < 0 ? { ...f, relayOf: undefined } : { ...f, relayOf };
  });
}

/** Fewer tokens between quotation marks are a name or a phrase ("dem „Handelsblatt“", 'the "so-called" experts'). */
const SPEECH_TOKENS = 5;

/** For each token, whether it is inside a quotation long enough to be someone's words. */
function quotedSpeech(tokens: Token[]): boolean[] {
  const quoted = quotedTokens(tokens);
  const speech = quoted.map(() => false);
  for (let from = 0; from < tokens.length;) {
    if (!quoted[from]) {
      from++;
      continue;
    }
    let to = from;
    while (to < tokens.length && quoted[to]) to++;
    if (to - from > SPEECH_TOKENS) speech.fill(true, from, to);
    from = to;
  }
  return speech;
}

/** For each token, whether an odd number of quotation marks stands before it in its sentence: inside a quote. */
function quotedTokens(tokens: Token[]): boolean[] {
  let inside = false;
  return tokens.map((t) => {
    const was = inside;
    if (DOUBLE_QUOTES.has(t.text)) inside = !inside;
    return was;
  });
}

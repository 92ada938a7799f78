import type { CitationRole, Language } from "../schema";
import type { Token } from "../text/tokenize";
import { findGermanFrames } from "./frames-de";
import { findEnglishFrames } from "./frames-en";
import { PRONOUNS_FIRST_PERSON } from "./lexicon";
import type { TokenRange } from "./noun-phrase";

/** One attribution inside a sentence: who (the mention's tokens), the words that signal it, and its role. */
export interface Frame {
  mention: TokenRange;
  cue: string;
  role: CitationRole;
  /** For a relay: index of the frame it passes on. */
  relayOf?: number;
  /** "eigenen Angaben zufolge": the sentence's subject speaks for itself. */
  isSelf?: boolean;
}

// A sentence names a handful of sources; more than this is text built to make the work per sentence explode
// ('"X," said Y, ' 30,000 times in one sentence): the first ones are kept.
const MAX_FRAMES_PER_SENTENCE = 50;

/** Finds every attribution in one sentence. Pure token rules; each rule carries its example sentence. */
export function findFrames(tokens: Token[], lang: Language, isHeading: boolean, isTitle = isHeading): Frame[] {
  const frames = lang === "de" ? findGermanFrames(tokens, isTitle) : findEnglishFrames(tokens, isHeading, isTitle);
  return linkRelays(dropSpeakerPronouns(tokens, dropOverlaps(frames.slice(0, MAX_FRAMES_PER_SENTENCE))));
}

/** '"I am not shy," said Kim': inside a quote, "I" is the named speaker, not a second source. */
function dropSpeakerPronouns(tokens: Token[], frames: Frame[]): Frame[] {
  const isFirstPerson = (f: Frame) =>
    f.mention.to - f.mention.from === 1 && PRONOUNS_FIRST_PERSON.has(tokens[f.mention.from]!.lower);
  return frames.some((f) => !isFirstPerson(f)) ? frames.filter((f) => !isFirstPerson(f)) : frames;
}

function dropOverlaps(frames: Frame[]): Frame[] {
  const kept: Frame[] = [];
  for (const f of frames) {
    const clash = kept.some((k) => f.mention.from < k.mention.to && k.mention.from < f.mention.to);
    if (!clash) kept.push(f);
  }
  return kept;
}

/** "AP, citing South Korea's intelligence service": the cited one is the origin, the one citing it the relay. */
function linkRelays(frames: Frame[]): Frame[] {
  const originIndex = frames.findIndex((f) => f.role === "origin" && /citing|berufung/i.test(f.cue));
  if (originIndex < 0) return frames;
  return frames.map((f, i) => (i === originIndex ? f : { ...f, role: "relay", relayOf: originIndex }));
}

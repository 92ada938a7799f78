import type { LanguagePack } from "../lang/language-pack";
import type { Token } from "../text/tokenize";
import type { Frame } from "./frame";
import { findRecipients } from "./recipient";
import { findSpeakerTurn } from "./speaker-turn";

export type { Frame } from "./frame";

// A sentence names a handful of sources; more than this is text built to make the work per sentence explode
// ('"X," said Y, ' 30,000 times in one sentence): the first ones are kept.
const MAX_FRAMES_PER_SENTENCE = 50;

/** Finds every attribution in one sentence with the language's rules, then settles overlaps and relays. */
export function findFrames(tokens: Token[], pack: LanguagePack, isHeading: boolean, isTitle = isHeading): Frame[] {
  const found = pack.findFrames(tokens, isHeading, isTitle).slice(0, MAX_FRAMES_PER_SENTENCE);
  const turn = isTitle ? null : findSpeakerTurn(tokens, pack.coreference.firstPersonPronouns, pack.code);
  const own = turn && !found.some((f) => f.mention.from < turn.mention.to) ? [turn, ...found] : found;
  // A statement's recipient counts only beside its speaker, and after the speaker's frames (overlaps go to them).
  const recipients =
    own.length > 0 ? findRecipients(tokens, pack.recipient, pack.grammar, pack.code).slice(0, own.length) : [];
  const frames = [...own, ...recipients];
  return linkRelays(dropSpeakerPronouns(tokens, dropOverlaps(frames), pack.coreference.firstPersonPronouns));
}

/** '"I am not shy," said Kim': inside a quote, "I" is the named speaker, not a second source. */
function dropSpeakerPronouns(tokens: Token[], frames: Frame[], firstPerson: Set<string>): Frame[] {
  const isFirstPerson = (f: Frame) =>
    f.mention.to - f.mention.from === 1 && firstPerson.has(tokens[f.mention.from]!.lower);
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
  const originIndex = frames.findIndex((f) => f.role === "origin" && f.cueKind === "citing");
  if (originIndex < 0) return frames;
  return frames.map((f, i) => (i === originIndex ? f : { ...f, role: "relay", relayOf: originIndex }));
}

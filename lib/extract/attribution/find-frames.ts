import type { CitationRole, Language } from "../schema";
import type { Token } from "../text/tokenize";
import { findGermanFrames } from "./frames-de";
import { findEnglishFrames } from "./frames-en";
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

/** Finds every attribution in one sentence. Pure token rules; each rule carries its example sentence. */
export function findFrames(tokens: Token[], lang: Language, isHeading: boolean): Frame[] {
  const frames = lang === "de" ? findGermanFrames(tokens, isHeading) : findEnglishFrames(tokens, isHeading);
  return linkRelays(dropOverlaps(frames));
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

import type { CitationRole, CueKind } from "../schema";

/** A run of tokens [from, to) that names someone. */
export interface TokenRange {
  from: number;
  to: number;
}

/** One attribution inside a sentence: who (the mention's tokens), the words that signal it, and its role. */
export interface Frame {
  mention: TokenRange;
  cue: string;
  cueKind: CueKind;
  /** The rule that matched, "<language>.<rule>": shown with the source so a reader can see why. */
  rule: string;
  role: CitationRole;
  /** For a relay: index of the frame it passes on. */
  relayOf?: number;
  /** "eigenen Angaben zufolge": the sentence's subject speaks for itself. */
  isSelf?: boolean;
  /** "sagte dem „Handelsblatt“": the outlet the statement was made to, a relay if it is one. */
  isRecipient?: boolean;
}

/** Adds a frame found by a language's rules; the rule id and cue kind travel with it. */
export type AddFrame = (
  from: number,
  to: number,
  cue: string,
  cueKind: CueKind,
  rule: string,
  extra?: Partial<Frame>,
) => void;

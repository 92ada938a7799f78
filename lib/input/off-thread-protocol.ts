import type { Extraction } from "../extract/schema";
import type { RegistryIndex } from "../extract/sources/source-registry";
import type { StoredMatchFields } from "../matching/match-terms";
import type { Anchor } from "../anchoring/reanchor";
import type { ClaimForMatching, MatchKey } from "../matching/match-key";
import type { StoredCandidates } from "../matching/rank-matches";
import type { OtherReport } from "../matching/align-story";

/** What the request thread asks the worker thread to do (lib/input/off-thread-worker.ts). */
export type OffThreadJob =
  | { kind: "html"; html: string; pageUrl?: string }
  | { kind: "extract"; text: string; language: "de" | "en" | "auto"; registry: RegistryIndex }
  /** Extraction for storing: the claims and, for each, what matching stores (its key and index terms). */
  | { kind: "extract-for-storage"; text: string; language: "de" | "en" | "auto"; registry: RegistryIndex }
  /** Extraction for matching without storing: the claims and their article's context (articleContextOf). */
  | { kind: "extract-for-matching"; text: string; language: "de" | "en" | "auto"; registry: RegistryIndex }
  /** Two versions of an article (lib/anchoring): where each anchor went; how much is the same; them side by side. */
  | { kind: "reanchor"; oldText: string; newText: string; anchors: Anchor[] }
  | { kind: "kept-share"; oldText: string; newText: string }
  | { kind: "compare"; oldText: string; newText: string }
  /** An article's claims ranked against their candidates from the archive (lib/matching/rank-matches.ts). */
  | { kind: "rank"; keys: MatchKey[]; candidates: StoredCandidates; limit: number }
  /** Stored claims keyed anew (a lexicon change): what matching stores for each (lib/matching/match-terms.ts). */
  | { kind: "key"; claims: ClaimForMatching[] }
  /** An article's claims aligned with other reports of its story (lib/matching/align-story.ts). */
  | { kind: "align"; own: MatchKey[]; others: OtherReport[] };

/** The answer to "extract-for-storage": matchFields[i] belongs to extraction.claims[i]. */
export interface ExtractionForStorage {
  extraction: Extraction;
  matchFields: StoredMatchFields[];
}

/** The answer to "extract-for-matching": the claims are keyed after, part by part ("key"), with this context. */
export interface ExtractionForMatching {
  extraction: Extraction;
  context: string[];
}

/** The worker's answer: the value, or the error as plain data (an AppError's code, field and reason survive). */
export type OffThreadReply =
  | { id: number; ok: true; value: unknown }
  | {
      id: number;
      ok: false;
      error: { name: string; message: string; code?: string; field?: string; reason?: string };
    };

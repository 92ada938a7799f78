import { alignTexts, joint, SENTENCE, type Alignment } from "./align-texts";

/**
 * A claim's place in one version of an article: its offsets and, as a W3C Web Annotation TextQuoteSelector does, its
 * exact words with the words around them, so it can be found again in the next version.
 */
export interface Anchor {
  id: string;
  start: number;
  end: number;
  /** The old text's words at [start, end). */
  exact: string;
  prefix: string;
  suffix: string;
}

/**
 * Where a claim is in the new version, and how sure that is:
 * - `kept`: its words, unchanged, at new offsets (the text around them may have changed);
 * - `changed`: most of its words are still there, some changed ("12" became "14"): it is at the new words;
 * - `orphaned`: not found with enough confidence: no longer in the article, never put on other words.
 */
export type Reanchored =
  | { id: string; status: "kept"; start: number; end: number; exact: string }
  | { id: string; status: "changed"; start: number; end: number; exact: string; oldExact: string }
  | { id: string; status: "orphaned"; oldExact: string; reason: OrphanReason };

export type OrphanReason = "deleted" | "rewritten" | "ambiguous" | "unaligned" | "invalid";

/** Characters of context a selector keeps on each side (Hypothesis keeps 32). */
export const CONTEXT = 32;

/** The selector of the words at [start, end) of a text. */
export function anchorAt(text: string, id: string, start: number, end: number): Anchor {
  return {
    id,
    start,
    end,
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT), start),
    suffix: text.slice(end, end + CONTEXT),
  };
}

/** A claim's offsets with the context its selector keeps, as a claim row stores them (Claim.prefix, suffix). */
export function selectorAt(text: string, start: number, end: number) {
  const { prefix, suffix } = anchorAt(text, "", start, end);
  return { start, end, prefix, suffix };
}

/**
 * A changed claim keeps at least this share of its old words and is at least this share old words: a corrected
 * figure or a typo, not a sentence rewritten around a few of the same words.
 */
export const KEPT_SHARE = 0.6;

/**
 * Every anchor of the old version in the new one (old text, new text: the versions' bodies). Each rule is one case of
 * reanchor.test.ts. Linear in the texts for the edits news makes; a text rewritten beyond alignTexts' bound leaves
 * only claims whose words are found once in both versions.
 */
export function reanchor(oldText: string, newText: string, anchors: Anchor[]): Reanchored[] {
  const alignment = alignTexts(oldText, newText);
  return anchors.map((anchor) => {
    // An anchor that is not the old text's words (empty, outside it, stale) is nothing to follow.
    const { start, end, exact } = anchor;
    if (!(start < end && end <= oldText.length && oldText.slice(start, end) === exact))
      return orphaned(anchor, "invalid");
    return alignment === null ? foundByWordsAlone(oldText, newText, anchor) : follow(alignment, newText, anchor);
  });
}

function follow(alignment: Alignment, newText: string, anchor: Anchor): Reanchored {
  const { start, end, exact, id } = anchor;
  const run = alignment.kept.find((k) => k.oldStart <= start && end <= k.oldStart + k.length);
  if (run) return keptInRun(newText, anchor, run);
  // Its words, whole, where the alignment put other words or none (a paragraph moved; a like sentence the diff paired
  // it with): there, if the claim's surroundings came along; or, once its own place is gone, if they are there once
  // and are a sentence (no chance), or once with its surroundings. Several alike is no place to choose.
  const unkept = occurrences(newText, exact).filter(
    (at) => !alignment.kept.some((k) => k.newStart <= at && at + exact.length <= k.newStart + k.length),
  );
  const withItsSurroundings = clearlyBest(newText, anchor, unkept);
  if (withItsSurroundings !== undefined) return keptAt(anchor, withItsSurroundings);
  const kept = keptChars(alignment, start, end);
  if (kept / exact.length < KEPT_SHARE) {
    if (unkept.length === 1 && isDistinct(exact)) return keptAt(anchor, unkept[0]!);
    return orphaned(anchor, unkept.length > 1 ? "ambiguous" : kept > 0 ? "rewritten" : "deleted");
  }
  // Most of its words are still in place: the claim is there, changed. A change across its edge took in a word of
  // the sentence before or after it, so where it now starts or ends is no longer known: orphaned.
  const { prefix, suffix } = anchor;
  const newStart = startIn(alignment, start, sentenceStarts(prefix + exact, prefix.length) ? newText : undefined);
  const newEnd = endIn(alignment, end, sentenceEnds(exact + suffix, exact.length) ? newText : undefined);
  if (newStart === undefined || newEnd === undefined || newEnd <= newStart) return orphaned(anchor, "rewritten");
  const newExact = newText.slice(newStart, newEnd);
  // The new words must be mostly the old ones, in their place (a kept run outside the range is another sentence's).
  const keptThere = keptChars(alignment, start, end, [newStart, newEnd]);
  if (keptThere / exact.length < KEPT_SHARE || keptThere / newExact.length < KEPT_SHARE)
    return orphaned(anchor, "rewritten");
  return { id, status: "changed", start: newStart, end: newEnd, exact: newExact, oldExact: exact };
}

/**
 * A claim whose words lie in one unchanged run. Where its words are in the new text more than once, the diff may have
 * paired them with another copy (two like sentences, one moved): the copy whose surroundings are clearly the claim's
 * wins over the diff's pairing. A short claim whose run is no more than its own words (everything around it changed)
 * may be a chance pairing of a few words in another sentence: kept only if its surroundings agree.
 */
function keptInRun(newText: string, anchor: Anchor, run: Alignment["kept"][number]): Reanchored {
  const { start, end, exact } = anchor;
  const aligned = run.newStart + (start - run.oldStart);
  const margin = start - run.oldStart + (run.oldStart + run.length - end);
  if (!isDistinct(exact) && margin < CLEARLY && likeness(newText, anchor, aligned) < CLEARLY)
    return orphaned(anchor, "rewritten");
  const copies = occurrences(newText, exact);
  return keptAt(anchor, copies.length > 1 ? (clearlyBest(newText, anchor, copies, aligned) ?? aligned) : aligned);
}

/** The claim kept, its words unchanged, starting at `at` of the new text. */
const keptAt = ({ id, exact }: Anchor, at: number): Reanchored => ({
  id,
  status: "kept",
  start: at,
  end: at + exact.length,
  exact,
});

const orphaned = ({ id, exact }: Anchor, reason: OrphanReason): Reanchored => ({
  id,
  status: "orphaned",
  oldExact: exact,
  reason,
});

/**
 * Words found once elsewhere are the claim's own, not a chance, when they are a whole sentence or about half of one
 * ("12 Menschen" is in many sentences; "Die Zahl stieg um 8 Prozent." is one).
 */
const isDistinct = (exact: string) => exact.length >= 40 || /^[\p{Lu}\p{N}„“"].*[.!?“”"]$/su.test(exact);

/** Without an alignment: the claim's words if they are in both versions exactly once, else orphaned. */
function foundByWordsAlone(oldText: string, newText: string, anchor: Anchor): Reanchored {
  const { exact } = anchor;
  const found = occurrences(newText, exact);
  if (found.length === 1 && occurrences(oldText, exact).length === 1) return keptAt(anchor, found[0]!);
  return orphaned(anchor, "unaligned");
}

/**
 * The place whose surroundings are clearly most like the claim's old ones — the words right before and after it, as
 * far as they agree: a moved paragraph keeps one side, a repeated sentence neither — by CLEARLY characters over every
 * other (over `over`, when given, alone); else undefined.
 */
function clearlyBest(text: string, anchor: Anchor, places: number[], over?: number): number | undefined {
  if (places.length === 0) return undefined;
  const ranked = places.map((at) => ({ at, score: likeness(text, anchor, at) })).sort((x, y) => y.score - x.score);
  const rival = over !== undefined ? likeness(text, anchor, over) : (ranked[1]?.score ?? 0);
  return ranked[0]!.at !== over && ranked[0]!.score >= rival + CLEARLY ? ranked[0]!.at : undefined;
}

/** How many characters right before and after a place agree with the claim's old surroundings. */
function likeness(text: string, { prefix, suffix, exact }: Anchor, at: number): number {
  return (
    sameEnd(prefix, text.slice(Math.max(0, at - prefix.length), at)) +
    sameStart(suffix, text.slice(at + exact.length, at + exact.length + suffix.length))
  );
}

/** How many more characters of context the chosen place must share than any other. */
const CLEARLY = 8;

function sameEnd(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function sameStart(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/**
 * Where an old offset of a claim's start is in the new text: in a kept run, its place there; inside a change that
 * starts with the claim, where the change's new words start — or, for a claim that started a sentence (`sentences`:
 * the new text), where the last sentence in them starts: what came before it is a sentence added, not the claim's;
 * inside a change that starts before it, unknown.
 */
function startIn({ kept, changes }: Alignment, at: number, sentences?: string): number | undefined {
  const run = kept.find((k) => k.oldStart <= at && at < k.oldStart + k.length);
  if (run) return run.newStart + (at - run.oldStart);
  const change = changes.find((c) => c.oldStart <= at && at < c.oldEnd);
  if (change?.oldStart !== at) return undefined;
  if (sentences)
    for (let p = change.newEnd - 1; p > change.newStart; p--) if (joint(sentences, p) >= SENTENCE) return p;
  return change.newStart;
}

/**
 * Where an old offset of a claim's end is in the new text, as startIn: for a claim that ended a sentence, where the
 * first sentence in the change's new words ends; a change that ends after it leaves it unknown.
 */
function endIn({ kept, changes }: Alignment, at: number, sentences?: string): number | undefined {
  const run = kept.find((k) => k.oldStart < at && at <= k.oldStart + k.length);
  if (run) return run.newStart + (at - run.oldStart);
  const change = changes.find((c) => c.oldStart < at && at <= c.oldEnd);
  if (change?.oldEnd !== at) return undefined;
  if (sentences) for (let p = change.newStart + 1; p < change.newEnd; p++) if (sentenceEnds(sentences, p)) return p;
  return change.newEnd;
}

/** Whether a sentence starts, or ends, at `at` of a text (its edges count). */
const sentenceStarts = (text: string, at: number) => joint(text, at) >= SENTENCE;
const sentenceEnds = (text: string, at: number) =>
  joint(text, at) >= SENTENCE && (at >= text.length || /[.!?"“”]/.test(text[at - 1] ?? ""));

/** How many characters of old [start, end) are kept unchanged (and land within new [from, to), if given). */
function keptChars({ kept }: Alignment, start: number, end: number, within?: [number, number]): number {
  let sum = 0;
  for (const k of kept) {
    const [from, to] = [Math.max(start, k.oldStart), Math.min(end, k.oldStart + k.length)];
    if (to <= from) continue;
    const shift = k.newStart - k.oldStart;
    sum += within ? overlap(from + shift, to + shift, within[0], within[1]) : to - from;
  }
  return sum;
}

function occurrences(text: string, words: string): number[] {
  const found: number[] = [];
  if (words === "") return found;
  for (let at = text.indexOf(words); at !== -1; at = text.indexOf(words, at + 1)) found.push(at);
  return found;
}

const overlap = (a: number, b: number, c: number, d: number) => Math.max(0, Math.min(b, d) - Math.max(a, c));

/** How far a sentence is looked for around a claim, each way: a text without sentence ends is not read whole. */
const SENTENCE_REACH = 2_000;

/**
 * The sentence a claim's words stand in, [start, end) of the text: from the last sentence joint before them to the
 * first sentence end after them. A claim that is one clause of a sentence ("Seoul moved closer to Kyiv, while Moscow
 * …") can keep its own words while the rest of its sentence changes what it says.
 */
export function sentenceAround(text: string, start: number, end: number): { start: number; end: number } {
  let from = start;
  while (from > 0 && start - from < SENTENCE_REACH && joint(text, from) < SENTENCE) from--;
  while (from < start && /\s/.test(text[from]!)) from++; // the joint is before the space; the sentence after it
  let to = end;
  while (to < text.length && to - end < SENTENCE_REACH && !sentenceEnds(text, to)) to++;
  return { start: from, end: to };
}

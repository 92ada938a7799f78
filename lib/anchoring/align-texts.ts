import { diffArrays } from "diff";

/**
 * Where the characters of one version of a text went in the next: the runs both share unchanged, in order, with the
 * changes between them. Computed on word tokens (a word, a run of spaces, one sign), so a corrected figure is one
 * change and the texts' own words decide the alignment, not stray letters two sentences happen to share.
 */
export interface Alignment {
  /** Unchanged runs, in order of both texts: old [oldStart, oldStart + length) is new [newStart, newStart + length). */
  kept: Run[];
  /** What changed between kept runs: old [oldStart, oldEnd) (deleted, maybe empty) became new [newStart, newEnd). */
  changes: Change[];
}

interface Run {
  oldStart: number;
  newStart: number;
  length: number;
}

interface Change {
  oldStart: number;
  oldEnd: number;
  newStart: number;
  newEnd: number;
}

const TOKEN = /\s+|[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu;
const tokensOf = (text: string) => text.match(TOKEN) ?? [];
const charsOf = (tokens: string[]) => tokens.reduce((sum, token) => sum + token.length, 0);

/**
 * The most changed tokens the alignment works out (between the unchanged start and end of the texts): the diff's cost
 * grows with the text times the changes, so a version rewritten beyond this is not aligned at all (null) and its
 * claims are found by their exact words alone (reanchor.ts), never by a guess.
 */
export const MAX_CHANGED_TOKENS = 1_000;

/** The alignment of two versions, or null when they differ by more than MAX_CHANGED_TOKENS tokens. */
export function alignTexts(oldText: string, newText: string): Alignment | null {
  const [a, b] = [tokensOf(oldText), tokensOf(newText)];
  // The same start and end are kept as they are: the diff only sees the middle, where the edits are.
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  // Each only as far as the last joint of sentences both texts have there: a shared last full stop must not pin the
  // end of a changed sentence to the end of a paragraph added after it ("Tuesday." became "Wednesday. … an hour.").
  let headChars = charsOf(a.slice(0, head));
  while (head > 0 && (joint(oldText, headChars) < SENTENCE || joint(newText, headChars) < SENTENCE))
    headChars -= a[--head]!.length;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  let tailChars = charsOf(a.slice(a.length - tail));
  while (
    tail > 0 &&
    (joint(oldText, oldText.length - tailChars) < SENTENCE || joint(newText, newText.length - tailChars) < SENTENCE)
  )
    tailChars -= a[a.length - tail--]!.length;
  const middle = diffArrays(a.slice(head, a.length - tail), b.slice(head, b.length - tail), {
    maxEditLength: MAX_CHANGED_TOKENS,
  });
  if (middle === undefined) return null;
  // Runs and changes in text order; a deletion and an insertion side by side are one change ("12" became "14").
  const segments: (Run | Change)[] = [];
  let [oldAt, newAt] = [0, 0];
  const keep = (length: number) => {
    if (length > 0) segments.push({ oldStart: oldAt, newStart: newAt, length });
    oldAt += length;
    newAt += length;
  };
  keep(charsOf(a.slice(0, head)));
  for (const part of middle) {
    const length = charsOf(part.value);
    if (!part.added && !part.removed) {
      keep(length);
      continue;
    }
    let change = segments.at(-1);
    if (change === undefined || isRun(change)) {
      change = { oldStart: oldAt, oldEnd: oldAt, newStart: newAt, newEnd: newAt };
      segments.push(change);
    }
    if (part.removed) change.oldEnd = oldAt += length;
    else change.newEnd = newAt += length;
  }
  keep(charsOf(a.slice(a.length - tail)));
  const cleaned = slidToBoundaries(withoutChanceRuns(segments, oldText, newText), oldText, newText);
  return { kept: cleaned.filter(isRun), changes: cleaned.filter((s): s is Change => !isRun(s)) };
}

const isRun = (segment: Run | Change): segment is Run => "length" in segment;
const sizeOf = (c: Change) => Math.max(c.oldEnd - c.oldStart, c.newEnd - c.newStart);

/**
 * Without the short unchanged runs a diff finds inside rewritten text ("Die", a space, a full stop two different
 * sentences share): a run between two changes is taken into them when it is no longer than the change on either side
 * (diff-match-patch's semantic cleanup rule), so a claim is never followed by a stray word into another sentence.
 * One pass with a stack: each segment is pushed once and merged at most once.
 */
function withoutChanceRuns(segments: (Run | Change)[], oldText: string, newText: string): (Run | Change)[] {
  // A run that ends a sentence in both texts is where a changed sentence ends, not a chance: taken into the changes,
  // the sentence would run on into whatever was added after it.
  const endsSentences = ({ oldStart, newStart, length }: Run) =>
    /[.!?]/.test(oldText[oldStart + length - 1] ?? "") &&
    joint(oldText, oldStart + length) >= SENTENCE &&
    joint(newText, newStart + length) >= SENTENCE;
  const out: (Run | Change)[] = [];
  for (const segment of segments) {
    out.push(segment);
    // [change, run, change] at the end with a run no longer than either change: one change.
    while (out.length >= 3) {
      const [before, run, after] = out.slice(-3) as [Run | Change, Run | Change, Run | Change];
      if (isRun(before) || !isRun(run) || isRun(after)) break;
      if (run.length > sizeOf(before) || run.length > sizeOf(after) || endsSentences(run)) break;
      out.splice(-3, 3, {
        oldStart: before.oldStart,
        oldEnd: after.oldEnd,
        newStart: before.newStart,
        newEnd: after.newEnd,
      });
    }
  }
  return out;
}

/**
 * A pure insertion or deletion can often sit at several places alike ("Rücktritt[. Die Polizei … fest]." is
 * "Rücktritt.[ Die Polizei … fest.]"): it is put where its edges fall best on the text's own joints — a line break,
 * the end of a sentence, a space — as diff-match-patch's lossless cleanup does, so a sentence it did not touch lies in
 * one kept run, full stop and all.
 */
function slidToBoundaries(segments: (Run | Change)[], oldText: string, newText: string): (Run | Change)[] {
  const out = [...segments];
  for (let i = 1; i < out.length; i++) {
    const [before, change, after] = [out[i - 1], out[i], out[i + 1]];
    if (!before || !isRun(before) || isRun(change!) || (after && !isRun(after))) continue;
    const inserted = change!.oldStart === change!.oldEnd;
    if (!inserted && change!.newStart !== change!.newEnd) continue;
    const [text, from, to] = inserted
      ? [newText, change!.newStart, change!.newEnd]
      : [oldText, change!.oldStart, change!.oldEnd];
    // How far it can go: left while the text before it equals its own end, right while its start equals what follows.
    let left = 0;
    const leftRoom = i - 1 === 0 ? before.length : before.length - 1;
    while (left < leftRoom && text[from - 1 - left] === text[to - 1 - left]) left++;
    const room = after ? (i + 1 === out.length - 1 ? after.length : after.length - 1) : 0;
    let right = 0;
    while (right < room && text[from + right] === text[to + right]) right++;
    let best = 0;
    for (let shift = -left; shift <= right; shift++)
      if (joint(text, from + shift) + joint(text, to + shift) > joint(text, from + best) + joint(text, to + best))
        best = shift;
    if (best === 0) continue;
    out[i - 1] = { ...before, length: before.length + best };
    out[i] = {
      oldStart: change!.oldStart + best,
      oldEnd: change!.oldEnd + best,
      newStart: change!.newStart + best,
      newEnd: change!.newEnd + best,
    };
    if (after) {
      const rest = { oldStart: after.oldStart + best, newStart: after.newStart + best, length: after.length - best };
      if (rest.length > 0) out[i + 1] = rest;
      else out.splice(i + 1, 1);
    }
  }
  return out;
}

/** A joint between sentences or lines (joint's 3 and 4). */
export const SENTENCE = 3;

/** How good a place between text[at - 1] and text[at] is for a change's edge: 4 a line or the text's edge, 0 a word. */
export function joint(text: string, at: number): number {
  if (at <= 0 || at >= text.length) return 4;
  const [left, right] = [text[at - 1]!, text[at]!];
  if (left === "\n" || right === "\n") return 4;
  if (/[.!?]/.test(left) && /\s/.test(right)) return 3;
  if (/\s/.test(left) || /\s/.test(right)) return 2;
  return /[^\p{L}\p{N}]/u.test(left + right) ? 1 : 0;
}

/**
 * How much of two versions is the same: the characters in unchanged runs over the longer text's (0 when they differ
 * beyond the alignment's bound). A revision keeps most of its text; another story on the same page keeps little.
 */
export function keptShare(oldText: string, newText: string): number {
  const alignment = alignTexts(oldText, newText);
  if (alignment === null) return 0;
  const kept = alignment.kept.reduce((sum, run) => sum + run.length, 0);
  return kept / Math.max(oldText.length, newText.length, 1);
}

import {
  MONTHS,
  ORDINAL_CONTEXT,
  SENTENCE_STARTERS,
  TEXT_ABBREVIATIONS,
  TITLE_ABBREVIATIONS,
} from "./text/abbreviations";
import { pairQuotes } from "./text/pair-quotes";
import { endWithout } from "./text/trim-edges";

/** A paragraph: one or more lines that belong together, trimmed of surrounding white space. */
export interface Block {
  start: number;
  end: number;
  isHeadingLike: boolean;
}

export interface Span {
  start: number;
  end: number;
}

const TERMINAL = new Set([".", "!", "?", "…"]);
const CLOSERS = new Set(['"', "“", "”", "»", "«", "’", "'", ")", "]", "‘"]);
const OPENERS_AFTER_BREAK = new Set(['"', "„", "“", "«", "»", "(", "[", "‚", "‘", "'", "-", "–", "—", "•", "*"]);
const LINE_END_CONTINUES = /[\p{Ll},;\-–(]$/u;
const HEADING_MAX_CHARS = 200;

export function isHeadingLike(line: string): boolean {
  if (line.length === 0 || line.length > HEADING_MAX_CHARS) return false;
  const stripped = line.slice(0, endWithout(line, /["“”»«’)\]]/u));
  if (/[.!;,:…]$/u.test(stripped)) return false;
  const words = line.split(/\s+/).length;
  return words <= 30 && /^[\p{Lu}\p{N}"„“«»'‘]/u.test(line);
}

/**
 * Splits the text into paragraphs. A blank line always ends one; a line break ends one unless the text plainly runs
 * on (hard-wrapped text: the line ends mid-sentence and the next starts lower-case).
 */
export function splitBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let current: { start: number; end: number; lines: number; lastLine: string } | null = null;
  const close = () => {
    if (!current) return;
    const single = current.lines === 1 ? text.slice(current.start, current.end) : "";
    blocks.push({
      start: current.start,
      end: current.end,
      isHeadingLike: current.lines === 1 && isHeadingLike(single),
    });
    current = null;
  };
  let pos = 0;
  while (pos <= text.length) {
    let nl = text.indexOf("\n", pos);
    if (nl === -1) nl = text.length;
    let s = pos;
    let e = nl;
    while (s < e && /\s/.test(text.charAt(s))) s++;
    while (e > s && /\s/.test(text.charAt(e - 1))) e--;
    if (s === e) close();
    else {
      const line = text.slice(s, e);
      const runsOn = current !== null && LINE_END_CONTINUES.test(current.lastLine) && /^\p{Ll}/u.test(line);
      if (current && runsOn) {
        current.end = e;
        current.lines++;
        current.lastLine = line;
      } else {
        close();
        current = { start: s, end: e, lines: 1, lastLine: line };
      }
    }
    pos = nl + 1;
  }
  close();
  return blocks;
}

function wordBefore(text: string, i: number, floor: number): string {
  let s = i;
  while (s > floor && /[\p{L}\p{N}.]/u.test(text.charAt(s - 1))) s--;
  return text.slice(s, i);
}

function wordAfter(text: string, i: number, ceil: number): string {
  let e = i;
  while (e < ceil && /[\p{L}\p{N}]/u.test(text.charAt(e))) e++;
  return text.slice(i, e);
}

/** Decides whether the period at `i` ends a sentence, given the next word starts at `next`. */
function periodEndsSentence(text: string, i: number, next: number, block: Span): boolean {
  const word = wordBefore(text, i, block.start);
  const lower = word.toLowerCase();
  const following = wordAfter(text, next, block.end).toLowerCase();
  if (word.length === 0) return true;
  if (/^\p{L}$/u.test(word)) return false; // initials and "z. B."
  if (TITLE_ABBREVIATIONS.has(lower)) return false; // "Dr. Müller" never ends a sentence
  if (/^\d+$/.test(word)) {
    // "am 3. Oktober", "der 2. Weltkrieg": German ordinals; "No. 10" is handled as an abbreviation before it.
    if (MONTHS.has(following)) return false;
    const before = wordBefore(text, Math.max(block.start, i - word.length - 1), block.start).toLowerCase();
    return !ORDINAL_CONTEXT.has(before);
  }
  if (TEXT_ABBREVIATIONS.has(lower) || /\p{L}\.\p{L}/u.test(word)) {
    // "U.S." or "etc." may still close a sentence when a typical sentence opener follows.
    return SENTENCE_STARTERS.has(following) && !/^(nr|no|mio|mrd|vgl|zb|ca|bzw)$/.test(lower);
  }
  return true;
}

const TERMINAL_RE = /[.!?…]/g;

/** Splits one block into sentences; quotes and parentheses are never split. */
export function splitSentences(text: string, block: Span): Span[] {
  const spans: Span[] = [];
  const { openers, closers } = pairQuotes(text, block.start, block.end);
  // Quote depth at any offset = matched openers before it − matched closers before it (two moving pointers).
  let o = 0;
  let c = 0;
  const depthBefore = (at: number) => {
    while (o < openers.length && openers[o]! < at) o++;
    while (c < closers.length && closers[c]! < at) c++;
    return o - c;
  };
  let start = block.start;
  // Searched within the paragraph only, so the scan stays linear in the text (see pairQuotes).
  const paragraph = text.slice(block.start, block.end);
  TERMINAL_RE.lastIndex = 0;
  for (let m = TERMINAL_RE.exec(paragraph); m; m = TERMINAL_RE.exec(paragraph)) {
    const i = block.start + m.index;
    const ch = m[0];
    let j = i + 1;
    while (j < block.end && (TERMINAL.has(text.charAt(j)) || CLOSERS.has(text.charAt(j)))) j++;
    TERMINAL_RE.lastIndex = j - block.start;
    if (depthBefore(j) > 0) continue;
    let k = j;
    while (k < block.end && /\s/.test(text.charAt(k))) k++;
    const breaks =
      k === block.end ||
      (k > j && /[\p{Lu}\p{N}]/u.test(text.charAt(k)) && (ch !== "." || periodEndsSentence(text, i, k, block))) ||
      (k > j && OPENERS_AFTER_BREAK.has(text.charAt(k)));
    if (breaks) {
      spans.push({ start, end: j });
      start = k;
    }
  }
  if (start < block.end) spans.push({ start, end: block.end });
  return spans.filter((s) => s.end > s.start);
}

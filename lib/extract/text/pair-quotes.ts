/**
 * Finds which quote marks and brackets of a paragraph open and close a pair. Unmatched marks are ignored, so one
 * stray quote cannot swallow the rest of a paragraph into one "sentence".
 */
const CLOSER_OF: Record<string, string[]> = {
  "„": ["“", "”", '"'],
  "“": ["”", '"'],
  '"': ['"', "“", "”"],
  "«": ["»"],
  "»": ["«"],
  "(": [")"],
  "[": ["]"],
};
const MAX_DEPTH_SEARCH = 3;
// Visiting only these characters keeps the pass proportional to the marks, not to the text.
const MARKS = /["„“”«»()[\]]/g;

export interface QuotePairs {
  /** Offsets of matched opening marks, ascending. */
  openers: number[];
  /** Offsets of matched closing marks, ascending. */
  closers: number[];
}

export function pairQuotes(text: string, from: number, to: number): QuotePairs {
  const openers: number[] = [];
  const closers: number[] = [];
  const stack: { ch: string; at: number }[] = [];
  // Search the paragraph alone: a regex left to run from `from` would scan on through the rest of the text
  // whenever the paragraph holds no mark, which made long articles quadratic.
  const paragraph = text.slice(from, to);
  MARKS.lastIndex = 0;
  for (let m = MARKS.exec(paragraph); m; m = MARKS.exec(paragraph)) {
    const ch = m[0];
    const at = from + m.index;
    let matched = -1;
    for (let d = stack.length - 1; d >= 0 && d >= stack.length - MAX_DEPTH_SEARCH; d--) {
      if (CLOSER_OF[stack[d]!.ch]?.includes(ch)) {
        matched = d;
        break;
      }
    }
    // A mark that can both open and close (", », «, “) closes when something it matches is open.
    if (matched >= 0) {
      openers.push(stack[matched]!.at);
      closers.push(at);
      stack.length = matched;
    } else if (ch in CLOSER_OF) {
      stack.push({ ch, at });
    }
  }
  openers.sort((a, b) => a - b);
  return { openers, closers };
}

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

export function pairQuotes(text: string, from: number, to: number): { isOpener: Set<number>; isCloser: Set<number> } {
  const isOpener = new Set<number>();
  const isCloser = new Set<number>();
  const stack: { ch: string; at: number }[] = [];
  for (let i = from; i < to; i++) {
    const ch = text.charAt(i);
    if (!(ch in CLOSER_OF) && ch !== ")" && ch !== "]" && ch !== "”") continue;
    let matched = -1;
    for (let d = stack.length - 1; d >= 0 && d >= stack.length - MAX_DEPTH_SEARCH; d--) {
      const opener = stack[d]!;
      if (CLOSER_OF[opener.ch]?.includes(ch)) {
        matched = d;
        break;
      }
    }
    // A mark that can both open and close (", », «, “) closes when something it matches is open.
    if (matched >= 0) {
      isOpener.add(stack[matched]!.at);
      isCloser.add(i);
      stack.length = matched;
    } else if (ch in CLOSER_OF) {
      stack.push({ ch, at: i });
    }
  }
  return { isOpener, isCloser };
}

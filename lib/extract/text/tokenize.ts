/** A word, number or punctuation mark with its UTF-16 offsets into the text it came from. */
export interface Token {
  text: string;
  /** `text` lower-cased once, since every rule compares lower-case words. */
  lower: string;
  start: number;
  end: number;
  kind: "word" | "number" | "punct";
}

// One pass, no nested quantifiers: linear on any input. Words keep inner hyphens and apostrophes
// ("Kim Jong-uns", "Korea's"); numbers keep their separators ("1.000,5", "1,000.5") for the quantity parser.
const TOKEN_RE = /(\d+(?:[.,]\d+)*)|([\p{L}\p{N}](?:[\p{L}\p{M}\p{N}]|[-'’](?=[\p{L}\p{N}]))*)|([^\s\p{L}\p{N}])/gu;

export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m; m = TOKEN_RE.exec(text)) {
    const kind = m[1] ? "number" : m[2] ? "word" : "punct";
    const start = offset + m.index;
    tokens.push({ text: m[0], lower: m[0].toLowerCase(), start, end: start + m[0].length, kind });
  }
  return tokens;
}

export function isCapitalized(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLowerCase() && first === first.toUpperCase();
}

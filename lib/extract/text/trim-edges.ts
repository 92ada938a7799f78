/**
 * Where a text ends (or starts) once a run of characters of one class is left off, scanned from that edge.
 * A regular expression like /[\s,]+$/ would do the same in quadratic time: the engine tries the run at every
 * position inside it ("a" + ","×50,000 + "b" took seconds), while this looks at each character once.
 * `oneCharacter` matches a single character (no flags needed beyond u); every class we trim is in the BMP.
 */
export function endWithout(text: string, oneCharacter: RegExp, end = text.length, start = 0): number {
  let i = end;
  while (i > start && oneCharacter.test(text[i - 1]!)) i--;
  return i;
}

export function startWithout(text: string, oneCharacter: RegExp, start = 0, end = text.length): number {
  let i = start;
  while (i < end && oneCharacter.test(text[i]!)) i++;
  return i;
}

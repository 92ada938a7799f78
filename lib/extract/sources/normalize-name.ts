/**
 * Folds a source name to a lookup key so that the case forms of one name meet: "des ukrainischen Geheimdienstes",
 * "der ukrainische Geheimdienst" and "Ukrainischer Geheimdienst" all become "ukrainisch geheimdienst".
 */
const LEADING_WORDS = new Set(
  "der die das den dem des ein eine einer einem eines vom von laut the a an by per".split(" "),
);
// Longest first: German case endings plus the genitive/plural "s". Applied only to longer words, so acronyms stay.
const ENDINGS = ["es", "en", "er", "em", "e", "s", "n"];
const MIN_FOLDABLE = 5;

export function foldWord(word: string): string {
  if (word.length < MIN_FOLDABLE) return word;
  for (const ending of ENDINGS) if (word.endsWith(ending)) return word.slice(0, -ending.length);
  return word;
}

export function nameTokens(name: string): string[] {
  const words = name
    .normalize("NFC")
    .replace(/[’`´]/g, "'")
    .replace(/'s\b/g, "")
    .replace(/\./g, "")
    .toLowerCase()
    .split(/[\s,;:()"„“”«»]+/)
    .filter(Boolean);
  while (words.length > 1 && LEADING_WORDS.has(words[0]!)) words.shift();
  return words.map(foldWord);
}

export function normalizeName(name: string): string {
  return nameTokens(name).join(" ");
}

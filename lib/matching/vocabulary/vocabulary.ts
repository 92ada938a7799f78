/**
 * One beat's words of the news in both languages, for comparing the words of claims across the languages and across
 * wordings (fold-word.ts). Written for Claimtrack by hand, beat by beat; the earlier table (word-translations.ts)
 * keeps its words.
 */
export interface Vocabulary {
  /**
   * A German word's start and the English word for it: the key is the start of every word it stands for
   * ("verhaft": verhaftet, Verhaftung) and, as a compound's last part, of compounds ending in it ("Massenverhaftung").
   */
  german: [german: string, english: string][];
  /**
   * An English word as written (each form its own entry) and the English word it is one with in the news: "blaze" is
   * "fire", "detained" is "arrested". Compared by their first five letters after that, so "arrests" needs no entry.
   */
  english: [word: string, same: string][];
}

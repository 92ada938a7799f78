/** A set of words from a space-separated list (lexicon files keep each list sorted and free of duplicates). */
export const words = (s: string): Set<string> => new Set(s.trim().split(/\s+/));

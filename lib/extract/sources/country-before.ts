import type { Language } from "../schema";
import { COUNTRY_NAMES } from "./builtin-sources";

// Longest first, so "Südkoreas" wins over "Südkorea" and "New Delhi" over nothing shorter.
const BY_WORD = new Map<string, (typeof COUNTRY_NAMES)[number]>();
for (const c of COUNTRY_NAMES) for (const w of c.words) BY_WORD.set(w, c);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const ANY_COUNTRY = new RegExp(
  `(?<![\\p{L}\\p{N}])(${[...BY_WORD.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join("|")})(?![\\p{L}\\p{N}])`,
  "gu",
);
/** How far back "das Land" looks: about the two sentences before it. */
const WINDOW = 600;

/**
 * The country the words before `at` named last (by its name, genitive or capital), in the article's language:
 * "Südkoreas Außenminister traf … Das Land forderte …" → "Südkorea". Null when none is named close before.
 */
export function countryBefore(text: string, at: number, lang: Language): string | null {
  const window = text.slice(Math.max(0, at - WINDOW), at);
  let last: string | null = null;
  ANY_COUNTRY.lastIndex = 0;
  for (let m = ANY_COUNTRY.exec(window); m; m = ANY_COUNTRY.exec(window)) last = m[1]!;
  const country = last ? BY_WORD.get(last) : undefined;
  return country ? country[lang] : null;
}

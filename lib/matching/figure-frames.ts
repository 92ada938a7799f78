import type { MatchLanguage } from "./match-key";

/**
 * What a figure is, beyond its number and kind: whether someone expected, forecast or aimed for it rather than saw it
 * happen, and which period the claim counts in. Two claims whose figures are one outcome and one forecast ("prices
 * rose 0.5 %" against "economists had expected 0.3 %"), or the same count for two periods ("2.4 % in March", "2.2 %
 * in February"), do not disagree: both can be true. Linear in the claim's length (a few regular expressions, no
 * backtracking across clauses).
 */

/**
 * Words that make the figures of their clause an expectation: a forecast, a projection, a target. Not "as expected",
 * "than expected", "wie erwartet", "als erwartet" (the outcome met or beat it: the figure is what happened), not
 * "expectations" ("beat expectations"), not "estimated" ("an estimated 1,500 troops" is a count), and a target only
 * as an aim ("its target of 2 %", "Inflationsziel von 2 Prozent"), not what was attacked ("targeted Kharkiv with 12
 * missiles", "ins Ziel": the finish line).
 */
const EXPECTATION: Record<MatchLanguage, RegExp> = {
  en: /(?<!\b(?:as|than)\s+(?:\p{L}+\s+){0,3})\b(?:expect(?:ed|s|ing)?|forecast(?:s|ed|ing)?|predict(?:ed|s|ing|ion|ions)?|projected|projections?|anticipated|targets?\s+(?:of|for)|(?:its|the|a|their)\s+(?:\p{L}+\s+)?target|goal of|consensus)\b/iu,
  de: /(?<!\b(?:wie|als)\s+(?:\p{L}+\s+){0,3})\b(?:erwart(?:et|ete|eten|en|ten)|prognos\p{L}*|vorhergesagt\p{L}*|rechne(?:n|t|te|ten)\b.*?\bmit|mit\b.*?\bgerechnet|\p{L}*[Zz]iel(?:wert|marke)?\b.{0,40}?\bvon|angepeilt\p{L}*|anvisiert\p{L}*)\b/u,
};

/** Where a clause ends: a comma or semicolon before a space (not "4,5"), a colon, a dash between words. */
const CLAUSE_BREAK = /[,;:]\s|\s[–—-]\s|[()]/g;

/**
 * Whether the figure written as `figureText` in `text` is an expectation (EXPECTATION in its own clause, or in the
 * clause a German "dass" clause completes: "Experten hatten erwartet, dass die Wirtschaft um 0,2 Prozent wächst").
 */
export function isExpectedFigure(text: string, figureText: string, language: MatchLanguage): boolean {
  const at = text.indexOf(figureText);
  if (at < 0) return false;
  const starts = [0];
  let end = text.length;
  for (const brk of text.matchAll(CLAUSE_BREAK)) {
    if (brk.index + brk[0].length <= at) starts.push(brk.index + brk[0].length);
    else if (brk.index >= at + figureText.length) {
      end = brk.index;
      break;
    }
  }
  const own = starts.at(-1)!;
  const start = /^(?:dass|that)\s/i.test(text.slice(own)) && starts.length > 1 ? starts.at(-2)! : own;
  return EXPECTATION[language].test(text.slice(start, end));
}

const MONTHS: Record<MatchLanguage, string[]> = {
  en: "January February March April May June July August September October November December".split(" "),
  de: "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(" "),
};
/** Abbreviations, read only with their full stop ("Aug." not "Aug" in a name); "Sept." too, and Austria's "Jänner". */
const ABBREVIATED: Record<MatchLanguage, string[]> = {
  en: "Jan Feb Mar Apr - Jun Jul Aug Sep Oct Nov Dec".split(" "),
  de: "Jan Feb Mrz Apr - Jun Jul Aug Sep Okt Nov Dez".split(" "),
};

/** The month a capitalised word names (1–12), or 0. */
function monthOf(word: string, abbreviated: boolean, language: MatchLanguage): number {
  if (abbreviated) return ABBREVIATED[language].indexOf(word) + 1 || (word === "Sept" ? 9 : 0);
  return MONTHS[language].indexOf(word) + 1 || (word === "Jänner" && language === "de" ? 1 : 0);
}

/** English months that are also other words: "May" (the verb, Theresa May), "March" at a sentence's start. */
const AMBIGUOUS = new Set(["May", "March"]);
const BEFORE_A_MONTH =
  /\b(?:in|on|by|since|until|of|early|late|mid|last|next|through|from|to|between|and)\s*[-–]?\s*$/i;

/**
 * A year is the period a claim counts in unless it is what a figure is compared with: "the highest since 2008",
 * "seit 2008", "than in 2019", "gegenüber 2023".
 */
const COMPARED_WITH =
  /\b(?:since|than|seit|als|gegenüber|verglichen mit|compared with|compared to)\s+(?:\p{L}+\s+)?$/iu;

/**
 * The periods a claim names: its years ("y2024") and months ("m3"). A claim about a count "in March" and one "in
 * February" are about two periods, as are "2023" and "2024"; years a figure is compared with are not its period.
 */
export function periodsOf(text: string, language: MatchLanguage): string[] {
  const found = new Set<string>();
  for (const m of text.matchAll(/\b(19[5-9]\d|20\d\d)\b(?![.,]\d)/g))
    if (!COMPARED_WITH.test(text.slice(Math.max(0, m.index - 40), m.index))) found.add(`y${m[1]}`);
  for (const m of text.matchAll(/\b(\p{Lu}\p{Ll}+)\b\.?/gu)) {
    const word = m[1]!;
    const month = monthOf(word, m[0].endsWith(".") && !MONTHS[language].includes(word), language);
    if (!month) continue;
    if (AMBIGUOUS.has(word) && language === "en") {
      const before = text.slice(Math.max(0, m.index - 12), m.index);
      const after = text.slice(m.index + word.length, m.index + word.length + 3);
      if (!BEFORE_A_MONTH.test(before) && !/^\s\d/.test(after)) continue;
    }
    found.add(`m${month}`);
  }
  return [...found];
}

/**
 * Whether two claims count in different periods: both name years and share none, or both name months and share
 * none. Their figures may differ and both be right.
 */
export function periodsApart(a: string[] | undefined, b: string[] | undefined): boolean {
  const apart = (kind: string) => {
    const [mine, theirs] = [a ?? [], b ?? []].map((periods) => periods.filter((p) => p.startsWith(kind)));
    return mine!.length > 0 && theirs!.length > 0 && !mine!.some((p) => theirs!.includes(p));
  };
  return apart("y") || apart("m");
}

import type { MatchLanguage } from "./match-key";

/**
 * What a figure is, beyond its number and kind: whether someone expected, forecast or aimed for it rather than saw it
 * happen, and which period the claim counts in. Two claims whose figures are one outcome and one forecast ("prices
 * rose 0.5 %" against "economists had expected 0.3 %"), or the same count for two periods ("2.4 % in March", "2.2 %
 * in February"), do not disagree: both can be true. Linear in the claim's length (a few regular expressions, no
 * backtracking across clauses).
 */

/** What "as expected", "than expected", "wie von Ökonomen erwartet" start with: the outcome met or beat a forecast. */
// Bounded repeats: the look-behind is tried at every position, and unbounded ones would rescan a long run of spaces
// or letters from each (a 100,000-character claim took seconds).
const NOT_A_FORECAST = String.raw`(?<!\b(?:as|than|wie|als)[\s-]{1,3}(?:[\p{L}-]{1,40}\s{1,3}){0,6})`;

/**
 * Words that make a figure an expectation: a forecast, a projection. Not after "as", "than", "wie", "als" (see
 * NOT_A_FORECAST: up to six words between, "as economists polled by Reuters had expected", and "better-than-expected"),
 * not "expectations" ("beat expectations"), not "estimated" ("an estimated 1,500 troops" is a count).
 */
const EXPECTATION: Record<MatchLanguage, RegExp> = {
  en: new RegExp(
    // And a penalty that may be given: "faces up to 10 years in prison" is not a sentence.
    String.raw`${NOT_A_FORECAST}\b(?:expect(?:ed|s|ing)?|forecast(?:s|ed|ing)?|predict(?:ed|s|ing|ions?)?|projected|projections?|anticipated|consensus|fac(?:e|es|ed|ing) (?:up to|a maximum|as much as))\b`,
    "giu",
  ),
  de: new RegExp(
    // "Den Männern drohen bis zu zehn Jahre Haft": a penalty that may be given.
    String.raw`${NOT_A_FORECAST}\b(?:erwart(?:et|ete|eten|en|ten)|prognos\p{L}*|vorhergesagt\p{L}*|gerechnet|rechne(?:n|t|te|ten)?|angepeilt\p{L}*|anvisiert\p{L}*|droh(?:t|en|te|ten)|Höchststrafe)\b`,
    "giu",
  ),
};
/** German "rechnen" is a forecast only with "mit" in its clause ("hatten mit 0,3 Prozent gerechnet"), not "umgerechnet". */
const RECKON = /^(?:gerechnet|rechne)/i;
/** "mit 0,3 Prozent gerechnet", "rechnet damit, dass …". */
const WITH = /\b(?:da)?mit\b/i;

/** A target is an aim only for a rate ("its target of 2 %", "Inflationsziel von 2 Prozent"), not 12 missiles' target. */
const TARGET: Record<MatchLanguage, RegExp> = {
  en: /\b(?:targets?|goal)\s+(?:of|for)\b/i,
  de: /ziel(?:wert|marke)?\b[^,;]{0,40}?\bvon\b/i,
};

/** In English a forecast names its figure after it, or just before: "the 0.3 % economists had expected". */
const FORECAST_AFTER = /^\s+(?:[\p{L}-]+\s+){0,3}?(?:had|have|has)?\s*(?:expected|forecast|predicted|projected)\b/iu;

/** Where a clause ends: a comma or semicolon before a space (not "4,5"), a colon, a dash between words. */
const CLAUSE_BREAK = /[,;:]\s|\s[–—-]\s|[()]/g;

/** A figure as matchKeyOf knows it: its words in the claim, and whether it is a rate (a target's kind). */
export interface FigureWords {
  text: string;
  rate: boolean;
}

/**
 * Which of a claim's figures are expectations. Each figure is found after the one before it, never inside another
 * number ("3 percent" is not the end of "2.3 percent"); in German any forecast word of its clause counts (the verb
 * comes last), also of the clause a "dass" clause completes ("Experten hatten erwartet, dass die Wirtschaft um 0,2
 * Prozent wächst"); in English one before the figure in its clause, or right after it. Linear in the claim's length:
 * the clauses and forecast words are found once, and each figure looks them up by position.
 */
export function expectedFigures(text: string, figures: FigureWords[], language: MatchLanguage): boolean[] {
  const starts = [0, ...[...text.matchAll(CLAUSE_BREAK)].map((m) => m.index + m[0].length)];
  const clauseOf = (at: number) => {
    const i = lastAtOrBefore(starts, at);
    const end = i + 1 < starts.length ? starts[i + 1]! : text.length;
    const opensWithThat = i > 0 && /^(?:dass|that)\s/i.test(text.slice(starts[i]!, starts[i]! + 5));
    return { start: opensWithThat ? starts[i - 1]! : starts[i]!, end };
  };
  const hasWith = new Map<number, boolean>();
  const clauseHasWith = (clause: { start: number; end: number }) => {
    if (!hasWith.has(clause.start)) hasWith.set(clause.start, WITH.test(text.slice(clause.start, clause.end)));
    return hasWith.get(clause.start)!;
  };
  const forecasts = [...text.matchAll(EXPECTATION[language])]
    .filter((m) => !RECKON.test(m[0]) || clauseHasWith(clauseOf(m.index)))
    .map((m) => m.index);
  const targets = new Map<number, boolean>();
  let from = 0;
  return figures.map(({ text: words, rate }) => {
    const at = figureAt(text, words, from);
    if (at < 0) return false;
    from = at + words.length;
    const clause = clauseOf(at);
    const first = forecasts[firstAtOrAfter(forecasts, clause.start)];
    const inClause = first !== undefined && first < clause.end;
    const before = inClause && (language === "de" || first < at);
    const after = language === "en" && FORECAST_AFTER.test(text.slice(from, Math.min(clause.end, from + 80)));
    if (rate && !targets.has(clause.start))
      targets.set(clause.start, TARGET[language].test(text.slice(clause.start, clause.end)));
    return before || after || (rate && targets.get(clause.start)!);
  });
}

/** The index of the last position at or before `at` (positions ascending, the first 0). */
function lastAtOrBefore(positions: number[], at: number): number {
  let [low, high] = [0, positions.length - 1];
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (positions[mid]! <= at) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** The index of the first position at or after `at` (positions ascending), or their length. */
function firstAtOrAfter(positions: number[], at: number): number {
  let [low, high] = [0, positions.length];
  while (low < high) {
    const mid = (low + high) >> 1;
    if (positions[mid]! < at) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Places looked at for one figure: a figure written inside many other numbers is not looked for without end. */
const FIGURE_TRIES = 20;

/** Where `words` stand in `text` from `from` on, not inside another number; -1 when the figure is not there. */
function figureAt(text: string, words: string, from: number): number {
  const inNumber = (at: number) => /^\p{N}/u.test(words) && /[\p{N}.,]/u.test(text[at - 1] ?? " ");
  for (const start of from > 0 ? [from, 0] : [0]) {
    let at = text.indexOf(words, start);
    for (let tries = 0; at >= 0 && tries < FIGURE_TRIES; tries++, at = text.indexOf(words, at + 1))
      if (!inNumber(at)) return at;
  }
  return -1;
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

/** How many months "the first … months" are, but six: those are the first half. */
const COUNT_WORD = String.raw`(?:two|three|four|five|seven|eight|nine|ten|eleven|zwei|drei|vier|fünf|sieben|acht|neun|zehn|elf|\d{1,2})`;
/**
 * What else frames a figure in time, each a regular expression over the claim (no backtracking across clauses):
 * - what a change is measured against ("b:…"): the year before ("year on year", "gegenüber dem Vorjahresmonat"), the
 *   month before ("on the month", "gegenüber dem Vormonat"), the quarter before. Prices up 2.8 % on the year and 0.3 %
 *   on the month are one month's two figures, both right.
 * - a stretch of months ("s:…"): the year so far ("in the first nine months", "seit Jahresbeginn"), a half year, and
 *   quarters ("q1"–"q4"): exports down 2.8 % in the first nine months and 9.4 % in September both hold.
 * - a year before or after this one, said from now ("r:year"): "last year", "im vergangenen Jahr" — a year, though no
 *   number says which ("this year" is no frame: "the worst disaster this year" counts as any claim does).
 * - an earlier state ("then"): what was said or true before ("damals", "at the time", "initially"; German "hatte …
 *   noch", the pluperfect of a superseded figure: "Am Vorabend hatte die Polizei noch von acht Verletzten
 *   gesprochen"). A landslide's eleven injured in 2014, or last night's eight, are not today's twelve.
 */
const TIME_FRAMES: [string, RegExp][] = [
  [
    "r:year",
    /\b(?:(?:last|next|the previous|the past) year|(?:im |)(?:vergangenen|letzten|kommenden|nächsten) Jahr(?:es)?|(?:vergangenes|letztes|nächstes) Jahr|im Vorjahr)(?!\p{L})/iu,
  ],
  [
    "b:year",
    /\b(?:year[- ](?:on|over)[- ]year|on the year|(?:than|from|compared with|compared to|over) (?:a|one|the previous|the same (?:month|period|quarter) (?:a|last)) year(?: earlier| ago| before)?|from the same (?:month|period|quarter) last year|gegenüber dem Vorjahr\p{L}*|als (?:ein Jahr zuvor|vor einem Jahr|im Vorjahr\p{L}*)|(?:im Vergleich |verglichen mit dem |)zum Vorjahr\p{L}*|verglichen mit dem Vorjahr\p{L}*|im (?:Vorjahres|Jahres)vergleich|binnen Jahresfrist)(?!\p{L})/iu,
  ],
  [
    "b:month",
    /\b(?:month[- ](?:on|over)[- ]month|on the month|(?:than|from|compared with|compared to|over) (?:the|a) (?:previous|prior) month|gegenüber dem Vormonat|(?:im Vergleich )?zum Vormonat|verglichen mit dem Vormonat|im (?:Vormonats|Monats)vergleich)(?!\p{L})/iu,
  ],
  [
    "b:quarter",
    /\b(?:quarter[- ](?:on|over)[- ]quarter|on the quarter|(?:than|from|compared with|compared to|over) the (?:previous|prior) quarter|gegenüber dem Vorquartal|(?:im Vergleich )?zum Vorquartal)(?!\p{L})/iu,
  ],
  [
    // The year so far, not any "this year": "the worst disaster this year" and "later this year" count no stretch.
    "s:year",
    new RegExp(
      String.raw`\b(?:the first ${COUNT_WORD} months|year[- ]to[- ]date|so far (?:this year|in \d{4})|since the (?:start|beginning) of the year|in den ersten ${COUNT_WORD} Monaten|seit Jahres(?:beginn|anfang)|im bisherigen Jahresverlauf|bislang in diesem Jahr|heuer bislang|bisher in diesem Jahr)(?!\p{L})`,
      "iu",
    ),
  ],
  [
    "s:half",
    /\b(?:(?:first|second)[- ]half(?: of the year| of \d{4})|first[- ]half (?:sales|profit|revenue|results)|H[12] \d{4}|(?:first|last) six months|(?:erste|zweite)[nms]? (?:Halbjahr|Halbjahres|Halbjahrs|Jahreshälfte)|(?:ersten|letzten) sechs Monaten)(?!\p{L})/iu,
  ],
  [
    // An earlier state, said as such: not "at the time of writing", "at first light", "originally from"; and German
    // "hatte … noch" within one clause with a figure after it ("hatte noch von acht Verletzten gesprochen"), not "hatte
    // noch keine Angaben" nor a relative clause's "hatte" before the main clause's "noch".
    "then",
    /\b(?:damals|seinerzeit|anfangs|at the time(?! of\b)|back then|initially|at first(?! light\b| glance\b| sight\b))(?!\p{L})|\b(?:hatte|hatten)\b[^.;:,]{0,60}?\bnoch\b(?!\s+(?:nicht|kein\p{L}*|immer|nie)\b)[^.;:,]{0,40}?(?:\d|\b(?:von|mit|bei|auf)\s)/iu,
  ],
];
const QUARTERS: [RegExp, number][] = [
  [/\b(?:first[- ]quarter|erste[nms]? Quartals?|1\. Quartal|Q1)\b/i, 1],
  [/\b(?:second[- ]quarter|zweite[nms]? Quartals?|2\. Quartal|Q2)\b/i, 2],
  [/\b(?:third[- ]quarter|dritte[nms]? Quartals?|3\. Quartal|Q3)\b/i, 3],
  [/\b(?:fourth[- ]quarter|vierte[nms]? Quartals?|4\. Quartal|Q4)\b/i, 4],
];
/** Two months as the ends of one stretch: "between January and June", "von Januar bis Juni". */
const MONTH_SPAN = new RegExp(
  String.raw`\b(?:between|from|zwischen|von)\s+(?:${[...MONTHS.en, ...MONTHS.de].join("|")})\s+(?:and|to|through|until|und|bis)\s+(?:${[...MONTHS.en, ...MONTHS.de].join("|")})\b`,
  "u",
);

/**
 * The periods a claim names: its years ("y2024"), months ("m3") and quarters ("q3"), and the other frames of time
 * (TIME_FRAMES). A claim about a count "in March" and one "in February" are about two periods, as are "2023" and
 * "2024"; years and months a figure is compared with are not its period ("gegenüber dem Vormonat September").
 */
export function periodsOf(text: string, language: MatchLanguage): string[] {
  const found = new Set<string>();
  for (const m of text.matchAll(/\b(19[5-9]\d|20\d\d)\b(?![.,]\d)/g))
    if (!COMPARED_WITH.test(text.slice(Math.max(0, m.index - 40), m.index))) found.add(`y${m[1]}`);
  for (const m of text.matchAll(/\b(\p{Lu}\p{Ll}+)\b\.?/gu)) {
    const word = m[1]!;
    const month = monthOf(word, m[0].endsWith(".") && !MONTHS[language].includes(word), language);
    if (!month || BASE_MONTH.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    if (AMBIGUOUS.has(word) && language === "en") {
      const before = text.slice(Math.max(0, m.index - 12), m.index);
      const after = text.slice(m.index + word.length, m.index + word.length + 3);
      if (!BEFORE_A_MONTH.test(before) && !/^\s\d/.test(after)) continue;
    }
    found.add(`m${month}`);
  }
  for (const [re, quarter] of QUARTERS) if (re.test(text)) found.add(`q${quarter}`);
  if (MONTH_SPAN.test(text)) found.add("span");
  for (const [frame, re] of TIME_FRAMES) if (re.test(text)) found.add(frame);
  return [...found];
}

/** A month named as what a change is measured against: "gegenüber dem Vormonat September", "from August". */
const BASE_MONTH = /\b(?:gegenüber dem Vormonat|im Vergleich zum Vormonat|verglichen mit dem Vormonat)\s*$/iu;

/**
 * Whether two claims count in different periods: both name years (months, quarters, stretches, what a change is
 * measured against) and share none; one counts only a stretch of months (a quarter, a half, the year so far) and the
 * other a month's news (its month, or a change against the month or year before); one states an earlier state and the
 * other does not; one only a change on the month and the other none. Their figures may differ and both be right. A
 * frame one claim gives and the other does not is read as apart only where the news leaves it unsaid for the other
 * frame (an unmarked change is on the year; a month's news does not say "this month").
 */
export function periodsApart(a: string[] | undefined, b: string[] | undefined): boolean {
  const [mine, theirs] = [a ?? [], b ?? []];
  const apart = (kind: string) => {
    const [x, y] = [mine.filter((p) => p.startsWith(kind)), theirs.filter((p) => p.startsWith(kind))];
    return x.length > 0 && y.length > 0 && !x.some((p) => y.includes(p));
  };
  const has = (periods: string[], kind: string) => periods.some((p) => p.startsWith(kind));
  // A claim that counts a stretch and names no month of its own (one that does gives figures of both: "9.4 percent in
  // September and 2.8 percent in the first nine months"); two months as a stretch's ends are its own.
  const stretch = (periods: string[]) => has(periods, "s:") || has(periods, "q") || periods.includes("span");
  const stretchOnly = (periods: string[]) => stretch(periods) && (periods.includes("span") || !has(periods, "m"));
  // What a month's news names beside its figure: the month, or what the change is measured against.
  const news = (periods: string[]) => !stretch(periods) && (has(periods, "m") || has(periods, "b:"));
  const stretchAgainstNews = (stretchOnly(mine) && news(theirs)) || (stretchOnly(theirs) && news(mine));
  const then = mine.includes("then") !== theirs.includes("then");
  // A year one claim names and the other does not, not even as "last year": most often a background paragraph's
  // earlier event ("devastated in 2018 by a fire that burned 27,000 hectares") beside today's count. "The previous
  // year" a change is measured against (b:year) names no year of the claim's own.
  const aYear = (periods: string[]) => has(periods, "y") || (periods.includes("r:year") && !periods.includes("b:year"));
  const yearOnOneSide = aYear(mine) !== aYear(theirs);
  // A change on the month is said so; one that does not say is, in the news, on the year ("prices rose 2.6 percent").
  // Not where the claim gives the year's change too ("3.1 percent on the year and 0.4 percent on the month").
  const monthOnly = (periods: string[]) => periods.includes("b:month") && !periods.includes("b:year");
  const onTheMonth =
    (monthOnly(mine) && !theirs.includes("b:month")) || (monthOnly(theirs) && !mine.includes("b:month"));
  return (
    apart("y") ||
    apart("m") ||
    apart("q") ||
    apart("b:") ||
    apart("s:") ||
    stretchAgainstNews ||
    then ||
    onTheMonth ||
    yearOnOneSide
  );
}

/**
 * A figure for each of something: "2,80 Euro mehr pro Stunde", "€1,200 a month", "0.50 dollars per share", "je
 * Einwohner". It is compared only with figures for each of the same thing, never with a total (a strike day's 200
 * million euros of damage against a wage demand of 2.80 euros an hour).
 */
const PER: Record<MatchLanguage, RegExp> = {
  en: /^\s+(?:more\s+|less\s+)?(?:per|a|an|each)\s+(hour|day|week|month|year|head|person|capita|share|employee|worker|household|inhabitant|resident)s?\b(?!\s+(?:earlier|ago|before|later|after|into|on|since|from|of)\b)/iu,
  de: /^\s+(?:mehr\s+|weniger\s+)?(?:pro|je)\s+(Stunde|Tag|Woche|Monat|Jahr|Kopf|Person|Aktie|Beschäftigte\p{L}*|Mitarbeite\p{L}*|Haushalt|Einwohner)(?!\p{L})/iu,
};
const PERCENT_UNIT = /^(?:%|prozent|percent|per cent|prozentpunkte|percentage points)$/i;
/** The German words, and English synonyms, as the English word they are compared by. */
const PER_IN_ENGLISH: Record<string, string> = {
  stunde: "hour",
  tag: "day",
  woche: "week",
  monat: "month",
  jahr: "year",
  kopf: "person",
  person: "person",
  head: "person",
  capita: "person",
  einwohner: "person",
  inhabitant: "person",
  resident: "person",
  aktie: "share",
  haushalt: "household",
  worker: "employee",
};

/** The same, said as one word or with "im"/"am": "800 Millionen Euro jährlich", "zahlt jährlich", "$500 annually". */
const PER_WORD: Record<MatchLanguage, { after: RegExp; before: RegExp }> = {
  en: {
    after: /^\s+(annually|yearly|monthly|weekly|daily|hourly)\b/iu,
    before: /\b(yearly|monthly|weekly|daily|hourly)\s+(?:[\p{L}-]+\s+){0,2}$/iu,
  },
  de: {
    // A noun may come between: "800 Millionen Euro Hilfe im Jahr" (not "im Jahr 2024", a date).
    after:
      /^\s+(?:[\p{L}-]+\s+){0,2}?(jährlich|monatlich|wöchentlich|täglich|stündlich|im Jahr(?!\s+\d)|im Monat|am Tag|in der Woche)(?!\p{L})/iu,
    before: /(?<!\p{L})(jährlich|monatlich|wöchentlich|täglich|stündlich)\s+(?:[\p{L}-]+\s+){0,2}$/iu,
  },
};
const PER_WORD_IN_ENGLISH: Record<string, string> = {
  annually: "year",
  yearly: "year",
  jährlich: "year",
  "im jahr": "year",
  monthly: "month",
  monatlich: "month",
  "im monat": "month",
  weekly: "week",
  wöchentlich: "week",
  "in der woche": "week",
  daily: "day",
  täglich: "day",
  "am tag": "day",
  hourly: "hour",
  stündlich: "hour",
};

/**
 * For each figure of a claim: what it is a figure for each of ("hour", "share"), or null for a total. Not for a
 * percentage: "annual inflation of 2.5 percent" is a rate already, compared with any other.
 */
export function perUnitOf(
  text: string,
  figures: { text: string; unit?: string }[],
  language: MatchLanguage,
): (string | null)[] {
  return placesOf(text, figures).map((place, i) => {
    const figure = figures[i]!;
    if (!place || (figure.unit && PERCENT_UNIT.test(figure.unit))) return null;
    const [at, from] = place;
    const after = text.slice(from, from + 40);
    const word =
      PER_WORD[language].after.exec(after)?.[1] ??
      PER_WORD[language].before.exec(text.slice(Math.max(0, at - 40), at))?.[1];
    if (word) return PER_WORD_IN_ENGLISH[word.toLowerCase()] ?? null;
    const per = PER[language].exec(after)?.[1]?.toLowerCase();
    if (!per) return null;
    if (per.startsWith("beschäftigt") || per.startsWith("mitarbeite")) return "employee";
    return PER_IN_ENGLISH[per] ?? per;
  });
}

/**
 * A count of how badly, within a count: "three of them seriously", "drei Menschen wurden schwer verletzt", "9
 * Schwerverletzte", "2 critically injured". Both can be true beside the whole count ("12 injured"): such a figure is
 * compared only with its like. The qualifier is the unit's own start (German writes it as one word) or in the next
 * few words of the figure's clause.
 */
const SEVERITY: Record<MatchLanguage, RegExp> = {
  en: /^(?:\s+[\p{L}-]+){0,3}?\s+(?:seriously|critically|severely|gravely|badly|slightly|lightly|minor)\b/iu,
  de: /^(?:\s+[\p{L}-]+){0,3}?\s+(?:schwer|schwerst|lebensgefährlich|leicht|kritisch)(?:\p{L}*)\b/iu,
};
const SEVERE_UNIT = /^(?:schwer|schwerst|leicht|lebensgefährlich)\p{Ll}*verletzt/iu;
/** How far after a figure its qualifier is looked for (a few words, never past the clause). */
const SEVERITY_WINDOW = 50;

/**
 * A part of a named whole: "Four of the injured were flown to Athens", "Zwölf der Verletzten schweben in
 * Lebensgefahr". Which part is said after it, in words no rule reads; read as the whole, "four of the injured"
 * contradicted "40 injured".
 */
const PART_OF: Record<MatchLanguage, RegExp> = {
  en: /[\p{N}\p{L}]\s+of\s+(?:the|those|these)\s/iu,
  de: /[\p{N}\p{L}]\s+(?:der|des|von den|von)\s+\p{Lu}/u,
};

/** Which of a claim's figures count only a part of a larger count: the badly (or lightly) hurt, or a part of a whole. */
export function partialFigures(
  text: string,
  figures: { text: string; unit?: string }[],
  language: MatchLanguage,
): boolean[] {
  return placesOf(text, figures).map((place, i) => {
    const figure = figures[i]!;
    if (PART_OF[language].test(figure.text)) return true;
    if (!place) return false;
    const from = place[1];
    if (figure.unit && SEVERE_UNIT.test(figure.unit)) return true;
    const after = text.slice(from, from + SEVERITY_WINDOW);
    const clause = after.split(/[,;:.]\s|\s[–—-]\s/)[0]!;
    return SEVERITY[language].test(clause);
  });
}

/** Each figure's place in the claim, [start, end), found after the one before it; null where it is not found. */
function placesOf(text: string, figures: { text: string }[]): ([number, number] | null)[] {
  let from = 0;
  return figures.map((figure) => {
    const at = text.indexOf(figure.text, from);
    if (at < 0) return null;
    from = at + figure.text.length;
    return [at, from];
  });
}

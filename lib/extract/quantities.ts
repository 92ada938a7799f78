import { MONTHS } from "./text/abbreviations";
import { languagePack } from "./lang";
import type { Comparator, Language, Quantity } from "./schema";

// Words before a number that bound it: "über 1.000 Soldaten" (>), "bis zu 20 %" (<=), "at least 12" (>=).
const COMPARATOR_WORDS: [RegExp, Comparator][] = [
  [/(?<!\p{L})(mehr als|über|more than|over|in excess of)\s*$/iu, ">"],
  // "gut 2.000": a good 2,000, at least that many.
  [/(?<!\p{L})(mindestens|wenigstens|gut|at least|no fewer than|no less than)\s*$/iu, ">="],
  [/(?<!\p{L})(bis zu|höchstens|maximal|up to|at most|no more than)\s*$/iu, "<="],
  [
    /(?<!\p{L})(weniger als|unter|less than|fewer than|under|knapp|fast|nahezu|beinahe|nearly|almost|just under|close to)\s*$/iu,
    "<",
  ],
  [
    /(?<!\p{L})(rund|etwa|ungefähr|circa|ca\.|annähernd|schätzungsweise|about|around|approximately|roughly|some|an estimated|estimated)\s*$/iu,
    "~",
  ],
];
const BETWEEN = /(?<!\p{L})(zwischen|between)\s*$/iu;
const COMPARATOR_WINDOW = 25;
/** How far before a number its count may be named ("die Zahl der Todesopfer ist … auf sieben gestiegen"). */
const COUNT_WINDOW = 140;
const SCALE: [RegExp, number][] = [
  [/^(billionen|trillion|trillions|tn)\b/i, 1e12],
  [/^(milliarden|milliarde|mrd\.?|billion|billions|bn|b)(?![\p{L}])/iu, 1e9],
  [/^(millionen|million|millions|mio\.?|mn|m)(?![\p{L}])/iu, 1e6],
  [/^(tausend|thousand|thousands|k)(?![\p{L}])/iu, 1e3],
  // "a dozen protesters", "two dozen", "rund ein Dutzend Exil-Iraner": twelve of what follows.
  [/^(dutzend|dozen)(?![\p{L}])/iu, 12],
];
const CURRENCY_AFTER =
  /^(euro|eur|€|us-dollar|dollar|dollars|usd|\$|pfund|pounds?|gbp|£|yen|yuan|rubel|roubles?|rubles?|won|franken|francs?|hrywnja|hryvnias?)(?![\p{L}])/iu;
const CURRENCY_BEFORE: Record<string, string> = { $: "USD", "€": "EUR", "£": "GBP" };
const PERCENT = /^(%|prozent|percent|per cent|prozentpunkte|percentage points)(?![\p{L}])/iu;
const SPELLED: Record<string, number> = {
  zwei: 2,
  drei: 3,
  vier: 4,
  fünf: 5,
  sechs: 6,
  sieben: 7,
  acht: 8,
  neun: 9,
  zehn: 10,
  elf: 11,
  zwölf: 12,
  dreizehn: 13,
  vierzehn: 14,
  fünfzehn: 15,
  sechzehn: 16,
  siebzehn: 17,
  achtzehn: 18,
  neunzehn: 19,
  zwanzig: 20,
  dreißig: 30,
  vierzig: 40,
  fünfzig: 50,
  sechzig: 60,
  siebzig: 70,
  achtzig: 80,
  neunzig: 90,
  hundert: 100,
  tausend: 1000,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
};
// Tens and units written as one number: "thirty-one", "einunddreißig" (German names the units first).
const ENGLISH_UNITS = "one|two|three|four|five|six|seven|eight|nine";
const ENGLISH_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
const GERMAN_UNITS = "ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun";
const GERMAN_TENS = "zwanzig|dreißig|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig";
// The spelled numbers read on their own ("vierzehn Passagiere", "Thirty-one people"); "tausend" and "hundred" only
// after a number. The compounds first: "thirty" alone would stop before "-one". Bounded by letters, not by `\b`,
// which ends a word at "ß" or "ü" ("drei|ßig" was three).
const SPELLED_ALONE = [
  `(?:${ENGLISH_TENS})-(?:${ENGLISH_UNITS})`,
  `(?:${GERMAN_UNITS})und(?:${GERMAN_TENS})`,
  ...Object.keys(SPELLED).filter((word) => word !== "tausend" && word !== "hundred"),
].join("|");

/** The value of a spelled number SPELLED_ALONE matched: a word of SPELLED, or tens and units as one. */
function spelledValue(word: string): number {
  const lower = word.toLowerCase();
  const one = (units: string) => (units === "one" || units === "ein" ? 1 : SPELLED[units]!);
  const english = /^(\p{L}+)-(\p{L}+)$/u.exec(lower);
  if (english) return SPELLED[english[1]!]! + one(english[2]!);
  const german = /^(\p{L}+?)und(\p{L}+)$/u.exec(lower);
  if (german && SPELLED[german[2]!] !== undefined) return one(german[1]!) + SPELLED[german[2]!]!;
  return SPELLED[lower]!;
}
// "one billion euros", "a million people", "eine Milliarde Euro", "a dozen": one of a scale (not "half a million", "a
// quarter of a million", "ein Viertel einer Million").
const ONE_OF_SCALE = String.raw`(?<!\b(?:half|quarter|third|fifth|tenth|halbe|viertel|drittel|fünftel|zehntel)(?:\s{1,3}(?:of|a|an))?\s{1,3})\b(?:one|a|an|ein|eine|einer|einem|einen)(?=\s+(?:millions?|billions?|trillions?|millionen|milliarden?|billionen|dozen|dutzend)(?![\p{L}]))`;
const NUMBER_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,:/-])([$€£]\s?)?(\d{1,3}(?:[.,]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)(?![\p{N}:/])|(?<![\p{L}-])(${SPELLED_ALONE})(?![\p{L}])|(${ONE_OF_SCALE})`,
  "giu",
);
// A cheap literal pre-check; the full pattern (look-behind, Unicode, case folding) is the costly part.
const MAY_HOLD_NUMBER = new RegExp(String.raw`\d|${SPELLED_ALONE}|illion|illiard|dozen|dutzend`, "i");
const RANGE_RE = /^\s*(?:bis|-|–|to)\s*(\d+(?:[.,]\d+)*)/i;
const BETWEEN_RANGE_RE = /^\s*(?:und|and)\s*(\d+(?:[.,]\d+)*)/i;
// And between spelled numbers: "zwei bis drei Dutzend", "between ten and twelve soldiers".
const SPELLED_SCALE_BEFORE = /(?<![\p{L}])(?:hundred|thousand|hundert|tausend)(?:\s+and)?\s+$/iu;
const SPELLED_RANGE_RE = new RegExp(String.raw`^\s*(?:bis|-|–|to)\s*(${SPELLED_ALONE})(?![\p{L}])`, "iu");
const SPELLED_BETWEEN_RE = new RegExp(String.raw`^\s*(?:und|and)\s*(${SPELLED_ALONE})(?![\p{L}])`, "iu");
/** English words of scale in the plural ("millions of"): never a multiplier after a number. */
const PLURAL_SCALE = /^(?:millions|billions|trillions|thousands|dozens)$/i;
/** The words before a year: "in 2023", "seit 2022", "by 2030". */
const TIME_WORD_BEFORE =
  /(?:^|[^\p{L}])(?:in|im|seit|since|by|bis|until|von|from|vor|nach|after|before|ab|jahr|year)\s+$/iu;
const YEAR_MIN = 1800;
const YEAR_MAX = 2199;

const MONTH_AFTER = /^\.?\s*(\p{L}+)/u;
const MONTH_BEFORE = /(\p{L}+)\.?\s*$/u;
const ORDINAL_SUFFIX = /^(st|nd|rd|th)(?!\p{L})/iu;
// English writes months short before the day: "Oct. 25", "Sept 3".
const MONTH_SHORT = new Set("jan feb mar apr jun jul aug sep sept oct nov dec".split(" "));
const isMonth = (word: string | undefined) =>
  word !== undefined && (MONTHS.has(word.toLowerCase()) || MONTH_SHORT.has(word.toLowerCase()));

function isDateOrOrdinal(slice: string, start: number, rest: string, lang: Language): boolean {
  if (ORDINAL_SUFFIX.test(rest) || isMonth(MONTH_AFTER.exec(rest)?.[1])) return true;
  // German puts the day first: "im Mai 30 Menschen" counts people.
  if (!languagePack(lang).numbers.monthBeforeDay) return false;
  // Only the few characters before the number: the look-behind must not scan a long sentence. A capital, since
  // "may" is also a verb.
  const month = MONTH_BEFORE.exec(slice.slice(Math.max(0, start - 12), start))?.[1];
  return isMonth(month) && /^\p{Lu}/u.test(month!);
}

/** Parses "1.000" (de) / "1,000" (en) / "3,5" (de) / "3.5" (en) as the article's language writes numbers. */
export function parseNumber(raw: string, lang: Language): number {
  const { thousands, decimal } = languagePack(lang).numbers;
  if (/^\d{1,3}(\.\d{3})+,\d+$/.test(raw)) return Number(raw.replace(/\./g, "").replace(",", "."));
  if (/^\d{1,3}(,\d{3})+\.\d+$/.test(raw)) return Number(raw.replace(/,/g, ""));
  if (new RegExp(`^\\d{1,3}(\\${thousands}\\d{3})+$`).test(raw)) return Number(raw.split(thousands).join(""));
  return Number(raw.replace(decimal, ".").replace(/[.,](?=.*[.,])/g, ""));
}

/** Finds the numbers a sentence states, with comparator, scale and unit. Offsets are absolute. */
export function findQuantities(text: string, from: number, to: number, lang: Language): Quantity[] {
  const slice = text.slice(from, to);
  const found: Quantity[] = [];
  if (!MAY_HOLD_NUMBER.test(slice)) return found;
  NUMBER_RE.lastIndex = 0;
  for (let m = NUMBER_RE.exec(slice); m; m = NUMBER_RE.exec(slice)) {
    let start = m.index;
    let end = m.index + m[0].length;
    const spelledWord = m[3]?.toLowerCase();
    // A number written as a word: one of the spelled ones, or "one"/"a" before a scale (group 4).
    const spelled = spelledWord !== undefined || m[4] !== undefined;
    // The end of a longer spelled number ("one hundred and twenty-one", "two thousand twelve"): not read, rather than
    // read as its last part.
    if (spelledWord !== undefined && SPELLED_SCALE_BEFORE.test(slice.slice(Math.max(0, start - 20), start))) continue;
    let value =
      m[4] !== undefined ? 1 : spelledWord !== undefined ? spelledValue(spelledWord) : parseNumber(m[2]!, lang);
    let unit: string | undefined = m[1] ? CURRENCY_BEFORE[m[1].trim()] : undefined;
    let rest = slice.slice(end);
    // A date ("3. Oktober", "3 October", "Oct. 25", "March 3, 2021"), an ordinal ("25th") or a fraction ("1-1/2")
    // is not a quantity; a year on its own is dropped below.
    if (isDateOrOrdinal(slice, start, rest, lang) || /^(?:[-–]\d+)?\//.test(rest)) continue;
    const windowStart = Math.max(0, start - COMPARATOR_WINDOW);
    const before = slice.slice(windowStart, start);
    const between = BETWEEN.exec(before);
    let max: number | undefined;
    const range =
      spelledWord !== undefined
        ? (between ? SPELLED_BETWEEN_RE : SPELLED_RANGE_RE).exec(rest)
        : spelled
          ? null
          : (between ? BETWEEN_RANGE_RE : RANGE_RE).exec(rest);
    if (range) {
      max = spelledWord !== undefined ? spelledValue(range[1]!) : parseNumber(range[1]!, lang);
      end += range[0].length;
      rest = slice.slice(end);
    }
    const bare = !m[1] && !spelled && /^\d{4}$/.test(m[2]!);
    const looksLikeYear = bare && value >= YEAR_MIN && value <= YEAR_MAX;
    // A year before a word of scale is a year: "In 2023 dozen protesters", "In 2022 millions of Ukrainians fled",
    // "Seit 2022 Millionen Menschen …" — after a word of time, or before an English plural, which no count takes
    // ("2022 millions" is no number). "They sold 2000 dozen eggs" is 24,000. And "3 million dozen eggs" two scales.
    const yearBefore = (word: string) =>
      looksLikeYear && (PLURAL_SCALE.test(word) || TIME_WORD_BEFORE.test(slice.slice(Math.max(0, start - 8), start)));
    let scaled = false;
    for (let scaleCount = 0; scaleCount < 2; scaleCount++) {
      const ws = /^\s*/.exec(rest)![0].length;
      const scale = SCALE.find(([re]) => re.test(rest.slice(ws)));
      if (!scale || (scaleCount > 0 && scale[1] !== 12)) break;
      const word = scale[0].exec(rest.slice(ws))![0];
      if (yearBefore(word)) break;
      // A "billion" is what the article's language means by it (German "Billion" is a million millions).
      const factor = /^billion$/i.test(word) ? languagePack(lang).numbers.billion : scale[1];
      value *= factor;
      if (max !== undefined) max *= factor;
      end += ws + word.length;
      rest = slice.slice(end);
      scaled = true;
    }
    const isYear = looksLikeYear && !scaled;
    const ws2 = /^\s*/.exec(rest)![0].length;
    const percent = PERCENT.exec(rest.slice(ws2));
    const currency = CURRENCY_AFTER.exec(rest.slice(ws2));
    if (percent || currency) {
      unit = percent ? "%" : currency![0];
      end += ws2 + (percent ?? currency)![0].length;
    } else if (isYear) continue;
    else if (!unit) {
      const noun = languagePack(lang).numbers.unitAfter(slice.slice(end));
      if (noun) {
        unit = noun.word;
        end += noun.end;
      } else {
        // "Die Zahl der Todesopfer stieg auf sieben": the count was named before the number.
        unit =
          languagePack(lang).numbers.countBefore(slice.slice(Math.max(0, start - COUNT_WINDOW), start)) ?? undefined;
      }
    }
    if (spelled && !unit) continue; // "zwei" alone is rarely a stated quantity
    let comparator: Comparator = max !== undefined ? "range" : "=";
    if (between && max !== undefined) start = windowStart + between.index;
    else if (max === undefined) {
      const hit = COMPARATOR_WORDS.map(([re, c]) => [re.exec(before), c] as const).find(([h]) => h);
      if (hit) {
        comparator = hit[1];
        start = windowStart + hit[0]!.index;
      }
    }
    // "a dozen", "ein Dutzend" alone are about twelve, as the news writes them.
    if (m[4] !== undefined && value === 12 && comparator === "=") comparator = "~";
    // A number of hundreds of digits is no count: Infinity is no value (nor an upper bound of one).
    if (!Number.isFinite(value) || (max !== undefined && !Number.isFinite(max))) continue;
    const q: Quantity = { text: slice.slice(start, end), value, comparator, start: from + start, end: from + end };
    if (max !== undefined) q.max = max;
    if (unit) q.unit = unit;
    found.push(q);
    NUMBER_RE.lastIndex = Math.max(NUMBER_RE.lastIndex, end);
  }
  return found;
}

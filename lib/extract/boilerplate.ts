import { articleEnd, type Shape } from "./boilerplate-end";
import { isBoilerplateLine, isReadMoreMarker } from "./boilerplate-lines";
import { hasFiniteVerb } from "./finite-verb";
import { detectLanguage } from "./language";
import type { Language } from "./schema";
import type { Block } from "./segment";

export { creditStart, isBoilerplateLine } from "./boilerplate-lines";

/**
 * Finds the parts of a pasted web page that are not the article: the lines of known kinds (prompts, bylines, date
 * lines, credits, share rows; see boilerplate-lines.ts), second copies of a paragraph, and — by position — the
 * menus before the body, the runs of verbless short lines inside it and everything after it.
 */

const REPEATED_MIN_CHARS = 15;
/** How much a short line without a sentence costs the stretch of text that is taken for the body. */
const FRAGMENT_COST = 3;
const HEADLINE_COST = 2;
/** Menu entries in a row this long are a menu or a link list, not the article's headings. */
const MENU_RUN = 3;
const LIST_RUN = 3;
/** Before the body, the lines kept as its headline (a kicker and the headline, or the headline and a subtitle). */
const HEADLINE_LINES = 2;
const HEADLINE_WINDOW = 8;

/** "SEOUL, South Korea (AP) — " at the start of a paragraph: place and agency before the report. */
const DATELINE_RE = /^\p{Lu}[\p{Lu}\p{L}\p{N} .,'’/-]{1,40}?(\s*\([^()\n]{1,30}\))?\s*[—–-]{1,2}\s+(?=\p{Lu})/u;
const DATELINE_PLACE_RE = /^\p{Lu}{2}/u;
const SENTENCE_END = /[.!?…]["“”»«’)\]]*$/u;
/** An interview's turns: "Q: Favorite books?", "A: Lebron James", "Frage: …", "Antwort: …". */
const INTERVIEW_TURN = /^(q|a|f|frage|antwort)\s*:\s*\S/iu;

/** Length of a dateline that opens a paragraph ("BERLIN (dpa) - "), or 0. */
export function datelineLength(paragraph: string): number {
  const m = DATELINE_RE.exec(paragraph.slice(0, 80));
  if (!m) return 0;
  // A real dateline names the place in capitals (BERLIN, SEOUL) or carries an agency in parentheses.
  return DATELINE_PLACE_RE.test(m[0]) || m[1] ? m[0].length : 0;
}

/** A menu entry: a few words without a verb or a number ("Real Estate", "Wirtschaft", "today's paper"). */
const MENU_WORDS = 4;
const MENU_ENTRY = /^[^\p{N}]*$/u;

/**
 * What a paragraph is by its shape. Prose: a sentence, recognised by its finite verb or by its full stop after a
 * few words ("Er schwieg.", "Kein Kommentar."). Headline: a short line with a verb but no full stop (the article's
 * title, a subheading, a teaser). Fragment: a short line with neither (a menu word, a section name, a name).
 */
function shapeOf(line: string, words: number, block: Block, lang: Language): Shape {
  if (INTERVIEW_TURN.test(line)) return "prose";
  if (!block.isHeadingLike) {
    // The cheap test first: most body paragraphs end like a sentence, and tokenizing them for a verb costs more.
    if ((words >= 2 && SENTENCE_END.test(line)) || hasFiniteVerb(line, lang)) return "prose";
    return "fragment";
  }
  if (hasFiniteVerb(line, lang)) return "headline";
  return words <= MENU_WORDS && MENU_ENTRY.test(line) ? "menu" : "fragment";
}

/** As many as `line.split(/\s+/)` has parts, counted without building them: this runs on every paragraph. */
export function wordCount(line: string): number {
  let count = 1;
  let inSpace = false;
  for (let i = 0; i < line.length; i++) {
    const space = isSpace(line.charCodeAt(i));
    if (space && !inSpace) count++;
    inSpace = space;
  }
  return count;
}
/** The characters `\s` matches. */
function isSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Which rule took a block for boilerplate: what the evaluation reports when a body sentence is lost. */
export type BoilerplateReason = "line" | "teaser" | "before-body" | "after-body" | "menu-run" | "copy";

/** Indices of the blocks that are boilerplate. */
export function findBoilerplateBlocks(
  text: string,
  blocks: Block[],
  lang: Language = detectLanguage(text),
): Set<number> {
  return new Set(explainBoilerplateBlocks(text, blocks, lang).keys());
}

/** The blocks that are boilerplate, each with the rule that found it. */
export function explainBoilerplateBlocks(
  text: string,
  blocks: Block[],
  lang: Language = detectLanguage(text),
): Map<number, BoilerplateReason> {
  const lines = blocks.map((b) => text.slice(b.start, b.end));
  const words = lines.map(wordCount);
  const found = new Map<number, BoilerplateReason>();
  const result = {
    has: (i: number) => found.has(i),
    mark: (i: number, reason: BoilerplateReason) => {
      if (!found.has(i)) found.set(i, reason);
    },
  };
  lines.forEach((line, i) => {
    if (isBoilerplateLine(line)) result.mark(i, "line");
  });
  // Headline-like lines after a "read more" marker are teasers of other articles.
  lines.forEach((line, i) => {
    // "Lesen Sie auch:" announces the teasers below it; "Read more: China urges restraint" is the teaser itself.
    if (!isReadMoreMarker(line) || /:\s*\S/u.test(line)) return;
    for (let j = i + 1; j < blocks.length && blocks[j]!.isHeadingLike; j++) result.mark(j, "teaser");
  });
  const copies = groupCopies(lines, found);
  const laterCopies = new Set([...copies.values()].flatMap((indices) => indices.slice(1)));
  const shapes: Shape[] = lines.map((line, i) =>
    result.has(i) ? "known" : laterCopies.has(i) ? "copy" : shapeOf(line, words[i]!, blocks[i]!, lang),
  );
  markLists(lines, words, shapes);

  const stretch = findBody(words, shapes);
  const body = stretch && { first: stretch.first, last: articleEnd(lines, words, shapes, stretch) };
  if (body) {
    // Before the body: menus, breadcrumbs and teasers, but for the article's own headline right above it.
    // A line above the headline stays only if no menu entry comes between (a subtitle under a kicker, a long kicker).
    let kept = 0;
    for (let i = body.first - 1; i >= 0; i--) {
      if (shapes[i] === "known") continue;
      if (kept > 0 && shapes[i] === "menu") kept = HEADLINE_LINES;
      if (kept < HEADLINE_LINES && body.first - i <= HEADLINE_WINDOW) kept++;
      else result.mark(i, "before-body");
    }
    // After the body: related headlines, footers, comment sections.
    for (let i = body.last + 1; i < blocks.length; i++) result.mark(i, "after-body");
    markMenuRuns(shapes, body, result);
  }
  // A paragraph the page shows twice (teaser and body, the article twice, the headline in a sticky bar and above
  // the body) is content once: its first copy that is not in a menu or after the body. A short line that is not a
  // sentence and recurs inside the body is the article's own label (a table's header row over each part, "See it
  // now: Amazon" under each product): every copy there stays.
  for (const indices of copies.values()) {
    const isLabel = shapeOf(lines[indices[0]!]!, words[indices[0]!]!, blocks[indices[0]!]!, lang) !== "prose";
    const inBody = (i: number) => body !== null && i >= body.first && i <= body.last && !result.has(i);
    const keep = indices.find((i) => !result.has(i));
    indices.forEach((i) => i !== keep && !(isLabel && inBody(i)) && result.mark(i, "copy"));
  }
  return found;
}

/** Paragraphs that occur more than once, each with the indices of its copies in order. */
function groupCopies(lines: string[], known: Map<number, BoilerplateReason>): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  lines.forEach((line, i) => {
    if (known.has(i) || line.length < REPEATED_MIN_CHARS) return;
    const key = line.replace(/\s+/g, " ");
    const group = groups.get(key);
    if (group) group.push(i);
    else groups.set(key, [i]);
  });
  for (const [key, indices] of groups) if (indices.length < 2) groups.delete(key);
  return groups;
}

/**
 * The stretch of paragraphs that is the article's body: the one where sentences outweigh short lines most (each
 * sentence counts its words, each short line costs a little), found in one pass (maximum-sum segment).
 */
function findBody(words: number[], shapes: Shape[]): { first: number; last: number } | null {
  // The k-th short line in a row costs k times as much: a subheading or a caption inside the body costs little, a
  // menu or a block of teasers (kicker, headline, source line) a lot.
  let run = 0;
  const weight = (i: number) => {
    if (shapes[i] === "prose" || shapes[i] === "list") {
      run = 0;
      return words[i]!;
    }
    if (shapes[i] === "known" || shapes[i] === "copy") return 0;
    run++;
    return -run * (shapes[i] === "headline" ? HEADLINE_COST : FRAGMENT_COST);
  };
  let best: { first: number; last: number; sum: number } | null = null;
  let sum = 0;
  let first = 0;
  for (let i = 0; i < shapes.length; i++) {
    if (sum <= 0) {
      sum = 0;
      first = i;
    }
    sum += weight(i);
    if (sum > 0 && (!best || sum > best.sum)) best = { first, last: i, sum };
  }
  if (!best) return null;
  // The stretch begins and ends with a sentence, not with a line that only did not cost anything.
  let { first: from, last: to } = best;
  const isText = (i: number) => shapes[i] === "prose" || shapes[i] === "list";
  while (from < to && !isText(from)) from++;
  while (to > from && !isText(to)) to--;
  return { first: from, last: to };
}

/**
 * Inside the body, menu entries in a run (a box of links, a list of sections) are not the article; a list of the
 * article's own (a recipe's ingredients, a table's rows, key points) has numbers, verbs or more words to a line.
 */
function markMenuRuns(
  shapes: Shape[],
  body: { first: number; last: number },
  result: { mark: (i: number, reason: BoilerplateReason) => void },
) {
  let run: number[] = [];
  const close = () => {
    if (run.length >= MENU_RUN) run.forEach((i) => result.mark(i, "menu-run"));
    run = [];
  };
  for (let i = body.first; i <= body.last; i++) {
    if (shapes[i] === "menu") run.push(i);
    else if (shapes[i] !== "known" && shapes[i] !== "copy") close();
  }
  close();
}

/**
 * The article's own lists: three or more short lines in a row built alike around numbers and punctuation ("June 9 –
 * Tampa, FL @ …", "England (Group A): 10th appearance", "1 tsp cinnamon") count as its text. A menu's entries are
 * words only, and the headlines of other articles are not built alike.
 */
function markLists(lines: string[], words: number[], shapes: Shape[]) {
  // Built alike: the same punctuation and numbers to the first two marks ("England (Group A): 10th appearance" and
  // "Spain (Group F): Seventh appearance"; "Aug. 2 -- Pepsi Center, Denver, CO" and "Sept. 5 -- White River.").
  const skeletons: (string | undefined)[] = [];
  const skeleton = (i: number) =>
    (skeletons[i] ??= lines[i]!.replace(/[\p{L}\s]+/gu, "")
      .replace(/\p{N}+/gu, "9")
      .slice(0, 2));
  const short = (i: number) => shapes[i] === "fragment" || shapes[i] === "menu" || shapes[i] === "headline";
  // Inside a run, an entry that ends in a full stop ("Sept. 12 – Olympiahalle.") is still one of the list's lines.
  const entry = (i: number) => short(i) || (shapes[i] === "prose" && words[i]! <= MENU_WORDS * 2);
  let from = 0;
  for (let i = 1; i <= lines.length; i++) {
    const same = i < lines.length && entry(i) && short(from) && skeleton(i) === skeleton(from);
    if (same) continue;
    const listLike = short(from) && skeleton(from) !== "" && /[\p{N}:@–(/]/u.test(skeleton(from));
    if (i - from >= LIST_RUN && listLike) for (let j = from; j < i; j++) shapes[j] = "list";
    from = i;
  }
}

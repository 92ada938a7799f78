import { existsSync, readdirSync, readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { extractClaims } from "@/lib/extract";
import { datelineLength } from "@/lib/extract/boilerplate";
import { DATA_DIR } from "./data-dir";
import { pastedPageText } from "./pasted-page-text";

export interface PasteScore {
  pages: number;
  /** Boilerplate lines with two words or more (a shorter line never yields a claim). */
  boilerplateLines: number;
  boilerplateWithClaim: number;
  contentSentences: number;
  contentKept: number;
  /** Lines partly in the body, or too short to place: left out of both shares. */
  unsureLines: number;
  /** The boilerplate lines that still yield claims, most frequent wording first: what to look at next. */
  leaks: Map<string, number>;
  dropped: Map<string, number>;
}

type Label = "content" | "boilerplate" | "unsure" | "headline";

const SHINGLE = 4;
const CONTENT_SHARE = 0.9;
const BOILERPLATE_SHARE = 0.1;

export const tokensOf = (text: string) => (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) as string[];
export const shinglesOf = (tokens: string[]) =>
  tokens.length < SHINGLE
    ? []
    : tokens.slice(0, tokens.length - SHINGLE + 1).map((_, i) => tokens.slice(i, i + SHINGLE).join(" "));

/**
 * Labels a pasted line against the ground-truth article body, on tokens (runs of letters and digits, lower-cased):
 * a line of four tokens or more is content when 90 % of its 4-token shingles occur in the body, boilerplate when at
 * most 10 % do, unsure in between (a line that holds the body's last words and a share bar). A shorter line is
 * content when it is a whole paragraph of the body, boilerplate when its tokens do not occur in the body in that
 * order, and unsure otherwise ("Politics" as a menu word and somewhere in a sentence). The page's <h1> is its
 * headline: the benchmark's body leaves headlines out, and the extractor keeps them as headings on purpose.
 */
export function labelLine(
  line: string,
  inH1: boolean,
  body: { text: string; shingles: Set<string>; paragraphs: Set<string> },
): Label {
  if (inH1) return "headline";
  const tokens = tokensOf(line);
  const shingles = shinglesOf(tokens);
  if (shingles.length > 0) {
    const share = shingles.filter((s) => body.shingles.has(s)).length / shingles.length;
    return share >= CONTENT_SHARE ? "content" : share <= BOILERPLATE_SHARE ? "boilerplate" : "unsure";
  }
  const joined = tokens.join(" ");
  if (body.paragraphs.has(joined)) return "content";
  return ` ${body.text} `.includes(` ${joined} `) ? "unsure" : "boilerplate";
}

// The commonest function words: a body where they are rare is not German or English prose (a Russian interview,
// an Italian shopping list, a meal plan), which the extractor does not claim to read.
const FUNCTION_WORDS = new Set(
  "the and of to in is that for it was on with as der die das und ist nicht ein eine zu von mit sich auf für im".split(
    " ",
  ),
);
const FUNCTION_SHARE = 0.1;

const emptyScore = (): PasteScore => ({
  pages: 0,
  boilerplateLines: 0,
  boilerplateWithClaim: 0,
  contentSentences: 0,
  contentKept: 0,
  unsureLines: 0,
  leaks: new Map(),
  dropped: new Map(),
});

/**
 * The "select all, copy" text of each Article Extraction Benchmark page through the extractor: the share of
 * boilerplate lines that yield a claim, and of the body's sentences kept (anything but boilerplate), over all pages
 * and over those whose body is German or English prose. `part` picks the pages whose id starts 0–7 ("dev", whose
 * errors the rules were read against) or 8–f ("held-out").
 */
export function evaluatePastedPages(part: "dev" | "held-out"): { all: PasteScore; deEn: PasteScore } {
  const dir = `${DATA_DIR.replace(/\/?$/, "/")}article-extraction-benchmark/`;
  if (!existsSync(`${dir}ground-truth.json`)) {
    console.error(`eval: ${dir} is missing. Set CLAIMTRACK_EVAL_DATA to the folder holding the evaluation datasets.`);
    process.exit(2);
  }
  const truth = JSON.parse(readFileSync(`${dir}ground-truth.json`, "utf8")) as Record<string, { articleBody: string }>;
  const all = emptyScore();
  const deEn = emptyScore();
  const files = readdirSync(`${dir}html`).filter((f) => f.endsWith(".html.gz"));
  for (const file of files.sort()) {
    const id = file.replace(/\.html\.gz$/, "");
    if (/^[0-7]/.test(id) !== (part === "dev") || !truth[id]) continue;
    const html = decode(gunzipSync(readFileSync(`${dir}html/${file}`)));
    const body = truth[id].articleBody;
    const tokens = tokensOf(body);
    const isDeEn = tokens.filter((t) => FUNCTION_WORDS.has(t)).length >= FUNCTION_SHARE * tokens.length;
    scorePage(html, body, isDeEn ? [all, deEn] : [all]);
  }
  return { all, deEn };
}

function scorePage(html: string, articleBody: string, scores: PasteScore[]) {
  const bodyTokens = tokensOf(articleBody);
  const body = {
    text: bodyTokens.join(" "),
    shingles: new Set(shinglesOf(bodyTokens)),
    paragraphs: new Set(articleBody.split("\n").map((p) => tokensOf(p).join(" "))),
  };
  const { text, lines } = pastedPageText(html);
  const result = extractClaims(text);
  const labels = lines.map((l) => labelLine(text.slice(l.start, l.end), l.inH1, body));
  const lineAt = (offset: number) => {
    let lo = 0;
    let hi = lines.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (lines[mid]!.end > offset) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
  const claimed = new Set<number>();
  for (const c of result.claims) for (let i = lineAt(c.start); i <= lineAt(c.end - 1); i++) claimed.add(i);
  const each = (update: (score: PasteScore) => void) => scores.forEach(update);
  const bump = (key: "leaks" | "dropped", text: string) =>
    each((score) => score[key].set(text.slice(0, 80), (score[key].get(text.slice(0, 80)) ?? 0) + 1));
  each((score) => score.pages++);
  lines.forEach((l, i) => {
    const line = text.slice(l.start, l.end);
    if (labels[i] === "unsure") each((score) => score.unsureLines++);
    if (labels[i] !== "boilerplate" || tokensOf(line).length < 2) return;
    each((score) => score.boilerplateLines++);
    if (!claimed.has(i)) return;
    each((score) => score.boilerplateWithClaim++);
    bump("leaks", line);
  });
  for (const s of result.sentences) {
    const i = lineAt(s.start);
    const sentence = text.slice(s.start, s.end);
    if (labels[i] !== "content" || tokensOf(sentence).length === 0) continue;
    // The dateline ("WASHINGTON (Reuters) -") opens a report; it is not one of its sentences.
    if (s.start === lines[i]!.start && datelineLength(text.slice(s.start, lines[i]!.end)) >= sentence.length) continue;
    each((score) => score.contentSentences++);
    if (s.kind !== "boilerplate") each((score) => score.contentKept++);
    else bump("dropped", sentence);
  }
}

/** The benchmark's pages are UTF-8 but for a few older ones in Windows-1252. */
function decode(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

const GOAL_BOILERPLATE_WITH_CLAIM = 0.1;
const GOAL_CONTENT_KEPT = 0.98;

/** The section of docs/EVALUATION.md on pasted pages: both halves, all pages and the German and English ones. */
export function pastedPageSection(): string {
  const dev = evaluatePastedPages("dev");
  const heldOut = evaluatePastedPages("held-out");
  const share = (a: number, b: number) => (b ? a / b : 0);
  const row = (part: string, pages: string, s: PasteScore) => {
    const leak = share(s.boilerplateWithClaim, s.boilerplateLines);
    const kept = share(s.contentKept, s.contentSentences);
    const verdict = (met: boolean) => (met ? "met" : "missed");
    return `| ${part} | ${pages} | ${s.pages} | ${s.boilerplateLines} | **${leak.toFixed(3)}** (${verdict(leak <= GOAL_BOILERPLATE_WITH_CLAIM)}) | ${s.contentSentences} | **${kept.toFixed(3)}** (${verdict(kept >= GOAL_CONTENT_KEPT)}) | ${s.unsureLines} |`;
  };
  const top = (m: Map<string, number>) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 10)
      .map(([line, n]) => `"${line}" (${n})`)
      .join(", ");
  console.log(
    `Pasted pages: held-out de/en ${heldOut.deEn.boilerplateWithClaim}/${heldOut.deEn.boilerplateLines} boilerplate lines with a claim, ${heldOut.deEn.contentKept}/${heldOut.deEn.contentSentences} content sentences kept`,
  );
  return `## Pasted pages: does the clutter of a browser copy become claims?

The text a browser's "select all, copy" gives for each page of the Article Extraction Benchmark (every visible text
block on its own line; scripts/eval/pasted-page-text.ts), run through the extractor as a whole. Each line is labelled
against the benchmark's article body on tokens (runs of letters and digits): a line of four tokens or more is content
when ≥ 90 % of its 4-token shingles occur in the body and boilerplate when ≤ 10 % do; a shorter line is content when it
is a whole paragraph of the body and boilerplate when its tokens do not occur in the body in that order; anything else
is unsure and left out, as is the page's \`<h1>\` (the benchmark's body has no headlines; the extractor keeps them as
headings). Boilerplate lines count from two words on (a shorter line never yields a claim). A content sentence is kept
when the extractor does not mark it boilerplate (it is a claim, an opinion, a question or a heading); datelines
("WASHINGTON (Reuters) -") are not counted. Pages whose ids start 0–7 are the half whose errors the rules were read
against (dev); 8–f are held out. "German or English" are the pages whose body is German or English prose (≥ 10 % of
its words are common function words); the others are Russian, Italian, Portuguese, Indonesian and Korean pages, a
meal plan and a sports table. Goals: ≤ ${GOAL_BOILERPLATE_WITH_CLAIM} of boilerplate lines yield a claim, ≥ ${GOAL_CONTENT_KEPT} of content sentences kept.

| half | pages | n | boilerplate lines | share yielding a claim | content sentences | share kept | unsure lines |
|---|---|---|---|---|---|---|---|
${row("dev", "German or English", dev.deEn)}
${row("dev", "all", dev.all)}
${row("held-out", "German or English", heldOut.deEn)}
${row("held-out", "all", heldOut.all)}

Boilerplate lines that still yield claims, most frequent first (held-out, German or English): ${top(heldOut.deEn.leaks)}.

Content sentences dropped, most frequent first (held-out, German or English): ${top(heldOut.deEn.dropped)}.
`;
}

import { readdirSync, readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { DATA_DIR } from "./data-dir";

/**
 * The Article Extraction Benchmark (scrapinghub/article-extraction-benchmark, MIT): 181 real news pages with the
 * article body a person marked. Its metric, as the benchmark computes it: tokens are runs of letters and digits,
 * shingles are 4 consecutive tokens with their counts; per page TP = Σ min(counts), FP and FN the excess on each
 * side, normalised by their sum; precision and recall are averaged over pages, F1 is taken of the two averages.
 */
export interface BenchmarkPage {
  id: string;
  url: string;
  html: string;
  body: string;
}

export interface ExtractionScore {
  pages: number;
  precision: number;
  recall: number;
  f1: number;
  /** Per page, worst F1 first: where to look next. */
  worst: { id: string; url: string; precision: number; recall: number }[];
}

const BENCHMARK = "article-extraction-benchmark";

export function readBenchmarkPages(): BenchmarkPage[] {
  const root = `${DATA_DIR.replace(/\/?$/, "/")}${BENCHMARK}`;
  let truth: Record<string, { articleBody: string; url: string }>;
  try {
    truth = JSON.parse(readFileSync(`${root}/ground-truth.json`, "utf8"));
  } catch {
    console.error(`eval: ${root} is missing. Set CLAIMTRACK_EVAL_DATA to the folder holding the evaluation datasets.`);
    process.exit(2);
  }
  return readdirSync(`${root}/html`)
    .filter((name) => name.endsWith(".html.gz"))
    .sort()
    .map((name) => {
      const id = name.replace(/\.html\.gz$/, "");
      const html = gunzipSync(readFileSync(`${root}/html/${name}`)).toString("utf8");
      return { id, url: truth[id]!.url, html, body: truth[id]!.articleBody };
    });
}

const shingles = (text: string, n = 4): Map<string, number> => {
  const tokens = text.match(/[\p{L}\p{N}_]+/gu) ?? [];
  const counts = new Map<string, number>();
  // A text of fewer than n tokens is one shorter shingle, as the benchmark counts it.
  for (let i = 0; i < Math.max(1, tokens.length - n + 1); i++) {
    const key = tokens.slice(i, i + n).join(" ");
    if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
};

/** Normalised TP, FP and FN of one page. */
export function matchShingles(truth: string, predicted: string): [number, number, number] {
  const t = shingles(truth);
  const p = shingles(predicted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...t.keys(), ...p.keys()])) {
    const a = t.get(key) ?? 0;
    const b = p.get(key) ?? 0;
    tp += Math.min(a, b);
    fp += Math.max(0, b - a);
    fn += Math.max(0, a - b);
  }
  const sum = tp + fp + fn;
  return sum > 0 ? [tp / sum, fp / sum, fn / sum] : [0, 0, 0];
}

const precisionOf = ([tp, fp, fn]: [number, number, number]) =>
  fp === 0 && fn === 0 ? 1 : tp === 0 && fp === 0 ? 0 : tp / (tp + fp);
const recallOf = ([tp, fp, fn]: [number, number, number]) =>
  fp === 0 && fn === 0 ? 1 : tp === 0 && fn === 0 ? 0 : tp / (tp + fn);
const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

/** Scores an extractor (page HTML → article text) on the benchmark; a page it refuses counts as empty. */
export function scoreArticleExtraction(pages: BenchmarkPage[], extract: (html: string) => string): ExtractionScore {
  const perPage = pages.map((page) => {
    let text = "";
    try {
      text = extract(page.html);
    } catch {
      // A refusal ("no article text") scores as an empty extraction.
    }
    return { page, m: matchShingles(page.body, text) };
  });
  // As the benchmark does: precision over pages with something predicted, recall over pages with a body.
  const precision = mean(perPage.filter(({ m }) => m[0] + m[1] > 0).map(({ m }) => precisionOf(m)));
  const recall = mean(perPage.filter(({ m }) => m[0] + m[2] > 0).map(({ m }) => recallOf(m)));
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  const worst = perPage
    .map(({ page, m }) => ({ id: page.id, url: page.url, precision: precisionOf(m), recall: recallOf(m) }))
    .sort((a, b) => f1Of(a) - f1Of(b));
  return { pages: pages.length, precision, recall, f1, worst };
}

const f1Of = ({ precision: p, recall: r }: { precision: number; recall: number }) =>
  p + r > 0 ? (2 * p * r) / (p + r) : 0;

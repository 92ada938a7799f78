import { existsSync } from "node:fs";
import { readArticlePage } from "@/lib/input/read-article-page";
import { readBenchmarkPages } from "../eval/article-extraction";
import { DATA_DIR } from "../eval/data-dir";
import { percentile } from "./stats";

export interface HtmlReductionTimes {
  /** Benchmark pages timed (0 when ../shared/data is not there). */
  pages: number;
  p50: number;
  p95: number;
  /** One page of about 1 MB: a long article among the furniture of a news site. */
  oneMbMs: number;
  oneMbBytes: number;
}

/**
 * HTML reduction (readArticlePage: limitHtml, linkedom, Readability, our clean-up, metadata) per page, on the 181
 * real pages of the Article Extraction Benchmark, and on one page of about 1 MB.
 */
export function benchHtmlReduction(): HtmlReductionTimes {
  const hasData = existsSync(`${DATA_DIR.replace(/\/?$/, "/")}article-extraction-benchmark/ground-truth.json`);
  const pages = hasData ? readBenchmarkPages() : [];
  for (const page of pages.slice(0, 10)) reduce(page.html); // warm-up: JIT, not what a newsroom waits for
  const times = pages.map((page) => timed(() => reduce(page.html)));
  const big = buildOneMbPage();
  reduce(big);
  const bigTimes = [1, 2, 3, 4, 5].map(() => timed(() => reduce(big)));
  return {
    pages: pages.length,
    p50: times.length ? percentile(times, 50) : NaN,
    p95: times.length ? percentile(times, 95) : NaN,
    oneMbMs: percentile(bigTimes, 50),
    oneMbBytes: Buffer.byteLength(big),
  };
}

function reduce(html: string) {
  try {
    readArticlePage(html);
  } catch {
    // A refused page (no article text) took its time too.
  }
}

function timed(fn: () => void): number {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** A news page of about 1 MB: menus, a cookie banner, share bars and teaser lists around a long article. */
export function buildOneMbPage(): string {
  const menu = `<nav><ul>${Array.from({ length: 60 }, (_, i) => `<li><a href="/r/${i}">Ressort ${i}</a></li>`).join("")}</ul></nav>`;
  const paragraph = (i: number) =>
    `<p>Der Stadtrat hat in seiner Sitzung Nummer ${i} mit ${i % 40} Stimmen beschlossen, die Brücke über den Fluss bis ` +
    `zum Jahr ${2020 + (i % 10)} zu sanieren, wie ein Sprecher der Stadt am Montag mitteilte. Die Kosten lägen bei ` +
    `rund ${i} Millionen Euro, sagte die Kämmerin; die Opposition kritisierte den Zeitplan als zu knapp.</p>`;
  const furniture = (i: number) =>
    `<div class="share-bar"><a>Teilen</a><a>Facebook</a><a>WhatsApp</a></div>` +
    `<aside class="teaser"><h3>Mehr zum Thema</h3><ul><li><a href="/t/${i}">Weitere Meldung ${i}</a></li></ul></aside>`;
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < 1024 * 1024; i++) {
    const part = i % 10 === 9 ? paragraph(i) + furniture(i) : paragraph(i);
    parts.push(part);
    size += Buffer.byteLength(part);
  }
  return (
    `<!doctype html><html lang="de"><head><title>Stadt saniert Brücke | Stadtanzeiger</title></head><body>` +
    `<div class="cookie-banner"><p>Wir verwenden Cookies.</p><button>Akzeptieren</button></div>${menu}` +
    `<main><article><h1>Stadt saniert Brücke</h1>${parts.join("")}</article></main>` +
    `<footer>${menu}</footer></body></html>`
  );
}

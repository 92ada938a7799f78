import { chromium } from "playwright-core";
import { CHROMIUM_PATH } from "@/e2e/chromium-path";
import { percentile } from "./stats";
import type { BenchServer } from "./bench-server";

/**
 * Opens the review page of the 1,000-claim article in Chromium and presses j 60 times: from the key event to the
 * first frame painted after the selection moved (requestAnimationFrame after the aria-current change, then one more
 * frame, the paint).
 */
export async function timeKeypress(server: BenchServer, articleId: string) {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH });
  try {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    await context.addCookies(
      server.cookie.split("; ").map((pair) => {
        const [name = "", value = ""] = pair.split("=");
        return { name, value, url: server.base };
      }),
    );
    const page = await context.newPage();
    await page.goto(`${server.base}/articles/${articleId}`, { timeout: 120_000 });
    // The page carries its first cards; the rest are read right after it loads.
    await page.locator('.claim-list[data-complete="yes"]').waitFor({ state: "attached", timeout: 120_000 });
    const keyClaims = await page.locator(".claim-card").count();
    // Keys do nothing until the page is interactive: press j until a claim is selected, then measure.
    for (let i = 0; i < 300 && !(await page.locator(".claim-card[aria-current='true']").count()); i++) {
      await page.keyboard.press("j");
      await page.waitForTimeout(100);
    }
    await page.evaluate(() => {
      const w = window as unknown as { keyTimes: number[]; pending?: number };
      w.keyTimes = [];
      window.addEventListener("keydown", (e) => (w.pending = e.timeStamp), { capture: true });
      new MutationObserver(() => {
        if (w.pending === undefined) return;
        const from = w.pending;
        w.pending = undefined;
        requestAnimationFrame(() => requestAnimationFrame(() => w.keyTimes.push(performance.now() - from)));
      }).observe(document.body, { attributes: true, attributeFilter: ["aria-current"], subtree: true });
    });
    for (let i = 0; i < 63; i++) {
      await page.keyboard.press("j");
      await page.waitForTimeout(50);
    }
    const times = (await page.evaluate(() => (window as unknown as { keyTimes: number[] }).keyTimes)).slice(3);
    if (times.length < 30) throw new Error(`only ${times.length} key presses moved the selection`);
    return { keyP50: percentile(times, 50), keyP95: percentile(times, 95), keyClaims };
  } finally {
    await browser.close();
  }
}

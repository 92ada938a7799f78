import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
}

test("the list, article, ingest and sources pages have no serious or critical accessibility violations", async ({
  page,
}) => {
  await page.goto("/");
  expect(await seriousViolations(page)).toEqual([]);
  const first = page.locator("table a").first();
  if (await first.count()) {
    await first.click();
    await expect(page.locator(".article-text")).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  }
  await page.goto("/articles/new");
  expect(await seriousViolations(page)).toEqual([]);
  await page.goto("/sources");
  expect(await seriousViolations(page)).toEqual([]);
});

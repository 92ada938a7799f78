import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { storageStateOf } from "./accounts";
import { expect, test } from "./fixtures";
import { badgeOf, clickStatus, openTool } from "./review-helpers";

async function seriousViolations(page: Page, only?: string) {
  // Legacy mode runs axe in the page itself: the default finishes every scan in a blank page it opens for the
  // purpose, about 0.7 s a scan on our machines, and is only needed for frames of other origins, which we have none of.
  const builder = new AxeBuilder({ page }).setLegacyMode();
  const results = await (only ? builder.include(only) : builder).analyze();
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

test("the review page (tools and record open), My queue and the claims page have no serious violations", async ({
  page,
  browser,
}) => {
  const created = await page.request.post("/api/articles", {
    data: {
      title: `Axe review ${Date.now()}`,
      body: `Laut Reuters stieg die Zahl der Opfer auf 312.\nDie Regierung dementierte das am Abend, sagte ein Sprecher.\n${Date.now()}`,
    },
  });
  const { article } = await created.json();
  await page.goto(article.url);
  const card = page.locator(".claim-card").first();
  await clickStatus(card, "In progress");
  await expect(badgeOf(card)).toHaveText("In progress");
  await openTool(card, "Assign to…");
  await card.getByLabel(/^Assign “/).selectOption({ label: "checker" });
  await card.getByRole("button", { name: "Assign", exact: true }).click();
  await expect(card.locator(".claim-card__assignee")).toHaveText("→ checker");
  await expect(page).toHaveTitle(/Axe review/);
  await card.locator(".claim-record summary").click();
  expect(await seriousViolations(page)).toEqual([]);
  // The tools' panels (the open card only: a whole-page scan per tool is slow on a busy machine).
  test.slow(); // a dozen axe scans
  for (const tool of ["Status with reason", "Evidence", "Sources", "Edit", "Merge"]) {
    await openTool(card, tool);
    expect(await seriousViolations(page, ".claim-card[aria-current='true']"), tool).toEqual([]);
  }
  await page.keyboard.press("?");
  expect(await seriousViolations(page)).toEqual([]);

  await page.goto("/claims?q=Reuters");
  expect(await seriousViolations(page)).toEqual([]);

  const checker = await browser.newContext({ storageState: storageStateOf("factchecker") });
  const queue = await checker.newPage();
  await queue.goto("/queue");
  await expect(queue.getByRole("row", { name: /Axe review/ }).first()).toBeVisible();
  expect(await seriousViolations(queue)).toEqual([]);
  await checker.close();
});

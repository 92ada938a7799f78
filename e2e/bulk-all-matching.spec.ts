import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { runTmp } from "./run-tmp";

/**
 * "Select all N matching" on /claims: after ticking the page's box, a bulk change can reach every claim the filter
 * matches, not just the 50 on the page. Each test adds its own articles under an outlet of its own and filters by it.
 */
test.describe.configure({ mode: "serial" });

/** Adds an article of `sentences` attributed sentences (one claim each) under a new outlet; returns the outlet. */
async function outletWithClaims(page: Page, sentences: number): Promise<{ outlet: string; total: number }> {
  const outlet = `Bulkblatt ${Date.now()}`;
  const body = Array.from(
    { length: sentences },
    (_, i) => `Laut Reuters stieg die Zahl der Gäste in Bonn am ${i + 1}. Tag auf ${(i + 1) * 37} Personen.`,
  ).join("\n");
  const created = await page.request.post("/api/articles", { data: { title: outlet, outlet, body } });
  expect(created.status()).toBe(201);
  const { total } = await (await page.request.get(`/api/claims?${new URLSearchParams({ outlet })}`)).json();
  expect(total).toBeGreaterThan(50);
  return { outlet, total };
}

const countWhere = async (page: Page, params: Record<string, string>) =>
  (await (await page.request.get(`/api/claims?${new URLSearchParams(params)}`)).json()).total as number;

test("ticking the page's box offers all matching claims, and the status change reaches every one", async ({ page }) => {
  const { outlet, total } = await outletWithClaims(page, 70);
  const other = await countWhere(page, { status: "mostly_true" });
  await page.goto(`/claims?${new URLSearchParams({ outlet })}`);
  await expect(page.getByRole("status")).toHaveText(`${total} claims match.`);
  const bar = page.locator(".bulk-bar");
  await expect(bar).not.toContainText("on this page are selected");

  await page.getByLabel("Select every claim on this page").check();
  await expect(bar).toContainText("All 50 on this page are selected.");
  await page.locator(".bulk-bar").screenshot({ path: runTmp("screenshots/claims-select-all-matching.png") });
  await page.screenshot({ path: runTmp("screenshots/claims-select-all-matching-page.png") });
  await page.getByRole("button", { name: `Select all ${total} matching claims` }).click();
  await expect(bar).toContainText(`All ${total} matching claims are selected.`);

  await page.getByLabel("New status for the selected claims").selectOption("mostly_true");
  await page.getByRole("button", { name: "Set status" }).click();
  await expect(bar).toContainText(`${total} of ${total} matching claims changed.`);
  expect(await countWhere(page, { outlet, status: "mostly_true" })).toBe(total);
  // Only the filter's claims: nothing else in the newsroom changed.
  expect(await countWhere(page, { status: "mostly_true" })).toBe(other + total);
  // The choice ends with the change: the next one starts from the page's boxes again.
  await expect(bar).not.toContainText("matching claims are selected");
});

test(
  "assigning all matching claims gives every one to the chosen reviewer",
  { tag: "@engine-neutral" },
  async ({ page }) => {
    const { outlet, total } = await outletWithClaims(page, 60);
    await page.goto(`/claims?${new URLSearchParams({ outlet })}`);
    await page.getByLabel("Select every claim on this page").check();
    await page.getByRole("button", { name: `Select all ${total} matching claims` }).click();
    const assignee = page.getByLabel("Assign the selected claims to");
    await assignee.selectOption({ label: "checker" });
    const checkerId = await assignee.inputValue();
    await page.getByRole("button", { name: "Assign", exact: true }).click();
    await expect(page.locator(".bulk-bar")).toContainText(`${total} of ${total} matching claims changed.`);
    expect(await countWhere(page, { outlet, assignee: checkerId })).toBe(total);
  },
);

test(
  "unticking a row after choosing all matching changes only the ticked rows of the page",
  { tag: "@engine-neutral" },
  async ({ page }) => {
    const { outlet, total } = await outletWithClaims(page, 55);
    await page.goto(`/claims?${new URLSearchParams({ outlet })}`);
    const pageBox = page.getByLabel("Select every claim on this page");
    await pageBox.check();
    await page.getByRole("button", { name: `Select all ${total} matching claims` }).click();
    await page.locator("tbody input[name='claim']").first().uncheck();
    await expect(pageBox).not.toBeChecked();
    await expect(page.locator(".bulk-bar")).not.toContainText("matching claims are selected");
    await page.getByLabel("New status for the selected claims").selectOption("unproven");
    await page.getByRole("button", { name: "Set status" }).click();
    await expect(page.locator(".bulk-bar")).toContainText("49 claims changed.");
    expect(await countWhere(page, { outlet, status: "unproven" })).toBe(49);
  },
);

test(
  "with no more matches than the page shows, ticking the box offers nothing more",
  { tag: "@engine-neutral" },
  async ({ page }) => {
    const outlet = `Kleinblatt ${Date.now()}`;
    const body = "Laut Reuters kamen 40 Gäste nach Bonn.\nLaut AP kamen 50 Gäste nach Köln.";
    expect((await page.request.post("/api/articles", { data: { title: outlet, outlet, body } })).status()).toBe(201);
    await page.goto(`/claims?${new URLSearchParams({ outlet })}`);
    await page.getByLabel("Select every claim on this page").check();
    await expect(page.locator(".bulk-bar")).not.toContainText("matching");
  },
);

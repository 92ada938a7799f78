import { expect, test } from "./fixtures";
import { findPhrase, openTool } from "./review-helpers";

test("a claim the extractor missed is added from a text selection; a removed claim comes back", async ({ page }) => {
  const body = `Laut Reuters stieg die Zahl der Opfer auf 312.\nDie Brücke ist seit 1987 gesperrt und 40 Meter lang. ${Date.now()}`;
  const { article } = await (await page.request.post("/api/articles", { data: { title: "Editing", body } })).json();
  await page.goto(article.url);
  const cards = page.locator(".claim-card");
  const before = await cards.count();

  // Select "40 Meter lang" in the rendered article (again, until the page is interactive and notices).
  await expect(async () => {
    await findPhrase(page, "40 Meter lang", { select: true });
    await expect(page.locator(".add-claim__preview")).toHaveText("“40 Meter lang”", { timeout: 500 });
  }).toPass();
  await page.getByRole("button", { name: "Add the selected text as a claim" }).click();
  await expect(cards).toHaveCount(before + 1);
  const added = page.locator(".claim-card", {
    has: page.locator(".claim-card__text", { hasText: /^40 Meter lang$/ }),
  });
  await expect(added.locator(".quantity-chip")).toContainText("40");

  await openTool(added, "Remove");
  await added.getByLabel(/^Why remove/).fill("a date, not a claim");
  await added.getByRole("button", { name: "Remove claim" }).click();
  await expect(cards).toHaveCount(before);
  const removed = page.locator(".removed");
  await expect(removed.locator("li")).toHaveCount(1);
  await removed.getByRole("button", { name: /^Restore/ }).click();
  await expect(cards).toHaveCount(before + 1);
  await expect(page.locator(".activity__list")).toContainText("Restored");
  await expect(page.locator(".activity__list")).toContainText("Removed (a date, not a claim)");
});

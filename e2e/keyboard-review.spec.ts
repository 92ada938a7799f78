import { readFileSync } from "node:fs";
import { storageStateOf } from "./accounts";
import { expect, test } from "./fixtures";
import { badgeOf, untilKeysListen } from "./review-helpers";

const SEED = readFileSync(new URL("../test/fixtures/articles/de-suedkorea-truppen.txt", import.meta.url), "utf8");

/**
 * The acceptance walk of the review issue: a fact-checker works through the seed article with the keyboard only —
 * search, move, set a status, write a note, add evidence, link a source, merge the two CSIS claims of one sentence
 * and split them again — and the claim's history shows every step.
 */
test("a fact-checker reviews the seed article with the keyboard only, and the history shows each step", async ({
  browser,
}) => {
  const context = await browser.newContext({ storageState: storageStateOf("factchecker") });
  const page = await context.newPage();
  // Unique per run: the same text twice would be the same article (and this test changes its claims).
  const created = await page.request.post("/api/articles", {
    data: { title: `Seed review ${Date.now()}`, body: `${SEED}\nStand: ${new Date().toISOString()}` },
  });
  const { article } = await created.json();
  await page.goto(article.url);
  await untilKeysListen(page);
  const key = (k: string) => page.keyboard.press(k);
  const russia = page.locator(".claim-card", { hasText: "Russland betrachte Südkorea" });

  // "/" searches the claims; Escape leaves the box; j selects the first claim still shown.
  await key("/");
  await page.keyboard.type("Pazifik");
  await expect(page.locator(".filter__count")).toHaveText(/^1 of \d+ claims shown$/);
  await key("Escape");
  await key("j");
  await expect(russia).toHaveAttribute("aria-current", "true");

  await key("2"); // in progress
  await expect(badgeOf(russia)).toHaveText("In progress");

  await key("n");
  await page.keyboard.type("CSIS-Bericht von 2023 prüfen.");
  await key("Control+Enter");
  await expect(russia.locator(".claim-notes")).toContainText("CSIS-Bericht von 2023 prüfen.");

  // Evidence: its link, Tab to its title, and Ctrl+Enter sends it from there as from any field of a tool.
  await key("v");
  await page.keyboard.type("https://www.csis.org/analysis/russia-south-korea");
  await key("Tab");
  await page.keyboard.type("CSIS analysis");
  await key("Control+Enter");
  await expect(russia.locator(".claim-notes").getByRole("link", { name: "CSIS analysis" })).toHaveAttribute(
    "href",
    "https://www.csis.org/analysis/russia-south-korea",
  );

  await key("s");
  await page.keyboard.type("Korea Herald");
  await key("Enter");
  await expect(russia.locator(".chips")).toContainText("Korea Herald");

  // Merge with the next claim ("Seoul betrachte …"), then split the compound claim where " und " joins it.
  await key("Escape");
  await key("/");
  await key("Control+a");
  await key("Backspace");
  await key("Escape");
  await russia.focus(); // focus only; every action below is a key press
  await key("m");
  await key("Enter");
  const compound = page.locator(".claim-card", { hasText: "Pazifik und Seoul betrachte" });
  await expect(compound).toHaveCount(1);
  await expect(page.locator(".claim-card", { hasText: /^Seoul betrachte/ })).toHaveCount(0);

  await compound.focus();
  await key("x");
  await key("Control+Home");
  const quote = await compound.locator("textarea[data-split-quote]").inputValue();
  for (let i = 0; i < quote.indexOf(" und "); i++) await key("ArrowRight");
  await key("Tab");
  await key("Enter");
  await expect(page.locator(".claim-card", { hasText: "Seoul betrachte Moskau als Partner" })).toHaveCount(1);
  await expect(russia.locator(".claim-card__text")).toHaveText(
    "Russland betrachte Südkorea als seinen Zugang zum Pazifik",
  );

  await russia.locator(".claim-record summary").click();
  const history = russia.locator(".claim-history");
  for (const step of [
    "Status: Unverified → In progress",
    "Note added",
    "Evidence added",
    "Source linked: Korea Herald (origin)",
    "Merged with its neighbour",
    "Split",
  ]) {
    await expect(history).toContainText(step);
  }
  await expect(page.locator(".activity__list")).toContainText("Split");
  await context.close();
});

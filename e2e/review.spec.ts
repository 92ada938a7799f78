import { storageStateOf } from "./accounts";
import { expect, test } from "./fixtures";

test("two reviewers change the same claim: the second is told who changed what, nothing is overwritten", async ({
  page,
  browser,
}) => {
  const created = await page.request.post("/api/articles", {
    data: {
      title: "Review conflict",
      body: "Laut Reuters stieg die Zahl der Opfer auf 312.\nDie Regierung dementierte das am Abend.",
    },
  });
  const { article } = await created.json();
  await page.goto(article.url);
  const checker = await browser.newContext({ storageState: storageStateOf("factchecker") });
  const other = await checker.newPage();
  await other.goto(article.url);
  // A third person (a viewer) has the article open all along and never reloads.
  const viewer = await browser.newContext({ storageState: storageStateOf("viewer") });
  const third = await viewer.newPage();
  await third.goto(article.url);

  const card = (p: typeof page) => p.locator(".claim-card", { hasText: "Laut Reuters stieg" });
  await card(page).locator(".claim-tools summary").click();
  await card(page)
    .getByLabel(/^Status of .*, with a reason$/)
    .selectOption("true");
  await card(page)
    .getByLabel(/^Reason for the status/)
    .fill("Reuters report confirmed by ministry");
  await card(page).getByRole("button", { name: "Set status" }).click();
  await expect(card(page).locator(".badge").first()).toHaveText("True");

  // The second reviewer's page still shows version 1: the change is refused, with who changed what.
  await card(other)
    .getByLabel(/^Status of “[^”]+”$/)
    .selectOption("false");
  await expect(card(other).locator(".field__error")).toContainText("changed meanwhile");
  await expect(card(other).locator(".field__error")).toContainText("set the status from unverified to true");
  // Nothing was overwritten; re-applying puts the second reviewer's choice on top of the first.
  await expect(card(page).locator(".badge").first()).toHaveText("True");
  await card(other).getByRole("button", { name: "Re-apply my change on top" }).click();
  await expect(card(other).locator(".badge").first()).toHaveText("False");

  // Without reloading, the other pages show the change within seconds, and the history holds both.
  await expect(card(third).locator(".badge").first()).toHaveText("False", { timeout: 5_000 });
  await expect(card(page).locator(".badge").first()).toHaveText("False", { timeout: 5_000 });
  await card(third).locator(".claim-record summary").click();
  await expect(card(third).locator(".claim-history")).toContainText(
    "Status: Unverified → True (Reuters report confirmed by ministry)",
  );
  await expect(card(third).locator(".claim-history")).toContainText("Status: True → False");
  await viewer.close();
  await checker.close();
});

test("notes and evidence are added to a claim and appear in its record", async ({ page }) => {
  const created = await page.request.post("/api/articles", {
    data: { title: "Review notes", body: "Laut AP wurden 40 Häuser zerstört." },
  });
  const { article } = await created.json();
  await page.goto(article.url);
  const card = page.locator(".claim-card", { hasText: "Laut AP" });
  await card.locator(".claim-tools summary").click();
  await card.getByLabel(/^Note on/).fill("Ask AP for the source of the count.");
  await card.getByRole("button", { name: "Add note" }).click();
  await expect(card.getByLabel(/^Note on/)).toHaveValue("");
  await card.getByLabel(/^Evidence URL/).fill("https://example.org/ap-report");
  await card.getByLabel(/^Evidence title/).fill("AP report");
  await card.getByLabel(/^Evidence excerpt/).fill("40 houses were destroyed, AP said.");
  await card.getByLabel(/^What the evidence does/).selectOption("context");
  await card.getByRole("button", { name: "Add evidence" }).click();
  await card.locator(".claim-record summary").click();
  await expect(card.locator(".claim-record")).toContainText("Ask AP for the source of the count.");
  await expect(card.locator(".claim-record")).toContainText("context: AP report");
  await expect(card.locator(".claim-record")).toContainText("40 houses were destroyed, AP said.");
});

test("an editor assigns a claim; the fact-checker finds it in My queue", async ({ page, browser }) => {
  const created = await page.request.post("/api/articles", {
    data: { title: "Queue article", body: "Laut dpa wurden 17 Brücken gesperrt." },
  });
  const { article } = await created.json();
  await page.goto(article.url);
  const card = page.locator(".claim-card", { hasText: "Laut dpa" });
  await card.locator(".claim-tools summary").click();
  await card.getByLabel(/^Assign “/).selectOption({ label: "checker" });
  await card.getByRole("button", { name: "Assign" }).click();
  await expect(card.locator(".claim-card__assignee")).toHaveText("→ checker");

  const checker = await browser.newContext({ storageState: storageStateOf("factchecker") });
  const theirs = await checker.newPage();
  await theirs.goto("/");
  await theirs.getByRole("link", { name: "My queue" }).click();
  const row = theirs.getByRole("row", { name: /Queue article/ });
  await expect(row).toBeVisible();
  await row.getByRole("link").click();
  await expect(theirs).toHaveURL(new RegExp(article.url));
  await expect(theirs.locator(".claim-card", { hasText: "Laut dpa" }).locator(".claim-card__assignee")).toHaveText(
    "→ checker",
  );
  await checker.close();
});

test("a fact-checker reviews with the keyboard only: move, set statuses, write a note", async ({ browser }) => {
  const context = await browser.newContext({ storageState: storageStateOf("factchecker") });
  const page = await context.newPage();
  const created = await page.request.post("/api/articles", {
    data: {
      title: "Keyboard review",
      body: "Laut Reuters fielen 30 Zentimeter Schnee.\nDer Wetterdienst sagte, es werde kälter.",
    },
  });
  const { article } = await created.json();
  await page.goto(article.url);
  await page.keyboard.press("j");
  await page.keyboard.press("3"); // true
  const first = page.locator(".claim-card").nth(0);
  await expect(first.locator(".badge").first()).toHaveText("True");
  await page.keyboard.press("j");
  await page.keyboard.press("6"); // false
  const second = page.locator(".claim-card").nth(1);
  await expect(second.locator(".badge").first()).toHaveText("False");
  await page.keyboard.press("n");
  await page.keyboard.type("Wetterdienst anrufen.");
  await page.keyboard.press("Control+Enter");
  await second.locator(".claim-record summary").click();
  await expect(second.locator(".claim-record")).toContainText("Wetterdienst anrufen.");
  await page.keyboard.press("?");
  await expect(page.getByRole("dialog", { name: "Keyboard shortcuts" })).toContainText("Mostly true");
  await context.close();
});

import { storageStateOf } from "./accounts";
import { expect, test } from "./fixtures";
import { runTmp } from "./run-tmp";
import { badgeOf, cardWith, clickStatus, holdChangePoll, openTool, untilKeysListen } from "./review-helpers";

test("two reviewers change the same claim: the second is told who changed what, nothing is overwritten", async ({
  page,
  browser,
}) => {
  const created = await page.request.post("/api/articles", {
    data: {
      title: `Review conflict ${Date.now()}`,
      body: `Laut Reuters stieg die Zahl der Opfer auf 312.\nDie Regierung dementierte das am Abend.\n${Date.now()}`,
    },
  });
  const { article } = await created.json();
  await page.goto(article.url);
  const checker = await browser.newContext({ storageState: storageStateOf("factchecker") });
  const other = await checker.newPage();
  await other.goto(article.url);
  // The second reviewer's connection is slow: their page does not learn of the first change by itself.
  const poll = await holdChangePoll(other);
  // A third person (a viewer) has the article open all along and never reloads.
  const viewer = await browser.newContext({ storageState: storageStateOf("viewer") });
  const third = await viewer.newPage();
  await third.goto(article.url);

  const card = (p: typeof page) => cardWith(p, "Laut Reuters stieg");
  await openTool(card(page), "Status with reason");
  await card(page)
    .getByLabel(/^Status of .*, with a reason$/)
    .selectOption("true");
  await card(page)
    .getByLabel(/^Reason for the status/)
    .fill("Reuters report confirmed by ministry");
  await card(page).getByRole("button", { name: "Set status" }).click();
  await expect(badgeOf(card(page))).toHaveText("True");
  await expect(card(page).locator(".claim-notes")).toContainText("Reuters report confirmed by ministry");

  // The second reviewer's page still shows version 1: the change is refused, with who changed what.
  await clickStatus(card(other), "False");
  const refusal = card(other).getByRole("alert");
  await expect(refusal).toContainText("changed meanwhile");
  await expect(refusal).toContainText("set the status from Unverified to True");
  // Nothing was overwritten; re-applying puts the second reviewer's choice on top of the first.
  await expect(badgeOf(card(page))).toHaveText("True");
  await refusal.getByRole("button", { name: "Re-apply my change on top" }).click();
  await expect(badgeOf(card(other))).toHaveText("False");
  poll.release();

  // Without reloading, the other pages show the change within seconds, and the history holds both.
  await expect(badgeOf(card(third))).toHaveText("False", { timeout: 10_000 });
  await expect(badgeOf(card(page))).toHaveText("False", { timeout: 10_000 });
  await card(third).locator(".claim-record summary").click();
  await expect(card(third).locator(".claim-history")).toContainText(
    "Status: Unverified → True (Reuters report confirmed by ministry)",
  );
  await expect(card(third).locator(".claim-history")).toContainText("Status: True → False");
  await viewer.close();
  await checker.close();
});

test("notes and evidence are added to a claim and show on its card", async ({ page }) => {
  const created = await page.request.post("/api/articles", {
    data: { title: `Review notes ${Date.now()}`, body: `Laut AP wurden 40 Häuser zerstört. ${Date.now()}` },
  });
  const { article } = await created.json();
  await page.goto(article.url);
  const card = cardWith(page, "Laut AP");
  await openTool(card, "Note");
  await card.getByLabel(/^Note on/).fill("Ask AP for the source of the count.");
  await card.getByRole("button", { name: "Add note" }).click();
  await expect(page.locator(".toasts")).toContainText("Note added");
  await expect(card.locator(".claim-notes")).toContainText("Ask AP for the source of the count.");

  await openTool(card, "Evidence");
  await card.getByLabel(/^Evidence URL/).fill("https://example.org/ap-report");
  await card.getByLabel("Title (optional)").fill("AP report");
  await card.getByLabel("Excerpt (optional)").fill("40 houses were destroyed, AP said.");
  await card.getByLabel("What it does").selectOption("context");
  await card.getByRole("button", { name: "Add evidence" }).click();
  const evidence = card.locator(".claim-notes").getByRole("list", { name: "Evidence" });
  await expect(evidence).toContainText("context AP report");
  await expect(evidence).toContainText("40 houses were destroyed, AP said.");
  await card.locator(".claim-record summary").click();
  await expect(card.locator(".claim-history")).toContainText("Evidence added");
});

test(
  "a toast covers no tool's fields: beside the claims on a wide screen, faded while a field has focus on a narrow one",
  { tag: "@engine-neutral" },
  async ({ page }) => {
    const created = await page.request.post("/api/articles", {
      data: { title: `Toasts ${Date.now()}`, body: `Laut AP wurden 40 Häuser zerstört. ${Date.now()}` },
    });
    const { article } = await created.json();
    await page.goto(article.url);
    const card = cardWith(page, "Laut AP");
    const toasts = page.locator(".toasts");
    await openTool(card, "Evidence");
    await card.getByLabel(/^Evidence URL/).fill("https://example.org/ap-report");
    await card.getByRole("button", { name: "Add evidence" }).click();
    await expect(toasts).toContainText("Evidence added");
    // The next tool opens while the toast still shows: the claims column, where every tool is, stays clear of it.
    await openTool(card, "Sources");
    await expect(card.getByLabel(/^Source to link/)).toBeVisible();
    const [toast, claims] = [(await toasts.boundingBox())!, (await page.locator("#review-claims").boundingBox())!];
    expect(toast.x + toast.width <= claims.x || claims.x + claims.width <= toast.x, "toast beside the claims").toBe(
      true,
    );
    await page.screenshot({ path: runTmp("screenshots/toast-beside-tools.png") });

    // One column: no corner is clear of the forms.
    await page.setViewportSize({ width: 800, height: 900 });
    await page.getByRole("tab", { name: /^Claims \(\d+\)$/ }).click();
    await openTool(card, "Note");
    await card.getByLabel(/^Note on/).fill("Ask AP for the count.");
    await card.getByRole("button", { name: "Add note" }).click();
    await expect(toasts).toContainText("Note added");
    await expect(toasts).toHaveCSS("opacity", "1");
    await openTool(card, "Sources");
    await card.getByLabel(/^Source to link/).focus();
    await expect(toasts).toHaveCSS("opacity", "0");
  },
);

test("an editor assigns a claim; the fact-checker finds it in My queue", async ({ page, browser }) => {
  const title = `Queue article ${Date.now()}`;
  const created = await page.request.post("/api/articles", {
    data: { title, body: `Laut dpa wurden 17 Brücken gesperrt. ${Date.now()}` },
  });
  const { article } = await created.json();
  await page.goto(article.url);
  const card = cardWith(page, "Laut dpa");
  await openTool(card, "Assign to…");
  await card.getByLabel(/^Assign “/).selectOption({ label: "checker" });
  await card.getByRole("button", { name: "Assign", exact: true }).click();
  await expect(card.locator(".claim-card__assignee")).toHaveText("→ checker");

  const checker = await browser.newContext({ storageState: storageStateOf("factchecker") });
  const theirs = await checker.newPage();
  await theirs.goto("/");
  await theirs.getByRole("link", { name: "My queue" }).click();
  const row = theirs.getByRole("row", { name: new RegExp(title) });
  await expect(row).toBeVisible();
  await row.getByRole("link").click();
  await expect(theirs).toHaveURL(new RegExp(article.url));
  await expect(cardWith(theirs, "Laut dpa").locator(".claim-card__assignee")).toHaveText("→ checker");
  await checker.close();
});

test(
  "a fact-checker reviews with the keyboard only: move, set statuses, write a note",
  { tag: "@engine-neutral" },
  async ({ browser }) => {
    const context = await browser.newContext({ storageState: storageStateOf("factchecker") });
    const page = await context.newPage();
    const created = await page.request.post("/api/articles", {
      data: {
        title: `Keyboard review ${Date.now()}`,
        body: `Laut Reuters fielen 30 Zentimeter Schnee.\nDer Wetterdienst sagte, es werde kälter.\n${Date.now()}`,
      },
    });
    const { article } = await created.json();
    await page.goto(article.url);
    await untilKeysListen(page);
    await page.keyboard.press("j");
    await page.keyboard.press("3"); // true
    const first = page.locator(".claim-card").nth(0);
    await expect(badgeOf(first)).toHaveText("True");
    await page.keyboard.press("j");
    await page.keyboard.press("6"); // false
    const second = page.locator(".claim-card").nth(1);
    await expect(badgeOf(second)).toHaveText("False");
    await expect(badgeOf(first)).toHaveText("True");
    await page.keyboard.press("n");
    await page.keyboard.type("Wetterdienst anrufen.");
    await page.keyboard.press("Control+Enter");
    await expect(second.locator(".claim-notes")).toContainText("Wetterdienst anrufen.");
    await page.keyboard.press("?");
    const help = page.getByRole("dialog", { name: "Keyboard shortcuts" });
    await expect(help).toContainText("Mostly true");
    // Only the tools a fact-checker has: assigning is an editor's.
    await expect(help).toContainText("Evidence");
    await expect(help).not.toContainText("Assign");
    await context.close();
  },
);

test("a source is linked by its registry name, which leaves the registry as it is; a new name becomes a source", async ({
  page,
}) => {
  const stamp = Date.now();
  const created = await page.request.post("/api/articles", {
    data: {
      title: `Link sources ${stamp}`,
      body: `Im Ort wurden 40 Häuser zerstört.\nDie Feuerwehr rettete 12 Menschen aus dem Wasser.\n${stamp}`,
    },
  });
  const { article } = await created.json();
  await page.goto(article.url);

  // A registry name (in other case) with text left in the aliases box: linked as it is, the box ignored.
  const houses = cardWith(page, "40 Häuser");
  await openTool(houses, "Sources");
  await houses.getByLabel(/^Source to link/).fill("reuters");
  await houses.getByLabel("Other names, comma-separated (new sources)").fill(`Leftover ${stamp}`);
  await houses.getByRole("button", { name: "Link source" }).click();
  await expect(page.locator(".toasts")).toContainText("reuters linked");
  await expect(houses.locator(".source-chip strong")).toHaveText(["Reuters"]);

  // A name the registry does not know: a new source, with its aliases.
  const dam = cardWith(page, "12 Menschen");
  await openTool(dam, "Sources");
  await dam.getByLabel(/^Source to link/).fill(`Deichamt ${stamp}`);
  await dam.getByLabel("Other names, comma-separated (new sources)").fill(`Amt für Deiche ${stamp}`);
  await dam.getByRole("button", { name: "Link source" }).click();
  await expect(dam.locator(".source-chip strong")).toHaveText([`Deichamt ${stamp}`]);

  await page.goto(`/sources?q=${encodeURIComponent(`Leftover ${stamp}`)}`);
  await expect(page.getByRole("cell", { name: `Leftover ${stamp}` })).toHaveCount(0);
  await page.goto(`/sources?q=${encodeURIComponent(`Amt für Deiche ${stamp}`)}`);
  await expect(page.getByRole("row", { name: new RegExp(`Deichamt ${stamp}`) })).toContainText(
    `Amt für Deiche ${stamp}`,
  );
});

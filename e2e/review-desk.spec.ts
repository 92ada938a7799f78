import { readFileSync } from "node:fs";
import type { APIRequestContext, Page } from "@playwright/test";
import { storageStateOf } from "./accounts";
import { expect, test } from "./fixtures";
import { findPhrase, holdChangePoll, untilKeysListen } from "./review-helpers";

/**
 * The review desk must never put a verdict on the wrong claim or lose one silently. Each test here is one way that
 * happened: a fact-checker works with the keyboard while a colleague (an editor, through the API) changes the same
 * claims. A test that needs a stale page holds the page's change poll instead of hoping the timer is slow.
 */

const SEED_TEXT = readFileSync(new URL("../test/fixtures/articles/de-suedkorea-truppen.txt", import.meta.url), "utf8");

const BODY = [
  "Laut Reuters stieg die Zahl der Opfer auf 312.",
  "Die Regierung dementierte das am Abend.",
  "Nach Angaben der Polizei wurden 40 Häuser zerstört.",
  "Das Rote Kreuz teilte mit, es schicke 25 Helfer.",
].join("\n");

interface ApiClaim {
  id: string;
  version: number;
  text: string;
  status: string;
}

async function createArticle(request: APIRequestContext, title: string): Promise<{ id: string; url: string }> {
  // Unique per test run: the same text twice would be the same article.
  const created = await request.post("/api/articles", {
    data: { title: `${title} ${Date.now()}`, body: `${BODY}\nStand: ${Date.now()}` },
  });
  expect(created.status()).toBe(201);
  return (await created.json()).article;
}

async function claimsOf(request: APIRequestContext, articleId: string): Promise<ApiClaim[]> {
  const response = await request.get(`/api/articles/${articleId}`);
  return ((await response.json()) as { claims: ApiClaim[] }).claims;
}

async function claimWith(request: APIRequestContext, articleId: string, words: string): Promise<ApiClaim> {
  const claim = (await claimsOf(request, articleId)).find((c) => c.text.includes(words));
  if (!claim) throw new Error(`no claim with “${words}”`);
  return claim;
}

/** A colleague sets a status through the API, on the version they see now. */
async function colleagueSetsStatus(request: APIRequestContext, articleId: string, words: string, status: string) {
  const claim = await claimWith(request, articleId, words);
  const response = await request.post(`/api/claims/${claim.id}/status`, { data: { status, version: claim.version } });
  expect(response.status()).toBe(200);
}

/** Opens the review page as a fact-checker in a browser of their own. */
async function openAsFactChecker(page: Page, url: string) {
  const context = await page
    .context()
    .browser()!
    .newContext({ storageState: storageStateOf("factchecker") });
  const checker = await context.newPage();
  await checker.goto(url);
  await untilKeysListen(checker);
  return { checker, close: () => context.close() };
}

const card = (page: Page, words: string) => page.locator(".claim-card", { hasText: words });
const badge = (page: Page, words: string) => card(page, words).locator(".claim-card__status");

test("number keys keep saving after the claim changed: own change, edit box, a colleague's change", async ({
  page,
}) => {
  const article = await createArticle(page.request, "Keys keep saving");
  const { checker, close } = await openAsFactChecker(page, article.url);
  const key = (k: string) => checker.keyboard.press(k);

  await key("j");
  await expect(card(checker, "Laut Reuters")).toHaveAttribute("aria-current", "true");
  await key("6");
  await expect(badge(checker, "Laut Reuters")).toHaveText("False");
  await key("5");
  await expect(badge(checker, "Laut Reuters")).toHaveText("Misleading");
  expect((await claimWith(page.request, article.id, "Laut Reuters")).status).toBe("misleading");

  // After the edit box was opened and left.
  await key("e");
  await key("Escape");
  await key("2");
  await expect(badge(checker, "Laut Reuters")).toHaveText("In progress");

  // After a colleague's change arrived by live refresh.
  await colleagueSetsStatus(page.request, article.id, "Laut Reuters", "true");
  await expect(badge(checker, "Laut Reuters")).toHaveText("True", { timeout: 10_000 });
  await key("4");
  await expect(badge(checker, "Laut Reuters")).toHaveText("Mostly true");

  await checker.reload();
  await expect(badge(checker, "Laut Reuters")).toHaveText("Mostly true");
  expect((await claimWith(page.request, article.id, "Laut Reuters")).status).toBe("mostly_true");
  await close();
});

test("after a filter is applied and cleared, the keys act on the outlined claim, never on another", async ({
  page,
}) => {
  const article = await createArticle(page.request, "Filter selection");
  const { checker, close } = await openAsFactChecker(page, article.url);
  const key = (k: string) => checker.keyboard.press(k);
  const clearFilter = async () => {
    await key("/");
    await key("Control+a");
    await key("Backspace");
    await key("Escape");
  };

  await key("/");
  await checker.keyboard.type("Regierung");
  await key("Escape");
  await key("j");
  await expect(card(checker, "Die Regierung")).toHaveAttribute("aria-current", "true");
  await clearFilter();
  await expect(card(checker, "Die Regierung")).toHaveAttribute("aria-current", "true");
  await expect(checker.locator(".claim-card[aria-current='true']")).toHaveCount(1);

  await key("3");
  await expect(badge(checker, "Die Regierung")).toHaveText("True");
  await expect(badge(checker, "Laut Reuters")).toHaveText("Unverified");

  // Merge acts on the outlined claim and its next neighbour; the claim rated first keeps its verdict.
  const before = await checker.locator(".claim-card").count();
  await key("m");
  await key("Enter");
  await expect(checker.locator(".claim-card")).toHaveCount(before - 1);
  const merged = card(checker, "Die Regierung");
  await expect(merged).toContainText("Polizei");
  await expect(card(checker, "Laut Reuters")).not.toContainText("Regierung");
  const claims = await claimsOf(page.request, article.id);
  expect(claims.find((c) => c.text.startsWith("Laut Reuters"))!.text).not.toContain("Regierung");

  // j/k move from the outlined claim, whatever the filter did in between.
  await key("/");
  await checker.keyboard.type("Kreuz");
  await key("Escape");
  await clearFilter();
  await key("j");
  await expect(card(checker, "Rote Kreuz")).toHaveAttribute("aria-current", "true");
  await close();
});

test("text typed into a card survives the claim changing underneath: own status change, a colleague's change", async ({
  page,
}) => {
  const article = await createArticle(page.request, "Drafts survive");
  const { checker, close } = await openAsFactChecker(page, article.url);
  const key = (k: string) => checker.keyboard.press(k);
  const reuters = card(checker, "Laut Reuters");
  const editBox = reuters.getByRole("textbox", { name: /^Text of/ });
  const noteBox = reuters.getByRole("textbox", { name: /^Note on/ });

  await key("j");
  await key("e");
  await key("End");
  await checker.keyboard.type(" (Stand Montag)");
  await key("Escape");
  await key("n");
  await checker.keyboard.type("Reuters-Meldung vom Montag suchen");
  await key("Escape");

  await key("3"); // own status change
  await expect(badge(checker, "Laut Reuters")).toHaveText("True");
  await key("e");
  await expect(editBox).toHaveValue("Laut Reuters stieg die Zahl der Opfer auf 312 (Stand Montag)");
  await key("Escape");

  await colleagueSetsStatus(page.request, article.id, "Laut Reuters", "false");
  await expect(badge(checker, "Laut Reuters")).toHaveText("False", { timeout: 10_000 });
  await key("n");
  await expect(noteBox).toHaveValue("Reuters-Meldung vom Montag suchen");
  await key("Escape");
  await key("e");
  await expect(editBox).toHaveValue("Laut Reuters stieg die Zahl der Opfer auf 312 (Stand Montag)");

  // The draft is saved as typed, on the current version.
  await key("Control+Enter");
  await expect
    .poll(async () => (await claimWith(page.request, article.id, "Laut Reuters")).text)
    .toBe("Laut Reuters stieg die Zahl der Opfer auf 312 (Stand Montag)");
  await close();
});

test("a text edit that meets a colleague's edit keeps both; re-apply writes exactly what was typed", async ({
  page,
}) => {
  const article = await createArticle(page.request, "Text conflict");
  const { checker, close } = await openAsFactChecker(page, article.url);
  const poll = await holdChangePoll(checker);
  const reuters = card(checker, "Laut Reuters");
  const editBox = reuters.getByRole("textbox", { name: /^Text of/ });

  await checker.keyboard.press("j");
  await checker.keyboard.press("e");
  await editBox.fill("MY VERSION: 312 Opfer laut Reuters");

  const original = await claimWith(page.request, article.id, "Laut Reuters");
  const theirs = await page.request.patch(`/api/claims/${original.id}`, {
    data: { text: "EDDIE VERSION: 312 Opfer", version: original.version },
  });
  expect(theirs.status()).toBe(200);

  await checker.keyboard.press("Control+Enter");
  await expect(reuters).toContainText("changed meanwhile");
  // Yours, theirs and the base are all on screen; the box still holds what was typed.
  await expect(editBox).toHaveValue("MY VERSION: 312 Opfer laut Reuters");
  await expect(reuters).toContainText("EDDIE VERSION: 312 Opfer");
  await expect(reuters).toContainText(original.text);

  await reuters.getByRole("button", { name: "Re-apply my change on top" }).click();
  await expect
    .poll(async () => (await claimsOf(page.request, article.id)).find((c) => c.id === original.id)!.text)
    .toBe("MY VERSION: 312 Opfer laut Reuters");
  poll.release();
  await expect(reuters.locator(".claim-card__text")).toHaveText("MY VERSION: 312 Opfer laut Reuters");
  // The history shows the colleague's edit, then mine on top of it: nothing neither of us typed.
  await reuters.locator(".claim-record summary").click();
  const history = reuters.locator(".claim-history");
  await expect(history).toContainText("“EDDIE VERSION: 312 Opfer” → “MY VERSION: 312 Opfer laut Reuters”");
  await expect(history).not.toContainText("“EDDIE VERSION: 312 Opfer” → “Laut Reuters");
  await close();
});

test("words selected with the mouse inside and across highlights become a claim", async ({ page }) => {
  const article = await createArticle(page.request, "Select in highlights");
  const { checker, close } = await openAsFactChecker(page, article.url);
  const cards = checker.locator(".claim-card");
  const before = await cards.count();
  await expect(checker.locator("mark[data-claim]").first()).toBeVisible();

  // From "Zahl" inside the first highlight to the end of "Opfer": a drag, not a link being dragged.
  const from = await findPhrase(checker, "Zahl der");
  const to = await findPhrase(checker, "Opfer");
  await checker.mouse.move(from.left + 1, from.y);
  await checker.mouse.down();
  await checker.mouse.move(to.right - 1, to.y, { steps: 8 });
  await checker.mouse.up();
  await expect(checker.locator(".add-claim__preview")).toHaveText(/^“Zahl der Opfer/);
  await checker.getByRole("button", { name: "Add the selected text as a claim" }).click();
  await expect(cards).toHaveCount(before + 1);
  await expect(checker.locator(".claim-card__text", { hasText: /^Zahl der Opfer/ })).toHaveCount(1);

  // A plain click on a highlight selects its claim and does not leave the page.
  const url = checker.url();
  await checker.locator("mark[data-claim]", { hasText: "Rote Kreuz" }).first().click();
  await expect(card(checker, "Rote Kreuz")).toHaveAttribute("aria-current", "true");
  expect(checker.url()).toBe(url);
  await close();
});

test("words are selected with the keyboard alone: t, Shift+arrows, Enter", async ({ page }) => {
  const article = await createArticle(page.request, "Keyboard selection");
  const { checker, close } = await openAsFactChecker(page, article.url);
  const cards = checker.locator(".claim-card");
  await expect(cards.first()).toBeVisible();
  const before = await cards.count();

  await checker.keyboard.press("j");
  await checker.keyboard.press("j"); // "Die Regierung dementierte …"
  await checker.keyboard.press("t");
  await expect(checker.locator(".add-claim__preview")).toHaveText("“Die”");
  await checker.keyboard.press("Shift+ArrowRight");
  await checker.keyboard.press("Shift+ArrowRight");
  await expect(checker.locator(".add-claim__preview")).toHaveText(/^“Die Regierung dementierte ?”$/);
  await checker.keyboard.press("Enter");
  await expect(cards).toHaveCount(before + 1);
  await expect(checker.locator(".claim-card__text", { hasText: /^Die Regierung dementierte$/ })).toHaveCount(1);
  await close();
});

test("a highlight and its card are shown together: clicking one reveals the other, clear of the sticky bars", async ({
  page,
}) => {
  const seed = await page.request.post("/api/articles", {
    data: { title: `Jump ${Date.now()}`, body: `${SEED_TEXT}\nStand: ${Date.now()}` },
  });
  const { article } = await seed.json();
  await page.goto(article.url);
  const marks = page.locator("mark[data-claim]");
  const last = marks.last();
  const id = await last.getAttribute("data-claim");
  await last.scrollIntoViewIfNeeded();
  await last.click();
  const target = page.locator(`#claim-${id}`);
  await expect(target).toHaveAttribute("aria-current", "true");
  await expect(target).toBeInViewport();
  const filter = await page.locator(".claim-filter").boundingBox();
  const box = await target.boundingBox();
  expect(box!.y).toBeGreaterThanOrEqual(filter!.y + filter!.height - 1);

  // j/k: the selected claim's words are marked in the text and scrolled into view.
  await page.keyboard.press("k");
  const selected = page.locator("mark.is-selected");
  await expect(selected.first()).toBeVisible();
  const selectedId = await page.locator(".claim-card[aria-current='true']").getAttribute("data-claim-id");
  await expect(selected.first()).toHaveAttribute("data-claim", selectedId!);
  await expect(selected.first()).toBeInViewport();
});

test("restoring a merged-away claim warns that its words are part of another claim", async ({ page }) => {
  const article = await createArticle(page.request, "Restore warning");
  const [first, second] = await claimsOf(page.request, article.id);
  const merged = await page.request.post(`/api/claims/${first!.id}/merge`, {
    data: { version: first!.version, withId: second!.id, withVersion: second!.version },
  });
  expect(merged.status()).toBe(200);
  await page.goto(article.url);
  const cards = page.locator(".claim-card");
  const before = await cards.count();
  const removed = page.locator(".removed");
  await removed.getByRole("button", { name: /^Restore/ }).click();
  await expect(removed.getByRole("alert")).toContainText("Its words are now part of the claim");
  await expect(cards).toHaveCount(before);
  await removed.getByRole("button", { name: "Restore anyway" }).click();
  await expect(cards).toHaveCount(before + 1);
});

test("on a phone the review page fits the screen and the claims are one tap away", async ({ page }) => {
  const article = await createArticle(page.request, "Phone review");
  const { checker, close } = await openAsFactChecker(page, article.url);
  await checker.setViewportSize({ width: 390, height: 844 });
  await checker.reload();
  expect(await checker.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  const claimsTab = checker.getByRole("tab", { name: /^Claims \(\d+\)$/ });
  await claimsTab.click();
  await expect(checker.locator(".claim-card").first()).toBeInViewport();
  await checker.locator(".claim-card__text").first().click();
  await checker
    .getByRole("group", { name: /^Status of/ })
    .getByRole("button", { name: "True", exact: true })
    .click();
  await expect(badge(checker, "Laut Reuters")).toHaveText("True");
  expect(await checker.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

  // From the text, a tap on a highlight opens the claims tab at its card.
  await checker.getByRole("tab", { name: "Article text" }).click();
  await checker.locator("mark[data-claim]", { hasText: "Polizei" }).first().click();
  await expect(card(checker, "Nach Angaben der Polizei")).toBeInViewport();
  await expect(card(checker, "Nach Angaben der Polizei")).toHaveAttribute("aria-current", "true");

  // A tablet with a keyboard: j from the text side shows the claims, so keys never act on a card out of sight.
  await checker.getByRole("tab", { name: "Article text" }).click();
  await checker.keyboard.press("j");
  await expect(checker.locator(".claim-card[aria-current='true']")).toBeInViewport();
  await close();
});

test("a German reviewer reads a refused change in German, with the status names of the German interface", async ({
  page,
  browser,
}) => {
  const article = await createArticle(page.request, "Konflikt auf Deutsch");
  const context = await browser.newContext({ storageState: storageStateOf("factchecker"), locale: "de-DE" });
  const checker = await context.newPage();
  await checker.goto(article.url);
  const poll = await holdChangePoll(checker);
  await untilKeysListen(checker);
  await colleagueSetsStatus(page.request, article.id, "Laut Reuters", "true");

  await checker.keyboard.press("j");
  await checker.keyboard.press("6");
  const refusal = card(checker, "Laut Reuters").getByRole("alert");
  await expect(refusal).toContainText("Diese Behauptung wurde inzwischen geändert");
  await expect(refusal).toContainText("hat den Status von „Ungeprüft“ auf „Wahr“ gesetzt");
  await refusal.getByRole("button", { name: "Meine Änderung darüber erneut anwenden" }).click();
  await expect(badge(checker, "Laut Reuters")).toHaveText("Falsch");
  poll.release();
  await context.close();
});

import type { Locator, Page } from "@playwright/test";
import { expect } from "./fixtures";

/** A claim card by words of its label or text. */
export const cardWith = (page: Page, words: string) => page.locator(".claim-card", { hasText: words });

/** The status badge a card shows. */
export const badgeOf = (card: Locator) => card.locator(".claim-card__status");

/**
 * Waits until the review page's keys listen: the claim list marks itself complete once it is hydrated, and a key
 * pressed on the server's HTML alone is lost (on a busy machine hydration comes well after the cards show).
 */
export async function untilKeysListen(page: Page) {
  await expect(page.locator('.claim-list[data-complete="yes"]')).toBeAttached();
}

/** Selects a card with the mouse (a click on its text) and opens one of its tools by the tool's button. */
export async function openTool(card: Locator, tool: string) {
  await card.locator(".claim-card__text").click();
  await card
    .getByRole("group", { name: /^Tools for/ })
    .getByRole("button", { name: tool, exact: true })
    .click();
}

/** Clicks one of the card's status buttons (the card is selected first). */
export async function clickStatus(card: Locator, status: string) {
  await card.locator(".claim-card__text").click();
  await card
    .getByRole("group", { name: /^Status of/ })
    .getByRole("button", { name: status, exact: true })
    .click();
}

/**
 * Holds the page's live refresh: every change poll answers with the marker the article has now, as a laptop waking
 * from sleep or a slow connection would. Read here, at once — not from the page's first poll, which on a busy machine
 * can come after the change the test wants the page not to see. `release()` lets the real answers through again.
 * Call it on an open article page, before the change.
 */
export async function holdChangePoll(page: Page) {
  const articleId = new URL(page.url()).pathname.split("/")[2];
  const now = await page.request.get(`/api/articles/${articleId}/changes`);
  if (!now.ok()) throw new Error(`holdChangePoll: ${page.url()} is not an open article page (${now.status()})`);
  const held = await now.text();
  let holding = true;
  await page.route("**/api/articles/*/changes", (route) =>
    holding ? route.fulfill({ status: 200, contentType: "application/json", body: held }) : route.continue(),
  );
  return {
    release: () => {
      holding = false;
    },
  };
}

/**
 * Finds a phrase in the rendered article text: its first line's box (for a real mouse drag) and, when asked, makes it
 * the document's selection (as a finished drag would leave it).
 */
export function findPhrase(page: Page, phrase: string, { select = false } = {}) {
  return page.evaluate(
    ({ phrase, select }) => {
      const root = document.querySelector("[data-article-text]")!;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf(phrase);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + phrase.length);
        if (select) {
          document.getSelection()!.removeAllRanges();
          document.getSelection()!.addRange(range);
        }
        const rect = range.getClientRects()[0]!;
        return { left: rect.left, right: rect.right, y: rect.top + rect.height / 2 };
      }
      throw new Error(`“${phrase}” is not in the article text`);
    },
    { phrase, select },
  );
}

import { test as base, expect, type Page } from "@playwright/test";

/**
 * Every e2e test fails if the page logs a console error or opens a dialog (an alert() from injected script would
 * be exactly that). Tests get the seed article's text and a way to count stored articles through the API.
 */
export const test = base.extend<{ failOnConsoleErrors: void; allowedConsoleErrors: RegExp[] }>({
  /** Console errors a test causes on purpose (a response it refuses with page.route); any other still fails it. */
  allowedConsoleErrors: [[], { option: true }],
  failOnConsoleErrors: [
    async ({ page, allowedConsoleErrors }, use) => {
      const problems: string[] = [];
      page.on("console", (m) => {
        if (m.type() === "error" && !allowedConsoleErrors.some((allowed) => allowed.test(m.text())))
          problems.push(`console error: ${m.text()}`);
      });
      page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
      page.on("dialog", async (d) => {
        problems.push(`dialog opened: ${d.message()}`);
        await d.dismiss();
      });
      await use();
      expect(problems, problems.join("\n")).toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

export async function countArticles(page: Page): Promise<number> {
  const response = await page.request.get("/api/articles?limit=200");
  expect(response.ok()).toBe(true);
  return ((await response.json()) as { articles: unknown[] }).articles.length;
}

/** Fills the paste form; empty strings leave a field empty. */
export async function fillArticle(page: Page, fields: { title?: string; body?: string; outlet?: string }) {
  await page.goto("/articles/new");
  if (fields.title !== undefined) await page.getByLabel("Title").fill(fields.title);
  if (fields.outlet !== undefined) await page.getByLabel("Outlet").fill(fields.outlet);
  if (fields.body !== undefined) await page.getByLabel("Article text").fill(fields.body);
}

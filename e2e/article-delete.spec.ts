import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "@playwright/test";
import { storageStateOf, type E2ERole } from "./accounts";
import { expect, test } from "./fixtures";

type Claim = { id: string; version: number; status: string; statusReason: string | null };

/** An article with a verdict on its first claim, made through the API as the editor (the default session). */
async function reviewedArticle(page: Page, title: string, outlet: string) {
  const created = await page.request.post("/api/articles", {
    data: { title, outlet, body: `Laut Reuters kamen ${Date.now() % 100_000} Gäste nach Bonn. Es regnete.` },
  });
  expect(created.status()).toBe(201);
  const { article } = await created.json();
  const claim = ((await (await page.request.get(`/api/articles/${article.id}`)).json()).claims as Claim[])[0]!;
  const rated = await page.request.post(`/api/claims/${claim.id}/status`, {
    data: { status: "false", reason: "Es kamen 12.", version: claim.version },
  });
  expect(rated.status()).toBe(200);
  return { id: article.id as string, claimId: claim.id };
}

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id);
}

async function pageAs(browser: Browser, role: E2ERole) {
  const context = await browser.newContext({ storageState: storageStateOf(role) });
  return { page: await context.newPage(), close: () => context.close() };
}

test("an editor deletes an article with a reason; it is gone for others until an admin restores it with its verdicts", async ({
  page,
  browser,
}) => {
  const outlet = `Löschblatt ${Date.now()}`;
  const title = `Doppelt eingelesen ${outlet}`;
  const { id, claimId } = await reviewedArticle(page, title, outlet);
  await page.goto(`/coverage?outlet=${encodeURIComponent(outlet)}`);
  await expect(page.getByRole("status")).toHaveText(/^\d+ claims? in 1 article\.$/);

  // A fact-checker has the article open while the editor deletes it.
  const reader = await pageAs(browser, "factchecker");
  const readerErrors: string[] = [];
  reader.page.on("console", (m) => (m.type() === "error" ? readerErrors.push(m.text()) : undefined));
  await reader.page.goto(`/articles/${id}`);
  await expect(reader.page.getByRole("heading", { level: 1 })).toHaveText(title);

  await page.goto(`/articles/${id}`);
  await page.getByRole("button", { name: "Delete article" }).click();
  const confirmation = page.getByRole("form", { name: `Delete “${title}”?` });
  await expect(confirmation).toContainText("an admin can restore it");
  await expect(confirmation.getByLabel("Why is it deleted?")).toBeFocused();
  expect(await seriousViolations(page)).toEqual([]);
  await confirmation.getByLabel("Why is it deleted?").fill("Ingested twice by mistake");
  await confirmation.getByRole("button", { name: "Delete the article" }).click();

  await expect(page).toHaveURL(/\/\?deleted=1$/);
  // The open page learns it at its next poll and says the article is gone; the poll is answered, not refused, so
  // neither browser logs a failed request.
  await expect(reader.page.getByRole("heading", { level: 1 })).toHaveText("Not found", { timeout: 15_000 });
  expect(readerErrors).toEqual([]);
  await reader.close();
  await expect(page.getByRole("status")).toHaveText(
    "The article was deleted. An admin can restore it from the deleted articles.",
  );
  await expect(page.getByRole("link", { name: title })).toHaveCount(0);
  await page.goto(`/?q=${encodeURIComponent(outlet)}`);
  await expect(page.getByText(`No article title or outlet contains “${outlet}”.`)).toBeVisible();
  await page.goto(`/coverage?outlet=${encodeURIComponent(outlet)}`);
  await expect(page.getByRole("status")).toHaveText("No claims in 0 articles.");

  const checker = await pageAs(browser, "factchecker");
  expect((await checker.page.goto(`/articles/${id}`))!.status()).toBe(404);
  expect((await checker.page.request.get(`/api/articles/${id}`)).status()).toBe(404);
  await checker.close();

  const admin = await pageAs(browser, "admin");
  await admin.page.goto("/");
  await admin.page.getByRole("link", { name: "Deleted articles" }).click();
  const row = admin.page.getByRole("row", { name: new RegExp(title) });
  await expect(row).toContainText("Ingested twice by mistake");
  await expect(row).toContainText("editor");
  await row.getByRole("button", { name: `Restore “${title}”` }).click();
  await expect(admin.page.getByRole("status")).toHaveText("The article was restored.");
  await expect(admin.page.getByRole("row", { name: new RegExp(title) })).toHaveCount(0);
  await admin.close();

  await page.goto(`/?q=${encodeURIComponent(outlet)}`);
  await page.getByRole("link", { name: title }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  const claims = (await (await page.request.get(`/api/articles/${id}`)).json()).claims as Claim[];
  expect(claims.find((c) => c.id === claimId)).toMatchObject({ status: "false", statusReason: "Es kamen 12." });
  await page.goto(`/coverage?outlet=${encodeURIComponent(outlet)}`);
  await expect(page.getByRole("status")).toHaveText(/^\d+ claims? in 1 article\.$/);
});

test("a fact-checker sees no delete button and the API refuses them; an admin purges a deleted article for good", async ({
  page,
  browser,
}) => {
  const title = `Zu löschen ${Date.now()}`;
  const { id } = await reviewedArticle(page, title, "Purge-Post");

  const checker = await pageAs(browser, "factchecker");
  await checker.page.goto(`/articles/${id}`);
  await expect(checker.page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(checker.page.getByRole("button", { name: "Delete article" })).toHaveCount(0);
  const refused = await checker.page.request.delete(`/api/articles/${id}`, { data: { reason: "not mine to delete" } });
  expect(refused.status()).toBe(403);
  await checker.close();
  const live = await page.request.get(`/api/articles/${id}`);
  expect(live.status()).toBe(200);
  const claims = ((await live.json()).claims as Claim[]).length;

  const deleted = await page.request.delete(`/api/articles/${id}`, { data: { reason: "Test article" } });
  expect(deleted.status()).toBe(200);
  const admin = await pageAs(browser, "admin");
  await admin.page.goto("/admin/articles");
  const row = admin.page.getByRole("row", { name: new RegExp(title) });
  await row.getByRole("button", { name: `Purge “${title}”…` }).click();
  await expect(row).toContainText(`Remove “${title}” and its`);
  expect(await seriousViolations(admin.page)).toEqual([]);
  await row.getByRole("button", { name: `Purge “${title}” for good` }).click();
  await expect(admin.page.getByRole("status")).toHaveText("The article was purged.");
  await expect(admin.page.getByRole("row", { name: new RegExp(title) })).toHaveCount(0);
  await expect(admin.page.getByRole("region", { name: "Recently purged" })).toContainText(
    `“${title}” (${id}, ${claims} ${claims === 1 ? "claim" : "claims"}), purged by Ada Admin`,
  );
  expect((await admin.page.request.post(`/api/articles/${id}/restore`)).status()).toBe(404);
  await admin.close();
});

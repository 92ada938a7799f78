import { mkdirSync } from "node:fs";
import type { Page } from "@playwright/test";
import { storageStateOf } from "./accounts";
import { expect, test } from "./fixtures";
import { runTmp } from "./run-tmp";

/**
 * Phones and tablets: no page is wider than the screen (tables scroll inside their own box), and the header's links
 * all fit, visible and reachable with the keyboard. Signed in as an admin, who sees every link. The review page
 * (/articles/[id]) is being redesigned separately and is not checked here.
 */
test.use({ storageState: storageStateOf("admin") });
test.describe.configure({ mode: "serial" });

const PAGES = ["/", "/claims", "/coverage", "/sources", "/queue", "/settings", "/admin/users", "/articles/new"];
const NAV_LINKS = ["Articles", "Claims", "Coverage", "Add article", "My queue", "Sources", "Users", "Settings"];

const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

test.beforeAll(async ({ browser }) => {
  // Long words and names, as newsrooms have them, in every table the pages show; one claim in the admin's queue.
  const context = await browser.newContext({ storageState: storageStateOf("admin") });
  const request = context.request;
  const long = "Bundesverfassungsgerichtsentscheidungsbegründung";
  const created = await request.post("/api/articles", {
    data: {
      title: `${long} und Donaudampfschifffahrtsgesellschaftskapitänsmütze ${Date.now()}`,
      outlet: `Frankfurter Allgemeine Sonntagszeitung Wochenendausgabe ${Date.now()}`,
      body: `Laut der Nachrichtenagentur Reuters sagte die ${long} am Montag, es gebe ${Date.now() % 1000} Fälle.`,
    },
  });
  expect(created.status()).toBe(201);
  const { article } = await created.json();
  const full = await (await request.get(`/api/articles/${article.id}`)).json();
  const me = (await (await request.get("/api/users")).json()).users.find(
    (u: { email: string }) => u.email === "admin@e2e.test",
  );
  await request.post(`/api/claims/${full.claims[0].id}/assignee`, { data: { assigneeId: me.id } });
  await request.post("/api/tokens", { data: { name: `Redaktionsskript für ${long}` } });
  await context.close();
});

for (const width of [390, 768]) {
  test(`at ${width} px no top-level page is wider than the screen`, async ({ page }) => {
    await page.setViewportSize({ width, height: 844 });
    const tooWide: string[] = [];
    for (const path of PAGES) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      const scrollWidth = await pageWidth(page);
      if (scrollWidth > width) tooWide.push(`${path}: ${scrollWidth} px`);
      if (path === "/claims")
        await page.screenshot({ path: runTmp(`screenshots/claims-${width}.png`), fullPage: true });
    }
    expect(tooWide, tooWide.join("\n")).toEqual([]);
  });
}

test("at 390 px the claims list shows each claim's status on screen, and its article under it", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/claims");
  const row = page.locator("table.claims-table tbody tr").first();
  // Down to the row (the page only; the table keeps its own sideways scroll where it was): is the status there?
  await row.evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 100));
  await expect(row.locator(".badge").first()).toBeInViewport({ ratio: 1 });
  await expect(row.locator(".claims-table__narrow")).toBeVisible();
  await page.screenshot({ path: runTmp("screenshots/claims-390-rows.png") });
});

for (const width of [390, 768, 1366]) {
  test(`at ${width} px every header link is on screen and reached with the Tab key`, async ({ page }) => {
    await page.setViewportSize({ width, height: 844 });
    await page.goto("/claims");
    const nav = page.getByRole("navigation", { name: "Main" });
    for (const name of NAV_LINKS) {
      const link = nav.getByRole("link", { name, exact: true });
      await expect(link).toBeInViewport({ ratio: 1 });
    }
    await expect(page.getByRole("button", { name: "Sign out" })).toBeInViewport({ ratio: 1 });
    await expect(page.getByRole("button", { name: "DE", exact: true })).toBeInViewport({ ratio: 1 });
    // Tab from the top of the page: the skip link, the name, then each link in order.
    const reached: string[] = [];
    await page.locator("body").focus();
    for (let i = 0; i < NAV_LINKS.length + 2; i++) {
      await page.keyboard.press("Tab");
      reached.push(await page.evaluate(() => document.activeElement?.textContent?.trim() ?? ""));
    }
    expect(reached.slice(2)).toEqual(NAV_LINKS);
    mkdirSync(runTmp("screenshots"), { recursive: true });
    await page.locator(".site-header").screenshot({ path: runTmp(`screenshots/header-${width}.png`) });
  });
}

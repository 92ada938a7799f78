import AxeBuilder from "@axe-core/playwright";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { storageStateOf } from "./accounts";
import { expect, test } from "./fixtures";

test("an editor compares articles of one outlet, finds the source rated false, and takes the filtered report away", async ({
  page,
  browser,
}) => {
  const outlet = `Kurier ${Date.now()}`;
  type Claim = { id: string; version: number; citations: { name: string }[] };
  const articles: { id: string; claims: Claim[] }[] = [];
  for (const [title, body, publishedAt] of [
    [`March ${outlet}`, "Laut Reuters stiegen die Preise um 12 Prozent. Der Himmel war blau.", "2026-03-10"],
    [`April ${outlet}`, "Laut Reuters fiel die Zahl der Gäste um 300.", "2026-04-02"],
  ]) {
    const created = await page.request.post("/api/articles", { data: { title, body, outlet, publishedAt } });
    expect(created.status()).toBe(201);
    const { article } = await created.json();
    articles.push(await (await page.request.get(`/api/articles/${article.id}`)).json());
  }
  const citingReuters = articles.flatMap((a) => a.claims).filter((c) => c.citations.some((x) => x.name === "Reuters"));
  const cited = articles[1]!.claims.find((c) => citingReuters.includes(c))!;
  const rated = await page.request.post(`/api/claims/${cited.id}/status`, {
    data: { status: "false", version: cited.version, reason: "Die Zahl stieg." },
  });
  expect(rated.status()).toBe(200);
  const total = articles.reduce((n, a) => n + a.claims.length, 0);

  await page.goto("/");
  await page.getByRole("link", { name: "Coverage", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Newsroom coverage");
  await page.getByLabel("Outlet", { exact: true }).selectOption(outlet);
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page.getByRole("status")).toHaveText(`${total} claims in 2 articles.`);
  const byArticle = page.getByRole("table", { name: "By article" });
  await expect(byArticle.getByRole("rowheader")).toHaveText([`April ${outlet}`, `March ${outlet}`]);
  const reuters = page.getByRole("table", { name: "By source" }).getByRole("row", { name: /^Reuters/ });
  await expect(reuters.getByRole("cell").first()).toHaveText(String(citingReuters.length));
  await expect(page.getByRole("region", { name: /most often rated false/ })).toContainText("Reuters: 1 of 1 rated");

  await page.getByLabel("Articles from").fill("2026-03-01");
  await page.getByLabel("to", { exact: true }).fill("2026-03-31");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(byArticle.getByRole("rowheader")).toHaveText([`March ${outlet}`]);

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "PDF", exact: true }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^claims-all-\d{4}-\d{2}-\d{2}\.pdf$/);
  const text = execFileSync("pdftotext", ["-raw", (await download.path())!, "-"]).toString();
  expect(text).toContain(`March ${outlet}`);
  expect(text).not.toContain(`April ${outlet}`);
  expect(text.replace(/\s+/g, " ")).toContain(`outlet = ${outlet}`);

  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);

  const viewer = await browser.newContext({ storageState: storageStateOf("viewer") });
  const theirs = await viewer.newPage();
  await theirs.goto(`/coverage?outlet=${encodeURIComponent(outlet)}`);
  await expect(theirs.getByRole("status")).toHaveText(`${total} claims in 2 articles.`);
  await expect(theirs.getByRole("link", { name: "PDF" })).toHaveCount(0);
  await viewer.close();
});

test("the claims page downloads exactly the claims it lists", async ({ page }) => {
  const outlet = `Bote ${Date.now()}`;
  const created = await page.request.post("/api/articles", {
    data: { title: `Export ${outlet}`, body: "Laut AP kamen 40 Gäste. Es regnete zwei Tage lang.", outlet },
  });
  expect(created.status()).toBe(201);
  await page.goto(`/claims?outlet=${encodeURIComponent(outlet)}`);
  const listed = await page.locator("tbody tr").count();
  expect(listed).toBeGreaterThan(0);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "CSV", exact: true }).click(),
  ]);
  const rows = parse(readFileSync((await download.path())!, "utf8"), { columns: true }) as { article_title: string }[];
  expect(rows).toHaveLength(listed);
  expect(new Set(rows.map((r) => r.article_title))).toEqual(new Set([`Export ${outlet}`]));
});

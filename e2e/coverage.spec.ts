import AxeBuilder from "@axe-core/playwright";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { storageStateOf } from "./accounts";
import { expect, test } from "./fixtures";

const SEED = readFileSync(new URL("../test/fixtures/articles/de-suedkorea-truppen.txt", import.meta.url), "utf8");

test("an editor opens the seed article's coverage: figures, the unsourced claims, the claims × sources matrix", async ({
  page,
}) => {
  const created = await page.request.post("/api/articles", {
    data: { title: `Coverage ${Date.now()}`, body: `${SEED}\n${Date.now()}` },
  });
  const { article } = await created.json();
  const full = await (await page.request.get(`/api/articles/${article.id}`)).json();
  const unsourced = full.claims.filter((c: { citations: unknown[] }) => c.citations.length === 0);

  await page.goto(article.url);
  await page.getByRole("link", { name: "Source coverage" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Source coverage");
  await expect(page.locator(".figures__item", { hasText: "No source" }).locator("dd")).toHaveText(
    String(unsourced.length),
  );
  await expect(page.locator(".figures__item", { hasText: "Claims" }).locator("dd")).toHaveText(
    String(full.claims.length),
  );
  const list = page.getByRole("region", { name: /without a source/ });
  await expect(list.getByRole("link")).toHaveCount(unsourced.length);
  // The CSIS claims are cited with "zufolge" and ", so das …" and Konjunktiv continuation: one column, several rows.
  const matrix = page.getByRole("table", { name: "Claims × sources" });
  await expect(
    matrix.getByRole("columnheader", { name: "Center for Strategic & International Studies" }),
  ).toBeVisible();
  await expect(matrix.getByRole("row", { name: /Russland betrachte Südkorea/ })).toContainText("origin");

  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);
  await list.getByRole("link").first().click();
  await expect(page).toHaveURL(new RegExp(`/articles/${article.id}#claim-`));
});

test("an editor downloads the claims report in every format; a fact-checker is not offered it", async ({
  page,
  browser,
}) => {
  const stamp = Date.now();
  const { article } = await (
    await page.request.post("/api/articles", {
      data: { title: `Report ${stamp}`, body: `Laut Reuters stiegen die Preise um ${stamp % 97} Prozent.` },
    })
  ).json();
  await page.goto(`${article.url}/coverage`);
  for (const [name, extension, start] of [
    ["CSV", "csv", "article_id,"],
    ["CSV for Excel", "csv", "\uFEFFarticle_id,"],
    ["JSON", "json", '{"schema":"claimtrack.claims-export/3"'],
    ["Markdown", "md", "# Report "],
    ["PDF", "pdf", "%PDF-"],
    ["ClaimReview (JSON-LD)", "jsonld", "[]"],
  ] as const) {
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name, exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      new RegExp(`^claims-report-${stamp}-\\d{4}-\\d{2}-\\d{2}(-excel)?\\.${extension}$`),
    );
    const text = readFileSync((await download.path())!, "utf8");
    expect(text.startsWith(start)).toBe(true);
    if (extension === "pdf") {
      const pdfText = execFileSync("pdftotext", ["-raw", (await download.path())!, "-"]).toString();
      expect(pdfText).toContain("Reuters");
    } else if (extension !== "jsonld") expect(text).toContain("Reuters"); // nothing has a verdict yet: no ClaimReview
  }
  const checker = await browser.newContext({ storageState: storageStateOf("factchecker") });
  const theirs = await checker.newPage();
  await theirs.goto(`${article.url}/coverage`);
  await expect(theirs.getByRole("heading", { level: 1 })).toContainText("Source coverage");
  await expect(theirs.getByRole("link", { name: "JSON" })).toHaveCount(0);
  expect((await theirs.request.get(`/api/export?format=json&articleId=${article.id}`)).status()).toBe(403);
  await checker.close();
});

import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { expect, test } from "./fixtures";

test("the CSV and the CSV for Excel download under different names; a German reader's Excel file uses semicolons", async ({
  page,
}) => {
  const stamp = Date.now();
  const { article } = await (
    await page.request.post("/api/articles", {
      data: {
        title: `Exporte für Köln ${stamp}`,
        body: `Laut Reuters stiegen die Preise um ${Date.now() % 97},5 Prozent. Die Regierung widersprach.`,
      },
    })
  ).json();
  await page.goto(`${article.url}/coverage`);
  const download = async (name: string) => {
    const [file] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name, exact: true }).click(),
    ]);
    return { filename: file.suggestedFilename(), text: readFileSync((await file.path())!, "utf8") };
  };
  const csv = await download("CSV");
  const excel = await download("CSV for Excel");
  // Named by the article's title, as the newsroom knows it, not by its database id.
  expect(csv.filename).toMatch(new RegExp(`^claims-exporte-fuer-koeln-${stamp}-\\d{4}-\\d{2}-\\d{2}\\.csv$`));
  expect(excel.filename).toMatch(new RegExp(`^claims-exporte-fuer-koeln-${stamp}-\\d{4}-\\d{2}-\\d{2}-excel\\.csv$`));
  expect(excel.text.startsWith("\uFEFFarticle_id,article_title,")).toBe(true);

  await page.getByRole("button", { name: "DE", exact: true }).click();
  await expect(page.getByRole("link", { name: "CSV für Excel" })).toBeVisible();
  const german = await download("CSV für Excel");
  expect(german.filename).toBe(excel.filename);
  expect(german.text.startsWith("\uFEFFarticle_id;article_title;")).toBe(true);
  expect(german.text).toContain("\r\n");
  const rows = parse(german.text.slice(1), { columns: true, delimiter: ";" }) as Record<string, string>[];
  // "12,5" stays one cell: that is why Excel in German separates with semicolons.
  expect(rows.some((r) => /Preise um \d+,5 Prozent/.test(r.quote!))).toBe(true);
  expect(rows.every((r) => r.article_id === article.id)).toBe(true);
  const markdown = await download("Markdown");
  expect(markdown.text).toContain("## Ungeprüft (");
});

import { readFileSync } from "node:fs";
import { countArticles, expect, fillArticle, test } from "./fixtures";
import { runTmp } from "./run-tmp";

const SEED = readFileSync(new URL("../test/fixtures/articles/de-suedkorea-truppen.txt", import.meta.url), "utf8");

test.describe.configure({ mode: "serial" });

test("pasting the seed article shows its claims with the cited sources as chips", async ({ page }) => {
  await fillArticle(page, {
    title: "Südkorea fordert Abzug aller nordkoreanischen Truppen aus Russland",
    body: SEED,
    outlet: "Euronews",
  });
  await page.getByRole("button", { name: "Extract claims" }).click();
  await expect(page).toHaveURL(/\/articles\/\w+\?created=1/);
  await expect(page.getByRole("status").filter({ hasText: "broken into" })).toContainText("broken into 24 claims");
  const claims = page
    .getByRole("region", { name: "Claims" })
    .or(page.locator("section[aria-labelledby=claims-heading]"));
  for (const source of [
    "Associated Press",
    "The Guardian",
    "Center for Strategic & International Studies",
    "National Intelligence Service (South Korea)",
  ]) {
    await expect(claims.locator(".source-chip", { hasText: source }).first()).toBeVisible();
  }
  // "der Nachrichtenagentur" is AP, resolved by coreference.
  const rutteClaim = page.locator(".claim-card", { hasText: "versprach der südkoreanische Präsident" });
  await expect(rutteClaim.locator(".source-chip")).toContainText("Associated Press");
  await expect(rutteClaim.locator(".source-chip")).toContainText("referred back");
  // The quantity and the label of the troops claim.
  await expect(
    page.locator(".claim-card", { hasText: "über 1.000 Soldaten entsandt" }).locator(".quantity-chip"),
  ).toHaveText("über 1.000 Soldaten");
  // The promo line is shown in the text but is not a claim.
  await expect(page.locator(".article-text")).toContainText("Folgen Sie uns");
  await expect(page.locator(".article-text mark", { hasText: "Folgen Sie uns" })).toHaveCount(0);
  await page.screenshot({ path: runTmp("screenshots/article.png"), fullPage: false });
});

test("uploading the same article as a file says it already exists and stores nothing", async ({ page }) => {
  const before = await countArticles(page);
  await page.goto("/articles/new");
  await page
    .getByLabel("…or upload a file")
    .setInputFiles({ name: "suedkorea.txt", mimeType: "text/plain", buffer: Buffer.from(SEED) });
  await page.getByRole("button", { name: "Extract claims" }).click();
  await expect(page).toHaveURL(/\?duplicate=1/);
  await expect(page.getByRole("status").filter({ hasText: "already" })).toContainText("already in Claimtrack");
  expect(await countArticles(page)).toBe(before);
});

test("the list shows the article with its claim counts, and the sources page the registry", async ({ page }) => {
  await page.goto("/");
  const row = page.getByRole("row", { name: /Südkorea fordert Abzug/ });
  await expect(row).toContainText("Euronews");
  await expect(row.getByRole("cell").nth(3)).toHaveText("24");
  await page.screenshot({ path: runTmp("screenshots/list.png") });
  // Other tests add articles citing AP too: count what every stored article says, then compare with the page.
  const { articles } = await (await page.request.get("/api/articles?limit=200")).json();
  let citingAp = 0;
  for (const a of articles as { id: string }[]) {
    const full = await (await page.request.get(`/api/articles/${a.id}`)).json();
    for (const c of full.claims as { citations: { name: string }[] }[]) {
      if (c.citations.some((x) => x.name === "Associated Press")) citingAp++;
    }
  }
  expect(citingAp).toBeGreaterThanOrEqual(3); // the seed alone: AP News zufolge, das Land forderte, die Nachrichtenagentur
  await page.goto("/sources");
  const ap = page.getByRole("row", { name: /Associated Press/ });
  await expect(ap).toContainText("AP News");
  await expect(ap.getByRole("cell").last()).toHaveText(String(citingAp));
  await page.screenshot({ path: runTmp("screenshots/sources.png") });
});

test("the list searches titles and outlets and says when nothing matches", async ({ page }) => {
  await page.goto("/");
  const search = page.getByRole("searchbox", { name: "Search titles and outlets" });
  await search.fill("euronews");
  await search.press("Enter");
  await expect(page).toHaveURL(/\?q=euronews/);
  await expect(page.getByRole("row", { name: /Südkorea fordert Abzug/ })).toBeVisible();
  // Every match fits one page: "1–N of N articles", and each row is a Euronews article.
  await expect(page.locator("table.data caption")).toHaveText(/^1–(\d+) of \1 articles?$/);
  for (const outlet of await page.locator("table.data tbody tr td:nth-child(2)").allInnerTexts())
    expect(outlet).toBe("Euronews");
  await search.fill("kein solcher Titel");
  await search.press("Enter");
  await expect(page.getByText("No article title or outlet contains “kein solcher Titel”.")).toBeVisible();
  await page.getByRole("link", { name: "Show all articles" }).click();
  await expect(page.getByRole("row", { name: /Südkorea fordert Abzug/ })).toBeVisible();
});

const BAD_INPUTS: {
  name: string;
  title?: string;
  body?: string;
  file?: { name: string; mimeType: string; buffer: Buffer };
  message: RegExp;
}[] = [
  { name: "empty text", title: "Leer", body: "   ", message: /Paste the article text: it is empty/ },
  {
    name: "a text over the limit",
    title: "Zu lang",
    body: "Laut AP ist es so. ".repeat(12_000),
    message: /The article is larger than 200 KB/,
  },
  {
    name: "a missing title",
    title: "",
    body: "Laut Reuters stieg die Zahl der Opfer.",
    message: /Give the article a title/,
  },
  {
    name: "a binary upload",
    file: { name: "scan.txt", mimeType: "text/plain", buffer: Buffer.from([0x25, 0x50, 0x44, 0x46, 0, 1, 2, 3]) },
    message: /binary file/,
  },
  {
    name: "a non-UTF-8 upload",
    file: { name: "latin1.txt", mimeType: "text/plain", buffer: Buffer.from([0x47, 0x72, 0xfc, 0xdf, 0x65, 0x2e]) },
    message: /not UTF-8/,
  },
  {
    name: "an unsupported file type",
    file: { name: "article.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4") },
    message: /\.txt, \.md and \.html/,
  },
];

for (const bad of BAD_INPUTS) {
  test(
    `${bad.name} gives a clear message next to the form and stores nothing`,
    { tag: "@engine-neutral" },
    async ({ page }) => {
      const before = await countArticles(page);
      await fillArticle(page, { title: bad.title ?? "Titel", body: bad.body });
      if (bad.file) await page.getByLabel("…or upload a file").setInputFiles(bad.file);
      await page.getByRole("button", { name: "Extract claims" }).click();
      await expect(page.locator(".field__error")).toHaveText(bad.message);
      await expect(page.getByRole("status").first()).toContainText("The article was not added");
      await expect(page).toHaveURL(/\/articles\/new$/);
      expect(await countArticles(page)).toBe(before);
    },
  );
}

test(
  "script and event-handler markup in an article is shown as text and never runs",
  { tag: "@engine-neutral" },
  async ({ page }) => {
    const hostile = 'Laut Reuters hieß es: <script>alert("xss")</script> und <img src=x onerror=alert(2)> im Text.';
    await fillArticle(page, { title: "<img src=x onerror=alert(1)> Titel", body: hostile });
    await page.getByRole("button", { name: "Extract claims" }).click();
    await expect(page).toHaveURL(/\?created=1/);
    await expect(page.locator(".article-text")).toContainText('<script>alert("xss")</script>');
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("<img src=x onerror=alert(1)> Titel");
    await expect(page.locator(".article-text script, .article-text img")).toHaveCount(0);
  },
);

test(
  "an uploaded HTML page is reduced to its text: scripts and handlers dropped",
  { tag: "@engine-neutral" },
  async ({ page }) => {
    const html = `<html><head><title>Seoul bestellt Botschafter ein</title><script>alert(1)</script><style>p{}</style></head>
  <body onload="alert(2)"><nav>Startseite</nav><article><h1>Seoul bestellt Botschafter ein</h1>
  <p>Laut der Nachrichtenagentur Yonhap hat Seoul den russischen Botschafter einbestellt.</p>
  <p><img src=x onerror="alert(3)">Die Regierung prüfe alle Möglichkeiten.</p></article></body></html>`;
    await page.goto("/articles/new");
    await page
      .getByLabel("…or upload a file")
      .setInputFiles({ name: "seite.html", mimeType: "text/html", buffer: Buffer.from(html) });
    await page.getByRole("button", { name: "Extract claims" }).click();
    await expect(page).toHaveURL(/\?created=1/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Seoul bestellt Botschafter ein");
    const text = page.locator(".article-text");
    await expect(text).toContainText("Laut der Nachrichtenagentur Yonhap hat Seoul");
    await expect(text).not.toContainText("alert");
    await expect(text).not.toContainText("Startseite");
    await expect(page.locator(".source-chip", { hasText: "Yonhap" }).first()).toBeVisible();
  },
);

test(
  "the interface switches to German and back; the article text stays German",
  { tag: "@engine-neutral" },
  async ({ page }) => {
    await page.goto("/");
    await page.getByRole("button", { name: "DE", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Artikel");
    await page.getByRole("link", { name: "Artikel hinzufügen" }).first().click();
    await expect(page.getByLabel("Titel")).toBeVisible();
    await page.getByRole("button", { name: "EN", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Add an article");
  },
);

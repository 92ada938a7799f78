import { startPageServer, type PageServer } from "../test/support/page-server";
import { countArticles, expect, test } from "./fixtures";
import { runTmp } from "./run-tmp";

/**
 * Adding an article from its web address. The pages come from a server this spec starts on 127.0.0.1 (our machines
 * have no internet); the e2e server may fetch from there because scripts/e2e-server.sh sets
 * CLAIMTRACK_FETCH_ALLOW_PRIVATE=1, which no real server needs.
 */
const pageFor = (n: number) => `<!doctype html>
<html lang="de"><head><meta charset="windows-1252">
<title>Seoul bestellt Botschafter ein ${n} | Morgenblatt</title>
<meta property="og:site_name" content="Morgenblatt">
<meta property="article:published_time" content="2024-06-20T09:15:00+02:00"></head>
<body><nav>Startseite Politik Wirtschaft</nav><article><h1>Seoul bestellt Botschafter ein ${n}</h1>
<p>Laut der Nachrichtenagentur Yonhap hat Seoul am Donnerstag den russischen Botschafter einbestellt, Fall ${n}.</p>
<p>Nach Angaben des Außenministeriums wurden über ${n} Soldaten nach Russland entsandt.</p>
<p>Die Regierung prüfe alle Möglichkeiten, sagte ein Sprecher in Seoul.</p></article></body></html>`;

let server: PageServer;
const revised = new Set<number>();
test.beforeAll(async () => {
  server = await startPageServer((req, res) => {
    const n = Number(/\/(?:short|story|revised|to-revised)-(\d+)/.exec(req.url ?? "")?.[1] ?? 0);
    if (req.url?.startsWith("/short-")) res.writeHead(301, { location: `/story-${n}` }).end();
    else if (req.url?.startsWith("/to-revised-")) res.writeHead(301, { location: `/revised-${n}` }).end();
    // A page the newsroom revises: its figure corrected once the test says so.
    else if (req.url?.startsWith("/revised-")) {
      const page = pageFor(n).replace(`über ${n} Soldaten`, `über ${n + (revised.has(n) ? 500 : 0)} Soldaten`);
      res.writeHead(200, { "content-type": "text/html" }).end(Buffer.from(page, "latin1"));
    } else if (req.url?.startsWith("/story-"))
      res.writeHead(200, { "content-type": "text/html" }).end(Buffer.from(pageFor(n), "latin1"));
    else res.writeHead(404).end();
  });
});
test.afterAll(async () => server?.close());

const unique = () => Date.now() % 1_000_000;

test("a user adds an article by its URL: the form shows what the page says, and the claims appear", async ({
  page,
}) => {
  const n = unique();
  await page.goto("/articles/new");
  await page.getByLabel("URL of the article").fill(`${server.origin}/short-${n}`);
  await page.getByLabel("URL of the article").press("Tab");
  await expect(page.getByRole("status").filter({ hasText: "Taken from the page" })).toBeVisible();
  await expect(page.getByLabel("Title")).toHaveValue(`Seoul bestellt Botschafter ein ${n}`);
  await expect(page.getByLabel("Outlet")).toHaveValue("Morgenblatt");
  await expect(page.getByLabel("Publication date")).toHaveValue("2024-06-20");
  await expect(page.getByRole("combobox", { name: "Language" })).toHaveValue("de");
  await page.screenshot({ path: runTmp("screenshots/ingest-url.png"), fullPage: true });
  // The person corrects what the page got wrong before saving.
  await page.getByLabel("Outlet").fill("Morgenblatt Online");
  await page.getByRole("button", { name: "Extract claims" }).click();
  await expect(page).toHaveURL(/\/articles\/\w+\?created=1/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Seoul bestellt Botschafter ein ${n}`);
  await expect(page.locator(".article-text")).toContainText("Nach Angaben des Außenministeriums");
  await expect(page.locator(".article-text")).not.toContainText("Startseite Politik");
  await expect(page.locator(".claim-card .source-chip", { hasText: "Yonhap" }).first()).toBeVisible();
  await expect(page.getByRole("link", { name: "Original" })).toHaveAttribute("href", `${server.origin}/story-${n}`);
  const id = /\/articles\/(\w+)/.exec(page.url())![1];
  const stored = await (await page.request.get(`/api/articles/${id}`)).json();
  expect(stored).toMatchObject({ outlet: "Morgenblatt Online", url: `${server.origin}/story-${n}`, language: "de" });
  expect(Date.now() - new Date(stored.fetchedAt).getTime()).toBeLessThan(120_000);
});

test("picking a saved HTML page fills the fields from it too, leaving what the user typed", async ({ page }) => {
  const n = unique() + 2;
  await page.goto("/articles/new");
  await page.getByLabel("Title").fill("Mein eigener Titel");
  await page
    .getByLabel("…or upload a file")
    .setInputFiles({ name: "seite.html", mimeType: "text/html", buffer: Buffer.from(pageFor(n)) });
  await expect(page.getByRole("status").filter({ hasText: "Taken from the page" })).toBeVisible();
  await expect(page.getByLabel("Outlet")).toHaveValue("Morgenblatt");
  await expect(page.getByLabel("Publication date")).toHaveValue("2024-06-20");
  await expect(page.getByLabel("Title")).toHaveValue("Mein eigener Titel");
});

test("the form says why a page cannot be read, and stores nothing", async ({ page }) => {
  const before = await countArticles(page);
  await page.goto("/articles/new");
  await page.getByLabel("URL of the article").fill(`${server.origin}/gone`);
  await page.getByLabel("URL of the article").press("Tab");
  await expect(page.getByRole("status").filter({ hasText: "The page could not be read" })).toContainText(
    "The server answered with an error (HTTP 404) instead of the page.",
  );
  await page.getByRole("button", { name: "Extract claims" }).click();
  await expect(page.getByText("The article was not added.")).toBeVisible();
  await expect(page.locator("#url-error")).toHaveText(
    "The server answered with an error (HTTP 404) instead of the page. Check the address, or save the page and upload it.",
  );
  expect(await countArticles(page)).toBe(before);
});

test("POST /api/articles with a url and no body fetches the page; preview reads it without storing", async ({
  request,
}) => {
  const n = unique() + 1;
  const before = (await (await request.get("/api/articles?limit=200")).json()).articles.length;
  const preview = await request.post("/api/articles/preview", { data: { url: `${server.origin}/short-${n}` } });
  expect(preview.status()).toBe(200);
  expect(await preview.json()).toEqual({
    title: `Seoul bestellt Botschafter ein ${n}`,
    outlet: "Morgenblatt",
    publishedAt: "2024-06-20T07:15:00.000Z",
    publishedDate: "2024-06-20",
    language: "de",
    url: `${server.origin}/story-${n}`,
  });
  expect((await (await request.get("/api/articles?limit=200")).json()).articles.length).toBe(before);

  const created = await request.post("/api/articles", { data: { url: `${server.origin}/short-${n}` } });
  expect(created.status()).toBe(201);
  const { article, claims } = await created.json();
  expect(claims).toBeGreaterThan(0);
  const stored = await (await request.get(`/api/articles/${article.id}`)).json();
  expect(stored).toMatchObject({ title: `Seoul bestellt Botschafter ein ${n}`, url: `${server.origin}/story-${n}` });
  expect(stored.fetchedAt).toBeTruthy();
});

test("POST /api/articles refuses a metadata address even where private networks are open, and stores nothing", async ({
  request,
}) => {
  const before = (await (await request.get("/api/articles?limit=200")).json()).articles.length;
  const response = await request.post("/api/articles", { data: { url: "http://169.254.169.254/latest/meta-data/" } });
  expect(response.status()).toBe(400);
  expect((await response.json()).error).toMatchObject({
    field: "url",
    reason: "metadata_address",
    message: '"169.254.169.254" is a cloud server\'s metadata address; Claimtrack never fetches from it.',
  });
  expect((await (await request.get("/api/articles?limit=200")).json()).articles.length).toBe(before);
});

test("the same page again with a revised figure is offered as a new version of the article, and stored as one", async ({
  page,
}) => {
  const n = unique();
  const url = `${server.origin}/revised-${n}`;
  await page.goto("/articles/new");
  await page.getByLabel("URL of the article").fill(url);
  await page.getByRole("button", { name: "Extract claims" }).click();
  await expect(page).toHaveURL(/\/articles\/[^/?]+\?created=1/);
  const first = new URL(page.url()).pathname;
  revised.add(n);

  const before = await countArticles(page);
  await page.goto("/articles/new");
  // By another link to the same page (the server keeps a page it fetched for a few minutes, by the address asked).
  await page.getByLabel("URL of the article").fill(`${server.origin}/to-revised-${n}`);
  await page.getByRole("button", { name: "Extract claims" }).click();
  await expect(page.getByRole("status").filter({ hasText: "This page is stored already" })).toHaveCount(1);
  await page.screenshot({ path: runTmp("same-url-choice.png"), fullPage: true });
  await page.getByRole("button", { name: /^Store as a new version of/ }).click();
  await expect(page).toHaveURL(new RegExp(`${first}\\?version=2`));
  await expect(page.getByRole("status").filter({ hasText: "Version 2 stored" })).toHaveCount(1);
  await expect(page.getByTestId("article-version")).toHaveText("Version 2");
  expect(await countArticles(page)).toBe(before);
});

import type { APIRequestContext } from "@playwright/test";
import { storageStateOf } from "./accounts";
import { expect, test } from "./fixtures";
import { badgeOf, cardWith, clickStatus, holdChangePoll } from "./review-helpers";
import { runTmp } from "./run-tmp";

// A story of our own, revised the way newsrooms revise: a figure corrected, a sentence taken out, one added.
const story = (stamp: number) =>
  [
    `Aktualisiert ${stamp}.`,
    `Nach Angaben der Feuerwehr wurden in Kassel 14 Menschen aus dem Hochwasser gerettet.`,
    `Laut dpa wurden 300 Häuser beschädigt.`,
    `Der Bürgermeister sagte, die Dämme seien zu niedrig gewesen.`,
    `Reuters zufolge sperrte die Bahn zwei Strecken.`,
  ].join("\n\n");

/** The story stored as a new article through the API, as an editor's tool would. */
async function storeStory(request: APIRequestContext, title: string, stamp: number) {
  const created = await request.post("/api/articles", { data: { title, body: story(stamp) } });
  expect(created.status()).toBe(201);
  return (await created.json()).article as { id: string; url: string };
}

test("a new version keeps the verdicts, flags the one whose words changed for its author, and shows what moved", async ({
  page,
  browser,
}) => {
  const stamp = Date.now();
  const article = await storeStory(page.request, `Hochwasser ${stamp}`, stamp);
  // A fact-checker gives the rescue figure a verdict.
  const checkerContext = await browser.newContext({ storageState: storageStateOf("factchecker") });
  const checker = await checkerContext.newPage();
  await checker.goto(article.url);
  await clickStatus(cardWith(checker, "14 Menschen"), "True");
  await expect(badgeOf(cardWith(checker, "14 Menschen"))).toHaveText("True");

  // The editor uploads the corrected text as version 2.
  await page.goto(article.url);
  await expect(page.getByTestId("article-version")).toHaveText("Version 1");
  await page.getByRole("button", { name: "Upload a new version" }).click();
  const revised = story(stamp)
    .replace("14 Menschen", "41 Menschen")
    .replace("Der Bürgermeister sagte, die Dämme seien zu niedrig gewesen.\n\n", "")
    .concat("\n\nNach Angaben des Landkreises kostete die Flut 20 Millionen Euro.");
  await page.getByLabel("New text").fill(revised);
  await page.getByRole("button", { name: "Store as new version" }).click();
  // The notice among the page's live regions (a "seen before" banner may be one too).
  const stored = page.getByRole("status").filter({ hasText: "Version 2 stored" });
  await expect(stored).toContainText("1 changed, 1 no longer in the article");
  await expect(stored).toContainText("1 verdict stands on changed words");
  await expect(page.getByTestId("article-version")).toHaveText("Version 2");

  // The changed claim keeps its verdict, is flagged, and shows the corrected words against the old.
  const rescued = cardWith(page, "41");
  await expect(badgeOf(rescued)).toHaveText("True");
  await expect(rescued.locator(".badge--recheck")).toHaveText("Changed after verification");
  await expect(rescued.locator(".changed-words del")).toHaveText("14");
  await expect(rescued.locator(".changed-words ins")).toHaveText("41");
  // The removed sentence is listed apart, never highlighted in the text; the new sentence has its claim.
  await expect(page.locator(".orphaned-claims")).toContainText("Der Bürgermeister sagte");
  await expect(page.locator(".article-text mark", { hasText: "Bürgermeister" })).toHaveCount(0);
  await expect(cardWith(page, "20 Millionen")).toHaveCount(1);
  await page.screenshot({ path: runTmp("screenshots/article-versions-page.png"), fullPage: true });

  // The fact-checker finds it at the top of their queue; a new verdict clears the flag.
  await checker.goto("/queue");
  const first = checker.locator("tbody tr").first();
  await expect(first).toContainText("Changed after your verdict");
  await expect(first.locator(".changed-words ins")).toHaveText("41");
  await checker.goto(article.url);
  await clickStatus(cardWith(checker, "41"), "Mostly true");
  await expect(cardWith(checker, "41").locator(".badge--recheck")).toHaveCount(0);

  // The compare view shows both versions, the correction marked, and which claims changed, left and came.
  await page.goto(`${article.url}/versions`);
  await expect(page.locator("tr[data-version]")).toHaveCount(2);
  await expect(page.getByTestId("version-before").locator("del").first()).toHaveText("14");
  await expect(page.getByTestId("version-after").locator("ins").first()).toHaveText("41");
  await expect(page.getByTestId("claims-moved")).toHaveText("2 claims kept their words and moved with the text.");
  await expect(page.getByTestId("claims-changed")).toContainText("41");
  await expect(page.getByTestId("claims-orphaned")).toContainText("Der Bürgermeister sagte");
  await expect(page.getByTestId("claims-added")).toHaveCount(1);
  await page.screenshot({ path: runTmp("screenshots/article-versions-compare.png"), fullPage: true });
  await checkerContext.close();
});

test(
  "a verdict set on a page that has not yet seen a new version is refused, never put on the changed words",
  { tag: "@engine-neutral" },
  async ({ page, browser }) => {
    const stamp = Date.now();
    const article = await storeStory(page.request, `Stale ${stamp}`, stamp);
    const checkerContext = await browser.newContext({ storageState: storageStateOf("factchecker") });
    const checker = await checkerContext.newPage();
    await checker.goto(article.url);
    // The fact-checker's page does not learn of the new version by itself while they work.
    const poll = await holdChangePoll(checker);
    const stored = await page.request.post(`/api/articles/${article.id}/versions`, {
      data: { body: story(stamp).replace("14 Menschen", "41 Menschen") },
    });
    expect(stored.status()).toBe(201);

    await clickStatus(cardWith(checker, "14 Menschen"), "False");
    await expect(cardWith(checker, "14 Menschen").getByRole("alert")).toContainText("changed meanwhile");
    const claims = (await (await page.request.get(`/api/articles/${article.id}`)).json()).claims as {
      quote: string;
      status: string;
    }[];
    expect(claims.find((c) => c.quote.includes("41 Menschen"))?.status).toBe("unverified");

    // Once the page hears of it, it shows the new words; a verdict given there is stored on them.
    poll.release();
    await expect(cardWith(checker, "41 Menschen")).toHaveCount(1, { timeout: 10_000 });
    await clickStatus(cardWith(checker, "41 Menschen"), "False");
    await expect(badgeOf(cardWith(checker, "41 Menschen"))).toHaveText("False");
    await checkerContext.close();
  },
);

test("the versions API answers who may, refuses the rest in words, and says unchanged for the same text", async ({
  page,
  browser,
}) => {
  const stamp = Date.now();
  const article = await storeStory(page.request, `API ${stamp}`, stamp);
  const url = `/api/articles/${article.id}/versions`;
  const same = await page.request.post(url, { data: { body: story(stamp) } });
  expect(same.status()).toBe(200);
  expect(await same.json()).toMatchObject({ status: "unchanged", version: 1 });
  const noUrl = await page.request.post(url, { data: {} });
  expect(noUrl.status()).toBe(400);
  expect((await noUrl.json()).error.message).toContain("no URL to fetch again");
  const hostile = await page.request.post(url, { data: { body: "\u0000\u0001binary" } });
  expect(hostile.status()).toBe(400);
  const missing = await page.request.post("/api/articles/nope/versions", { data: { body: story(stamp + 1) } });
  expect(missing.status()).toBe(404);
  const viewerContext = await browser.newContext({ storageState: storageStateOf("viewer") });
  const refused = await viewerContext.request.post(url, { data: { body: `${story(stamp)} Neu.` } });
  expect(refused.status()).toBe(403);
  await viewerContext.close();
  // Signed out (a context without the project's session).
  const nobody = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const anonymous = await nobody.request.post(url, { data: { body: `${story(stamp)} Neu.` } });
  expect(anonymous.status()).toBe(401);
  await nobody.close();
  const added = await page.request.post(url, { data: { body: story(stamp).replace("300 Häuser", "310 Häuser") } });
  expect(added.status()).toBe(201);
  expect(await added.json()).toMatchObject({ status: "added", version: 2, changed: 1, orphaned: 0 });
  const list = await (await page.request.get(url)).json();
  expect(list.current).toBe(2);
  expect(list.versions.map((v: { number: number }) => v.number)).toEqual([2, 1]);
});

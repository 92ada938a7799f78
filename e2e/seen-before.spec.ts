import { request as playwrightRequest, type APIRequestContext } from "@playwright/test";
import { storageStateOf } from "./accounts";
import { expect, test } from "./fixtures";
import { badgeOf, cardWith, holdChangePoll } from "./review-helpers";
import { runTmp } from "./run-tmp";

/**
 * "Seen before" as a desk meets it: one fact told by two outlets in two languages with figures that disagree. The
 * second article's page says its claim was seen, lists the first with both figures, and a fact-checker carries the
 * first one's verdict over with one click, recorded in the history. Sentences of our own, unique per run (a tag in a
 * sentence of their own), so that other tests' articles on the same story can be matched too without changing what
 * is asserted here.
 */

const tag = () => `${Date.now()}${Math.floor(Math.random() * 1000)}`;
const GERMAN = "Nordkorea hat nach Angaben des Geheimdienstes NIS mehr als 1.000 Soldaten nach Russland entsandt.";
const ENGLISH = "More than 10,000 North Korean soldiers have been sent to Russia, the US State Department said.";
const VACCINE_GERMAN = "Chile hat nach Angaben des Gesundheitsministeriums 120 Tonnen Impfstoff nach Peru geliefert.";
const VACCINE_ENGLISH = "Chile delivered 150 tonnes of vaccine to Peru, the health ministry said.";

interface ApiClaim {
  id: string;
  version: number;
  text: string;
  status: string;
}

/**
 * The articles a test added, deleted after it: each test tells the story with the same sentences, and the copies of
 * earlier tests (or of a failed first attempt, which CI retries in the same database) would outrank the pair a test
 * looks at among a claim's five stored matches. A deleted article's claims are matched with nothing.
 */
const added: string[] = [];
test.afterEach(async ({ request }) => {
  for (const id of added.splice(0))
    await request.delete(`/api/articles/${id}`, { data: { reason: "The test that added it is over." } });
});

async function ingest(request: APIRequestContext, title: string, body: string, outlet: string) {
  const created = await request.post("/api/articles", { data: { title, body, outlet } });
  expect(created.status()).toBe(201);
  const { article } = (await created.json()) as { article: { id: string; url: string } };
  added.push(article.id);
  // Matching runs after the answer: the article says when it is done.
  await expect
    .poll(async () => (await (await request.get(`/api/articles/${article.id}`)).json()).matchedAt, { timeout: 30_000 })
    .not.toBeNull();
  const { claims } = (await (await request.get(`/api/articles/${article.id}`)).json()) as { claims: ApiClaim[] };
  return {
    ...article,
    claim: claims.find((c) => /10,000|1\.000|1\.200|12,000|Tonnen|tonnes|25 people|40 Menschen/.test(c.text))!,
  };
}

test("the API links the same fact across languages, flags the figures and answers 404 and 401", async ({
  request,
  baseURL,
}) => {
  const run = tag();
  const dpa = await ingest(request, `dpa ${run}`, `${GERMAN}\nKennung ${run}.`, "dpa");
  const herald = await ingest(request, `Korea Herald ${run}`, `${ENGLISH}\nReference ${run}.`, "Korea Herald");
  const response = await request.get(`/api/claims/${herald.claim.id}/matches`);
  expect(response.status()).toBe(200);
  const { matches } = await response.json();
  expect(matches.find((m: { article: { id: string } }) => m.article.id === dpa.id)).toMatchObject({
    claimId: dpa.claim.id,
    status: "unverified",
    verdict: null,
    figuresDisagree: true,
    figures: [{ kind: "troops", here: "> 10,000 troops", there: "> 1,000 troops", disagree: true }],
    reasons: expect.stringMatching(/same: .*North Korea.*Russia/),
  });
  expect((await request.get("/api/claims/nope/matches")).status()).toBe(404);
  expect((await request.get(`/api/claims/${herald.claim.id}/matches?limit=500`)).status()).toBe(400);
  // Signed out: the project's default session is left out explicitly.
  const stranger = await playwrightRequest.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
  expect((await stranger.get(`/api/claims/${herald.claim.id}/matches`)).status()).toBe(401);
  await stranger.dispose();
});

test("the claims list shows a claim together with where else it was seen, and the figures that disagree", async ({
  page,
  request,
}) => {
  // A story of this run's own: a place named after the run, so no other test's article states the same claim.
  const run = tag();
  const place = `${run.slice(-6).replace(/\d/g, (d) => "bcdfghjklm"[Number(d)]!)}ach`.replace(/^./, (c) =>
    c.toUpperCase(),
  );
  await ingest(
    request,
    `Lokal ${run}`,
    `In ${place} hat ein Erdrutsch 1.200 Häuser zerstört, teilte die Polizei mit.`,
    `Lokal ${run}`,
  );
  const wire = await ingest(
    request,
    `Wire ${run}`,
    `A landslide destroyed 12,000 houses in ${place}, police said.`,
    "Wire",
  );
  await page.goto(`/claims?outlet=${encodeURIComponent(`Lokal ${run}`)}`);
  await page.getByLabel("Show").selectOption({ label: "the same claim together" });
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/group=match/);
  // The group is a row group of its own: its heading, its claim and where else it was seen, and nothing after them.
  const group = page.locator("tbody.claim-group-body");
  await expect(group).toHaveCount(1);
  await expect(group.locator("tr")).toHaveCount(3);
  const heading = group.locator("tr.claim-group");
  await expect(heading).toContainText("1 claim on this page · also in 1 other article");
  await expect(heading).toContainText("Figures disagree");
  const elsewhere = page.locator("tr.claim-group__elsewhere");
  await expect(elsewhere.locator(`a[href="/articles/${wire.id}#claim-${wire.claim.id}"]`)).toBeVisible();
  await expect(elsewhere).toContainText(`Wire ${run} (Wire)`);
  await page.screenshot({ path: runTmp("screenshots/claims-grouped.png"), fullPage: false });

  // The newsroom coverage page, filtered to the outlet, lists this pair with the outlet's claim first; a date range
  // with none of its articles lists nothing, and the heading says the list is the filter's.
  await page.goto("/coverage");
  await page.getByLabel("Outlet", { exact: true }).selectOption(`Lokal ${run}`);
  await page.getByRole("button", { name: "Filter" }).click();
  const disagreements = page.getByRole("region", { name: "with a claim the filter chooses" });
  await expect(disagreements.getByRole("listitem")).toHaveCount(1);
  await expect(disagreements.getByRole("listitem")).toContainText(
    /1\.200 Häuser.*\(Lokal \d+\) ↔ .*12,000 houses.*\(Wire\)\s*1,200 Häuser vs 12,000 houses/,
  );
  await disagreements.scrollIntoViewIfNeeded();
  await page.screenshot({ path: runTmp("screenshots/coverage-filtered-disagreements.png") });
  await page.getByLabel("to", { exact: true }).fill("2000-01-01");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(disagreements).toContainText("No figures disagree with another article.");
  // Cleared, the list is the archive's again, under its own heading.
  await page.getByRole("link", { name: "Clear filters" }).click();
  await expect(page.getByRole("heading", { name: "Newest figures that disagree between articles" })).toBeVisible();
  await expect(disagreements).toHaveCount(0);
});

test("a fact-checker sees where a claim was seen and carries its verdict over; a stale page changes nothing", async ({
  page,
  baseURL,
}) => {
  const run = tag();
  const dpa = await ingest(page.request, `dpa ${run}`, `${GERMAN}\nKennung ${run}.`, "dpa");
  const verdict = await page.request.post(`/api/claims/${dpa.claim.id}/status`, {
    data: { status: "false", reason: `The NIS said 1,500 (${run}).`, version: dpa.claim.version },
  });
  expect(verdict.status()).toBe(200);
  const herald = await ingest(page.request, `Korea Herald ${run}`, `${ENGLISH}\nReference ${run}.`, "Korea Herald");

  const context = await page
    .context()
    .browser()!
    .newContext({ storageState: storageStateOf("factchecker") });
  const checker = await context.newPage();
  await checker.goto(herald.url);
  await expect(checker.locator(".seen-banner")).toContainText(/claims? (is|are) also in other articles/);
  const card = cardWith(checker, "10,000 North Korean soldiers");
  const seen = card.locator(".seen-before");
  await expect(seen.locator("summary")).toContainText(/Seen in \d+ other articles?/);
  await expect(seen.locator("summary")).toContainText("Figures disagree");
  await seen.locator("summary").click();
  const match = seen.locator(`[data-match-id="${dpa.claim.id}"]`);
  await expect(match).toContainText(`dpa ${run}`);
  // The article gave no date of its own: when it was stored stands in for it.
  await expect(match).toContainText(/dpa · added [A-Z][a-z]{2} \d{1,2}, \d{4}/);
  await expect(match).toContainText("> 10,000 troops here, > 1,000 troops there");
  // Its reason is read before its verdict is taken, and the figures that disagree are said beside the button.
  await expect(match.locator(".seen-before__reason")).toHaveText(`Its reason: The NIS said 1,500 (${run}).`);
  await expect(match.getByRole("note")).toContainText("Their figures disagree");
  await checker.screenshot({ path: runTmp("screenshots/seen-before-open.png") });
  await expect(match.getByRole("link", { name: `dpa ${run}` })).toHaveAttribute(
    "href",
    `/articles/${dpa.id}#claim-${dpa.claim.id}`,
  );

  // A colleague sets a status meanwhile, and this page does not know yet: the carry-over is refused, not applied.
  const held = await holdChangePoll(checker);
  const colleague = await page.request.post(`/api/claims/${herald.claim.id}/status`, {
    data: { status: "in_progress", version: herald.claim.version },
  });
  expect(colleague.status()).toBe(200);
  await match.getByRole("button", { name: /Take the verdict “False”/ }).click();
  await expect(seen.getByRole("alert")).toContainText("changed meanwhile");
  const stored = (await (await page.request.get(`/api/articles/${herald.id}`)).json()).claims.find(
    (c: ApiClaim) => c.id === herald.claim.id,
  );
  expect(stored.status).toBe("in_progress");

  // Once the page has the colleague's change, the same click carries the verdict over.
  held.release();
  await expect(badgeOf(card)).toHaveText("In progress");
  await match.getByRole("button", { name: /Take the verdict “False”/ }).click();
  await expect(badgeOf(card)).toHaveText("False");
  // The button is gone (the claim has the verdict now); the keyboard is still in the list, not on the page's body.
  await expect(seen.locator("summary")).toBeFocused();
  // The reason came with it, and says whose it is.
  const from = card.locator(".claim-notes__from");
  await expect(card.locator(".claim-notes__reason")).toContainText(`The NIS said 1,500 (${run}).`);
  await expect(from).toContainText(`carried over from dpa ${run} (dpa)`);
  await expect(from.getByRole("link")).toHaveAttribute("href", `/articles/${dpa.id}#claim-${dpa.claim.id}`);
  await card.locator(".claim-record summary").click();
  await expect(card.locator(".claim-history")).toContainText(`Verdict carried over from a match: In progress → False`);
  await expect(card.locator(".claim-history").getByRole("link", { name: `dpa ${run}` })).toBeVisible();
  await checker.screenshot({ path: runTmp("screenshots/seen-before.png"), fullPage: false });
  // On dpa's own page the Herald's claim lists that reason as carried over from this article, not by its own title.
  await checker.goto(`/articles/${dpa.id}`);
  const dpaSeen = cardWith(checker, "1.000 Soldaten").locator(".seen-before");
  await dpaSeen.locator("summary").click();
  await expect(dpaSeen.locator(`[data-match-id="${herald.claim.id}"] .seen-before__reason`)).toHaveText(
    `Its reason, carried over from a claim of this article: The NIS said 1,500 (${run}).`,
  );

  // An editor later unlinks the two as another event: the verdict the fact-checker carried over waits in their queue,
  // with the claim it came from.
  const unlinked = await page.request.post(`/api/claims/${dpa.claim.id}/matches/${herald.claim.id}/dismissal`, {
    data: { reason: "different_event" },
  });
  expect(unlinked.ok()).toBe(true);
  expect(await unlinked.json()).toEqual({ dismissed: true, waitsFor: ["checker"] });
  await checker.goto("/queue");
  const row = checker.getByRole("row").filter({ hasText: "10,000 North Korean soldiers" });
  await expect(row).toContainText("A verdict you carried over from a claim since unlinked as not the same claim:");
  await expect(row.getByRole("link", { name: `dpa ${run} (dpa)` })).toHaveAttribute(
    "href",
    `/articles/${dpa.id}#claim-${dpa.claim.id}`,
  );
  await checker.screenshot({ path: runTmp("screenshots/queue-unlinked-verdict.png") });
  // The API answers the same queue, to the fact-checker's session; a viewer, who gives no verdicts, has none.
  const queue = await context.request.get("/api/queue");
  expect(queue.status()).toBe(200);
  const item = ((await queue.json()) as { claims: { claimId: string }[] }).claims.find(
    (c) => c.claimId === herald.claim.id,
  );
  expect(item).toMatchObject({
    status: "false",
    recheck: null,
    verdictFromUnlinked: { claimId: dpa.claim.id, articleId: dpa.id, title: `dpa ${run}`, outlet: "dpa", live: true },
    article: { id: herald.id },
  });
  const viewer = await playwrightRequest.newContext({ baseURL, storageState: storageStateOf("viewer") });
  expect((await viewer.get("/api/queue")).status()).toBe(403);
  await viewer.dispose();
  await context.close();
});

test(
  "a verdict on other figures that can both be true is taken only after a caution naming both",
  { tag: "@engine-neutral" },
  async ({ page }) => {
    // A fire of this run's own, in a place no table knows: at least 40 hurt by the police's count, at least 25 by
    // the fire service's — both can be true, but a verdict that 25 was too low says nothing of 40.
    const run = tag();
    const place = `${run.slice(-6).replace(/\d/g, (d) => "bcdfghjklm"[Number(d)]!)}ach`.replace(/^./, (c) =>
      c.toUpperCase(),
    );
    const local = await ingest(
      page.request,
      `Lokal ${run}`,
      `Bei dem Brand in ${place} wurden nach Angaben der Polizei mindestens 40 Menschen verletzt.`,
      `Lokal ${run}`,
    );
    const wire = await ingest(
      page.request,
      `Wire ${run}`,
      `At least 25 people were injured in the fire in ${place}, the fire service said.`,
      "Wire",
    );
    const rated = await page.request.post(`/api/claims/${wire.claim.id}/status`, {
      data: { status: "false", reason: `The fire service later said 41 (${run}).`, version: wire.claim.version },
    });
    expect(rated.status()).toBe(200);
    await page.goto(local.url);
    const seen = cardWith(page, "mindestens 40 Menschen").locator(".seen-before");
    await expect(seen.locator("summary")).not.toContainText("Figures disagree");
    await seen.locator("summary").click();
    const match = seen.locator(`[data-match-id="${wire.claim.id}"]`);
    await expect(match.getByRole("note")).toHaveText(
      "Its figures differ from this claim's (≥ 40 people here, ≥ 25 people there), though both can be true: " +
        "check the verdict holds for these before taking it.",
    );
    await expect(match.getByRole("button", { name: /Take the verdict “False”/ })).toBeVisible();
  },
);

test(
  "a German reader reads what the two claims share, and their figures, in German",
  { tag: "@engine-neutral" },
  async ({ page, browser }) => {
    const run = tag();
    const dpa = await ingest(page.request, `dpa ${run}`, `${GERMAN}\nKennung ${run}.`, "dpa");
    const herald = await ingest(page.request, `Korea Herald ${run}`, `${ENGLISH}\nReference ${run}.`, "Korea Herald");
    const context = await browser.newContext({ storageState: storageStateOf("factchecker"), locale: "de-DE" });
    const reader = await context.newPage();
    await reader.goto(herald.url);
    const seen = cardWith(reader, "10,000 North Korean soldiers").locator(".seen-before");
    await seen.locator("summary").click();
    const match = seen.locator(`[data-match-id="${dpa.claim.id}"]`);
    await expect(match).toContainText(/Gleich: .*Nordkorea.*Russland/);
    await expect(match).toContainText("hier > 10.000 Soldaten, dort > 1.000 Soldaten");
    await expect(match).not.toContainText("troops");
    await match.scrollIntoViewIfNeeded();
    await reader.screenshot({ path: runTmp("screenshots/seen-before-de.png") });
    await context.close();
  },
);

test(
  "one click opens where a claim was seen on a card below the open one",
  { tag: "@engine-neutral" },
  async ({ page }) => {
    // Opening a card closes the one open before; were it done on the press of the mouse, the card below would move up
    // under the pointer before the release, and the click would land elsewhere.
    const run = tag();
    await ingest(page.request, `dpa ${run}`, `${GERMAN}\nKennung ${run}.`, "dpa");
    const herald = await ingest(
      page.request,
      `Korea Herald ${run}`,
      `The ministry in Seoul said talks with Tokyo would resume in ${run.slice(-4)} days.\n${ENGLISH}\nReference ${run}.`,
      "Korea Herald",
    );
    await page.goto(herald.url);
    const first = cardWith(page, "talks with Tokyo");
    await first.locator(".claim-card__text").click();
    await expect(first.locator(".status-segments")).toBeVisible();
    const seen = cardWith(page, "10,000 North Korean soldiers").locator(".seen-before");
    // Press and release apart, a frame between them (as a hand does): whatever the press changes is laid out before
    // the release is aimed.
    await seen.locator("summary").scrollIntoViewIfNeeded();
    const box = (await seen.locator("summary").boundingBox())!;
    await page.mouse.move(box.x + 10, box.y + box.height / 2);
    await page.mouse.down();
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    await page.mouse.up();
    await expect(seen).toHaveAttribute("open", "");
    await expect(first.locator(".status-segments")).toHaveCount(0);
  },
);

test("a claim's closest counterpart in another report of its story is shown as such, with a caution on its verdict", async ({
  page,
  browser,
}) => {
  // Two reports of one story of our own (a landslide on a Norwegian railway), each with a sentence of this run.
  const run = tag();
  const german = [
    "Ein Erdrutsch hat am Dienstag die Bergenbahn zwischen Oslo und Bergen in Norwegen verschüttet. Nach Angaben der " +
      "Bahngesellschaft Bane NOR wurden 240 Fahrgäste aus zwei Zügen in Sicherheit gebracht.",
    "Die Strecke bleibt nach Schätzung der Behörde mindestens zwei Wochen gesperrt. Verletzt wurde niemand, teilte " +
      "die Polizei mit.",
    `Ein Bautrupp aus Voss räumt mit schwerem Gerät das Geröll von den Gleisen.\n\nKennung ${run}.`,
  ].join("\n\n");
  const english = [
    "A landslide buried the Bergen railway between Oslo and Bergen in Norway on Tuesday. Some 240 passengers from " +
      "two trains were brought to safety, rail operator Bane NOR said.",
    "The line will stay closed for at least two weeks, the agency estimated. Nobody was hurt, police said.",
    `Workers from Voss are clearing mud and rocks off the tracks with excavators.\n\nReference ${run}.`,
  ].join("\n\n");
  const claimsOf = async (id: string) =>
    ((await (await page.request.get(`/api/articles/${id}`)).json()) as { claims: ApiClaim[] }).claims;
  const reuters = await ingest(page.request, `Reuters ${run}`, english, "Reuters");
  const workers = (await claimsOf(reuters.id)).find((c) => c.text.startsWith("Workers from Voss"))!;
  const verdict = await page.request.post(`/api/claims/${workers.id}/status`, {
    data: { status: "true", reason: `Bane NOR confirmed the crew (${run}).`, version: workers.version },
  });
  expect(verdict.status()).toBe(200);
  const dpa = await ingest(page.request, `dpa ${run}`, german, "dpa");
  const crew = (await claimsOf(dpa.id)).find((c) => c.text.startsWith("Ein Bautrupp aus Voss"))!;
  const { matches } = await (await page.request.get(`/api/claims/${crew.id}/matches`)).json();
  expect(matches.find((m: { claimId: string }) => m.claimId === workers.id)).toMatchObject({ inStory: true });

  await page.goto(dpa.url);
  const seen = cardWith(page, "Ein Bautrupp aus Voss").locator(".seen-before");
  await seen.locator("summary").click();
  const match = seen.locator(`[data-match-id="${workers.id}"]`);
  await expect(match).toContainText("Closest claim in another report of this story");
  await expect(match.getByRole("note")).toContainText("not as the same claim: read both before taking its verdict");
  await expect(match.getByRole("button", { name: /Take the verdict “True”/ })).toBeVisible();
  await match.scrollIntoViewIfNeeded();
  await page.screenshot({ path: runTmp("screenshots/seen-before-in-story.png") });

  // A German reader reads the same, in German.
  const context = await browser.newContext({ storageState: storageStateOf("factchecker"), locale: "de-DE" });
  const reader = await context.newPage();
  await reader.goto(dpa.url);
  const gesehen = cardWith(reader, "Ein Bautrupp aus Voss").locator(".seen-before");
  await gesehen.locator("summary").click();
  const treffer = gesehen.locator(`[data-match-id="${workers.id}"]`);
  await expect(treffer).toContainText("Ähnlichste Behauptung in einem anderen Bericht zum selben Ereignis");
  await expect(treffer.getByRole("note")).toContainText("nicht als dieselbe Behauptung");
  await treffer.scrollIntoViewIfNeeded();
  await reader.screenshot({ path: runTmp("screenshots/seen-before-in-story-de.png") });

  // Taking its verdict anyway: the card and the history say it came from the closest claim, not the same one.
  await treffer.getByRole("button", { name: /^Bewertung „Wahr“/ }).click();
  const karte = cardWith(reader, "Ein Bautrupp aus Voss");
  await expect(badgeOf(karte)).toHaveText("Wahr");
  await expect(karte.locator(".claim-notes__from")).toContainText(
    `übernommen von der ähnlichsten Behauptung in Reuters ${run} (Reuters)`,
  );
  await karte.locator(".claim-record summary").click();
  await expect(karte.locator(".claim-history")).toContainText(
    "Bewertung von der ähnlichsten Behauptung in einem anderen Bericht zum selben Ereignis übernommen",
  );
  await karte.scrollIntoViewIfNeeded();
  await reader.screenshot({ path: runTmp("screenshots/seen-before-in-story-carried-de.png") });
  await context.close();

  // Seen from the English report, the German claim's verdict says where its reason came from, and how.
  await page.goto(reuters.url);
  const back = cardWith(page, "Workers from Voss").locator(".seen-before");
  await back.locator("summary").click();
  await expect(back.locator(`[data-match-id="${crew.id}"] .seen-before__reason`)).toHaveText(
    `Its reason, carried over from the closest claim in this article (not the same claim): ` +
      `Bane NOR confirmed the crew (${run}).`,
  );
});

test("two people unlink the same match: the first is stored with its reason, the second is told, and it can be linked again", async ({
  page,
}) => {
  // A story of its own: the North Korean one is told by every test here, and its copies would outrank this pair.
  const run = tag();
  const dpa = await ingest(page.request, `dpa ${run}`, `${VACCINE_GERMAN}\nKennung ${run}.`, "dpa");
  const verdict = await page.request.post(`/api/claims/${dpa.claim.id}/status`, {
    data: { status: "false", version: dpa.claim.version },
  });
  expect(verdict.status()).toBe(200);
  const herald = await ingest(page.request, `Reuters ${run}`, `${VACCINE_ENGLISH}\nReference ${run}.`, "Reuters");
  const unlinkOn = (card: ReturnType<typeof cardWith>) =>
    card.locator(`[data-match-id="${dpa.claim.id}"]`).getByRole("button", { name: /^Not the same claim as/ });

  // The editor (this page) has the match open and is about to unlink it too; their page hears nothing meanwhile.
  await page.goto(herald.url);
  const mine = cardWith(page, "Chile delivered 150 tonnes");
  await mine.locator(".seen-before summary").click();
  const held = await holdChangePoll(page);

  // A fact-checker unlinks it with the keyboard: a reason (arrow keys), a note, Enter.
  const context = await page
    .context()
    .browser()!
    .newContext({ storageState: storageStateOf("factchecker") });
  const checker = await context.newPage();
  await checker.goto(herald.url);
  const theirs = cardWith(checker, "Chile delivered 150 tonnes");
  await theirs.locator(".seen-before summary").click();
  // They had taken its verdict over; unlinking, they are told it now waits in their queue.
  await theirs.getByRole("button", { name: /Take the verdict “False”/ }).click();
  await expect(badgeOf(theirs)).toHaveText("False");
  await unlinkOn(theirs).click();
  const form = theirs.locator(".seen-before__unlink");
  await expect(form.getByRole("radio").first()).toBeFocused();
  await expect(form.getByRole("button", { name: "Unlink" })).toBeDisabled();
  await checker.keyboard.press("ArrowDown");
  await expect(form.getByRole("radio", { name: "Another event" })).toBeChecked();
  await form.getByLabel("Note for the desk").fill(`The ministry means the May delivery (${run}).`);
  await checker.screenshot({ path: runTmp("screenshots/seen-before-unlink.png") });
  await checker.keyboard.press("Enter");
  await expect(theirs.locator(`[data-match-id="${dpa.claim.id}"]`)).toHaveCount(0);
  const waits = theirs.getByRole("status").filter({ hasText: "now waits in the queue of" });
  await expect(waits).toContainText("in the queue of checker, to be checked again");
  await expect(theirs.locator(".seen-before__dismissed summary")).toHaveText("1 match unlinked as not the same claim");

  // Stored, both ways, with who and why; the other claim's page no longer lists this one either.
  const matches = await (await page.request.get(`/api/claims/${herald.claim.id}/matches`)).json();
  expect(matches.matches.map((m: { claimId: string }) => m.claimId)).not.toContain(dpa.claim.id);
  expect(matches.dismissed).toEqual([
    expect.objectContaining({
      claimId: dpa.claim.id,
      reason: "different_event",
      note: `The ministry means the May delivery (${run}).`,
    }),
  ]);
  const back = await (await page.request.get(`/api/claims/${dpa.claim.id}/matches`)).json();
  expect(back.matches.map((m: { claimId: string }) => m.claimId)).not.toContain(herald.claim.id);

  // The editor's stale page still shows the match: unlinking it is refused with who did it, and nothing doubles.
  await unlinkOn(mine).click();
  await mine.getByRole("radio", { name: "Another fact of the same story" }).check();
  await mine.locator(".seen-before__unlink").getByRole("button", { name: "Unlink" }).click();
  await expect(mine.locator(".seen-before").getByRole("alert")).toContainText(
    "already said these are not the same claim",
  );
  // Once the page hears of the change, the match leaves its list too.
  held.release();
  await expect(mine.locator(`[data-match-id="${dpa.claim.id}"]`)).toHaveCount(0);
  await expect(mine.locator(".seen-before__dismissed summary")).toHaveText("1 match unlinked as not the same claim");
  await mine.locator(".claim-record summary").click();
  await expect(mine.locator(".claim-history")).toContainText("Unlinked from a match: another event");
  await expect(mine.locator(".claim-history")).toContainText(`(The ministry means the May delivery (${run}).)`);

  // The fact-checker thinks again: linked again, and listed as a match once more.
  await theirs.locator(".seen-before__dismissed summary").click();
  await checker.screenshot({ path: runTmp("screenshots/seen-before-unlinked.png") });
  await theirs.locator(`[data-dismissed-id="${dpa.claim.id}"]`).getByRole("button", { name: "Link again" }).click();
  await expect(theirs.locator(`[data-match-id="${dpa.claim.id}"]`)).toBeVisible();
  await expect(theirs.locator(".seen-before__dismissed")).toHaveCount(0);
  await expect(waits).toHaveCount(0);
  await context.close();
});

import type { APIRequestContext } from "@playwright/test";
import { expect, test } from "./fixtures";

/**
 * A long article: the server renders the first screenful of cards and the browser adds the rest right after
 * loading. Nothing a reviewer does may notice the difference: every claim has its card, a link to a late claim
 * selects it, the filter and the keys reach all of them.
 */

const DISTRICTS = 120;
const body = () =>
  Array.from(
    { length: DISTRICTS },
    (_, i) => `Laut Reuters wurden im Bezirk Nummer ${i + 1} am Morgen ${i * 3 + 7} Häuser zerstört.`,
  ).join("\n") + `\nStand: ${Date.now()}`;

interface ApiClaim {
  id: string;
  text: string;
}

async function longArticle(request: APIRequestContext) {
  const created = await request.post("/api/articles", { data: { title: `Bezirke ${Date.now()}`, body: body() } });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()).article as { id: string };
  const claims = ((await (await request.get(`/api/articles/${id}`)).json()) as { claims: ApiClaim[] }).claims;
  expect(claims.length).toBeGreaterThanOrEqual(DISTRICTS);
  return { id, claims };
}

test("every claim of a 120-claim article has its card; a link to the hundredth selects it and shows it", async ({
  page,
}) => {
  const { id, claims } = await longArticle(page.request);
  const hundredth = claims.find((c) => c.text.includes("Nummer 100 "))!;
  await page.goto(`/articles/${id}#claim-${hundredth.id}`);
  await expect(page.locator(".claim-card")).toHaveCount(claims.length);
  const card = page.locator(`#claim-${hundredth.id}`);
  await expect(card).toHaveAttribute("aria-current", "true");
  await expect(card).toBeInViewport();
  // Each card once, in text order.
  const ids = await page
    .locator(".claim-card")
    .evaluateAll((cards) => cards.map((c) => c.getAttribute("data-claim-id")));
  expect(ids).toEqual(claims.map((c) => c.id));
});

test("the filter and the keys reach claims past the first screen", async ({ page }) => {
  const { id, claims } = await longArticle(page.request);
  await page.goto(`/articles/${id}`);
  await page.getByLabel("Search these claims").fill("304 häuser");
  await expect(page.getByText(`1 of ${claims.length} claims shown`)).toBeVisible();
  const hundredth = page.locator(".claim-card", { hasText: "Nummer 100 " });
  await expect(hundredth).toBeVisible();

  // The only card left: j selects it, 3 sets it True, and the save reaches the server.
  await page.keyboard.press("Escape");
  await page.keyboard.press("j");
  await expect(hundredth).toHaveAttribute("aria-current", "true");
  await page.keyboard.press("3");
  await expect(hundredth.locator(".claim-card__status")).toHaveText("True");
  const saved = (
    (await (await page.request.get(`/api/articles/${id}`)).json()) as { claims: (ApiClaim & { status: string })[] }
  ).claims.find((c) => c.text.includes("Nummer 100 "));
  expect(saved?.status).toBe("true");
});

test("a change made elsewhere to a claim past the first screen reaches its card without reloading", async ({
  page,
}) => {
  const { id, claims } = await longArticle(page.request);
  const hundredth = claims.find((c) => c.text.includes("Nummer 100 "))! as ApiClaim & { version: number };
  await page.goto(`/articles/${id}`);
  await expect(page.locator('.claim-list[data-complete="yes"]')).toBeAttached();
  const card = page.locator(`#claim-${hundredth.id}`);
  await expect(card.locator(".claim-card__status")).toHaveText("Unverified");

  // As a colleague would, from elsewhere: the live refresh brings the page's first cards and reads the rest again.
  const changed = await page.request.post(`/api/claims/${hundredth.id}/status`, {
    data: { status: "false", version: hundredth.version, reason: "Andere Zahl bei AP" },
  });
  expect(changed.status()).toBe(200);
  await expect(card.locator(".claim-card__status")).toHaveText("False");
  await expect(page.locator(".claim-card")).toHaveCount(claims.length);
});

test.describe("when the later cards cannot be read", () => {
  // The refused read below is logged by the browser as a failed resource; nothing else may be.
  test.use({ allowedConsoleErrors: [/status of 503/] });

  test("the page says how many are shown and reads them again on request", async ({ page }) => {
    const { id, claims } = await longArticle(page.request);
    let refused = 0;
    await page.route("**/api/articles/*/claims?fromStart=*", async (route) => {
      if (refused++ === 0) await route.fulfill({ status: 503, body: "{}" });
      else await route.fallback();
    });
    await page.goto(`/articles/${id}`);
    const alert = page.getByRole("alert").filter({ hasText: `Only 40 of ${claims.length} claims could be shown` });
    await expect(alert).toBeVisible();
    await expect(page.locator('.claim-list[data-complete="no"]')).toBeAttached();
    await alert.getByRole("button", { name: "Load them again" }).click();
    await expect(page.locator(".claim-card")).toHaveCount(claims.length);
    await expect(page.locator('.claim-list[data-complete="yes"]')).toBeAttached();
    await expect(alert).toBeHidden();
  });
});

import { expect, test } from "./fixtures";

test("claims of all articles: search finds them across articles, bulk status changes the selection", async ({
  page,
}) => {
  const marker = `Zeppelin${Date.now()}`;
  for (const [title, body] of [
    [`Search A ${marker}`, `Laut Reuters landete ein ${marker} mit 40 Passagieren in Bonn.`],
    [`Search B ${marker}`, `Ein ${marker} flog 300 Kilometer weit, sagte ein Sprecher.\nDer ${marker} war rot.`],
  ]) {
    expect((await page.request.post("/api/articles", { data: { title, body } })).status()).toBe(201);
  }
  await page.goto("/claims");
  await page.getByLabel("Search words in claims").fill(marker.toLowerCase());
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page.getByRole("status")).toHaveText("3 claims match.");
  await expect(page.getByRole("row")).toHaveCount(4);

  await page.getByLabel("Sources", { exact: true }).selectOption("none");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page.getByRole("status")).toHaveText("1 claim matches.");
  await page.getByRole("link", { name: "Clear filters" }).click();
  await expect(page).toHaveURL(/\/claims$/);
  await expect(page.getByLabel("Sources", { exact: true })).toHaveValue("");

  await page.getByLabel("Search words in claims").fill(marker);
  await page.getByRole("button", { name: "Filter" }).click();
  await page.getByLabel("Select every claim on this page").check();
  await page.getByLabel("New status for the selected claims").selectOption("unproven");
  await page.getByRole("button", { name: "Set status" }).click();
  await expect(page.locator(".bulk-bar")).toContainText("3 claims changed.");
  await expect(page.locator("tbody .badge")).toHaveText(["Unproven", "Unproven", "Unproven"]);
});

import { request as playwrightRequest } from "@playwright/test";
import { addAccount } from "./add-account";
import { PASSWORD, ROLE_USERS, signInByApi, storageStateOf, type E2ERole } from "./accounts";
import { expect, test } from "./fixtures";

test("first run: the first visitor is sent to /setup, creates the admin and is signed in", async ({
  page,
  baseURL,
}) => {
  // The first page of a cold server and four password hashes: on a busy machine (CI runs the PostgreSQL suites beside
  // the SQLite browser tests) that can take much of the default minute.
  test.setTimeout(180_000);
  await page.goto("/");
  await expect(page).toHaveURL(/\/setup$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Set up Claimtrack");
  await page.getByLabel("Name").fill("Ada Admin");
  await page.getByLabel("Email").fill(ROLE_USERS.admin);
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create administrator" }).click();
  await expect(page.locator(".field__error")).toContainText("at least 12 characters");
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create administrator" }).click();
  // The account is made, its password hashed and the session opened before this shows: on PostgreSQL with four test
  // servers starting at once that took longer than 10 s, and a retry cannot help (the account exists by then).
  await expect(page.locator(".site-header__user")).toContainText("Signed in as Ada Admin (admin)", { timeout: 60_000 });
  await page.context().storageState({ path: storageStateOf("admin") });

  // Setup exists only while there is no account.
  const again = await page.request.get("/setup");
  expect(again.status()).toBe(404);

  for (const role of ["editor", "factchecker", "viewer"] as E2ERole[]) {
    await addAccount(ROLE_USERS[role], role);
    const context = await playwrightRequest.newContext({ baseURL });
    await signInByApi(context, baseURL!, ROLE_USERS[role]);
    await context.storageState({ path: storageStateOf(role) });
    await context.dispose();
  }
});

import { addAccount } from "./add-account";
import { PASSWORD, ROLE_USERS, storageStateOf } from "./accounts";
import { expect, test } from "./fixtures";

test.describe("as an admin", () => {
  test.use({ storageState: storageStateOf("admin") });

  test("adds an account, which signs in with its one-time password; disabling it throws the person out", async ({
    page,
    browser,
  }) => {
    await page.goto("/admin/users");
    await page.getByLabel("Name").fill("Temp Checker");
    await page.getByLabel("Email").fill("temp@e2e.test");
    await page.getByLabel("Role", { exact: true }).selectOption("factchecker");
    await page.getByRole("button", { name: "Add account" }).click();
    const password = (await page.getByTestId("one-time-password").textContent())!;
    expect(password.length).toBeGreaterThanOrEqual(16);

    const other = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const theirs = await other.newPage();
    await theirs.goto("/login");
    await theirs.getByLabel("Email").fill("temp@e2e.test");
    await theirs.getByLabel("Password").fill(password);
    await theirs.getByRole("button", { name: "Sign in" }).click();
    await expect(theirs.locator(".site-header__user")).toContainText("Temp Checker (fact-checker)");

    await page.reload();
    await page.getByRole("button", { name: "Disable Temp Checker" }).click();
    await expect(page.locator(".notice--ok")).toContainText("Saved");
    await expect(page.getByRole("row", { name: /Temp Checker/ })).toContainText("disabled");

    // Their very next request finds them signed out, and they cannot sign in again.
    await theirs.goto("/");
    await expect(theirs).toHaveURL(/\/login/);
    await theirs.getByLabel("Email").fill("temp@e2e.test");
    await theirs.getByLabel("Password").fill(password);
    await theirs.getByRole("button", { name: "Sign in" }).click();
    await expect(theirs.getByRole("status")).toContainText("This account is disabled");
    await other.close();
  });

  test(
    "sets a new one-time password for someone who forgot theirs; the old one stops working",
    { tag: "@engine-neutral" },
    async ({ page, browser }) => {
      await addAccount("forgetful@e2e.test", "viewer");
      await page.goto("/admin/users");
      await page.getByRole("button", { name: "Set a new password for forgetful" }).click();
      const fresh = (await page.getByTestId("reset-password").textContent())!;
      const other = await browser.newContext({ storageState: { cookies: [], origins: [] } });
      const theirs = await other.newPage();
      await theirs.goto("/login");
      await theirs.getByLabel("Email").fill("forgetful@e2e.test");
      await theirs.getByLabel("Password").fill(PASSWORD);
      await theirs.getByRole("button", { name: "Sign in" }).click();
      await expect(theirs.getByRole("status")).toContainText("not right");
      await theirs.getByLabel("Password").fill(fresh);
      await theirs.getByRole("button", { name: "Sign in" }).click();
      await expect(theirs.locator(".site-header__user")).toContainText("(viewer)");
      // The admin has seen the new password: the person must choose their own before anything else.
      await expect(theirs).toHaveURL(/\/choose-password/);
      await other.close();
    },
  );

  test("cannot take away the last admin's role", async ({ page }) => {
    await page.goto("/admin/users");
    const row = page.getByRole("row", { name: new RegExp(ROLE_USERS.admin) });
    await row.getByRole("combobox").selectOption("viewer");
    await row.getByRole("button", { name: "Save" }).click();
    await expect(page.locator(".notice--error")).toContainText("last active admin");
  });
});

test("an API token works as its owner with their role, is shown once, and stops working when revoked", async ({
  page,
  playwright,
  baseURL,
}) => {
  await page.goto("/settings");
  await page.getByLabel("Name").fill("nightly import");
  await page.getByRole("button", { name: "Create token" }).click();
  const token = (await page.getByTestId("new-token").textContent())!;
  expect(token).toMatch(/^ctk_/);

  const script = await playwright.request.newContext({
    baseURL,
    storageState: { cookies: [], origins: [] },
    extraHTTPHeaders: { authorization: `Bearer ${token}` },
  });
  expect((await script.get("/api/articles")).status()).toBe(200);
  const listed = await (await page.request.get("/api/tokens")).json();
  expect(JSON.stringify(listed)).not.toContain(token);

  await page.reload();
  await expect(page.getByTestId("new-token")).toHaveCount(0);
  await page.getByRole("button", { name: "Revoke token nightly import" }).click();
  await expect(page.getByRole("row", { name: /nightly import/ })).toContainText("revoked");
  expect((await script.get("/api/articles")).status()).toBe(401);
  await script.dispose();
});

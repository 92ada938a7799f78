import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "@playwright/test";
import { addAccount } from "./add-account";
import { PASSWORD, signInByApi, storageStateOf } from "./accounts";
import { expect, test } from "./fixtures";

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id);
}

/** A browser of its own, signed out, for the person whose password the test is about. */
async function freshBrowser(browser: Browser) {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  return { context, page: await context.newPage() };
}

async function signIn(page: Page, email: string, password: string) {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

async function fillPasswordForm(page: Page, current: string, fresh: string, repeat = fresh) {
  await page.getByLabel(/^(Current|One-time) password$/).fill(current);
  await page.getByLabel("New password", { exact: true }).fill(fresh);
  await page.getByLabel("Repeat the new password").fill(repeat);
}

test.describe("an account an admin adds", () => {
  test.use({ storageState: storageStateOf("admin") });

  test("must replace its one-time password before anything else, then goes where it wanted", async ({
    page,
    browser,
  }) => {
    await page.goto("/admin/users");
    await page.getByLabel("Name").fill("Pia Probe");
    await page.getByLabel("Email").fill("pia@e2e.test");
    await page.getByLabel("Role", { exact: true }).selectOption("factchecker");
    await page.getByRole("button", { name: "Add account" }).click();
    const oneTime = (await page.getByTestId("one-time-password").textContent())!;

    const pia = await freshBrowser(browser);
    await pia.page.goto("/claims");
    await expect(pia.page).toHaveURL(/\/login\?next=%2Fclaims$/);
    await signIn(pia.page, "pia@e2e.test", oneTime);
    await expect(pia.page).toHaveURL(/\/choose-password\?next=%2Fclaims$/);
    await expect(pia.page.getByRole("heading", { level: 1 })).toHaveText("Choose your password");
    await expect(pia.page.getByRole("navigation", { name: "Main" }).getByRole("link")).toHaveCount(0);
    expect(await seriousViolations(pia.page)).toEqual([]);

    // No page, API request or server action is open until the password is changed.
    await pia.page.goto("/claims");
    await expect(pia.page).toHaveURL(/\/choose-password\?next=%2Fclaims$/);
    await pia.page.goto("/settings");
    await expect(pia.page).toHaveURL(/\/choose-password\?next=%2Fsettings$/);
    const api = await pia.page.request.get("/api/articles");
    expect(api.status()).toBe(403);
    expect((await api.json()).error.message).toContain("Change your one-time password first");

    await pia.page.goto("/choose-password?next=%2Fclaims");
    await pia.page.getByRole("button", { name: "DE", exact: true }).click();
    await expect(pia.page.getByRole("heading", { level: 1 })).toHaveText("Eigenes Passwort wählen");
    await expect(pia.page.getByLabel("Neues Passwort wiederholen")).toBeVisible();
    await pia.page.getByRole("button", { name: "EN", exact: true }).click();
    await expect(pia.page.getByRole("heading", { level: 1 })).toHaveText("Choose your password");
    await fillPasswordForm(pia.page, oneTime, oneTime);
    await pia.page.getByRole("button", { name: "Save my password" }).click();
    await expect(pia.page.getByRole("status")).toContainText(
      "Choose a new password that differs from the current one.",
    );
    await expect(pia.page.getByLabel("New password", { exact: true })).toHaveAttribute("aria-invalid", "true");

    await fillPasswordForm(pia.page, oneTime, "pia-chose-her-own-1");
    await pia.page.getByRole("button", { name: "Save my password" }).click();
    await expect(pia.page).toHaveURL(/\/claims$/);
    await expect(pia.page.getByRole("heading", { level: 1 })).toHaveText("Claims");
    expect((await pia.page.request.get("/api/articles")).status()).toBe(200);

    // The one-time password is spent; her own works and leads straight in.
    await pia.page.getByRole("button", { name: "Sign out" }).click();
    await signIn(pia.page, "pia@e2e.test", oneTime);
    await expect(pia.page.getByRole("status")).toContainText("The email or password is not right");
    await signIn(pia.page, "pia@e2e.test", "pia-chose-her-own-1");
    await expect(pia.page.locator(".site-header__user")).toContainText("Pia Probe (fact-checker)");
    await expect(pia.page).toHaveURL(/\/$/);
    await pia.context.close();
  });
});

test.describe("changing one's own password", () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test("a wrong current password changes nothing; the right one signs out the other browsers and replaces the old", async ({
    page,
    browser,
    baseURL,
  }) => {
    const email = "rosa@e2e.test";
    await addAccount(email, "editor");
    const elsewhere = await freshBrowser(browser);
    await signInByApi(elsewhere.context.request, baseURL!, email);
    await page.goto("/login?next=%2Fsettings");
    await signIn(page, email, PASSWORD);
    await expect(page).toHaveURL(/\/settings$/);

    await fillPasswordForm(page, "not-my-password", "rosa-new-password-1");
    await page.getByRole("button", { name: "Change password" }).click();
    const status = page.getByRole("form", { name: "Password" }).getByRole("status");
    await expect(status).toContainText("Your current password is not right. Nothing was changed.");
    await expect(page.getByLabel("Current password")).toHaveAttribute("aria-invalid", "true");
    expect(await seriousViolations(page)).toEqual([]);
    expect((await elsewhere.context.request.get("/api/articles")).status()).toBe(200);
    // Better Auth's own endpoint would skip the lockout, the log and the one-time rule: it is not there.
    const direct = await page.request.post("/api/auth/change-password", {
      data: { currentPassword: PASSWORD, newPassword: "rosa-sneaky-password" },
      headers: { origin: baseURL! },
    });
    expect(direct.status()).toBe(404);

    await fillPasswordForm(page, PASSWORD, "rosa-new-password-1");
    await page.getByRole("button", { name: "Change password" }).click();
    await expect(status).toContainText("Your password has been changed.");
    // This browser stays signed in; the other one is signed out at its next request.
    await expect(page).toHaveURL(/\/settings\?password=changed$/);
    await expect(page.locator(".site-header__user")).toContainText("(editor)");
    expect((await elsewhere.context.request.get("/api/articles")).status()).toBe(401);
    await elsewhere.context.close();

    await page.getByRole("button", { name: "Sign out" }).click();
    await signIn(page, email, PASSWORD);
    await expect(page.getByRole("status")).toContainText("The email or password is not right");
    await signIn(page, email, "rosa-new-password-1");
    await expect(page.locator(".site-header__user")).toContainText("(editor)");
  });
});

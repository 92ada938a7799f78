import { ROLE_USERS, storageStateOf } from "./accounts";
import { expect, test } from "./fixtures";

/** A German newsroom reads every refusal in German: signing in and managing accounts, not only the review desk. */
test.use({ locale: "de-DE" });

test.describe("signed out", () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test("a wrong password is refused in German", async ({ page }) => {
    await page.goto("/login");
    await page.getByLabel("E-Mail").fill(ROLE_USERS.viewer);
    await page.getByLabel("Passwort").fill("nicht-das-passwort");
    await page.getByRole("button", { name: "Anmelden" }).click();
    await expect(page.getByRole("status")).toHaveText("E-Mail-Adresse oder Passwort stimmen nicht.");
  });
});

test.describe("as an admin", () => {
  test.use({ storageState: storageStateOf("admin") });

  test("an account that exists already is refused in German", async ({ page }) => {
    await page.goto("/admin/users");
    await page.getByLabel("Name", { exact: true }).fill("Doppelt");
    await page.getByLabel("E-Mail", { exact: true }).fill(ROLE_USERS.viewer);
    await page.getByRole("button", { name: "Konto anlegen" }).click();
    await expect(page.getByText("Ein Konto mit dieser E-Mail-Adresse gibt es bereits.")).toBeVisible();
  });

  test("a name too long for an account is refused in German, with the limit", async ({ page }) => {
    await page.goto("/admin/users");
    await page.getByLabel("Name", { exact: true }).fill("N".repeat(121));
    await page.getByLabel("E-Mail", { exact: true }).fill("zu-lang@claimtrack.test");
    await page.getByRole("button", { name: "Konto anlegen" }).click();
    await expect(page.getByText("Geben Sie einen Namen an (höchstens 120 Zeichen).")).toBeVisible();
  });
});

import { mkdirSync } from "node:fs";
import type { Locator } from "@playwright/test";
import { storageStateOf } from "./accounts";
import { expect, test } from "./fixtures";
import { runTmp } from "./run-tmp";

/**
 * Laptop widths: the main menu is one line beside the name, in either language. The German labels are longer
 * ("Behauptungen", "Quellenlage"): at 1400 px the menu once broke in two and its second line read as a sub-menu. As an
 * admin, who sees every link and the longest account line.
 */
test.use({ storageState: storageStateOf("admin") });

const middle = async (element: Locator) => {
  const box = (await element.boundingBox())!;
  return Math.round(box.y + box.height / 2);
};

for (const [locale, signOut] of [
  ["en-US", "Sign out"],
  ["de-DE", "Abmelden"],
] as const) {
  test.describe(locale, () => {
    test.use({ locale });

    for (const width of [1100, 1400]) {
      test(`at ${width} px the main menu is one line beside the name`, async ({ page }) => {
        await page.setViewportSize({ width, height: 900 });
        await page.goto("/claims");
        const links = page.getByRole("navigation", { name: "Main" }).getByRole("link");
        await expect(links).toHaveCount(8);
        // Taken first, so a failure leaves the picture of what wrapped.
        mkdirSync(runTmp("screenshots"), { recursive: true });
        await page.screenshot({ path: runTmp(`screenshots/header-${width}-${locale.slice(0, 2)}.png`) });
        const row = await middle(links.first());
        for (const link of await links.all()) expect(await middle(link), await link.innerText()).toBe(row);
        expect(Math.abs((await middle(page.locator(".site-header__brand"))) - row)).toBeLessThanOrEqual(2);
        const account = page.getByRole("button", { name: signOut });
        await expect(account).toBeInViewport({ ratio: 1 });
        // English keeps everything on one row; German puts the account and language on a row above the menu.
        if (locale === "en-US" && width === 1400)
          expect(Math.abs((await middle(account)) - row)).toBeLessThanOrEqual(2);
      });
    }
  });
}

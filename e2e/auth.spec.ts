import { addAccount } from "./add-account";
import { PASSWORD, ROLE_USERS, storageStateOf } from "./accounts";
import { countArticles, expect, test } from "./fixtures";

test.describe("signed out", () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test("pages send a stranger to sign in, and the API answers 401", async ({ page, request }) => {
    const response = await request.get("/sources", { maxRedirects: 0 });
    expect(response.status()).toBe(307);
    await page.goto("/sources");
    await expect(page).toHaveURL(/\/login\?next=%2Fsources/);
    expect((await request.get("/api/articles")).status()).toBe(401);
    expect((await request.post("/api/articles", { data: { title: "T", body: "Laut AP ist es so." } })).status()).toBe(
      401,
    );
  });

  test("signing in with the wrong password says so; the right one signs in and out", async ({ page }) => {
    await page.goto("/login");
    await page.getByLabel("Email").fill(ROLE_USERS.factchecker);
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("status")).toContainText("The email or password is not right");
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.locator(".site-header__user")).toContainText("(fact-checker)");
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/login/);
    await page.goto("/");
    await expect(page).toHaveURL(/\/login/);
  });

  test(
    "20 wrong passwords lock the account; then even the right one is refused with a clear message",
    { tag: "@engine-neutral" },
    async ({ page }) => {
      // An account of this attempt's own: a retry after a timeout would find the first attempt's account there.
      const email = `locked-${Date.now()}@e2e.test`;
      await addAccount(email, "viewer");
      await page.goto("/login");
      await page.getByLabel("Email").fill(email);
      for (let i = 0; i < 20; i++) {
        await page.getByLabel("Password").fill(`wrong-password-${i}`);
        await page.getByRole("button", { name: "Sign in" }).click();
        await expect(page.getByRole("status")).toContainText(/not right|locked/);
      }
      await page.getByLabel("Password").fill(PASSWORD);
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page.getByRole("status")).toContainText(
        "Too many failed sign-ins for this account from this address. It is locked for",
      );
      await expect(page).toHaveURL(/\/login/);
    },
  );
});

test.describe("as a viewer", () => {
  test.use({ storageState: storageStateOf("viewer") });

  test(
    "sees no edit controls, and a forged request to add an article is refused and stores nothing",
    { tag: "@engine-neutral" },
    async ({ page }) => {
      await page.goto("/");
      await expect(page.locator(".site-header__user")).toContainText("(viewer)");
      await expect(page.getByRole("link", { name: "Add article" })).toHaveCount(0);
      await page.goto("/articles/new");
      await expect(page).toHaveURL(/\/forbidden$/);
      const before = await countArticles(page);
      const forged = await page.request.post("/api/articles", {
        data: { title: "Forged", body: "Laut Reuters ist es so." },
      });
      expect(forged.status()).toBe(403);
      expect(await countArticles(page)).toBe(before);
    },
  );
});

test("a cross-site POST with the session cookie is refused even for an editor", async ({ page }) => {
  const response = await page.request.post("/api/articles", {
    data: { title: "CSRF", body: "Laut Reuters ist es so." },
    headers: { origin: "https://evil.example" },
  });
  expect(response.status()).toBe(403);
});

test("the production build sends the security headers", { tag: "@engine-neutral" }, async ({ page, request }) => {
  const response = await page.goto("/");
  const headers = response!.headers();
  const csp = headers["content-security-policy"]!;
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(csp).not.toContain("unsafe-eval");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["x-frame-options"]).toBe("DENY");
  // Every script Next.js renders carries this request's nonce.
  const nonce = /'nonce-([^']+)'/.exec(csp)![1];
  const scripts = await page.locator("script").evaluateAll((nodes) => nodes.map((n) => (n as HTMLScriptElement).nonce));
  expect(scripts.length).toBeGreaterThan(0);
  for (const n of scripts) expect(n).toBe(nonce);
  const api = await request.get("/api/health");
  expect(api.headers()["x-content-type-options"]).toBe("nosniff");
  // Session cookies are HttpOnly and SameSite=Lax.
  const cookies = await page.context().cookies();
  const session = cookies.find((c) => c.name.includes("session_token"));
  expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax" });
});

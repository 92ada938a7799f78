import { request as httpRequest } from "node:http";
import { addAccount } from "./add-account";
import { PASSWORD, ROLE_USERS, storageStateOf } from "./accounts";
import { expect, test } from "./fixtures";

test.describe("signed out", () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  for (const next of ["/%5Cevil.example", "/%09/evil.example", "//evil.example"]) {
    test(`signing in with ?next=${next} stays on Claimtrack`, async ({ page, baseURL }) => {
      await page.goto(`/login?next=${next}`);
      await page.getByLabel("Email").fill(ROLE_USERS.viewer);
      await page.getByLabel("Password").fill(PASSWORD);
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page.locator(".site-header__user")).toContainText("(viewer)");
      expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
    });
  }

  test("a sign-in body sent in chunks without a length is cut off at 8 KB with a 413", async ({ baseURL }) => {
    const url = new URL("/api/auth/sign-in/email", baseURL);
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(url, {
        method: "POST",
        headers: { "content-type": "application/json", origin: url.origin },
      });
      req.on("response", (response) => resolve(response.statusCode ?? 0));
      req.on("error", reject);
      req.write(`{"email":"a@b.c","password":"`);
      const chunk = "x".repeat(64 * 1024);
      // 10 MB would be held whole before; now the answer comes after the first chunks.
      for (let i = 0; i < 160 && !req.destroyed; i++) req.write(chunk);
      req.end(`"}`);
    });
    expect(status).toBe(413);
  });
});

test.describe("as an admin", () => {
  test.use({ storageState: storageStateOf("admin") });

  test("Better Auth's own account endpoints are not there: every change goes through Claimtrack's rules", async ({
    page,
    baseURL,
  }) => {
    const headers = { origin: baseURL! };
    for (const path of [
      "admin/set-role",
      "admin/create-user",
      "admin/impersonate-user",
      "admin/set-user-password",
      "admin/remove-user",
      "update-user",
    ]) {
      const response = await page.request.post(`/api/auth/${path}`, { data: { name: "Ada" }, headers });
      expect(response.status(), path).toBe(404);
    }
    expect((await page.request.get("/api/auth/admin/list-users")).status()).toBe(404);
    expect((await page.request.get("/api/auth/get-session")).status()).toBe(200);
  });

  test("a link with ?error=<any text> shows one of Claimtrack's own sentences, never that text", async ({ page }) => {
    await page.goto("/admin/users?error=Your%20password%20expired%3A%20call%20%2B49%20123");
    // Not Next's route announcer, an empty alert it adds once the page is hydrated (the test raced it on a busy CI).
    const notice = page.getByRole("alert").filter({ hasText: /\S/ });
    await expect(notice).toHaveText("That was not accepted. Check your choice and try again.");
  });

  test("a browser's prefetch of a page and an HTML 404 under /api carry a policy; API answers are not cached", async ({
    page,
  }) => {
    const prefetch = await page.request.get("/claims", { headers: { purpose: "prefetch" } });
    expect(prefetch.headers()["content-security-policy"]).toContain("'nonce-");
    const missing = await page.request.get("/api/no-such-thing", { headers: { accept: "text/html" } });
    expect(missing.status()).toBe(404);
    expect(missing.headers()["content-security-policy"]).toContain("default-src 'none'");
    expect((await page.request.get("/api/articles")).headers()["cache-control"]).toBe("no-store");
    const overHttps = await page.request.get("/login", { headers: { "x-forwarded-proto": "https" } });
    expect(overHttps.headers()["strict-transport-security"]).toContain("max-age=");
    expect((await page.request.get("/login")).headers()["strict-transport-security"]).toBeUndefined();
  });
});

test("a locked account shows on the users page, and an admin's unlock lets its owner sign in again", async ({
  browser,
}) => {
  const email = "unlock@e2e.test";
  await addAccount(email, "viewer");
  // Someone at one address guesses; the owner later signs in from the same address (an office, say).
  const office = await browser.newContext({
    storageState: { cookies: [], origins: [] },
    extraHTTPHeaders: { "x-forwarded-for": "198.51.100.23" },
  });
  await Promise.all(
    Array.from({ length: 10 }, (_, i) =>
      office.request.post("/api/auth/sign-in/email", { data: { email, password: `wrong-password-${i}` } }),
    ),
  );
  const owner = await office.newPage();
  const signIn = async () => {
    await owner.goto("/login");
    await owner.getByLabel("Email").fill(email);
    await owner.getByLabel("Password").fill(PASSWORD);
    await owner.getByRole("button", { name: "Sign in" }).click();
  };
  await signIn();
  await expect(owner.getByRole("status")).toContainText("Too many failed sign-ins for this account from this address");

  const admin = await browser.newContext({ storageState: storageStateOf("admin") });
  const page = await admin.newPage();
  await page.goto("/admin/users");
  await page.getByRole("button", { name: "Unlock sign-in for unlock" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Sign-in unlocked." })).toBeVisible();

  await signIn();
  await expect(owner.locator(".site-header__user")).toContainText("(viewer)");
  await Promise.all([office.close(), admin.close()]);
});

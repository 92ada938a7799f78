import { defineConfig, devices } from "@playwright/test";
import { storageStateOf } from "./e2e/accounts";
import { CHROMIUM_PATH } from "./e2e/chromium-path";
import { runTmp } from "./e2e/run-tmp";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${PORT}`;
// The tests create accounts in the same database the e2e server uses (scripts/e2e-server.sh).
process.env.E2E_DATABASE_URL ??= `file:${runTmp("e2e/e2e.db")}`;

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  // One worker: the tests share one server and its database, and the machine has two cores for server and browser.
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  // Twice Playwright's default: CI runs several browser runs side by side on two cores it shares with other work, and
  // a page that answers in 6 s there is slow, not wrong. Only a failing expectation waits the whole time.
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json", { outputFile: runTmp("playwright.json") }]],
  outputDir: runTmp("playwright-results"),
  use: {
    baseURL,
    trace: "on-first-retry",
    locale: "en-US",
    ...devices["Desktop Chrome"],
    viewport: { width: 1366, height: 900 },
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [
    // First run: creates the admin through /setup, then one account per role, and saves their sessions.
    { name: "first-run", testMatch: /first-run\.setup\.ts/ },
    { name: "app", dependencies: ["first-run"], use: { storageState: storageStateOf("editor") } },
  ],
  webServer: {
    command: "bash scripts/e2e-server.sh",
    url: `${baseURL}/api/health`,
    reuseExistingServer: !process.env.CI,
    timeout: 240_000,
    stdout: "ignore",
    stderr: "pipe",
  },
});

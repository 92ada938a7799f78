import { defineConfig } from "vitest/config";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";

export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL(".", import.meta.url)) } },
  test: {
    // Unit and integration tests sit next to the code; e2e/ belongs to Playwright and must not be picked up here.
    include: [
      "lib/**/*.test.ts",
      "actions/**/*.test.ts",
      "components/**/*.test.ts",
      "bin/**/*.test.ts",
      "scripts/**/*.test.ts",
      "test/**/*.test.ts",
    ],
    exclude: ["e2e/**", "node_modules/**"],
    // Migrates the template databases once per run; each test file's createTestDb() copies one (test/support/test-db.ts).
    globalSetup: ["test/support/global-setup.ts"],
    // Files share a worker process (see test/support/fresh-app-state.ts, which gives each one a fresh app state).
    isolate: false,
    setupFiles: ["test/support/fresh-app-state.ts"],
    // At least two workers even on two cores (vitest would take one): several files spend seconds waiting on a lock,
    // a timer or a child process, and the other worker uses that time.
    maxWorkers: Math.max(2, availableParallelism()),
    testTimeout: 60_000,
  },
});

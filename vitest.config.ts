import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL(".", import.meta.url)) } },
  test: {
    // Unit and integration tests sit next to the code; e2e/ belongs to Playwright and must not be picked up here.
    include: [
      "lib/**/*.test.ts",
      "components/**/*.test.ts",
      "bin/**/*.test.ts",
      "scripts/**/*.test.ts",
      "test/**/*.test.ts",
    ],
    exclude: ["e2e/**", "node_modules/**"],
    // Migrates the template databases once per run; each test file's createTestDb() copies one (test/support/test-db.ts).
    globalSetup: ["test/support/global-setup.ts"],
    testTimeout: 60_000,
  },
});

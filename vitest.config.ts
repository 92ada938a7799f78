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
    testTimeout: 60_000,
  },
});

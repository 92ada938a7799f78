// Flat config: `next lint` is gone in Next 16, so `eslint .` is the lint command (see STACK.md).
import js from "@eslint/js";
import nextVitals from "eslint-config-next/core-web-vitals";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      "node_modules/",
      ".next/",
      "data/",
      "coverage/",
      "test-results/",
      "playwright-report/",
      "lib/generated/",
      ".tmp/",
      ".scratch/",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...nextVitals,
  {
    // Plain Node scripts (the schema-engine stand-in runs without a TypeScript loader).
    files: ["**/*.mjs"],
    languageOptions: { globals: globals.node },
  },
  {
    files: ["**/*.ts", "**/*.tsx"],
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
    },
  },
  {
    // The extraction engine is the framework-free core: it must stay usable from the CLI, server and tests alike.
    files: ["lib/extract/**/*.ts"],
    ignores: ["lib/extract/**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["next", "next/*", "react", "react-dom", "@prisma/*", "*/generated/*"],
              message: "lib/extract is pure TypeScript.",
            },
            {
              group: ["node:*", "fs", "path"],
              message: "lib/extract takes strings, not files; I/O belongs in bin/ or scripts/.",
            },
          ],
        },
      ],
    },
  },
);

import { fileURLToPath } from "node:url";
import { defineConfig } from "prisma/config";
import { databaseProvider, databaseUrl } from "./lib/db/database-url";

// Prisma's native schema engine cannot be downloaded here; this project-owned stand-in runs the WebAssembly engine
// on our driver adapters (see scripts/prisma/schema-engine.mjs and STACK.md).
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= fileURLToPath(
  new URL("./scripts/prisma/schema-engine.mjs", import.meta.url),
);

// One schema cannot serve two providers: the same models live in prisma/sqlite and prisma/postgres, each with its
// own migrations. DATABASE_URL picks the folder.
const folder = databaseProvider() === "postgresql" ? "prisma/postgres" : "prisma/sqlite";

export default defineConfig({
  schema: folder,
  migrations: { path: `${folder}/migrations`, seed: "tsx prisma/seed.ts" },
  datasource: { url: databaseUrl() },
});

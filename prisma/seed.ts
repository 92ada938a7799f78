/**
 * `npm run db:seed`: loads the built-in source registry and the seed article.
 *   --if-empty      only when the database holds no sources and no articles (what `npm start` runs)
 *   --sources-only  the registry without the seed article (the e2e suite pastes the article itself)
 */
import { getDb } from "@/lib/db/client";
import { isDatabaseEmpty, seedDatabase } from "@/lib/articles/seed-database";
import { hasAccounts } from "@/lib/auth/has-accounts";

const args = new Set(process.argv.slice(2));
const db = getDb();
try {
  if (args.has("--if-empty") && !(await isDatabaseEmpty(db))) {
    console.log("seed: the database already holds data; nothing to do.");
  } else {
    for (const line of await seedDatabase(db, { withArticle: !args.has("--sources-only") }))
      console.log(`seed: ${line}`);
  }
  if (!(await hasAccounts(db))) {
    const url = process.env.CLAIMTRACK_URL ?? `http://127.0.0.1:${process.env.PORT ?? 3000}`;
    console.log(`first run: no account yet — open ${url}/setup to create the first admin`);
    console.log("           (or on the server: npm run claims -- user add EMAIL --role admin)");
  }
} finally {
  await db.$disconnect();
}

import { readFileSync } from "node:fs";
import { ingestArticle } from "@/lib/articles/ingest-article";
import { getEnv } from "@/lib/env";
import { seedBuiltinSources } from "@/lib/sources/seed-builtin-sources";
import type { Db } from "@/lib/db/client";
import { OPERATOR } from "@/lib/auth/permissions";

const SEED_ARTICLE = new URL("../../prisma/seed-data/de-suedkorea-truppen.txt", import.meta.url);

export interface SeedOptions {
  /** Load the seed article too (the e2e suite starts without it, to paste it itself). */
  withArticle: boolean;
}

/** Loads the built-in source registry and the seed article. Safe to run again: nothing is stored twice. */
export async function seedDatabase(db: Db, { withArticle }: SeedOptions): Promise<string[]> {
  const report: string[] = [];
  const { sources, aliases } = await seedBuiltinSources(db);
  report.push(`source registry: ${sources} built-in sources, ${aliases} new aliases`);
  if (withArticle) {
    const body = readFileSync(SEED_ARTICLE, "utf8");
    const title = body.split("\n")[0]!.trim();
    const result = await ingestArticle(
      db,
      OPERATOR,
      { title, body, language: "de" },
      { maxBytes: getEnv().ARTICLE_MAX_BYTES },
    );
    report.push(`seed article: ${result.status} (${result.articleId})`);
  }
  return report;
}

export async function isDatabaseEmpty(db: Db): Promise<boolean> {
  return (await db.source.count()) === 0 && (await db.article.count()) === 0;
}

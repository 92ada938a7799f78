import { addArticleVersion, type NewVersionResult } from "@/lib/articles/add-article-version";
import { OPERATOR } from "@/lib/auth/permissions";
import { createDb } from "@/lib/db/client";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { CliError } from "../cli-error";
import type { CliIo } from "../cli-io";

/**
 * Stores a new version of article `articleId`: its text from a file (read as `claims ingest` reads one), its page
 * fetched from a URL, or (neither) its own URL fetched again. Prints how the claims fared; exit 0 also when the text
 * was the same ("unchanged"), 1 when it was refused.
 */
export async function storeNewVersion(
  io: CliIo,
  articleId: string,
  from: { body?: string; title?: string; url?: string },
): Promise<number> {
  const { ARTICLE_MAX_BYTES } = getEnv();
  const db = createDb();
  try {
    const result = await addArticleVersion(db, OPERATOR, { articleId, ...from }, { maxBytes: ARTICLE_MAX_BYTES });
    io.stdout.write(`${describe(result)}\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    io.stderr.write(`claims: ${error.message}\n`);
    return 1;
  } finally {
    await db.$disconnect();
  }
}

function describe(result: NewVersionResult): string {
  if (result.status === "unchanged")
    return `Unchanged: the text is that of version ${result.version}; nothing was stored.`;
  const { version, kept, changed, orphaned, added, flagged } = result;
  return (
    `Stored version ${version} of ${result.articleId}: ${kept} claims kept, ${changed} changed, ${orphaned} no ` +
    `longer in the article, ${added} new; ${flagged} verdicts to check again.`
  );
}

/** `claims refresh ARTICLE_ID`: the article's page fetched again from its URL, stored as a new version if it changed. */
export async function runRefresh(argv: string[], io: CliIo): Promise<number> {
  const [articleId, ...rest] = argv;
  if (!articleId || rest.length > 0)
    throw new CliError("Name the one article to fetch again: claims refresh ARTICLE_ID.");
  return storeNewVersion(io, articleId, {});
}

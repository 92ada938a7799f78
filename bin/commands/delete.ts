import { parseArgs } from "node:util";
import { z } from "zod";
import { deleteArticle } from "@/lib/articles/delete-article";
import { createDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { OPERATOR } from "@/lib/auth/permissions";
import { CliError } from "../cli-error";
import type { CliIo } from "../cli-io";

const DeleteArgsSchema = z.object({
  ids: z.tuple([z.string()], { error: 'Name one article: claims delete ID --reason "why".' }),
  reason: z.string({ error: 'Say why the article is deleted: --reason "why".' }),
});

/**
 * `claims delete ID --reason "…"`: deletes an article as the web's "Delete article" does (soft, restorable by an
 * admin at /admin/articles), as the operator (recorded as no account).
 */
export async function runDelete(argv: string[], io: CliIo): Promise<void> {
  const { ids, reason } = parseDeleteArgs(argv);
  const db = createDb();
  try {
    const { title } = await deleteArticle(db, OPERATOR, { reason, articleId: ids[0] });
    io.stdout.write(`deleted “${title}” (${ids[0]}); an admin can restore it at /admin/articles\n`);
  } catch (error) {
    if (error instanceof AppError) throw new CliError(error.message);
    throw error;
  } finally {
    await db.$disconnect();
  }
}

function parseDeleteArgs(argv: string[]) {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: { reason: { type: "string" } }, allowPositionals: true, strict: true });
  } catch (error) {
    throw new CliError(error instanceof Error ? error.message : String(error));
  }
  const result = DeleteArgsSchema.safeParse({ ids: parsed.positionals, reason: parsed.values.reason });
  if (!result.success) throw new CliError(result.error.issues[0]!.message);
  return result.data;
}

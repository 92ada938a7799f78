import { requirePermission, type Actor } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { LIVE_ARTICLE } from "@/lib/db/live-article";

export interface VersionSummary {
  number: number;
  title: string;
  createdAt: Date;
  createdBy: string | null;
  /** Read from its URL (a page fetched again), not uploaded. */
  fetched: boolean;
  kept: number;
  changed: number;
  orphaned: number;
  added: number;
}

/** An article's versions, newest first, with how its claims fared in each; which one the article shows now. */
export async function listArticleVersions(
  db: Db,
  actor: Actor,
  articleId: string,
): Promise<{ current: number; versions: VersionSummary[] }> {
  requirePermission(actor, "article.read");
  const article = await db.article.findFirst({
    where: { id: articleId, ...LIVE_ARTICLE },
    select: {
      version: true,
      versions: {
        orderBy: { number: "desc" },
        select: {
          number: true,
          title: true,
          createdAt: true,
          fetchedAt: true,
          kept: true,
          changed: true,
          orphaned: true,
          added: true,
          createdBy: { select: { name: true } },
        },
      },
    },
  });
  if (!article) throw new AppError("not_found", "There is no such article (it may have been deleted).", "id");
  return {
    current: article.version,
    versions: article.versions.map(({ createdBy, fetchedAt, ...v }) => ({
      ...v,
      createdBy: createdBy?.name ?? null,
      fetched: fetchedAt !== null,
    })),
  };
}

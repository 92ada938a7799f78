"use server";

import { backToList } from "@/actions/back-to-list";
import { purgeArticle } from "@/lib/articles/purge-article";
import { requireActionActor } from "@/lib/auth/action-actor";
import { getDb } from "@/lib/db/client";

/** Purges a deleted article after the confirmation that named it; the list says so (or why not). */
export async function purgeArticleAction(form: FormData): Promise<void> {
  return backToList("/admin/articles", async () => {
    await purgeArticle(getDb(), await requireActionActor("article.purge"), {
      articleId: String(form.get("articleId") ?? ""),
    });
    return "purged";
  });
}

"use server";

import { backToList } from "@/actions/back-to-list";
import { revalidatePath } from "next/cache";
import { restoreArticle } from "@/lib/articles/restore-article";
import { requireActionActor } from "@/lib/auth/action-actor";
import { getDb } from "@/lib/db/client";

/** One form per deleted article: brings it back; the list says so (or why not). */
export async function restoreArticleAction(form: FormData): Promise<void> {
  return backToList("/admin/articles", async () => {
    await restoreArticle(getDb(), await requireActionActor("article.restore"), {
      articleId: String(form.get("articleId") ?? ""),
    });
    revalidatePath("/");
    return "restored";
  });
}

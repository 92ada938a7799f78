"use server";

import { asActionError } from "@/actions/action-error";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { deleteArticle } from "@/lib/articles/delete-article";
import { requireActionActor } from "@/lib/auth/action-actor";
import { getDb } from "@/lib/db/client";
import { localizeError } from "@/lib/i18n/localize-error";

export interface DeleteArticleState {
  error?: string;
}

/** Deletes the form's article (soft, with the reason given) and leads to the article list, which says so. */
export async function deleteArticleAction(_previous: DeleteArticleState, form: FormData): Promise<DeleteArticleState> {
  try {
    await deleteArticle(getDb(), await requireActionActor("article.delete"), {
      reason: String(form.get("reason") ?? ""),
      articleId: String(form.get("articleId") ?? ""),
    });
  } catch (thrown) {
    const error = asActionError(thrown);
    if (!error) throw thrown;
    return { error: await localizeError(error) };
  }
  revalidatePath("/");
  redirect("/?deleted=1");
}

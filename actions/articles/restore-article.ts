"use server";

import { asActionError } from "@/actions/action-error";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { restoreArticle } from "@/lib/articles/restore-article";
import { requireActionActor } from "@/lib/auth/action-actor";
import { getDb } from "@/lib/db/client";
import { refusalCode } from "@/lib/http/refusal-code";

/** One form per deleted article: brings it back; the list says so (or why not). */
export async function restoreArticleAction(form: FormData): Promise<void> {
  let outcome: string;
  try {
    await restoreArticle(getDb(), await requireActionActor("article.restore"), String(form.get("articleId") ?? ""));
    revalidatePath("/");
    outcome = "notice=restored";
  } catch (thrown) {
    const error = asActionError(thrown);
    if (!error) throw thrown;
    outcome = `error=${refusalCode(error)}`;
  }
  redirect(`/admin/articles?${outcome}`);
}

"use server";

import { asActionError } from "@/actions/action-error";
import { redirect } from "next/navigation";
import { purgeArticle } from "@/lib/articles/purge-article";
import { requireActionActor } from "@/lib/auth/action-actor";
import { getDb } from "@/lib/db/client";
import { refusalCode } from "@/lib/http/refusal-code";

/** Purges a deleted article after the confirmation that named it; the list says so (or why not). */
export async function purgeArticleAction(form: FormData): Promise<void> {
  let outcome: string;
  try {
    await purgeArticle(getDb(), await requireActionActor("article.purge"), String(form.get("articleId") ?? ""));
    outcome = "notice=purged";
  } catch (thrown) {
    const error = asActionError(thrown);
    if (!error) throw thrown;
    outcome = `error=${refusalCode(error)}`;
  }
  redirect(`/admin/articles?${outcome}`);
}

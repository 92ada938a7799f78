"use server";

import { redirect } from "next/navigation";
import { purgeArticle } from "@/lib/articles/purge-article";
import { requireActionActor } from "@/lib/auth/action-actor";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { refusalCode } from "@/lib/http/refusal-code";

/** Purges a deleted article after the confirmation that named it; the list says so (or why not). */
export async function purgeArticleAction(form: FormData): Promise<void> {
  let outcome: string;
  try {
    await purgeArticle(getDb(), await requireActionActor("article.purge"), String(form.get("articleId") ?? ""));
    outcome = "notice=purged";
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    outcome = `error=${refusalCode(error)}`;
  }
  redirect(`/admin/articles?${outcome}`);
}

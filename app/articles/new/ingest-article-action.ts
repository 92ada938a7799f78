"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/current-actor";
import { requirePermission } from "@/lib/auth/permissions";
import { ingestArticle } from "@/lib/articles/ingest-article";
import { getDb } from "@/lib/db/client";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { readArticleUpload } from "@/lib/input/read-article-upload";
import type { IngestFormState } from "./ingest-form-state";

const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
};

/**
 * The paste/upload form's action: read the form, hand it to the domain, show the result. All checks live in
 * ingestArticle and readArticleUpload; this only translates between the form and them.
 * The action checks the session and role itself: a forged post from a viewer is refused and stores nothing.
 */
export async function ingestArticleAction(_previous: IngestFormState, form: FormData): Promise<IngestFormState> {
  const { ARTICLE_MAX_BYTES } = getEnv();
  const values = {
    title: text(form, "title"),
    outlet: text(form, "outlet"),
    url: text(form, "url"),
    publishedAt: text(form, "publishedAt"),
    language: text(form, "language") || "auto",
    body: text(form, "body"),
  };
  let destination: string;
  try {
    const actor = requirePermission(await currentActor(await headers()), "article.ingest");
    let { body, title } = values;
    const file = form.get("file");
    if (file instanceof File && file.size > 0) {
      const upload = await readArticleUpload(file, ARTICLE_MAX_BYTES);
      body = upload.text;
      title = title.trim() || upload.suggestedTitle || "";
    }
    const result = await ingestArticle(
      getDb(),
      { ...values, title, body, language: values.language as "auto" },
      { maxBytes: ARTICLE_MAX_BYTES, actor },
    );
    destination = `/articles/${result.articleId}?${result.status === "duplicate" ? "duplicate" : "created"}=1`;
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return {
      error: { field: error.field ?? "form", reason: error.reason ?? error.code, message: error.message },
      values,
    };
  }
  redirect(destination);
}

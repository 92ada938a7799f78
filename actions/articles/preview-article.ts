"use server";

import { asActionError, fieldRefusal } from "@/actions/action-error";
import { headers } from "next/headers";
import { currentActor } from "@/lib/auth/current-actor";
import { previewArticle, type ArticlePreview } from "@/lib/articles/preview-article";
import { getEnv } from "@/lib/env";
import type { IngestFormState } from "./ingest-form-state";

export type PreviewOutcome = { preview: ArticlePreview } | { error: NonNullable<IngestFormState["error"]> };

/**
 * The add-article form's pre-fill: what the page at the form's `url`, or its HTML `file`, says about itself. Stores
 * nothing. previewArticle checks the session's role itself (article.preview), before anything is fetched.
 */
export async function previewArticleAction(form: FormData): Promise<PreviewOutcome> {
  try {
    const file = form.get("file");
    const source = { url: form.get("url") ?? undefined, file: file instanceof File ? file : undefined };
    return { preview: await previewArticle(await currentActor(await headers()), source, getEnv().ARTICLE_MAX_BYTES) };
  } catch (thrown) {
    const error = asActionError(thrown);
    if (!error) throw thrown;
    return { error: fieldRefusal(error, { field: "url" }) };
  }
}

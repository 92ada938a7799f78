"use server";

import { asActionError, fieldRefusal } from "@/actions/action-error";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/current-actor";
import { requirePermission } from "@/lib/auth/permissions";
import { articleFormValues, readArticleForm } from "@/lib/articles/article-form";
import { ingestArticle } from "@/lib/articles/ingest-article";
import { addArticleVersion, versionSummary } from "@/lib/articles/add-article-version";
import { getDb } from "@/lib/db/client";
import { getEnv } from "@/lib/env";
import type { IngestFormState } from "./ingest-form-state";

/**
 * The paste/upload/URL form's action: read the form, hand it to the domain, show the result. All checks live in
 * ingestArticle and readArticleUpload; this only translates between the form and them.
 * The action checks the session and role itself: a forged post from a viewer is refused and stores nothing.
 */
export async function ingestArticleAction(_previous: IngestFormState, form: FormData): Promise<IngestFormState> {
  const { ARTICLE_MAX_BYTES } = getEnv();
  const values = articleFormValues(form);
  let destination: string;
  try {
    const actor = requirePermission(await currentActor(await headers()), "article.ingest");
    const input = await readArticleForm(form, ARTICLE_MAX_BYTES);
    // After "this page is stored already": the person chose a new version of that article, or an article of its own.
    const choice = form.get("sameUrl");
    const versionOf = form.get("versionOf");
    if (choice === "version" && typeof versionOf === "string") {
      const added = await addArticleVersion(
        getDb(),
        actor,
        { articleId: versionOf, body: input.body, url: input.url, title: input.title || undefined },
        { maxBytes: ARTICLE_MAX_BYTES, matching: "background" },
      );
      destination = `/articles/${encodeURIComponent(versionOf)}?${versionSummary(added)}`;
    } else {
      const result = await ingestArticle(getDb(), actor, input, {
        maxBytes: ARTICLE_MAX_BYTES,
        matching: "background",
        asNewArticle: choice === "article",
      });
      destination = `/articles/${result.articleId}?${result.status === "duplicate" ? "duplicate" : "created"}=1`;
    }
  } catch (thrown) {
    const error = asActionError(thrown);
    if (!error) throw thrown;
    return {
      error: fieldRefusal(error, { field: "form" }),
      values: { ...values, language: values.language || "auto" },
    };
  }
  redirect(destination);
}

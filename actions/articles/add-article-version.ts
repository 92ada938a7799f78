"use server";

import { asActionError } from "@/actions/action-error";
import { localizeError } from "@/lib/i18n/localize-error";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/current-actor";
import { requirePermission } from "@/lib/auth/permissions";
import { readArticleForm } from "@/lib/articles/article-form";
import { addArticleVersion, versionSummary } from "@/lib/articles/add-article-version";
import { getDb } from "@/lib/db/client";
import { getEnv } from "@/lib/env";

export interface NewVersionFormState {
  error?: string;
}

/**
 * "Upload a new version" and "Fetch again" on the article page: the pasted text or the uploaded file (read as the
 * add-article form reads one), or neither to fetch the article's page again. Checks the session and role itself; on
 * success leads to the article, which says how its claims fared.
 */
export async function addArticleVersionAction(
  _previous: NewVersionFormState,
  form: FormData,
): Promise<NewVersionFormState> {
  const { ARTICLE_MAX_BYTES } = getEnv();
  const articleId = String(form.get("articleId") ?? "");
  let destination: string;
  try {
    const actor = requirePermission(await currentActor(await headers()), "article.ingest");
    const { body } = await readArticleForm(form, ARTICLE_MAX_BYTES);
    const result = await addArticleVersion(
      getDb(),
      actor,
      { articleId, body },
      { maxBytes: ARTICLE_MAX_BYTES, matching: "background" },
    );
    destination = `/articles/${encodeURIComponent(articleId)}?${versionSummary(result)}`;
  } catch (thrown) {
    const error = asActionError(thrown);
    if (!error) throw thrown;
    return { error: await localizeError(error) };
  }
  redirect(destination);
}

"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { addArticleVersionAction, type NewVersionFormState } from "@/actions/articles/add-article-version";
import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { SubmitOrCancel } from "@/components/ui/submit-or-cancel";

/**
 * "Upload a new version" (a pasted text or a file, read as the add-article form reads one) and, for an article that
 * came from a URL, "Fetch the page again". Every claim is then found again in the new text (lib/anchoring); the page
 * that follows says how they fared. Rendered only for roles that may add articles.
 */
export function NewVersionForm({ articleId, hasUrl }: { articleId: string; hasUrl: boolean }) {
  const t = useTranslations("versions");
  const [isOpen, setOpen] = useState(false);
  const [state, action, isPending] = useActionState<NewVersionFormState, FormData>(addArticleVersionAction, {});
  const error = (
    <span id="new-version-error" className="field__error" role="alert">
      {state.error ?? null}
    </span>
  );
  if (!isOpen)
    return (
      <div style={{ display: "flex", gap: "0.5rem", flexWrap: "wrap", alignItems: "center" }}>
        <button type="button" onClick={() => setOpen(true)}>
          {t("upload")}
        </button>
        {hasUrl ? (
          <form action={action}>
            <input type="hidden" name="articleId" value={articleId} />
            <Button type="submit" disabled={isPending}>
              {t("refetch")}
            </Button>
          </form>
        ) : null}
        {error}
      </div>
    );
  return (
    <form action={action} className="card form" aria-labelledby="new-version-heading" style={{ flexBasis: "100%" }}>
      <h2 id="new-version-heading" style={{ margin: 0 }}>
        {t("upload")}
      </h2>
      <p style={{ margin: 0 }}>{t("uploadHint")}</p>
      <input type="hidden" name="articleId" value={articleId} />
      <Field htmlFor="new-version-body" label={t("text")}>
        <textarea id="new-version-body" name="body" rows={10} autoFocus aria-describedby="new-version-error" />
      </Field>
      <Field htmlFor="new-version-file" label={t("file")}>
        <input id="new-version-file" name="file" type="file" accept=".txt,.md,.html,.htm" />
      </Field>
      {error}
      <SubmitOrCancel submit={t("store")} cancel={t("cancel")} pending={isPending} onCancel={() => setOpen(false)} />
    </form>
  );
}

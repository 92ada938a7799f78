"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { deleteArticleAction, type DeleteArticleState } from "@/actions/articles/delete-article";
import { DELETE_REASON_MAX } from "@/lib/articles/article-limits";
import { Field } from "@/components/ui/field";
import { SubmitOrCancel } from "@/components/ui/submit-or-cancel";

/**
 * "Delete article" for editors and admins: the button opens a confirmation that names the article and asks why
 * (the reason is required); only then is it deleted. Rendered by the page only for roles that may delete.
 */
export function DeleteArticleForm({ articleId, title }: { articleId: string; title: string }) {
  const t = useTranslations("deletion");
  const [isOpen, setOpen] = useState(false);
  const [state, action, isPending] = useActionState<DeleteArticleState, FormData>(deleteArticleAction, {});
  if (!isOpen)
    return (
      <button type="button" className="button--danger" onClick={() => setOpen(true)}>
        {t("deleteArticle")}
      </button>
    );
  return (
    <form action={action} className="card form" aria-labelledby="delete-article-heading" style={{ flexBasis: "100%" }}>
      <h2 id="delete-article-heading" style={{ margin: 0 }}>
        {t("confirmHeading", { title })}
      </h2>
      <p style={{ margin: 0 }}>{t("confirmBody")}</p>
      <input type="hidden" name="articleId" value={articleId} />
      <Field htmlFor="delete-reason" label={t("reason")}>
        <input
          id="delete-reason"
          name="reason"
          required
          maxLength={DELETE_REASON_MAX}
          autoFocus
          aria-describedby="delete-reason-hint delete-reason-error"
          aria-invalid={state.error ? true : undefined}
        />
        <span id="delete-reason-hint" className="field__hint">
          {t("reasonHint")}
        </span>
        <span id="delete-reason-error" className="field__error" aria-live="polite">
          {state.error ?? null}
        </span>
      </Field>
      <SubmitOrCancel
        submit={t("confirm")}
        cancel={t("cancel")}
        pending={isPending}
        onCancel={() => setOpen(false)}
        tone="danger"
      />
    </form>
  );
}

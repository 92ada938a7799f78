"use client";

import { useTranslations } from "next-intl";
import { useActionState, type ReactNode } from "react";
import type { ReviewState } from "@/app/articles/[id]/run-review-verb";

type ReviewAction = (previous: ReviewState, form: FormData) => Promise<ReviewState>;

interface Props {
  action: ReviewAction;
  articleId: string;
  claimId: string;
  /** The claim version the form was rendered with; changes to the claim row send it for the conflict check. */
  version?: number;
  className?: string;
  /** Marks the form for the keyboard shortcuts ("status", "note", …). */
  kind?: string;
  /** Empty the fields after a success (notes, evidence, links); forms showing the claim's values keep them. */
  resetOnSuccess?: boolean;
  children: (pending: boolean) => ReactNode;
}

/**
 * One review form bound to a server action: hidden claim fields, the pending state, and the answer next to it —
 * "Saved.", the refusal in words, or after a conflict a button to re-apply the same change on the current version.
 */
export function ReviewForm({ action, articleId, claimId, version, className, kind, resetOnSuccess, children }: Props) {
  const t = useTranslations("review");
  const [state, formAction, pending] = useActionState<ReviewState, FormData>(action, {});
  return (
    <form
      action={formAction}
      className={className ?? "review__row"}
      data-review={kind}
      key={resetOnSuccess ? `done-${state.done ?? 0}` : undefined}
    >
      <input type="hidden" name="articleId" value={articleId} />
      <input type="hidden" name="claimId" value={claimId} />
      {version !== undefined ? <input type="hidden" name="version" value={version} /> : null}
      {children(pending)}
      <span aria-live="polite" className="review__message">
        {state.error ? <span className="field__error">{state.error}</span> : state.done ? t("saved") : null}
        {state.conflict ? (
          <button type="submit" name="reapplyVersion" value={state.conflict.version} disabled={pending}>
            {t("reapply")}
          </button>
        ) : null}
      </span>
    </form>
  );
}

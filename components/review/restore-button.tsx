"use client";

import { useTranslations } from "next-intl";
import { restoreClaimAction } from "@/app/articles/[id]/claim-edit-actions";
import { ReviewForm } from "./review-form";

/** Brings a removed or merged-away claim back onto the article's list. */
export function RestoreButton({
  articleId,
  claim,
}: {
  articleId: string;
  claim: { id: string; label: string; version: number };
}) {
  const t = useTranslations("review");
  return (
    <ReviewForm action={restoreClaimAction} articleId={articleId} claimId={claim.id} version={claim.version}>
      {(pending) => (
        <button type="submit" aria-label={t("restoreOf", { label: claim.label })} disabled={pending}>
          {t("restore")}
        </button>
      )}
    </ReviewForm>
  );
}

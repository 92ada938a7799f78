"use client";

import { useTranslations } from "next-intl";
import { restoreClaimAction } from "@/actions/claims/restore-claim";
import { useToast } from "@/components/ui/toasts";
import { useClaimAction } from "./card/use-claim-action";

/**
 * Brings a removed or merged-away claim back onto the article's list. When its words are now part of another claim
 * the server refuses and says which; the person can then restore it anyway, knowingly.
 */
export function RestoreButton({
  articleId,
  claim,
}: {
  articleId: string;
  claim: { id: string; label: string; version: number };
}) {
  const t = useTranslations("review");
  const toast = useToast();
  const { state, pending, run } = useClaimAction(restoreClaimAction);
  const restore = async (allowOverlap: boolean) => {
    const answer = await run({
      articleId,
      claimId: claim.id,
      version: claim.version,
      allowOverlap: String(allowOverlap),
    });
    if (answer.done) toast({ message: t("restoreToast", { label: claim.label }) });
  };
  return (
    <>
      <button
        type="button"
        aria-label={t("restoreOf", { label: claim.label })}
        disabled={pending}
        onClick={() => void restore(false)}
      >
        {t("restore")}
      </button>
      {state.error ? (
        <span className="restore__warning" role="alert">
          {state.error}{" "}
          {state.reason === "overlap" ? (
            <button type="button" className="button--danger" disabled={pending} onClick={() => void restore(true)}>
              {t("restoreAnyway")}
            </button>
          ) : null}
        </span>
      ) : null}
    </>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { setStatusAction } from "@/app/articles/[id]/review-actions";
import { CLAIM_STATUSES } from "@/lib/claims/claim-status";
import { ReviewForm } from "./review-form";
import type { StatusControlProps } from "./status-picker";

/**
 * The status with a reason, in a claim's tools (the card's picker sets a status in one step). The version it was
 * rendered with travels along, so a stale change is refused.
 */
export function ReviewControls({ articleId, claimId, label, status, version }: StatusControlProps) {
  const t = useTranslations("review");
  const ts = useTranslations("status");
  return (
    <div className="review">
      <ReviewForm
        action={setStatusAction}
        articleId={articleId}
        claimId={claimId}
        version={version}
        kind="status"
        className="review__row review__row--reason"
      >
        {(pending) => (
          <>
            <label className="skip-link" htmlFor={`status-reason-${claimId}`}>
              {t("statusWithReasonOf", { label })}
            </label>
            {/* Keyed by version: when someone else's change arrives, the list shows the new status. */}
            <select id={`status-reason-${claimId}`} name="status" defaultValue={status} key={`${version}-${status}`}>
              {CLAIM_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {ts(s)}
                </option>
              ))}
            </select>
            <label className="skip-link" htmlFor={`reason-${claimId}`}>
              {t("reasonOf", { label })}
            </label>
            <input id={`reason-${claimId}`} name="reason" placeholder={t("reason")} maxLength={2000} />
            <button type="submit" disabled={pending}>
              {t("setStatus")}
            </button>
          </>
        )}
      </ReviewForm>
    </div>
  );
}

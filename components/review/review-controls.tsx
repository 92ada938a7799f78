"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import {
  addEvidenceAction,
  addNoteAction,
  setStatusAction,
  type ReviewState,
} from "@/app/articles/[id]/review-actions";
import { CLAIM_STATUSES, type ClaimStatus } from "@/lib/claims/claim-status";

interface Props {
  articleId: string;
  claimId: string;
  label: string;
  status: ClaimStatus;
  version: number;
}

/** Review forms for one claim. The version it was rendered with travels along, so a stale change is refused. */
export function ReviewControls({ articleId, claimId, label, status, version }: Props) {
  const t = useTranslations("review");
  const ts = useTranslations("status");
  const [statusState, statusAction, statusPending] = useActionState<ReviewState, FormData>(setStatusAction, {});
  const [noteState, noteAction, notePending] = useActionState<ReviewState, FormData>(addNoteAction, {});
  const [evidenceState, evidenceAction, evidencePending] = useActionState<ReviewState, FormData>(addEvidenceAction, {});
  const hidden = (
    <>
      <input type="hidden" name="articleId" value={articleId} />
      <input type="hidden" name="claimId" value={claimId} />
    </>
  );
  const message = (state: ReviewState) => (
    <span aria-live="polite" className="review__message">
      {state.error ? <span className="field__error">{state.error}</span> : state.done ? t("saved") : null}
    </span>
  );
  return (
    <div className="review">
      <form action={statusAction} className="review__row" key={`status-${version}`} data-review="status">
        {hidden}
        <input type="hidden" name="version" value={version} />
        <label className="skip-link" htmlFor={`status-${claimId}`}>
          {t("statusOf", { label })}
        </label>
        <select id={`status-${claimId}`} name="status" defaultValue={status}>
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
        <button type="submit" disabled={statusPending}>
          {t("setStatus")}
        </button>
        {message(statusState)}
      </form>
      <form action={noteAction} className="review__row" key={`note-${noteState.done ?? 0}`}>
        {hidden}
        <label className="skip-link" htmlFor={`note-${claimId}`}>
          {t("noteOf", { label })}
        </label>
        <input id={`note-${claimId}`} name="body" placeholder={t("note")} maxLength={5000} />
        <button type="submit" disabled={notePending}>
          {t("addNote")}
        </button>
        {message(noteState)}
      </form>
      <form action={evidenceAction} className="review__row" key={`evidence-${evidenceState.done ?? 0}`}>
        {hidden}
        <label className="skip-link" htmlFor={`evidence-url-${claimId}`}>
          {t("evidenceUrlOf", { label })}
        </label>
        <input id={`evidence-url-${claimId}`} name="url" type="url" placeholder="https://…" />
        <label className="skip-link" htmlFor={`evidence-stance-${claimId}`}>
          {t("stanceOf", { label })}
        </label>
        <select id={`evidence-stance-${claimId}`} name="stance" defaultValue="supports">
          <option value="supports">{t("supports")}</option>
          <option value="refutes">{t("refutes")}</option>
          <option value="context">{t("context")}</option>
        </select>
        <button type="submit" disabled={evidencePending}>
          {t("addEvidence")}
        </button>
        {message(evidenceState)}
      </form>
    </div>
  );
}

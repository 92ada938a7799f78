"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, useTransition } from "react";
import { setStatusAction } from "@/app/articles/[id]/review-actions";
import type { ReviewState } from "@/app/articles/[id]/run-review-verb";
import { useStatusLabels } from "@/components/claims/use-status-labels";
import { CLAIM_STATUSES, type ClaimStatus } from "@/lib/claims/claim-status";

/** Dispatched on a picker's select (after setting its value) by the 1–8 shortcuts: save that status now. */
export const PICK_STATUS_EVENT = "claim:pick-status";

/** What a status control needs: the claim, its label for the accessible name, and the version it shows. */
export interface StatusControlProps {
  articleId: string;
  claimId: string;
  label: string;
  status: ClaimStatus;
  version: number;
}

/**
 * The status of a claim card: choosing one saves it at once, based on the version the card shows, so a stale
 * choice is refused with who changed what and a button that re-applies it on top. Deliberately one element per card
 * (no form): a 1,000-claim article stays light. The status with a reason lives in the card's tools.
 */
export function StatusPicker({ articleId, claimId, label, status, version }: StatusControlProps) {
  const t = useTranslations("review");
  const statusLabels = useStatusLabels();
  const [state, setState] = useState<ReviewState>({});
  const [pending, startTransition] = useTransition();
  const select = useRef<HTMLSelectElement>(null);
  const requested = useRef<string>(status);

  const send = (next: string, reapplyVersion?: number) => {
    requested.current = next;
    const form = new FormData();
    form.set("articleId", articleId);
    form.set("claimId", claimId);
    form.set("version", String(version));
    form.set("status", next);
    if (reapplyVersion) form.set("reapplyVersion", String(reapplyVersion));
    startTransition(async () => setState(await setStatusAction({}, form)));
  };
  const sendRef = useRef(send);
  useEffect(() => {
    sendRef.current = send;
  });
  useEffect(() => {
    const element = select.current;
    if (!element) return;
    const pick = () => sendRef.current(element.value);
    element.addEventListener(PICK_STATUS_EVENT, pick);
    return () => element.removeEventListener(PICK_STATUS_EVENT, pick);
  }, []);

  return (
    <div className="review review__row">
      <label className="skip-link" htmlFor={`status-${claimId}`}>
        {t("statusOf", { label })}
      </label>
      <select
        ref={select}
        id={`status-${claimId}`}
        data-status-picker
        defaultValue={status}
        // Keyed by version: when someone else's change arrives, the list shows the new status.
        key={`${version}-${status}`}
        onChange={(event) => send(event.target.value)}
      >
        {CLAIM_STATUSES.map((s) => (
          <option key={s} value={s}>
            {statusLabels[s]}
          </option>
        ))}
      </select>
      <span aria-live="polite" className="review__message">
        {pending ? t("saving") : state.error ? <span className="field__error">{state.error}</span> : null}
        {!pending && state.done ? t("saved") : null}
        {!pending && state.conflict ? (
          <button type="button" onClick={() => send(requested.current, state.conflict!.version)}>
            {t("reapply")}
          </button>
        ) : null}
      </span>
    </div>
  );
}

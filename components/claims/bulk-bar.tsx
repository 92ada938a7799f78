"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { bulkAssignAction } from "@/actions/claims/bulk-assign";
import { bulkStatusAction } from "@/actions/claims/bulk-status";
import type { BulkState } from "@/actions/claims/run-bulk-verb";
import { AssigneeSelect } from "@/components/review/assignee-select";
import { CLAIM_STATUSES } from "@/lib/claims/claim-status";
import { MatchingChoice, type Matching } from "./matching-choice";
import { CLAIM_LIMITS } from "@/lib/claims/claim-limits";

/**
 * Bulk status and assignment for the rows ticked in the claims table (the boxes belong to this form through their
 * form attribute; each button sends it to its own action), or for every claim matching the filter. Each claim keeps
 * its own version check: one changed meanwhile is skipped and counted, not overwritten.
 */
export function BulkBar({ assignees, matching }: { assignees?: { id: string; name: string }[]; matching: Matching }) {
  const t = useTranslations("claims");
  const ts = useTranslations("status");
  const [statusState, statusAction, statusPending] = useActionState<BulkState, FormData>(bulkStatusAction, {});
  const [assignState, assignAction, assignPending] = useActionState<BulkState, FormData>(bulkAssignAction, {});
  const message = (state: BulkState) => (
    <span aria-live="polite" className="review__message">
      {state.error ? (
        <span className="field__error">{state.error}</span>
      ) : state.result?.matched !== undefined ? (
        t("bulkDoneMatching", state.result as Required<BulkState>["result"])
      ) : state.result ? (
        t("bulkDone", { changed: state.result.changed, skipped: state.result.skipped })
      ) : null}
    </span>
  );
  return (
    <section className="card bulk-bar" aria-labelledby="bulk-heading">
      <h2 id="bulk-heading">{t("bulkHeading")}</h2>
      <form id="bulk-form" className="bulk-bar__form">
        {/* A change ends "all matching": the next one starts again from the page's boxes. */}
        <MatchingChoice matching={matching} since={[statusState, assignState]} />
        <div className="review__row">
          <label className="skip-link" htmlFor="bulk-status-select">
            {t("bulkStatusLabel")}
          </label>
          <select id="bulk-status-select" name="status" defaultValue="in_progress">
            {CLAIM_STATUSES.map((s) => (
              <option key={s} value={s}>
                {ts(s)}
              </option>
            ))}
          </select>
          <label className="skip-link" htmlFor="bulk-reason">
            {t("bulkReason")}
          </label>
          <input id="bulk-reason" name="reason" maxLength={CLAIM_LIMITS.reason} placeholder={t("bulkReason")} />
          <button type="submit" formAction={statusAction} disabled={statusPending}>
            {t("bulkStatus")}
          </button>
          {message(statusState)}
        </div>
        {assignees ? (
          <div className="review__row">
            <label htmlFor="bulk-assignee">{t("bulkAssignLabel")}</label>
            <AssigneeSelect id="bulk-assignee" assignees={assignees} />
            <button type="submit" formAction={assignAction} disabled={assignPending}>
              {t("bulkAssign")}
            </button>
            {message(assignState)}
          </div>
        ) : null}
      </form>
    </section>
  );
}

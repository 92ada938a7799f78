"use client";

import { useTranslations } from "next-intl";
import { useStatusLabels } from "@/components/claims/use-status-labels";
import { CLAIM_STATUSES, type ClaimStatus } from "@/lib/claims/claim-status";

interface Props {
  label: string;
  status: ClaimStatus;
  pending: boolean;
  onPick: (status: ClaimStatus) => void;
}

/**
 * The eight statuses as one row of coloured toggle buttons, each with its key. A click (or the key) saves at once;
 * toggle buttons and not radios, because arrow keys on a radio group would change the verdict while moving.
 */
export function StatusSegments({ label, status, pending, onPick }: Props) {
  const t = useTranslations("review");
  const labels = useStatusLabels();
  return (
    <div className="status-segments" role="group" aria-label={t("statusOf", { label })} aria-busy={pending}>
      {CLAIM_STATUSES.map((s, i) => (
        <button
          key={s}
          type="button"
          className="status-segment"
          style={{ ["--segment" as string]: `var(--st-${s})` }}
          aria-pressed={s === status}
          aria-keyshortcuts={String(i + 1)}
          onClick={() => onPick(s)}
        >
          <kbd aria-hidden="true">{i + 1}</kbd>
          {labels[s]}
        </button>
      ))}
    </div>
  );
}

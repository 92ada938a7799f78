"use client";

import { useFormatter, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import type { DismissedMatchView } from "@/lib/claims/claim-match-schemas";

/** GET /api/claims/:id/matches as JSON carries a dismissal: its date as text. */
export type DismissedMatch = Omit<DismissedMatchView, "at"> & { at: string };

interface Props {
  dismissed: DismissedMatch[];
  /** All of the claim's unlinked matches (the list holds the newest 20). */
  total: number;
  canReview: boolean;
  pending: boolean;
  onRestore: (claimId: string) => void;
}

/**
 * The matches people unlinked as not the same claim: which claim, why, who and when, and "Link again" for a desk
 * that thinks otherwise. Closed by default: the decision is made, the list is there to be questioned.
 */
export function DismissedMatches({ dismissed, total, canReview, pending, onRestore }: Props) {
  const t = useTranslations("seen");
  const format = useFormatter();
  if (dismissed.length === 0) return null;
  return (
    <details className="seen-before__dismissed">
      <summary>
        {t("dismissedList", { count: Math.max(total, dismissed.length) })}
        {total > dismissed.length ? (
          <span className="muted"> · {t("dismissedNewest", { shown: dismissed.length })}</span>
        ) : null}
      </summary>
      <ul className="seen-before__list">
        {dismissed.map((d) => (
          <li key={d.claimId} data-dismissed-id={d.claimId}>
            <a href={`/articles/${d.article.id}#claim-${d.claimId}`}>{d.article.title}</a>
            {d.article.outlet ? <span className="muted"> · {d.article.outlet}</span> : null}
            <p className="seen-before__text">{d.text}</p>
            <p className="muted">
              {t(`dismissedReason.${d.reason}`)}
              {d.note ? ` — ${d.note}` : ""} ·{" "}
              {t("dismissedBy", {
                name: d.by ?? t("someone"),
                date: format.dateTime(new Date(d.at), { dateStyle: "medium", timeStyle: "short" }),
              })}
            </p>
            {canReview ? (
              <Button type="button" disabled={pending} onClick={() => onRestore(d.claimId)}>
                {t("linkAgain")}
              </Button>
            ) : null}
          </li>
        ))}
      </ul>
    </details>
  );
}

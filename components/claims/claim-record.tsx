"use client";

import { useState } from "react";
import { useCardText } from "@/components/review/card/card-text";
import { eventDetail, reasonInDetail } from "@/components/review/event-text";
import type { ClaimView } from "@/lib/articles/get-article";
import type { ClaimStatus } from "@/lib/claims/claim-status";

/**
 * A claim's history behind its summary line (reason, notes and evidence show on the card itself). The contents are rendered when it is
 * first opened: a 527-claim review page rendered and sent every card's history, dates formatted, to show closed.
 */
export function ClaimRecord({ claim }: { claim: ClaimView }) {
  const { review: tr, format, statusLabels } = useCardText();
  const [opened, setOpened] = useState(false);
  const label = (value: string | null) =>
    value === null ? "—" : Object.hasOwn(statusLabels, value) ? statusLabels[value as ClaimStatus] : value;
  return (
    <details className="claim-record" onToggle={(event) => event.currentTarget.open && setOpened(true)}>
      <summary>{tr("historySummary", { changes: claim.history.length })}</summary>
      {opened ? (
        <>
          <ol className="claim-history">
            {claim.history.map((h, i) => (
              <li key={i}>
                {tr.has(`event.${h.type}`) ? tr(`event.${h.type}` as "event.created") : h.type}
                {eventDetail(h, label) ? `: ${eventDetail(h, label)}` : ""}
                {h.reason && !reasonInDetail(h.type) ? ` (${h.reason})` : ""}{" "}
                <span className="muted">
                  {h.actor ? tr("by", { name: h.actor }) : ""} ·{" "}
                  <time dateTime={h.createdAt.toISOString()}>
                    {format.dateTime(h.createdAt, { dateStyle: "short", timeStyle: "short" })}
                  </time>
                </span>
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </details>
  );
}

"use client";

import { useCardText } from "@/components/review/card/card-text";
import { eventDetail, reasonInDetail } from "@/components/review/event-text";
import type { ClaimHistoryEntry, ClaimView } from "@/lib/articles/get-article";
import type { ClaimStatus } from "@/lib/claims/claim-status";
import { Notice } from "@/components/ui/notice";
import { useFetchWhenOpen } from "@/components/review/card/use-fetch-when-open";

/** GET /api/claims/:id/history as JSON carries it: the history entries with their dates as text. */
type HistoryResponse = { history: (Omit<ClaimHistoryEntry, "createdAt"> & { createdAt: string })[] };

/**
 * A claim's history behind its summary line (reason, notes and evidence show on the card itself). The events are
 * read when it is first opened (GET /api/claims/:id/history), and again whenever the claim changes while it was open:
 * a 527-claim review page that carried every card's events spent a seventh of its size on histories nobody opened.
 */
export function ClaimRecord({ claim }: { claim: ClaimView }) {
  const { review: tr, format, statusLabels } = useCardText();
  const changes = claim.changes.count;
  const { opened, loaded, onToggle } = useFetchWhenOpen(
    `/api/claims/${encodeURIComponent(claim.id)}/history`,
    (json) => (json as HistoryResponse).history.map((h) => ({ ...h, createdAt: new Date(h.createdAt) })),
    [claim.version, changes],
  );
  const label = (value: string | null) =>
    value === null ? "—" : Object.hasOwn(statusLabels, value) ? statusLabels[value as ClaimStatus] : value;
  return (
    <details className="claim-record" onToggle={(event) => onToggle(event.currentTarget.open)}>
      <summary>{tr("historySummary", { changes })}</summary>
      {!opened ? null : loaded.state === "loading" ? (
        <p className="muted" role="status">
          {tr("historyLoading")}
        </p>
      ) : loaded.state === "failed" ? (
        <Notice tone="error" role="alert">
          {tr("historyFailed")}
        </Notice>
      ) : (
        <ol className="claim-history">
          {loaded.value.map((h, i) => (
            <li key={i}>
              {tr.has(`event.${h.type}`) ? tr(`event.${h.type}` as "event.created") : h.type}
              {eventDetail(h, label) ? `: ${eventDetail(h, label)}` : ""}
              {h.reason && !reasonInDetail(h.type) ? ` (${h.reason})` : ""}{" "}
              {h.related ? (
                <>
                  {tr("relatedFrom")}{" "}
                  <a href={`/articles/${h.related.articleId}#claim-${h.related.claimId}`}>
                    {h.related.articleTitle}
                  </a>{" "}
                </>
              ) : null}
              <span className="muted">
                {h.actor ? tr("by", { name: h.actor }) : ""} ·{" "}
                <time dateTime={h.createdAt.toISOString()}>
                  {format.dateTime(h.createdAt, { dateStyle: "short", timeStyle: "short" })}
                </time>
              </span>
            </li>
          ))}
        </ol>
      )}
    </details>
  );
}

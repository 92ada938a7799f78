"use client";

import { useEffect, useRef, useState } from "react";
import { useCardText } from "@/components/review/card/card-text";
import { eventDetail, reasonInDetail } from "@/components/review/event-text";
import type { ClaimHistoryEntry, ClaimView } from "@/lib/articles/get-article";
import type { ClaimStatus } from "@/lib/claims/claim-status";
import { Notice } from "@/components/ui/notice";

/** GET /api/claims/:id/history as JSON carries it: the history entries with their dates as text. */
type HistoryResponse = { history: (Omit<ClaimHistoryEntry, "createdAt"> & { createdAt: string })[] };

type Loaded = { state: "loading" } | { state: "failed" } | { state: "shown"; history: ClaimHistoryEntry[] };

/**
 * A claim's history behind its summary line (reason, notes and evidence show on the card itself). The events are
 * read when it is first opened (GET /api/claims/:id/history), and again whenever the claim changes while it was open:
 * a 527-claim review page that carried every card's events spent a seventh of its size on histories nobody opened.
 */
export function ClaimRecord({ claim }: { claim: ClaimView }) {
  const { review: tr, format, statusLabels } = useCardText();
  const [opened, setOpened] = useState(false);
  const [loaded, setLoaded] = useState<Loaded>({ state: "loading" });
  // Answers can arrive out of order when the claim changes twice quickly: only the newest request may show.
  const latest = useRef(0);
  const changes = claim.changes.count;
  useEffect(() => {
    if (!opened) return;
    const request = ++latest.current;
    const show = (next: Loaded) => request === latest.current && setLoaded(next);
    fetch(`/api/claims/${encodeURIComponent(claim.id)}/history`, { cache: "no-store" })
      .then(async (response) => {
        if (!response.ok) return show({ state: "failed" });
        const { history } = (await response.json()) as HistoryResponse;
        show({ state: "shown", history: history.map((h) => ({ ...h, createdAt: new Date(h.createdAt) })) });
      })
      .catch(() => show({ state: "failed" }));
  }, [opened, claim.id, claim.version, changes]);
  const label = (value: string | null) =>
    value === null ? "—" : Object.hasOwn(statusLabels, value) ? statusLabels[value as ClaimStatus] : value;
  return (
    <details className="claim-record" onToggle={(event) => event.currentTarget.open && setOpened(true)}>
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
          {loaded.history.map((h, i) => (
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

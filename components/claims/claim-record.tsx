"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { eventDetail, reasonInDetail } from "@/components/review/event-text";
import type { ClaimView } from "@/lib/articles/get-article";
import type { ClaimStatus } from "@/lib/claims/claim-status";
import { useStatusLabels } from "./use-status-labels";

/**
 * A claim's record (reason, notes, evidence, history) behind its summary line. The contents are rendered when it is
 * first opened: a 527-claim review page rendered and sent every card's history, dates formatted, to show closed.
 */
export function ClaimRecord({ claim }: { claim: ClaimView }) {
  const tr = useTranslations("review");
  const format = useFormatter();
  const statusLabels = useStatusLabels();
  const [opened, setOpened] = useState(false);
  const label = (value: string | null) =>
    value === null ? "—" : Object.hasOwn(statusLabels, value) ? statusLabels[value as ClaimStatus] : value;
  return (
    <details className="claim-record" onToggle={(event) => event.currentTarget.open && setOpened(true)}>
      <summary>
        {tr("recordSummary", {
          notes: claim.notes.length,
          evidence: claim.evidence.length,
          changes: claim.history.length,
        })}
      </summary>
      {opened ? (
        <>
          {claim.statusReason ? <p>{claim.statusReason}</p> : null}
          {claim.notes.length ? (
            <>
              <strong>{tr("notes")}</strong>
              <ul>
                {claim.notes
                  .filter((n) => !n.parentId)
                  .map((n) => (
                    <li key={n.id}>
                      {n.body} <span className="muted">— {n.author ?? "?"}</span>
                      {claim.notes.some((r) => r.parentId === n.id) ? (
                        <ul>
                          {claim.notes
                            .filter((r) => r.parentId === n.id)
                            .map((r) => (
                              <li key={r.id}>
                                ↳ {r.body} <span className="muted">— {r.author ?? "?"}</span>
                              </li>
                            ))}
                        </ul>
                      ) : null}
                    </li>
                  ))}
              </ul>
            </>
          ) : null}
          {claim.evidence.length ? (
            <>
              <strong>{tr("evidence")}</strong>
              <ul>
                {claim.evidence.map((e) => (
                  <li key={e.id}>
                    {tr(e.stance as "supports")}:{" "}
                    <a href={e.url} rel="noopener noreferrer nofollow" target="_blank">
                      {e.title ?? e.url}
                    </a>
                    {e.excerpt ? <q className="muted"> {e.excerpt}</q> : null}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          <strong>{tr("history")}</strong>
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

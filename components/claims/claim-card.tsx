"use client";

import { useFormatter, useTranslations } from "next-intl";
import { ClaimTools } from "@/components/review/claim-tools";
import { eventDetail, reasonInDetail } from "@/components/review/event-text";
import { StatusPicker } from "@/components/review/status-picker";
import { SourceChip } from "@/components/sources/source-chip";
import type { ClaimView } from "@/lib/articles/get-article";
import { independentOrigins } from "@/lib/coverage/compute-coverage";

/**
 * One claim beside the text: label, atomic statement, status, kind, sources and quantities, its tools and record.
 * A client component on purpose: the page sends each claim as data once, instead of the rendered tree of every card
 * (which doubled the size of a 500-claim page).
 */
interface Props {
  claim: ClaimView;
  lang: string;
  articleId: string;
  /** What the role may do here (the server checks again on every change). */
  can: { review: boolean; edit: boolean; link: boolean };
  /** The next claim in the text, for merging. */
  next: { id: string; version: number } | null;
}

export function ClaimCard({ claim, lang, articleId, can, next }: Props) {
  const t = useTranslations("article");
  const ts = useTranslations("status");
  const tr = useTranslations("review");
  const format = useFormatter();
  const label = (value: string | null) => (value === null ? "—" : ts.has(value) ? ts(value as "true") : value);
  const hasRecord = claim.notes.length + claim.evidence.length + claim.history.length > 0 || claim.statusReason;
  return (
    <li
      id={`claim-${claim.id}`}
      data-claim-id={claim.id}
      data-status={claim.status}
      data-kind={claim.kind}
      data-hedged={claim.hedged ? "yes" : "no"}
      data-sources={independentOrigins(claim.citations).length}
      tabIndex={-1}
      className="claim-card"
      style={{ borderLeftColor: `var(--st-${claim.status})` }}
    >
      <div className="claim-card__head">
        <a className="claim-card__label" href={`#text-${claim.id}`} lang={lang}>
          {claim.label}
        </a>
        <span className="badge" style={{ background: `var(--st-${claim.status})` }}>
          {ts(claim.status)}
        </span>
      </div>
      {claim.assignee ? <p className="muted claim-card__assignee">→ {claim.assignee.name}</p> : null}
      <p className="claim-card__text" lang={lang}>
        {claim.text}
      </p>
      <ul className="chips">
        {claim.kind === "opinion" ? (
          <li className="badge" style={{ background: "#f1e7c9" }}>
            {t("opinion")}
          </li>
        ) : null}
        {claim.origin === "manual" ? (
          <li className="badge" style={{ background: "#e3eefc" }} title={tr("manualHint")}>
            {tr("manual")}
          </li>
        ) : null}
        {claim.hedged ? (
          <li className="badge" style={{ background: "#ece4f6" }}>
            {t("hedged")}
          </li>
        ) : null}
        {claim.citations.length === 0 ? (
          <li className="muted" style={{ fontSize: "0.85rem" }}>
            {t("noSource")}
          </li>
        ) : null}
        {claim.citations.map((c) => (
          <SourceChip key={c.sourceId} citation={c} />
        ))}
        {claim.quantities.map((q) => (
          <li key={`${q.start}`} className="quantity-chip" title={t("quantity")}>
            {q.text}
          </li>
        ))}
      </ul>
      {can.review ? (
        <StatusPicker
          articleId={articleId}
          claimId={claim.id}
          label={claim.label}
          status={claim.status}
          version={claim.version}
        />
      ) : null}
      {can.review || can.edit || can.link ? (
        <ClaimTools
          articleId={articleId}
          claim={{
            id: claim.id,
            label: claim.label,
            text: claim.text,
            quote: claim.quote,
            version: claim.version,
            status: claim.status,
            assigneeId: claim.assignee?.id,
            citations: claim.citations,
            notes: claim.notes.map((n) => ({ id: n.id, body: n.body.slice(0, 60) })),
          }}
          next={next}
          can={can}
        />
      ) : null}
      {hasRecord ? (
        <details className="claim-record">
          <summary>
            {tr("recordSummary", {
              notes: claim.notes.length,
              evidence: claim.evidence.length,
              changes: claim.history.length,
            })}
          </summary>
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
        </details>
      ) : null}
    </li>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { ClaimTools } from "@/components/review/claim-tools";
import { StatusPicker } from "@/components/review/status-picker";
import { SourceChip } from "@/components/sources/source-chip";
import type { ClaimView } from "@/lib/articles/get-article";
import { ClaimRecord } from "./claim-record";
import { useStatusLabels } from "./use-status-labels";
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
  const statusLabels = useStatusLabels();
  const tr = useTranslations("review");
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
          {statusLabels[claim.status]}
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
      {hasRecord ? <ClaimRecord claim={claim} /> : null}
    </li>
  );
}

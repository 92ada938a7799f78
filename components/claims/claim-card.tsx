"use client";

import { useEffect, useRef, useState } from "react";
import { flushSync } from "react-dom";
import { SourceChip } from "@/components/sources/source-chip";
import type { ClaimView } from "@/lib/articles/get-article";
import type { ClaimStatus } from "@/lib/claims/claim-status";
import { independentOrigins } from "@/lib/claims/sourcing";
import {
  CardToolsProvider,
  useCardDrafts,
  useKnownVersion,
  type CardTools,
  type NextClaim,
} from "@/components/review/card/card-context";
import { useCardText } from "@/components/review/card/card-text";
import { ClaimNotes } from "@/components/review/card/claim-notes";
import { ClaimToolPanel } from "@/components/review/card/claim-tool-panel";
import { SeenBefore } from "@/components/review/card/seen-before";
import { StatusSegments } from "@/components/review/card/status-segments";
import { ToolBar } from "@/components/review/card/tool-bar";
import { ActionMessage, focusFirstField } from "@/components/review/card/tool-panel";
import { useStatusChange } from "@/components/review/card/use-status-change";
import { useToast } from "@/components/ui/toasts";
import { useDesk, useIsSelected, type CardHandle, type ToolName } from "@/components/review/review-desk";
import { ClaimRecord } from "./claim-record";
import { ClaimWordsChanged } from "./claim-words-changed";

/** What the role may do here (the server checks again on every change). */
export interface CardPermissions {
  review: boolean;
  edit: boolean;
  link: boolean;
  assign: boolean;
}

interface Props {
  claim: ClaimView;
  lang: string;
  articleId: string;
  can: CardPermissions;
  /** The next claim in the text, for merging. */
  next: NextClaim | null;
}

/** The tools a person may use on a claim, in the tool bar's order (the shortcut help lists the same). */
export const toolsFor = (can: CardPermissions): ToolName[] => [
  ...(can.review ? (["reason", "note", "evidence"] as const) : []),
  ...(can.link ? (["source"] as const) : []),
  ...(can.assign ? (["assign"] as const) : []),
  ...(can.edit ? (["edit", "split", "merge", "remove"] as const) : []),
];

/**
 * One claim beside the text. Closed, it reads as label, status, text, sources and notes; selected (click, Tab or
 * j/k), it opens its action bar: the status as coloured buttons with their keys and the tools, one open at a time.
 * The card is keyed by the claim's id and keeps what the user typed in its own state, so nothing a refresh brings
 * can wipe a draft; the keyboard reaches it through the handle it registers under its id.
 */
export function ClaimCard({ claim, lang, articleId, can, next }: Props) {
  const { article: t, review: tr, statusLabels } = useCardText();
  const desk = useDesk();
  const toast = useToast();
  const selected = useIsSelected(claim.id);
  const card = useRef<HTMLLIElement>(null);
  const pressed = useRef(false);
  // A press released elsewhere (a drag out of the card, a right click) gives no click: the card the focus is in is
  // then the one selected, after the release, so the keys act on it.
  const released = () =>
    setTimeout(() => {
      if (!pressed.current) return;
      pressed.current = false;
      if (card.current?.contains(document.activeElement)) desk.select(claim.id);
    });
  const [tool, setTool] = useState<ToolName | null>(null);
  const drafts = useCardDrafts();
  const { knownVersion, noteVersion } = useKnownVersion(claim.version);
  const status = useStatusChange({
    articleId,
    claimId: claim.id,
    label: claim.label,
    status: claim.status,
    knownVersion,
    noteVersion,
  });
  const tools = toolsFor(can);

  const close = () => {
    setTool(null);
    card.current?.focus();
  };
  const openTool = (name: ToolName | null) => {
    desk.select(claim.id);
    // Synchronously, and focused at once: a shortcut's next typed letters must land in the field, not on the card.
    flushSync(() => setTool(name && tools.includes(name) ? name : null));
    focusFirstField(card.current?.querySelector(".tool-panel"));
  };
  const pick = (next: ClaimStatus, reason?: string) => {
    if (!can.review) return Promise.resolve({});
    // The same status again would only wipe its reason: say so instead of writing an empty change.
    if (next === claim.status && reason === undefined) {
      toast({ message: tr("alreadyStatus", { label: claim.label, status: statusLabels[next] }) });
      return Promise.resolve({});
    }
    return status.pick(next, reason);
  };
  const handle = useRef<CardHandle>({ setStatus: () => undefined, openTool: () => undefined });
  useEffect(() => {
    handle.current = { setStatus: (s) => void pick(s), openTool };
  });
  useEffect(() => desk.register(claim.id, handle), [desk, claim.id]);

  const context: CardTools = {
    articleId,
    claim,
    next,
    knownVersion,
    noteVersion,
    ...drafts,
    setStatus: pick,
    statusPending: status.pending,
    close,
    openTool,
  };
  return (
    <li
      ref={card}
      id={`claim-${claim.id}`}
      data-claim-id={claim.id}
      data-status={claim.status}
      data-kind={claim.kind}
      data-hedged={claim.hedged ? "yes" : "no"}
      data-sources={independentOrigins(claim.citations).length}
      tabIndex={-1}
      aria-current={selected ? "true" : undefined}
      aria-label={claim.label}
      className={`claim-card${selected ? " claim-card--open" : ""}`}
      // A press of the mouse selects on its click, not when it focuses: selecting closes the card open before, and
      // a card below it moved up between press and release, so the click ("Seen in …", "History") was lost.
      onPointerDown={() => {
        pressed.current = true;
        document.addEventListener("pointerup", released, { once: true });
      }}
      onFocus={() => {
        if (!pressed.current) desk.select(claim.id);
      }}
      onClick={() => {
        pressed.current = false;
        desk.select(claim.id);
      }}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) pressed.current = false;
      }}
    >
      <div className="claim-card__head">
        <button
          type="button"
          className="claim-card__label"
          lang={lang}
          title={tr("showInText")}
          onClick={() => desk.select(claim.id, { reveal: "text" })}
        >
          {claim.label}
        </button>
        <span className="badge claim-card__status">{statusLabels[claim.status]}</span>
      </div>
      {claim.assignee ? <p className="muted claim-card__assignee">→ {claim.assignee.name}</p> : null}
      <p className="claim-card__text" lang={lang}>
        {claim.text}
      </p>
      {claim.anchor === "changed" || claim.changedAfterVerdict ? <ClaimWordsChanged claim={claim} lang={lang} /> : null}
      <ul className="chips">
        {claim.kind === "opinion" ? <li className="badge badge--opinion">{t("opinion")}</li> : null}
        {claim.origin === "manual" ? (
          <li className="badge badge--manual" title={tr("manualHint")}>
            {tr("manual")}
          </li>
        ) : null}
        {claim.hedged ? <li className="badge badge--hedged">{t("hedged")}</li> : null}
        {claim.citations.length === 0 ? <li className="muted chips__none">{t("noSource")}</li> : null}
        {claim.citations.map((c) => (
          <SourceChip key={c.sourceId} citation={c} />
        ))}
        {claim.quantities.map((q) => (
          <li key={`${q.start}`} className="quantity-chip" title={t("quantity")}>
            {q.text}
          </li>
        ))}
      </ul>
      <ClaimNotes claim={claim} />
      {claim.seenBefore.articles || claim.seenBefore.dismissed ? (
        <SeenBefore claim={claim} articleId={articleId} version={knownVersion} canReview={can.review} />
      ) : null}
      {drafts.hasDrafts && !selected ? <p className="claim-card__draft">{tr("unsavedDraft")}</p> : null}
      {selected && can.review ? (
        <>
          <StatusSegments
            label={claim.label}
            status={claim.status}
            pending={status.pending}
            onPick={(s) => void pick(s)}
          />
          <ActionMessage state={status.state} pending={false} onReapply={(version) => void status.reapply(version)} />
        </>
      ) : null}
      {selected && tools.length ? (
        <CardToolsProvider value={context}>
          <ToolBar label={claim.label} tools={tools} open={tool} onOpen={openTool} />
          {tool ? <ClaimToolPanel tool={tool} /> : null}
        </CardToolsProvider>
      ) : null}
      {claim.changes.count ? <ClaimRecord claim={claim} /> : null}
    </li>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { flushSync } from "react-dom";
import {
  editClaimAction,
  linkSourceAction,
  mergeClaimAction,
  removeClaimAction,
  splitClaimAction,
} from "@/app/articles/[id]/claim-edit-actions";
import { addEvidenceAction, addNoteAction } from "@/app/articles/[id]/review-actions";
import type { CitationView } from "@/lib/articles/get-article";
import { SOURCE_TYPES } from "@/lib/extract/schema";
import type { ClaimStatus } from "@/lib/claims/claim-status";
import { AssignForm } from "./assign-form";
import { CitationRow } from "./citation-row";
import { ReviewControls } from "./review-controls";
import { ReviewForm } from "./review-form";

/** Dispatched on a card's tools (details.claim-tools) to open them and build their forms at once. */
export const OPEN_TOOLS_EVENT = "claimtools:open";

export interface ToolsClaim {
  id: string;
  label: string;
  text: string;
  quote: string;
  version: number;
  status: ClaimStatus;
  assigneeId?: string;
  notes: { id: string; body: string }[];
  citations: CitationView[];
}

interface Props {
  articleId: string;
  claim: ToolsClaim;
  /** The next claim in the text, for "merge with the next claim". */
  next: { id: string; version: number } | null;
  can: { review: boolean; edit: boolean; link: boolean };
}

/**
 * Everything a fact-checker does to one claim besides its status, folded away until needed (the shortcuts e, n, v
 * and s open it): notes, evidence, sources with their role, editing, split, merge and remove.
 */
export function ClaimTools({ articleId, claim, next, can }: Props) {
  const t = useTranslations("review");
  const tt = useTranslations("sourceType");
  const splitQuote = useRef<HTMLTextAreaElement>(null);
  const splitAt = useRef<HTMLInputElement>(null);
  // The forms are built when the tools are first opened: a 1,000-claim article stays light to load and to scroll.
  const [opened, setOpened] = useState(false);
  const details = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    // The keyboard shortcuts open the tools and focus a field in the same keystroke: build the forms synchronously,
    // or the next typed letters would land on the card (and act as shortcuts) before the field exists.
    const element = details.current;
    if (!element) return;
    const open = () => {
      flushSync(() => setOpened(true));
      element.open = true;
    };
    const toggled = () => {
      if (element.open) setOpened(true);
    };
    element.addEventListener(OPEN_TOOLS_EVENT, open);
    element.addEventListener("toggle", toggled);
    // Opened by a click before this page was interactive: build the forms now.
    if (element.open) queueMicrotask(toggled);
    return () => {
      element.removeEventListener(OPEN_TOOLS_EVENT, open);
      element.removeEventListener("toggle", toggled);
    };
  }, []);
  const { id, label } = claim;
  const common = { articleId, claimId: id };
  return (
    <details ref={details} className="claim-tools">
      <summary aria-label={`${t("tools")}: ${label}`}>{t("tools")}</summary>
      {opened ? (
        <>
          <AssignForm articleId={articleId} claimId={id} label={t("assignOf", { label })} current={claim.assigneeId} />
          {can.review ? (
            <>
              <ReviewControls
                articleId={articleId}
                claimId={id}
                label={label}
                status={claim.status}
                version={claim.version}
              />
              <ReviewForm action={addNoteAction} {...common} kind="note" resetOnSuccess className="review__stack">
                {(pending) => (
                  <>
                    <label htmlFor={`note-${id}`}>{t("noteOf", { label })}</label>
                    <textarea id={`note-${id}`} name="body" rows={2} maxLength={5000} required />
                    {claim.notes.length ? (
                      <label>
                        {t("replyTo")}{" "}
                        <select name="parentId" defaultValue="">
                          <option value="">{t("newThread")}</option>
                          {claim.notes.map((n) => (
                            <option key={n.id} value={n.id}>
                              {n.body.slice(0, 60)}
                            </option>
                          ))}
                        </select>
                      </label>
                    ) : null}
                    <button type="submit" disabled={pending}>
                      {t("addNote")}
                    </button>
                  </>
                )}
              </ReviewForm>
              <ReviewForm
                action={addEvidenceAction}
                {...common}
                kind="evidence"
                resetOnSuccess
                className="review__stack"
              >
                {(pending) => (
                  <>
                    <label htmlFor={`evidence-url-${id}`}>{t("evidenceUrlOf", { label })}</label>
                    <input id={`evidence-url-${id}`} name="url" type="url" placeholder="https://…" required />
                    <label className="skip-link" htmlFor={`evidence-title-${id}`}>
                      {t("evidenceTitleOf", { label })}
                    </label>
                    <input id={`evidence-title-${id}`} name="title" placeholder={t("evidenceTitle")} maxLength={300} />
                    <label className="skip-link" htmlFor={`evidence-excerpt-${id}`}>
                      {t("evidenceExcerptOf", { label })}
                    </label>
                    <textarea
                      id={`evidence-excerpt-${id}`}
                      name="excerpt"
                      rows={2}
                      placeholder={t("evidenceExcerpt")}
                      maxLength={5000}
                    />
                    <span className="review__row">
                      <label className="skip-link" htmlFor={`evidence-stance-${id}`}>
                        {t("stanceOf", { label })}
                      </label>
                      <select id={`evidence-stance-${id}`} name="stance" defaultValue="supports">
                        <option value="supports">{t("supports")}</option>
                        <option value="refutes">{t("refutes")}</option>
                        <option value="context">{t("context")}</option>
                      </select>
                      <button type="submit" disabled={pending}>
                        {t("addEvidence")}
                      </button>
                    </span>
                  </>
                )}
              </ReviewForm>
            </>
          ) : null}
          {can.link ? (
            <section className="review__section" aria-label={t("sourcesHeading")}>
              <h3>{t("sourcesHeading")}</h3>
              <ul className="citation-list">
                {claim.citations.map((c) => (
                  <CitationRow key={c.id} articleId={articleId} claimId={id} citation={c} others={claim.citations} />
                ))}
              </ul>
              <ReviewForm action={linkSourceAction} {...common} kind="source" resetOnSuccess className="review__stack">
                {(pending) => (
                  <>
                    <label htmlFor={`source-${id}`}>{t("sourceNameOf", { label })}</label>
                    <input
                      id={`source-${id}`}
                      name="sourceName"
                      list="source-registry"
                      placeholder={t("sourceName")}
                      maxLength={200}
                      required
                    />
                    <span className="review__row">
                      <label className="skip-link" htmlFor={`source-type-${id}`}>
                        {t("sourceTypeOf", { label })}
                      </label>
                      <select id={`source-type-${id}`} name="type" defaultValue="other">
                        {SOURCE_TYPES.map((type) => (
                          <option key={type} value={type}>
                            {tt(type)}
                          </option>
                        ))}
                      </select>
                      <label className="skip-link" htmlFor={`source-role-${id}`}>
                        {t("roleOf")}
                      </label>
                      <select id={`source-role-${id}`} name="role" defaultValue="origin">
                        <option value="origin">{t("origin")}</option>
                        <option value="relay">{t("relay")}</option>
                      </select>
                    </span>
                    <label className="skip-link" htmlFor={`source-aliases-${id}`}>
                      {t("aliasesOf", { label })}
                    </label>
                    <input id={`source-aliases-${id}`} name="aliases" placeholder={t("aliases")} maxLength={1000} />
                    <button type="submit" disabled={pending}>
                      {t("linkSource")}
                    </button>
                  </>
                )}
              </ReviewForm>
            </section>
          ) : null}
          {can.edit ? (
            <section className="review__section" aria-label={t("editHeading")}>
              <h3>{t("editHeading")}</h3>
              <ReviewForm
                action={editClaimAction}
                {...common}
                version={claim.version}
                kind="edit"
                className="review__stack"
                key={`edit-${claim.version}`}
              >
                {(pending) => (
                  <>
                    <label htmlFor={`text-${id}-edit`}>{t("textOf", { label })}</label>
                    <textarea id={`text-${id}-edit`} name="text" rows={3} defaultValue={claim.text} maxLength={5000} />
                    <label htmlFor={`label-${id}-edit`}>{t("labelOf", { label })}</label>
                    <input id={`label-${id}-edit`} name="label" defaultValue={claim.label} maxLength={200} />
                    <button type="submit" disabled={pending}>
                      {t("saveEdit")}
                    </button>
                  </>
                )}
              </ReviewForm>
              <ReviewForm
                action={splitClaimAction}
                {...common}
                version={claim.version}
                kind="split"
                className="review__stack"
                key={`split-${claim.version}`}
              >
                {(pending) => (
                  <>
                    <label htmlFor={`split-${id}`}>{t("splitQuoteOf", { label })}</label>
                    <textarea
                      id={`split-${id}`}
                      ref={splitQuote}
                      data-split-quote
                      aria-readonly="true"
                      rows={3}
                      // Not readOnly (browsers hide the caret there, and the caret is the point of this field): a controlled
                      // value that ignores edits keeps the quote as it is.
                      value={claim.quote}
                      onChange={() => undefined}
                      onBeforeInput={(event) => event.preventDefault()}
                    />
                    <input type="hidden" name="at" ref={splitAt} />
                    <button
                      type="submit"
                      disabled={pending}
                      onClick={() => {
                        if (splitAt.current) splitAt.current.value = String(splitQuote.current?.selectionStart ?? 0);
                      }}
                    >
                      {t("split")}
                    </button>
                  </>
                )}
              </ReviewForm>
              <div className="review__row">
                {next ? (
                  <ReviewForm
                    action={mergeClaimAction}
                    {...common}
                    version={claim.version}
                    key={`merge-${claim.version}`}
                  >
                    {(pending) => (
                      <>
                        <input type="hidden" name="withId" value={next.id} />
                        <input type="hidden" name="withVersion" value={next.version} />
                        <button type="submit" data-merge disabled={pending}>
                          {t("mergeNext")}
                        </button>
                      </>
                    )}
                  </ReviewForm>
                ) : null}
                <ReviewForm
                  action={removeClaimAction}
                  {...common}
                  version={claim.version}
                  key={`remove-${claim.version}`}
                >
                  {(pending) => (
                    <>
                      <label className="skip-link" htmlFor={`remove-${id}`}>
                        {t("removeReasonOf", { label })}
                      </label>
                      <input id={`remove-${id}`} name="reason" placeholder={t("removeReason")} maxLength={2000} />
                      <button type="submit" className="button--danger" disabled={pending}>
                        {t("remove")}
                      </button>
                    </>
                  )}
                </ReviewForm>
              </div>
            </section>
          ) : null}
        </>
      ) : null}
    </details>
  );
}

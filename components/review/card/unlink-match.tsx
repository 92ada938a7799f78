"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { DISMISSAL_REASONS, type DismissalReason } from "@/lib/claims/dismissal-reasons";
import { CLAIM_LIMITS } from "@/lib/claims/claim-limits";

interface Props {
  /** The match's words, named in the form's legend so a screen reader knows which match it unlinks. */
  text: string;
  pending: boolean;
  onUnlink: (reason: DismissalReason, note: string) => void;
  onCancel: () => void;
}

/**
 * "Not the same claim": why (another fact, another event, another reason) and a note, then Unlink. The reason is
 * chosen, never assumed: it is what the two histories will say.
 */
export function UnlinkMatch({ text, pending, onUnlink, onCancel }: Props) {
  const t = useTranslations("seen");
  const id = useId();
  const [reason, setReason] = useState<DismissalReason | null>(null);
  const [note, setNote] = useState("");
  const form = useRef<HTMLFormElement>(null);
  // Opened by a click or a key: the first reason has the focus, so the keyboard goes on where the eyes do.
  useEffect(() => form.current?.querySelector("input")?.focus(), []);
  return (
    <form
      ref={form}
      className="seen-before__unlink"
      onSubmit={(event) => {
        event.preventDefault();
        if (reason && (reason !== "other" || note.trim())) onUnlink(reason, note);
      }}
      onKeyDown={(event) => {
        if (event.key === "Escape") onCancel();
      }}
    >
      <fieldset>
        <legend>{t("unlinkWhy", { text: text.length > 80 ? `${text.slice(0, 77)}…` : text })}</legend>
        {DISMISSAL_REASONS.map((value) => (
          <label key={value} className="seen-before__reason-choice">
            <input
              type="radio"
              name={`${id}-reason`}
              value={value}
              checked={reason === value}
              onChange={() => setReason(value)}
            />{" "}
            {t(`dismissReason.${value}`)}
          </label>
        ))}
      </fieldset>
      <label htmlFor={`${id}-note`} className="tool-label">
        {t(reason === "other" ? "unlinkNoteNeeded" : "unlinkNote")}
      </label>
      <input
        id={`${id}-note`}
        maxLength={CLAIM_LIMITS.note}
        value={note}
        onChange={(event) => setNote(event.target.value)}
      />
      <div className="tool-row">
        <Button type="submit" disabled={pending || !reason || (reason === "other" && !note.trim())}>
          {t("unlink")}
        </Button>
        <button type="button" className="link-button" onClick={onCancel}>
          {t("cancel")}
        </button>
      </div>
    </form>
  );
}

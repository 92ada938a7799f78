"use client";

import { X } from "lucide-react";
import { useTranslations } from "next-intl";
import type { FormEvent, ReactNode } from "react";
import type { ReviewState } from "@/actions/claims/run-review-verb";
import { Notice } from "@/components/ui/notice";
import { Button } from "@/components/ui/button";

interface PanelProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
}

/** Puts the focus on a tool panel's first field (or its marked button), as a tool opens. */
export function focusFirstField(panel: Element | null | undefined): void {
  // Two look-ups: a selector list matches in document order, and the marked field must win over earlier ones.
  const target =
    panel?.querySelector<HTMLElement>("[data-autofocus]") ??
    panel?.querySelector<HTMLElement>("textarea, input:not([type=hidden]), select, button.button");
  target?.focus();
}

/** The one open tool of a card: a titled panel (the card focuses its first field when it opens). */
export function ToolPanel({ title, onClose, children }: PanelProps) {
  const t = useTranslations("review");
  return (
    <section className="tool-panel" aria-label={title}>
      <header className="tool-panel__head">
        <h3>{title}</h3>
        <button type="button" className="icon-button" aria-label={t("closeTool", { tool: title })} onClick={onClose}>
          <X aria-hidden="true" size={16} />
        </button>
      </header>
      {children}
    </section>
  );
}

interface FormProps {
  onSubmit: () => void;
  children: ReactNode;
  className?: string;
}

/** A tool's form: submitted by its button, Enter in a one-line field or Ctrl+Enter in a text box (never reset). */
export function ToolForm({ onSubmit, children, className }: FormProps) {
  return (
    <form
      className={className ?? "tool-form"}
      noValidate={false}
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        if ((event.currentTarget as HTMLFormElement).reportValidity()) onSubmit();
      }}
    >
      {children}
    </form>
  );
}

interface MessageProps {
  state: ReviewState;
  pending: boolean;
  /** Offered after a conflict: the same change again, on the claim as it is now. */
  onReapply?: (version: number) => void;
}

/** The answer to a tool's change: "Saving…", the refusal in words (with re-apply after a conflict). */
export function ActionMessage({ state, pending, onReapply }: MessageProps) {
  const t = useTranslations("review");
  if (pending) return <p className="tool-message muted">{t("saving")}</p>;
  if (!state.error) return null;
  return (
    <Notice tone="error" role="alert" block className="tool-message">
      <p>{state.error}</p>
      {state.conflict && onReapply ? (
        <Button type="button" onClick={() => onReapply(state.conflict!.version)}>
          {t("reapply")}
        </Button>
      ) : null}
    </Notice>
  );
}

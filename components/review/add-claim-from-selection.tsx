"use client";

import { TextSelect } from "lucide-react";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { addClaimAction } from "@/actions/claims/add-claim";
import { useToast } from "@/components/ui/toasts";
import { useClaimAction } from "./card/use-claim-action";
import { isTypingIn, useDesk } from "./review-desk";
import { bodyOffsetOf } from "./selection-offsets";
import { startTextSelection, textModeKey } from "./text-selection-keys";
import { Button } from "@/components/ui/button";

type Span = { start: number; end: number; text: string };

/**
 * "Add a claim the extractor missed": select any words in the article — inside or across highlights — with the
 * mouse, or from the keyboard (t, then arrows; Shift extends), and add them. The selection becomes exact body
 * offsets; the server trims, checks and anchors it.
 */
export function AddClaimFromSelection({ articleId, articleVersion }: { articleId: string; articleVersion: number }) {
  const t = useTranslations("review");
  const toast = useToast();
  const desk = useDesk();
  const [span, setSpan] = useState<Span | null>(null);
  const [textMode, setTextMode] = useState(false);
  const { state, pending, run } = useClaimAction(addClaimAction);

  const add = async () => {
    if (!span) return;
    // The version whose text the selection was made in: a newer one has other words at these offsets.
    const answer = await run({ articleId, claimId: "", start: span.start, end: span.end, articleVersion });
    if (!answer.done) return;
    toast({ message: t("addedToast", { text: span.text.slice(0, 60) }) });
    document.getSelection()?.removeAllRanges();
    setSpan(null);
    setTextMode(false);
  };

  useEffect(() => {
    const onChange = () => {
      const selection = document.getSelection();
      // A click on the button may collapse the selection: the last one inside the article stays chosen (and shown).
      if (!selection || selection.isCollapsed || selection.rangeCount === 0) return;
      const range = selection.getRangeAt(0);
      const start = bodyOffsetOf(range.startContainer, range.startOffset);
      const end = bodyOffsetOf(range.endContainer, range.endOffset);
      if (start !== null && end !== null && end > start) setSpan({ start, end, text: selection.toString().trim() });
    };
    document.addEventListener("selectionchange", onChange);
    return () => document.removeEventListener("selectionchange", onChange);
  }, []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (isTypingIn(event.target)) return;
      if (!textMode) {
        if (event.key !== "t" || event.ctrlKey || event.metaKey || event.altKey) return;
        if (startTextSelection(desk.selected())) setTextMode(true);
      } else if (event.key === "Escape") {
        document.getSelection()?.removeAllRanges();
        setTextMode(false);
      } else if (event.key === "Enter") {
        void add();
      } else if (!textModeKey(event)) return;
      // In text mode every key belongs to the selection: none reaches the claim shortcuts.
      event.preventDefault();
      event.stopImmediatePropagation();
    };
    // Capture: it runs before the review shortcuts, which listen on the window too.
    window.addEventListener("keydown", onKey, { capture: true });
    return () => window.removeEventListener("keydown", onKey, { capture: true });
  });

  return (
    <div className={`add-claim${span ? " add-claim--ready" : ""}${textMode ? " add-claim--text-mode" : ""}`}>
      <Button type="button" disabled={pending || !span} onClick={() => void add()}>
        <TextSelect aria-hidden="true" size={16} /> {t("addFromSelection")}
      </Button>
      <span className="add-claim__preview" aria-live="polite">
        {span ? `“${span.text.length > 80 ? `${span.text.slice(0, 77)}…` : span.text}”` : t("selectionHint")}
      </span>
      {textMode ? <span className="add-claim__mode">{t("textModeHint")}</span> : null}
      {state.error ? (
        <span className="field__error" role="alert">
          {state.error}
        </span>
      ) : null}
    </div>
  );
}

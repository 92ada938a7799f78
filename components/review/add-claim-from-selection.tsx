"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { addClaimAction } from "@/app/articles/[id]/claim-edit-actions";
import { ReviewForm } from "./review-form";

/** The body offset of a point in the rendered article: its run's data-start plus the characters before it in the run. */
function offsetOf(node: Node, offset: number): number | null {
  const element = node instanceof Element ? node : node.parentElement;
  const run = element?.closest<HTMLElement>("[data-start]");
  if (!run || !run.closest("[data-article-text]")) return null;
  const range = document.createRange();
  range.setStart(run, 0);
  range.setEnd(node, offset);
  return Number(run.dataset.start) + range.toString().length;
}

/**
 * "Add a claim the extractor missed": select words in the article, then press the button. The selection becomes
 * exact body offsets; the server trims, checks and anchors it.
 */
export function AddClaimFromSelection({ articleId }: { articleId: string }) {
  const t = useTranslations("review");
  const [span, setSpan] = useState<{ start: number; end: number; text: string } | null>(null);
  useEffect(() => {
    const onChange = () => {
      const selection = document.getSelection();
      // A click on the button may collapse the selection: the last one inside the article stays chosen (and shown).
      if (!selection || selection.isCollapsed || selection.rangeCount === 0) return;
      const range = selection.getRangeAt(0);
      const start = offsetOf(range.startContainer, range.startOffset);
      const end = offsetOf(range.endContainer, range.endOffset);
      if (start !== null && end !== null && end > start) setSpan({ start, end, text: selection.toString() });
    };
    document.addEventListener("selectionchange", onChange);
    return () => document.removeEventListener("selectionchange", onChange);
  }, []);
  return (
    <ReviewForm action={addClaimAction} articleId={articleId} claimId="" className="review__row add-claim">
      {(pending) => (
        <>
          <input type="hidden" name="start" value={span?.start ?? ""} />
          <input type="hidden" name="end" value={span?.end ?? ""} />
          <button type="submit" disabled={pending || !span}>
            {t("addFromSelection")}
          </button>
          <span className="muted add-claim__preview">
            {span ? `“${span.text.length > 80 ? `${span.text.slice(0, 77)}…` : span.text}”` : t("selectionHint")}
          </span>
        </>
      )}
    </ReviewForm>
  );
}

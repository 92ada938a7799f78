"use client";

import { useTranslations } from "next-intl";
import { useRef } from "react";
import { splitClaimAction } from "@/actions/claims/split-claim";
import { useArticleBody } from "@/components/articles/article-body";
import { useToast } from "@/components/ui/toasts";
import { useCardTools } from "./card-context";
import { ActionMessage, ToolForm } from "./tool-panel";
import { useClaimAction } from "./use-claim-action";
import { Button } from "@/components/ui/button";

/** Splits the claim in two where the caret stands in its quote (the article's words). */
export function SplitTool() {
  const t = useTranslations("review");
  const toast = useToast();
  const { articleId, claim, knownVersion, noteVersion, close } = useCardTools();
  const { state, pending, run } = useClaimAction(splitClaimAction);
  const words = useArticleBody().slice(claim.start, claim.end);
  const quote = useRef<HTMLTextAreaElement>(null);
  const split = async (version: number) => {
    const at = quote.current?.selectionStart ?? 0;
    const answer = await run({ articleId, claimId: claim.id, version, at });
    noteVersion(answer.version);
    if (!answer.done) return;
    toast({ message: t("splitToast", { label: claim.label }) });
    close();
  };
  return (
    <ToolForm onSubmit={() => void split(knownVersion)}>
      <label htmlFor={`split-${claim.id}`} className="tool-label">
        {t("splitHint")}
      </label>
      <textarea
        id={`split-${claim.id}`}
        ref={quote}
        aria-label={t("splitQuoteOf", { label: claim.label })}
        data-split-quote
        aria-readonly="true"
        rows={3}
        // Not readOnly (browsers hide the caret there, and the caret is the point of this field): a controlled value
        // that ignores edits keeps the quote as it is.
        value={words}
        onChange={() => undefined}
        onBeforeInput={(event) => event.preventDefault()}
      />
      <div className="tool-row">
        <Button type="submit" disabled={pending}>
          {t("split")}
        </Button>
      </div>
      <ActionMessage state={state} pending={pending} onReapply={(version) => void split(version)} />
    </ToolForm>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { mergeClaimAction } from "@/actions/claims/merge-claims";
import { useStatusLabels } from "@/components/claims/use-status-labels";
import { useToast } from "@/components/ui/toasts";
import { useCardTools } from "./card-context";
import { ActionMessage, ToolForm } from "./tool-panel";
import { useClaimAction } from "./use-claim-action";
import { Notice } from "@/components/ui/notice";
import { StatusBadge } from "@/components/ui/status-badge";
import { Button } from "@/components/ui/button";

/**
 * Merges the claim with the next one in the text, after showing which one that is. The merged claim keeps this
 * claim's status: when the neighbour has a verdict of its own, the user is told it will end up in the history only.
 */
export function MergeTool() {
  const t = useTranslations("review");
  const labels = useStatusLabels();
  const toast = useToast();
  const { articleId, claim, next, knownVersion, noteVersion, close } = useCardTools();
  const { state, pending, run } = useClaimAction(mergeClaimAction);
  if (!next) return <p className="muted">{t("mergeNoNext")}</p>;
  const loses = next.status !== "unverified" && next.status !== claim.status;
  const merge = async (version: number) => {
    const answer = await run({
      articleId,
      claimId: claim.id,
      version,
      withId: next.id,
      withVersion: next.version,
    });
    noteVersion(answer.version);
    if (!answer.done) return;
    toast({ message: t("mergeToast", { label: claim.label, other: next.label }) });
    close();
  };
  return (
    <ToolForm onSubmit={() => void merge(knownVersion)}>
      <p className="tool-label">{t("mergeWith")}</p>
      <blockquote className="merge-preview">
        <strong>{next.label}</strong> <StatusBadge status={next.status} label={labels[next.status]} />
        <span>{next.text}</span>
      </blockquote>
      {loses ? (
        <Notice tone="error" role="alert">
          {t("mergeLosesVerdict", { status: labels[next.status], kept: labels[claim.status] })}
        </Notice>
      ) : null}
      <div className="tool-row">
        <Button type="submit" data-merge data-autofocus disabled={pending}>
          {t("mergeNext")}
        </Button>
      </div>
      <ActionMessage state={state} pending={pending} onReapply={(version) => void merge(version)} />
    </ToolForm>
  );
}

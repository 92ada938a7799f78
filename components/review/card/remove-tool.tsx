"use client";

import { useTranslations } from "next-intl";
import { removeClaimAction } from "@/actions/claims/remove-claim";
import { useToast } from "@/components/ui/toasts";
import { useCardTools } from "./card-context";
import { ActionMessage, ToolForm } from "./tool-panel";
import { useClaimAction } from "./use-claim-action";
import { CLAIM_LIMITS } from "@/lib/claims/claim-limits";
import { Button } from "@/components/ui/button";

/** Takes the claim off the article's list (it keeps its record and can be restored), with an optional reason. */
export function RemoveTool() {
  const t = useTranslations("review");
  const toast = useToast();
  const { articleId, claim, knownVersion, noteVersion, draft, setDraft, clearDrafts } = useCardTools();
  const { state, pending, run } = useClaimAction(removeClaimAction);
  const remove = async (version: number) => {
    const answer = await run({ articleId, claimId: claim.id, version, reason: draft("remove.reason") || undefined });
    noteVersion(answer.version);
    if (!answer.done) return;
    clearDrafts("remove.");
    toast({ message: t("removeToast", { label: claim.label }) });
  };
  return (
    <ToolForm onSubmit={() => void remove(knownVersion)}>
      <label htmlFor={`remove-${claim.id}`} className="tool-label">
        {t("removeReason")}
      </label>
      <input
        id={`remove-${claim.id}`}
        aria-label={t("removeReasonOf", { label: claim.label })}
        maxLength={CLAIM_LIMITS.reason}
        value={draft("remove.reason") ?? ""}
        onChange={(event) => setDraft("remove.reason", event.target.value)}
      />
      <div className="tool-row">
        <Button type="submit" tone="danger" disabled={pending}>
          {t("remove")}
        </Button>
      </div>
      <ActionMessage state={state} pending={pending} onReapply={(version) => void remove(version)} />
    </ToolForm>
  );
}

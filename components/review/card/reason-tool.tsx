"use client";

import { useTranslations } from "next-intl";
import { useStatusLabels } from "@/components/claims/use-status-labels";
import { CLAIM_STATUSES, toClaimStatus } from "@/lib/claims/claim-status";
import { useCardTools } from "./card-context";
import { ToolForm } from "./tool-panel";
import { CLAIM_LIMITS } from "@/lib/claims/claim-limits";
import { Button } from "@/components/ui/button";

/** A verdict with its reason ("Reuters report confirmed by the ministry"); the reason shows on the card. */
export function ReasonTool() {
  const t = useTranslations("review");
  const labels = useStatusLabels();
  const { claim, draft, setDraft, clearDrafts, close, setStatus, statusPending } = useCardTools();
  const chosen = toClaimStatus(draft("reason.status-choice") ?? claim.status);
  const save = async () => {
    const answer = await setStatus(chosen, draft("reason.text") ?? "");
    if (!answer.done) return;
    clearDrafts("reason.");
    close();
  };
  return (
    <ToolForm onSubmit={() => void save()}>
      <label htmlFor={`reason-status-${claim.id}`} className="tool-label">
        {t("verdict")}
      </label>
      <select
        id={`reason-status-${claim.id}`}
        aria-label={t("statusWithReasonOf", { label: claim.label })}
        value={chosen}
        onChange={(event) => setDraft("reason.status-choice", event.target.value)}
      >
        {CLAIM_STATUSES.map((s) => (
          <option key={s} value={s}>
            {labels[s]}
          </option>
        ))}
      </select>
      <label htmlFor={`reason-${claim.id}`} className="tool-label">
        {t("reason")}
      </label>
      <textarea
        id={`reason-${claim.id}`}
        aria-label={t("reasonOf", { label: claim.label })}
        rows={2}
        maxLength={CLAIM_LIMITS.reason}
        required
        value={draft("reason.text") ?? ""}
        onChange={(event) => setDraft("reason.text", event.target.value)}
      />
      <div className="tool-row">
        <Button type="submit" disabled={statusPending}>
          {t("setStatus")}
        </Button>
        <span className="muted tool-hint">{t("ctrlEnter")}</span>
      </div>
    </ToolForm>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { addEvidenceAction } from "@/actions/claims/add-evidence";
import { useToast } from "@/components/ui/toasts";
import { useCardTools } from "./card-context";
import { ActionMessage, ToolForm } from "./tool-panel";
import { useClaimAction } from "./use-claim-action";
import { CLAIM_LIMITS } from "@/lib/claims/claim-limits";
import { Button } from "@/components/ui/button";

const STANCES = ["supports", "refutes", "context"] as const;

/** Evidence for or against the claim: a link, optionally a title and an excerpt, and what it does for the claim. */
export function EvidenceTool() {
  const t = useTranslations("review");
  const toast = useToast();
  const { articleId, claim, draft, setDraft, clearDrafts, close } = useCardTools();
  const { state, pending, run } = useClaimAction(addEvidenceAction);
  const id = claim.id;
  const field = (key: string) => ({
    value: draft(`evidence.${key}`) ?? "",
    onChange: (event: { target: { value: string } }) => setDraft(`evidence.${key}`, event.target.value),
  });
  const save = async () => {
    const answer = await run({
      articleId,
      claimId: id,
      url: draft("evidence.url") ?? "",
      title: draft("evidence.title") || undefined,
      excerpt: draft("evidence.excerpt") || undefined,
      stance: draft("evidence.stance-choice") ?? "supports",
    });
    if (!answer.done) return;
    clearDrafts("evidence.");
    toast({ message: t("evidenceToast", { label: claim.label }) });
    close();
  };
  return (
    <ToolForm onSubmit={save}>
      <label htmlFor={`evidence-url-${id}`} className="tool-label">
        {t("evidenceUrl")}
      </label>
      <input
        id={`evidence-url-${id}`}
        aria-label={t("evidenceUrlOf", { label: claim.label })}
        type="url"
        placeholder="https://…"
        required
        maxLength={CLAIM_LIMITS.evidenceUrl}
        {...field("url")}
      />
      <label htmlFor={`evidence-title-${id}`} className="tool-label">
        {t("evidenceTitle")}
      </label>
      <input id={`evidence-title-${id}`} maxLength={CLAIM_LIMITS.evidenceTitle} {...field("title")} />
      <label htmlFor={`evidence-excerpt-${id}`} className="tool-label">
        {t("evidenceExcerpt")}
      </label>
      <textarea id={`evidence-excerpt-${id}`} rows={2} maxLength={CLAIM_LIMITS.evidenceExcerpt} {...field("excerpt")} />
      <div className="tool-row">
        <label className="tool-inline">
          {t("stance")}
          <select {...field("stance-choice")} value={draft("evidence.stance-choice") ?? "supports"}>
            {STANCES.map((s) => (
              <option key={s} value={s}>
                {t(s)}
              </option>
            ))}
          </select>
        </label>
        <Button type="submit" disabled={pending}>
          {t("addEvidence")}
        </Button>
        <span className="muted tool-hint">{t("ctrlEnter")}</span>
      </div>
      <ActionMessage state={state} pending={pending} />
    </ToolForm>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { editClaimAction } from "@/actions/claims/edit-claim";
import { useToast } from "@/components/ui/toasts";
import { useCardTools } from "./card-context";
import { TextCompare } from "./text-compare";
import { ActionMessage, ToolForm } from "./tool-panel";
import { useClaimAction } from "./use-claim-action";
import { CLAIM_LIMITS } from "@/lib/claims/claim-limits";
import { Notice } from "@/components/ui/notice";
import { Button } from "@/components/ui/button";

/**
 * Rewrites the claim's text and label. What the user types is a draft that nothing overwrites: when the claim
 * changes underneath (a colleague's edit arriving by live refresh, or a refused save), the card shows the base the
 * user started from, theirs and yours side by side, and "re-apply" writes exactly the draft on the current version.
 */
export function EditTool() {
  const t = useTranslations("review");
  const toast = useToast();
  const tools = useCardTools();
  const { articleId, claim, draft, setDraft, clearDrafts, close, editBase, setEditBase, noteVersion } = tools;
  const { state, pending, run, reset } = useClaimAction(editClaimAction);
  const text = draft("edit.text") ?? claim.text;
  const label = draft("edit.label") ?? claim.label;
  const type = (key: "text" | "label", value: string) => {
    // The first keystroke fixes the base: what the claim said when the user started, to compare with later.
    if (!editBase) setEditBase({ version: claim.version, text: claim.text, label: claim.label });
    setDraft(`edit.${key}`, value);
  };
  // Changed underneath: the words the user started from are not the claim's words any more.
  const moved = editBase && (editBase.text !== claim.text || editBase.label !== claim.label);
  const theirs = state.conflict ?? (moved ? claim : null);
  const save = async (version: number) => {
    const answer = await run({ articleId, claimId: claim.id, version, text, label });
    noteVersion(answer.version);
    if (!answer.done) return;
    clearDrafts("edit.");
    reset();
    toast({ message: t("editToast", { label }) });
    close();
  };
  const discard = () => {
    clearDrafts("edit.");
    reset();
  };
  // A version bump that left text and label alone (a status change, say) does not touch what the user typed; once
  // the words changed underneath, the compare is on screen and saving puts the draft on top, knowingly.
  return (
    <ToolForm onSubmit={() => void save(tools.knownVersion)}>
      <label htmlFor={`edit-text-${claim.id}`} className="tool-label">
        {t("claimText")}
      </label>
      <textarea
        id={`edit-text-${claim.id}`}
        aria-label={t("textOf", { label: claim.label })}
        name="text"
        rows={3}
        maxLength={CLAIM_LIMITS.text}
        required
        value={text}
        onChange={(event) => type("text", event.target.value)}
      />
      <label htmlFor={`edit-label-${claim.id}`} className="tool-label">
        {t("claimLabel")}
      </label>
      <input
        id={`edit-label-${claim.id}`}
        aria-label={t("labelOf", { label: claim.label })}
        maxLength={CLAIM_LIMITS.label}
        required
        value={label}
        onChange={(event) => type("label", event.target.value)}
      />
      {theirs && editBase && !state.error ? (
        <Notice tone="info" role="status" block className="tool-message">
          {t("changedUnderneath", { who: claim.changes.lastBy ?? t("someone") })}
        </Notice>
      ) : null}
      <ActionMessage state={state} pending={pending} onReapply={(version) => void save(version)} />
      {theirs && editBase ? (
        <TextCompare base={editBase} theirs={theirs} yours={{ text, label }} onTakeTheirs={discard} />
      ) : null}
      <div className="tool-row">
        <Button type="submit" disabled={pending}>
          {moved ? t("saveOnTop") : t("saveEdit")}
        </Button>
        {editBase ? (
          <button type="button" onClick={discard}>
            {t("discardDraft")}
          </button>
        ) : null}
        <span className="muted tool-hint">{t("ctrlEnter")}</span>
      </div>
    </ToolForm>
  );
}

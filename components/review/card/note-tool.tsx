"use client";

import { useTranslations } from "next-intl";
import { addNoteAction } from "@/actions/claims/add-note";
import { useToast } from "@/components/ui/toasts";
import { useCardTools } from "./card-context";
import { ActionMessage, ToolForm } from "./tool-panel";
import { useClaimAction } from "./use-claim-action";
import { CLAIM_LIMITS } from "@/lib/claims/claim-limits";
import { Button } from "@/components/ui/button";

/** A note on the claim (or a reply in one of its threads), for colleagues; kept as typed until it is saved. */
export function NoteTool() {
  const t = useTranslations("review");
  const toast = useToast();
  const { articleId, claim, draft, setDraft, clearDrafts, close } = useCardTools();
  const { state, pending, run } = useClaimAction(addNoteAction);
  const threads = claim.notes.filter((n) => !n.parentId);
  const save = async () => {
    const answer = await run({
      articleId,
      claimId: claim.id,
      body: draft("note.body") ?? "",
      parentId: draft("note.parent-choice") || undefined,
    });
    if (!answer.done) return;
    clearDrafts("note.");
    toast({ message: t("noteToast", { label: claim.label }) });
    close();
  };
  return (
    <ToolForm onSubmit={save}>
      <label htmlFor={`note-${claim.id}`} className="tool-label">
        {t("noteLabel")}
      </label>
      <textarea
        id={`note-${claim.id}`}
        aria-label={t("noteOf", { label: claim.label })}
        rows={3}
        maxLength={CLAIM_LIMITS.note}
        required
        value={draft("note.body") ?? ""}
        onChange={(event) => setDraft("note.body", event.target.value)}
      />
      <div className="tool-row">
        {threads.length ? (
          <label className="tool-inline">
            {t("replyTo")}
            <select
              value={draft("note.parent-choice") ?? ""}
              onChange={(event) => setDraft("note.parent-choice", event.target.value)}
            >
              <option value="">{t("newThread")}</option>
              {threads.map((n) => (
                <option key={n.id} value={n.id}>
                  {n.body.slice(0, 60)}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <Button type="submit" disabled={pending}>
          {t("addNote")}
        </Button>
        <span className="muted tool-hint">{t("ctrlEnter")}</span>
      </div>
      <ActionMessage state={state} pending={pending} />
    </ToolForm>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { linkSourceAction } from "@/actions/claims/link-source";
import { useToast } from "@/components/ui/toasts";
import { SOURCE_TYPES } from "@/lib/extract/sources/source-type-names";
import { CitationRow } from "../citation-row";
import { useCardTools } from "./card-context";
import { ActionMessage, ToolForm } from "./tool-panel";
import { useClaimAction } from "./use-claim-action";
import { SOURCE_NAME_MAX } from "@/lib/sources/source-limits";
import { Button } from "@/components/ui/button";

/** The claim's cited sources (origin or relay, unlink) and a form to link one from the registry or a new one. */
export function SourceTool() {
  const t = useTranslations("review");
  const tt = useTranslations("sourceType");
  const toast = useToast();
  const { articleId, claim, draft, setDraft, clearDrafts } = useCardTools();
  const { state, pending, run } = useClaimAction(linkSourceAction);
  const id = claim.id;
  const field = (key: string, fallback = "") => ({
    value: draft(`source.${key}`) ?? fallback,
    onChange: (event: { target: { value: string } }) => setDraft(`source.${key}`, event.target.value),
  });
  const link = async () => {
    const name = draft("source.name") ?? "";
    const answer = await run({
      articleId,
      claimId: id,
      sourceName: name,
      type: draft("source.type-choice") ?? "other",
      role: draft("source.role-choice") ?? "origin",
      aliases: draft("source.aliases") || undefined,
    });
    if (!answer.done) return;
    clearDrafts("source.");
    toast({ message: t("sourceToast", { source: name, label: claim.label }) });
  };
  return (
    <>
      {claim.citations.length ? (
        <ul className="citation-list">
          {claim.citations.map((c) => (
            // Keyed by role too: a role someone else changed shows at once (the row holds no typed text to lose).
            <CitationRow
              key={`${c.id}-${c.role}-${c.relayOf}`}
              articleId={articleId}
              claimId={id}
              citation={c}
              others={claim.citations}
            />
          ))}
        </ul>
      ) : (
        <p className="muted">{t("noSourceYet")}</p>
      )}
      <ToolForm onSubmit={() => void link()}>
        <label htmlFor={`source-${id}`} className="tool-label">
          {t("sourceToLink")}
        </label>
        <input
          id={`source-${id}`}
          aria-label={t("sourceNameOf", { label: claim.label })}
          list="source-registry"
          data-autofocus
          placeholder={t("sourceName")}
          maxLength={SOURCE_NAME_MAX}
          required
          {...field("name")}
        />
        <div className="tool-row">
          <label className="tool-inline">
            {t("sourceType")}
            <select {...field("type-choice", "other")}>
              {SOURCE_TYPES.map((type) => (
                <option key={type} value={type}>
                  {tt(type)}
                </option>
              ))}
            </select>
          </label>
          <label className="tool-inline">
            {t("roleOf")}
            <select {...field("role-choice", "origin")}>
              <option value="origin">{t("origin")}</option>
              <option value="relay">{t("relay")}</option>
            </select>
          </label>
        </div>
        <label htmlFor={`source-aliases-${id}`} className="tool-label">
          {t("aliases")}
        </label>
        <input id={`source-aliases-${id}`} maxLength={1000} {...field("aliases")} />
        <div className="tool-row">
          <Button type="submit" disabled={pending}>
            {t("linkSource")}
          </Button>
        </div>
        <ActionMessage state={state} pending={pending} />
      </ToolForm>
    </>
  );
}

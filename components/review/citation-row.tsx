"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { citationRoleAction } from "@/actions/claims/citation-role";
import { unlinkSourceAction } from "@/actions/claims/unlink-source";
import type { CitationView } from "@/lib/articles/get-article";
import { useClaimAction } from "./card/use-claim-action";

interface Props {
  articleId: string;
  claimId: string;
  citation: CitationView;
  /** The claim's other citations: what a relay may pass on. */
  others: CitationView[];
}

/** One cited source of a claim: mark it as origin or relay (of which origin), or unlink it. */
export function CitationRow({ articleId, claimId, citation: c, others }: Props) {
  const t = useTranslations("review");
  const origins = others.filter((o) => o.id !== c.id);
  const [role, setRole] = useState<string>(c.role);
  const [relayOf, setRelayOf] = useState(origins.find((o) => o.name === c.relayOf)?.sourceId ?? "");
  const saveRole = useClaimAction(citationRoleAction);
  const unlink = useClaimAction(unlinkSourceAction);
  const common = { articleId, claimId, citationId: c.id };
  const error = saveRole.state.error ?? unlink.state.error;
  return (
    <li className="citation-row">
      <strong>{c.name}</strong>
      <label className="skip-link" htmlFor={`role-${c.id}`}>
        {t("roleOfCitation", { source: c.name })}
      </label>
      <select id={`role-${c.id}`} value={role} onChange={(event) => setRole(event.target.value)}>
        <option value="origin">{t("origin")}</option>
        <option value="relay">{t("relay")}</option>
      </select>
      {origins.length && role === "relay" ? (
        <>
          <label className="skip-link" htmlFor={`relay-of-${c.id}`}>
            {t("relayOfCitation", { source: c.name })}
          </label>
          <select id={`relay-of-${c.id}`} value={relayOf} onChange={(event) => setRelayOf(event.target.value)}>
            <option value="">{t("relayOfNone")}</option>
            {origins.map((o) => (
              <option key={o.id} value={o.sourceId}>
                {t("relayOf")} {o.name}
              </option>
            ))}
          </select>
        </>
      ) : null}
      <button
        type="button"
        disabled={saveRole.pending}
        onClick={() =>
          void saveRole.run({ ...common, role, relayOfId: role === "relay" ? relayOf || undefined : undefined })
        }
      >
        {t("saveRole")}
      </button>
      <button
        type="button"
        className="button--danger"
        aria-label={t("unlinkOf", { source: c.name })}
        disabled={unlink.pending}
        onClick={() => void unlink.run(common)}
      >
        {t("unlink")}
      </button>
      {error ? (
        <span className="field__error" role="alert">
          {error}
        </span>
      ) : null}
    </li>
  );
}

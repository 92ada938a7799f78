"use client";

import { useTranslations } from "next-intl";
import { citationRoleAction, unlinkSourceAction } from "@/app/articles/[id]/claim-edit-actions";
import type { CitationView } from "@/lib/articles/get-article";
import { ReviewForm } from "./review-form";

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
  const common = { articleId, claimId };
  return (
    <li>
      <strong>{c.name}</strong>{" "}
      <ReviewForm action={citationRoleAction} {...common} key={`${c.role}-${c.relayOf}`}>
        {(pending) => (
          <>
            <input type="hidden" name="citationId" value={c.id} />
            <label className="skip-link" htmlFor={`role-${c.id}`}>
              {t("roleOfCitation", { source: c.name })}
            </label>
            <select id={`role-${c.id}`} name="role" defaultValue={c.role}>
              <option value="origin">{t("origin")}</option>
              <option value="relay">{t("relay")}</option>
            </select>
            {origins.length ? (
              <>
                <label className="skip-link" htmlFor={`relay-of-${c.id}`}>
                  {t("relayOfCitation", { source: c.name })}
                </label>
                <select
                  id={`relay-of-${c.id}`}
                  name="relayOfId"
                  defaultValue={origins.find((o) => o.name === c.relayOf)?.sourceId ?? ""}
                >
                  <option value="">{t("relayOfNone")}</option>
                  {origins.map((o) => (
                    <option key={o.id} value={o.sourceId}>
                      {t("relayOf")} {o.name}
                    </option>
                  ))}
                </select>
              </>
            ) : null}
            <button type="submit" disabled={pending}>
              {t("saveRole")}
            </button>
          </>
        )}
      </ReviewForm>
      <ReviewForm action={unlinkSourceAction} {...common}>
        {(pending) => (
          <>
            <input type="hidden" name="citationId" value={c.id} />
            <button type="submit" aria-label={t("unlinkOf", { source: c.name })} disabled={pending}>
              {t("unlink")}
            </button>
          </>
        )}
      </ReviewForm>
    </li>
  );
}

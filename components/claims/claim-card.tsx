import { getTranslations } from "next-intl/server";
import { SourceChip } from "@/components/sources/source-chip";
import type { ClaimView } from "@/lib/articles/get-article";

/** One claim beside the text: label, atomic statement, status, kind, sources and quantities. */
export async function ClaimCard({ claim, lang }: { claim: ClaimView; lang: string }) {
  const [t, ts] = await Promise.all([getTranslations("article"), getTranslations("status")]);
  return (
    <li id={`claim-${claim.id}`} className="claim-card" style={{ borderLeftColor: `var(--st-${claim.status})` }}>
      <div className="claim-card__head">
        <a className="claim-card__label" href={`#text-${claim.id}`} lang={lang}>
          {claim.label}
        </a>
        <span className="badge" style={{ background: `var(--st-${claim.status})` }}>
          {ts(claim.status)}
        </span>
      </div>
      <p className="claim-card__text" lang={lang}>
        {claim.text}
      </p>
      <ul className="chips">
        {claim.kind === "opinion" ? (
          <li className="badge" style={{ background: "#f1e7c9" }}>
            {t("opinion")}
          </li>
        ) : null}
        {claim.hedged ? (
          <li className="badge" style={{ background: "#ece4f6" }}>
            {t("hedged")}
          </li>
        ) : null}
        {claim.citations.length === 0 ? (
          <li className="muted" style={{ fontSize: "0.85rem" }}>
            {t("noSource")}
          </li>
        ) : null}
        {claim.citations.map((c) => (
          <SourceChip key={c.sourceId} citation={c} />
        ))}
        {claim.quantities.map((q) => (
          <li key={`${q.start}`} className="quantity-chip" title={t("quantity")}>
            {q.text}
          </li>
        ))}
      </ul>
    </li>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { useArticleBody } from "@/components/articles/article-body";
import type { ClaimView } from "@/lib/articles/get-article";
import { ChangedWords } from "./changed-words";

/**
 * On a card whose words a new version of the article changed: the old words against the new, and — when the change
 * came after its verdict — that the verdict is to be checked again; for a claim whose own words stayed while the rest
 * of its sentence changed, that it did. Rendered only for such claims.
 */
export function ClaimWordsChanged({ claim, lang }: { claim: ClaimView; lang: string }) {
  const t = useTranslations("versions");
  const body = useArticleBody();
  return (
    <p className="claim-card__changed" lang={lang}>
      <span className={`badge ${claim.changedAfterVerdict ? "badge--recheck" : "badge--changed"}`}>
        {t(claim.changedAfterVerdict ? "recheck" : "changed")}
      </span>{" "}
      {claim.anchor === "changed" ? (
        <ChangedWords before={claim.previousQuote ?? ""} after={body.slice(claim.start, claim.end)} />
      ) : (
        // Its own words stayed; the rest of its sentence changed (its history has the sentence before and after).
        <span className="muted">{t("sentenceChanged")}</span>
      )}
    </p>
  );
}

"use client";

import { startTransition, useEffect, useState } from "react";
import { ClaimCard, type CardPermissions } from "@/components/claims/claim-card";
import type { ClaimView } from "@/lib/articles/get-article";
import { CardTextProvider } from "./card/card-text";

/** Cards the server renders: more than a tall screen holds. The rest follow in the browser right after it loads. */
export const FIRST_CARDS = 40;

interface Props {
  claims: ClaimView[];
  lang: string;
  articleId: string;
  can: CardPermissions;
}

/**
 * The article's claims in text order, as one client component: the page sends each claim once (not once as a card
 * and again as its predecessor's merge partner), and the cards share one set of translators. The server renders
 * the first screenful; the browser adds the rest at once after hydration, so a 500-claim article's page is not
 * held up by cards nobody sees yet (the filter, the keyboard and #claim links wait for them: see ClaimFilter and
 * ArticleTextLinks).
 */
export function ClaimList({ claims, lang, articleId, can }: Props) {
  const [all, setAll] = useState(false);
  useEffect(() => startTransition(() => setAll(true)), []);
  const shown = all ? claims : claims.slice(0, FIRST_CARDS);
  return (
    <CardTextProvider>
      <ol className="claim-list" data-complete={shown.length === claims.length ? "yes" : "no"}>
        {shown.map((claim, i) => (
          <ClaimCard
            key={claim.id}
            claim={claim}
            lang={lang}
            articleId={articleId}
            can={can}
            next={claims[i + 1] ?? null}
          />
        ))}
      </ol>
    </CardTextProvider>
  );
}

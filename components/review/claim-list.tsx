"use client";

import { useTranslations } from "next-intl";
import { useCallback, useEffect, useState, useSyncExternalStore } from "react";
import { ClaimCard, type CardPermissions } from "@/components/claims/claim-card";
import type { ClaimView } from "@/lib/articles/get-article";
import { CardTextProvider } from "./card/card-text";
import { FIRST_CARDS } from "./first-cards";
import { Notice } from "@/components/ui/notice";
import { Button } from "@/components/ui/button";

interface Props {
  /** The first FIRST_CARDS claims, and the one after them (the last card's merge partner), as the page read them. */
  claims: ClaimView[];
  /** How many live claims the article has. */
  total: number;
  /** The article's change marker: when the page is refreshed for a change, the rest of the cards are read again. */
  marker: string;
  lang: string;
  articleId: string;
  can: CardPermissions;
}

/** A card as GET /api/articles/:id/claims writes it in JSON: the server's ClaimView with its dates as text. */
type CardJson = Omit<ClaimView, "notes" | "evidence"> & {
  notes: (Omit<ClaimView["notes"][number], "createdAt"> & { createdAt: string })[];
  evidence: (Omit<ClaimView["evidence"][number], "createdAt"> & { createdAt: string })[];
};

/** Only the dates need reviving from JSON; the rest of a card is the server's ClaimView as it was written. */
const revive = (card: CardJson): ClaimView => ({
  ...card,
  notes: card.notes.map((n) => ({ ...n, createdAt: new Date(n.createdAt) })),
  evidence: card.evidence.map((e) => ({ ...e, createdAt: new Date(e.createdAt) })),
});

/**
 * The article's claims in text order, as one client component with one set of translators. The page carries the
 * first screenful of cards (a 527-claim page spent most of its render and its size on cards nobody sees yet); the rest
 * are read from GET /api/articles/:id/claims once the page is in the browser, and again after each live refresh. The
 * filter, the keyboard and #claim links wait for data-complete="yes" (see ClaimFilter and ArticleTextLinks).
 */
// Hydration as React sees it: the server snapshot during the server render and hydration, the client's after.
const noSubscription = () => () => {};
const isClient = () => true;
const isServer = () => false;

export function ClaimList({ claims, total, marker, lang, articleId, can }: Props) {
  const t = useTranslations("review");
  const firstOfRest = claims.length > FIRST_CARDS ? claims[FIRST_CARDS]! : null;
  const [rest, setRest] = useState<ClaimView[] | null>(null);
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (!firstOfRest) return;
    const abort = new AbortController();
    fetch(`/api/articles/${encodeURIComponent(articleId)}/claims?fromStart=${firstOfRest.start}`, {
      cache: "no-store",
      signal: abort.signal,
    })
      .then(async (response) => {
        if (!response.ok) throw new Error(`${response.status}`);
        const body = (await response.json()) as { claims: CardJson[] };
        setRest(body.claims.map(revive));
        setFailed(false);
      })
      .catch(() => abort.signal.aborted || setFailed(true));
    return () => abort.abort();
    // The marker, not the claims array: each refresh brings a new array, and only a change means new cards.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [articleId, firstOfRest?.start, marker, attempt]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  // "Complete" also means hydrated: the server's HTML of a short article has every card, but the keys, the filter and
  // #claim links only listen once this runs in the browser.
  const hydrated = useSyncExternalStore(noSubscription, isClient, isServer);
  const first = firstOfRest ? claims.slice(0, FIRST_CARDS) : claims;
  // Until the rest is read again after a refresh, the cards read before stay (each keyed by its claim id, so an action
  // can only reach the claim it shows); one the page now carries among the first is not shown twice.
  const shownIds = new Set(first.map((c) => c.id));
  const shown = rest ? [...first, ...rest.filter((c) => !shownIds.has(c.id))] : first;
  const complete = hydrated && (!firstOfRest || rest !== null);
  return (
    <CardTextProvider>
      <ol className="claim-list" data-complete={complete ? "yes" : "no"} data-total={total}>
        {shown.map((claim, i) => (
          <ClaimCard
            key={claim.id}
            claim={claim}
            lang={lang}
            articleId={articleId}
            can={can}
            next={shown[i + 1] ?? (i === FIRST_CARDS - 1 ? firstOfRest : null)}
          />
        ))}
      </ol>
      {failed ? (
        <Notice tone="error" role="alert">
          {t("restFailed", { shown: shown.length, total })}{" "}
          <Button type="button" onClick={retry}>
            {t("retry")}
          </Button>
        </Notice>
      ) : null}
    </CardTextProvider>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, type ReactNode } from "react";
import { useDesk } from "./review-desk";

type View = "text" | "claims";

/**
 * Text and claims side by side on a wide screen; on a phone or a small tablet one of them at a time, switched by
 * two tabs, so the claim list is one tap away instead of below the whole article. Jumping from a highlight to its
 * card (or back) switches the side first.
 */
export function ReviewLayout({ text, claims, count }: { text: ReactNode; claims: ReactNode; count: number }) {
  const t = useTranslations("article");
  const desk = useDesk();
  const [view, setView] = useState<View>("text");
  const layout = useRef<HTMLDivElement>(null);
  const tabs = useRef<HTMLDivElement>(null);
  useEffect(
    () =>
      desk.onReveal((side) => {
        // j/k ("both") act on the claims: on a phone the list must be the side shown, or keys would open tools in
        // a card nobody can see.
        const next: View = side === "text" ? "text" : "claims";
        // Set on the element at once: the scroll that follows needs the side to be shown already.
        layout.current?.setAttribute("data-view", next);
        setView(next);
      }),
    [desk],
  );
  const tab = (name: View, label: string) => (
    <button
      type="button"
      role="tab"
      id={`review-tab-${name}`}
      aria-controls={`review-${name}`}
      aria-selected={view === name}
      className="review-tabs__tab"
      onClick={() => {
        setView(name);
        // The chosen side from its start, right under the tabs: above them the page can hold notices (seen before,
        // created) that left a phone's screen with no claim on it after the tap.
        tabs.current?.scrollIntoView({ block: "start" });
      }}
    >
      {label}
    </button>
  );
  return (
    <>
      <div ref={tabs} className="review-tabs" role="tablist" aria-label={t("views")}>
        {tab("text", t("text"))}
        {tab("claims", t("claimListCount", { count }))}
      </div>
      <div ref={layout} className="article-layout" data-view={view}>
        <section id="review-text" aria-label={t("text")} className="article-layout__text">
          {text}
        </section>
        <section id="review-claims" aria-labelledby="claims-heading" className="article-layout__claims">
          {claims}
        </section>
      </div>
    </>
  );
}

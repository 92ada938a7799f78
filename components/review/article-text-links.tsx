"use client";

import { useEffect } from "react";
import { useDesk } from "./review-desk";

/**
 * Connects the article text with the claim list: a click on a highlight (that selected no words) selects its claim
 * and brings the card into view; the selected claim's words are marked in the text, whichever way it was chosen. A
 * link to #claim-ID selects that claim.
 */
export function ArticleTextLinks() {
  const desk = useDesk();
  useEffect(() => {
    const root = document.querySelector<HTMLElement>("[data-article-text]");
    if (!root) return;
    const onClick = (event: MouseEvent) => {
      const mark = (event.target as Element).closest?.<HTMLElement>("mark[data-claim]");
      if (!mark || !document.getSelection()?.isCollapsed) return;
      desk.select(mark.dataset.claim!, { reveal: "card" });
    };
    let marked: HTMLElement[] = [];
    const mark = () => {
      for (const element of marked) element.classList.remove("is-selected");
      const id = desk.selected();
      marked = id ? [...root.querySelectorAll<HTMLElement>(`mark[data-claim="${CSS.escape(id)}"]`)] : [];
      for (const element of marked) element.classList.add("is-selected");
    };
    root.addEventListener("click", onClick);
    const unsubscribe = desk.subscribe(mark);
    // Arriving from a link to one claim (/claims, My queue, coverage): that claim is the selected one, once its
    // card is on the page (a long list renders its later cards right after loading).
    const linked = /^#claim-(\w+)$/.exec(window.location.hash)?.[1];
    const list = document.querySelector(".claim-list");
    const arrive = () => {
      if (!linked || !document.getElementById(`claim-${linked}`)) return false;
      desk.select(linked, { reveal: "card" });
      return true;
    };
    const waiting = new MutationObserver(
      () => (arrive() || list?.getAttribute("data-complete") === "yes") && waiting.disconnect(),
    );
    if (!arrive() && list) waiting.observe(list, { childList: true, attributes: true });
    return () => {
      root.removeEventListener("click", onClick);
      unsubscribe();
      waiting.disconnect();
    };
  }, [desk]);
  return null;
}

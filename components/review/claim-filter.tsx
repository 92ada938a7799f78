"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { FilterSelect } from "@/components/claims/filter-select";
import { CLAIM_STATUSES } from "@/lib/claims/claim-status";

interface Filter {
  text: string;
  status: string;
  kind: string;
  sourcing: string;
  hedged: string;
}
const NONE: Filter = { text: "", status: "", kind: "", sourcing: "", hedged: "" };

const sourcingOf = (count: number) => (count === 0 ? "none" : count === 1 ? "single" : "multiple");

/** The words of a card's label, text and source chips (read from the card itself, not repeated in an attribute). */
function matchesWords(card: HTMLElement, words: string[]): boolean {
  const text = [".claim-card__label", ".claim-card__text", ".chips"]
    .map((selector) => card.querySelector(selector)?.textContent ?? "")
    .join(" ")
    .toLowerCase();
  return words.every((w) => text.includes(w));
}

/** Hides the cards the filter excludes (their data attributes say what they are); returns how many stay. */
function applyFilter(filter: Filter): number {
  const words = filter.text.trim().toLowerCase().split(/\s+/).filter(Boolean);
  let count = 0;
  for (const card of document.querySelectorAll<HTMLElement>(".claim-card")) {
    const d = card.dataset;
    const visible =
      (!filter.status || d.status === filter.status) &&
      (!filter.kind || d.kind === filter.kind) &&
      (!filter.hedged || d.hedged === filter.hedged) &&
      (!filter.sourcing || sourcingOf(Number(d.sources)) === filter.sourcing) &&
      (words.length === 0 || matchesWords(card, words));
    card.hidden = !visible;
    if (visible) count++;
  }
  return count;
}

/**
 * Narrows the claim list of the review page as you type or choose: status, kind, sourcing, hedged, words. It works
 * on the cards already on the page (their data attributes and text), so it answers within a frame even with 1,000 claims; "/"
 * focuses the search box.
 */
export function ClaimFilter({ total }: { total: number }) {
  const t = useTranslations("review");
  const ts = useTranslations("status");
  const [filter, setFilter] = useState<Filter>(NONE);
  const [shown, setShown] = useState(total);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // The filter sticks to the top of the claim column: cards scrolled into view stop below it (scroll-margin-top).
    const element = box.current;
    const column = element?.parentElement;
    if (!element || !column) return;
    const observer = new ResizeObserver(() =>
      column.style.setProperty("--claim-filter-height", `${element.getBoundingClientRect().height}px`),
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  // Cards that arrive after the filter was set (the rest of a long list after loading, a split's new claim) are
  // filtered like the others, and the count follows.
  useEffect(() => {
    const list = document.querySelector(".claim-list");
    if (!list || !Object.values(filter).some(Boolean)) return;
    const observer = new MutationObserver(() => setShown(applyFilter(filter)));
    observer.observe(list, { childList: true });
    return () => observer.disconnect();
  }, [filter]);

  const set = (key: keyof Filter) => (event: { target: { value: string } }) => {
    const next = { ...filter, [key]: event.target.value };
    setFilter(next);
    setShown(applyFilter(next));
  };
  const select = (key: keyof Filter, label: string, options: [string, string][]) => (
    <FilterSelect
      id={`claim-filter-${key}`}
      label={label}
      anyLabel={t("any")}
      options={options}
      value={filter[key]}
      onChange={set(key)}
    />
  );
  return (
    <div ref={box} role="search" className="claim-filter" aria-label={t("filterHeading")}>
      <label className="filter__field filter__field--text">
        <span>{t("filterText")}</span>
        <input type="search" id="claim-filter-text" value={filter.text} onChange={set("text")} />
      </label>
      {select(
        "status",
        t("filterStatus"),
        CLAIM_STATUSES.map((s) => [s, ts(s)]),
      )}
      {select("kind", t("filterKind"), [
        ["claim", t("kindClaim")],
        ["opinion", t("kindOpinion")],
      ])}
      {select("sourcing", t("filterSourcing"), [
        ["none", t("sourcingNone")],
        ["single", t("sourcingSingle")],
        ["multiple", t("sourcingMultiple")],
      ])}
      {select("hedged", t("filterHedged"), [
        ["yes", t("yes")],
        ["no", t("no")],
      ])}
      <p className="muted filter__count" aria-live="polite">
        {t("shown", { shown: Object.values(filter).some(Boolean) ? shown : total, total })}
      </p>
    </div>
  );
}

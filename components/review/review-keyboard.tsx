"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { CLAIM_STATUSES } from "@/lib/claims/claim-status";
import { OPEN_TOOLS_EVENT } from "./claim-tools";
import { PICK_STATUS_EVENT } from "./status-picker";

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));

// The field each key jumps to in the selected claim's card; the tools fold open first.
const FIELD_KEYS: Record<string, string> = {
  e: "textarea[name='text']",
  n: "textarea[name='body']",
  v: "input[name='url']",
  s: "input[name='sourceName']",
  a: "select[name='assigneeId']",
  x: "textarea[data-split-quote]",
  m: "button[data-merge]",
};

/**
 * Keyboard-first review: j/k (or ↓/↑) move between claims (hidden ones skipped), 1–8 set the selected claim's
 * status, e/n/v/s/a jump to its edit, note, evidence, source and assign fields, / to the search box, ? shows the
 * shortcuts. It drives the same forms a mouse uses, so the server checks the same things. Keys are ignored while
 * typing in a field; Escape leaves the field and returns to the claim.
 */
export function ReviewKeyboard() {
  const t = useTranslations("review");
  const ts = useTranslations("status");
  const [showHelp, setShowHelp] = useState(false);
  const selected = useRef(-1);

  useEffect(() => {
    const cards = () => [...document.querySelectorAll<HTMLElement>(".claim-card:not([hidden])")];
    const select = (index: number) => {
      const all = cards();
      if (all.length === 0) return;
      selected.current = Math.max(0, Math.min(all.length - 1, index));
      const card = all[selected.current]!;
      all.forEach((c) => c.removeAttribute("aria-current"));
      card.setAttribute("aria-current", "true");
      card.focus();
      card.scrollIntoView({ block: "nearest" });
      document.getElementById(`text-${card.dataset.claimId}`)?.scrollIntoView({ block: "nearest" });
    };
    const onKey = (event: KeyboardEvent) => {
      if (isTyping(event.target)) {
        const field = event.target as HTMLElement;
        if (event.key === "Enter" && (event.ctrlKey || event.metaKey) && field.tagName === "TEXTAREA") {
          field.closest("form")?.requestSubmit();
          event.preventDefault();
        } else if (event.key === "Escape") {
          const owner = field.closest<HTMLElement>(".claim-card");
          if (owner) owner.focus();
          else field.blur();
          event.preventDefault();
        }
        return;
      }
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const focused = (event.target as HTMLElement | null)?.closest?.<HTMLElement>(".claim-card");
      if (focused) selected.current = cards().indexOf(focused);
      const card = cards()[selected.current];
      if (event.key === "j" || event.key === "ArrowDown") select(selected.current + 1);
      else if (event.key === "k" || event.key === "ArrowUp") select(selected.current - 1);
      else if (event.key === "?") setShowHelp((v) => !v);
      else if (event.key === "Escape") setShowHelp(false);
      else if (card && /^[1-8]$/.test(event.key)) {
        const picker = card.querySelector<HTMLSelectElement>("select[data-status-picker]");
        if (!picker) return;
        picker.value = CLAIM_STATUSES[Number(event.key) - 1]!;
        picker.dispatchEvent(new Event(PICK_STATUS_EVENT));
      } else if (card && FIELD_KEYS[event.key]) {
        card.querySelector("details.claim-tools")?.dispatchEvent(new Event(OPEN_TOOLS_EVENT));
        const target = card.querySelector<HTMLElement>(FIELD_KEYS[event.key]!);
        if (!target) return;
        target.focus();
        target.scrollIntoView({ block: "nearest" });
      } else if (event.key === "/") {
        document.getElementById("claim-filter-text")?.focus();
      } else return;
      event.preventDefault();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  return (
    <>
      <p className="muted" style={{ fontSize: "0.85rem" }}>
        {t("keyboardHint")}
      </p>
      {showHelp ? (
        <div className="card" role="dialog" aria-label={t("shortcuts")} style={{ marginBottom: "1rem" }}>
          <h2>{t("shortcuts")}</h2>
          <ul>
            <li>
              <kbd>j</kbd> / <kbd>k</kbd> · <kbd>↓</kbd> / <kbd>↑</kbd> — {t("keyMove")}
            </li>
            {CLAIM_STATUSES.map((s, i) => (
              <li key={s}>
                <kbd>{i + 1}</kbd> — {ts(s)}
              </li>
            ))}
            <li>
              <kbd>e</kbd> — {t("keyEdit")} · <kbd>n</kbd> — {t("keyNote")} · <kbd>v</kbd> — {t("keyEvidence")}
            </li>
            <li>
              <kbd>s</kbd> — {t("keySource")} · <kbd>a</kbd> — {t("keyAssign")} · <kbd>/</kbd> — {t("keySearch")}
            </li>
            <li>
              <kbd>x</kbd> — {t("keySplit")} · <kbd>m</kbd> — {t("keyMerge")} · <kbd>Ctrl</kbd>+<kbd>Enter</kbd> —{" "}
              {t("keySubmit")}
            </li>
            <li>
              <kbd>Esc</kbd> — {t("keyLeave")} · <kbd>?</kbd> — {t("keyHelp")}
            </li>
          </ul>
        </div>
      ) : null}
    </>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { CLAIM_STATUSES } from "@/lib/claims/claim-status";

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));

/**
 * Keyboard-first review: j/k (or ↓/↑) move between claims, 1–8 set the selected claim's status, n and v jump to its
 * note and evidence fields, ? shows the shortcuts. It drives the same forms a mouse uses, so the server checks the
 * same things. Keys are ignored while typing in a field.
 */
export function ReviewKeyboard() {
  const t = useTranslations("review");
  const ts = useTranslations("status");
  const [showHelp, setShowHelp] = useState(false);
  const selected = useRef(-1);

  useEffect(() => {
    const cards = () => [...document.querySelectorAll<HTMLElement>(".claim-card")];
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
      if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      const card = cards()[selected.current];
      if (event.key === "j" || event.key === "ArrowDown") select(selected.current + 1);
      else if (event.key === "k" || event.key === "ArrowUp") select(selected.current - 1);
      else if (event.key === "?") setShowHelp((v) => !v);
      else if (event.key === "Escape") setShowHelp(false);
      else if (card && /^[1-8]$/.test(event.key)) {
        const form = card.querySelector<HTMLFormElement>("form[data-review='status']");
        const status = form?.querySelector<HTMLSelectElement>("select[name='status']");
        if (!form || !status) return;
        status.value = CLAIM_STATUSES[Number(event.key) - 1]!;
        form.requestSubmit();
      } else if (card && (event.key === "n" || event.key === "v")) {
        card.querySelector<HTMLInputElement>(event.key === "n" ? "input[name='body']" : "input[name='url']")?.focus();
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
              <kbd>n</kbd> — {t("keyNote")} · <kbd>v</kbd> — {t("keyEvidence")} · <kbd>?</kbd> — {t("keyHelp")}
            </li>
          </ul>
        </div>
      ) : null}
    </>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { useToast } from "@/components/ui/toasts";
import { CLAIM_STATUSES } from "@/lib/claims/claim-status";
import { TOOLS } from "./card/tool-bar";
import { isTypingIn, useDesk, type ToolName } from "./review-desk";
import { ShortcutHelp } from "./shortcut-help";
import { toolsFor, type CardPermissions } from "@/components/claims/claim-card";

const TOOL_OF_KEY = new Map(Object.entries(TOOLS).map(([tool, { key }]) => [key, tool as ToolName]));

const visibleCards = () => [...document.querySelectorAll<HTMLElement>(".claim-card:not([hidden])")];

/**
 * Keyboard-first review: j/k (or ↓/↑) move between the claims shown, 1–8 set the selected claim's status, the
 * tools' keys open a tool, / searches, t selects text in the article, ? shows the shortcuts. The selection is a
 * claim id (the desk's): a key always acts on the claim outlined on screen, and on nothing when that claim is
 * hidden by the filter. Keys are ignored while typing; Escape leaves the field and returns to the claim.
 */
export function ReviewKeyboard({ can }: { can: CardPermissions }) {
  const t = useTranslations("review");
  const toast = useToast();
  const desk = useDesk();
  const [showHelp, setShowHelp] = useState(false);

  useEffect(() => {
    const cardOf = (id: string | null) => (id ? document.getElementById(`claim-${id}`) : null);
    const move = (step: 1 | -1) => {
      const all = [...document.querySelectorAll<HTMLElement>(".claim-card")];
      const current = cardOf(desk.selected());
      let at = current ? all.indexOf(current) : step === 1 ? -1 : all.length;
      // From the selected claim's place in the whole list, to the next one the filter shows.
      do at += step;
      while (at >= 0 && at < all.length && all[at]!.hidden);
      const target = all[at] ?? (current && !current.hidden ? current : visibleCards()[0]);
      if (!target) return;
      desk.select(target.dataset.claimId!, { reveal: "both" });
      target.focus({ preventScroll: true });
    };
    const onKey = (event: KeyboardEvent) => {
      if (isTypingIn(event.target)) {
        const field = event.target as HTMLElement;
        // Ctrl+Enter sends a tool's form from any of its fields (the evidence's link and title too, not only a text box).
        if (event.key === "Enter" && (event.ctrlKey || event.metaKey) && field.closest("form")) {
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
      const selected = cardOf(desk.selected());
      const actionable = selected && !selected.hidden ? desk.handle(selected.dataset.claimId!) : undefined;
      const tool = TOOL_OF_KEY.get(event.key);
      if (event.key === "j" || event.key === "ArrowDown") move(1);
      else if (event.key === "k" || event.key === "ArrowUp") move(-1);
      else if (event.key === "?") setShowHelp((v) => !v);
      else if (event.key === "Escape") setShowHelp(false);
      else if (event.key === "/") document.getElementById("claim-filter-text")?.focus();
      else if (/^[1-8]$/.test(event.key) || tool) {
        if (!actionable) {
          toast({ message: t(selected ? "selectedHidden" : "selectFirst"), tone: "error" });
        } else if (tool) actionable.openTool(tool);
        else actionable.setStatus(CLAIM_STATUSES[Number(event.key) - 1]!);
      } else return;
      event.preventDefault();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [desk, t, toast]);

  return (
    <>
      <p className="muted review-hint">
        {t("keyboardHint")}{" "}
        <button type="button" className="link-button" onClick={() => setShowHelp((v) => !v)}>
          {t("shortcuts")}
        </button>
      </p>
      {showHelp ? <ShortcutHelp tools={toolsFor(can)} onClose={() => setShowHelp(false)} /> : null}
    </>
  );
}

"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { useStatusLabels } from "@/components/claims/use-status-labels";
import { CLAIM_STATUSES } from "@/lib/claims/claim-status";
import { TOOLS } from "./card/tool-bar";
import type { ToolName } from "./review-desk";

const keys = (...names: string[]) =>
  names.map((name, i) => (
    <span key={name}>
      {i > 0 ? " " : ""}
      <kbd>{name}</kbd>
    </span>
  ));

/** Every shortcut of the review page this person can use, from the same tables the key handler uses. */
export function ShortcutHelp({ tools, onClose }: { tools: ToolName[]; onClose: () => void }) {
  const t = useTranslations("review");
  const labels = useStatusLabels();
  const rows: [string, ReactNode, string][] = [
    ["move", keys("j", "k", "↓", "↑"), t("keyMove")],
    ...CLAIM_STATUSES.map((s, i): [string, ReactNode, string] => [s, keys(String(i + 1)), labels[s]]),
    // The tools this person may use: a key of another role's tool does nothing here.
    ...tools.map((tool): [string, ReactNode, string] => [
      tool,
      keys(TOOLS[tool].key === "Delete" ? "Del" : TOOLS[tool].key),
      t(`tool.${tool}`),
    ]),
    ["search", keys("/"), t("keySearch")],
    ["text", keys("t"), t("keyText")],
    ["submit", keys("Ctrl", "Enter"), t("keySubmit")],
    ["leave", keys("Esc"), t("keyLeave")],
    ["help", keys("?"), t("keyHelp")],
  ];
  return (
    <div className="card shortcut-help" role="dialog" aria-label={t("shortcuts")}>
      <h2>{t("shortcuts")}</h2>
      <dl>
        {rows.map(([id, combo, meaning]) => (
          <div key={id}>
            <dt>{combo}</dt>
            <dd>{meaning}</dd>
          </div>
        ))}
      </dl>
      <button type="button" onClick={onClose}>
        {t("close")}
      </button>
    </div>
  );
}

"use client";

import {
  Combine,
  FilePenLine,
  Gavel,
  Link2,
  MessageSquarePlus,
  Scissors,
  Trash2,
  UserRoundPlus,
  Newspaper,
  type LucideIcon,
} from "lucide-react";
import { useTranslations } from "next-intl";
import type { ToolName } from "../review-desk";

/** Each tool's icon and key; the key handler (review-keyboard.tsx) reads the same table. */
export const TOOLS: Record<ToolName, { icon: LucideIcon; key: string }> = {
  reason: { icon: Gavel, key: "r" },
  note: { icon: MessageSquarePlus, key: "n" },
  evidence: { icon: Link2, key: "v" },
  source: { icon: Newspaper, key: "s" },
  assign: { icon: UserRoundPlus, key: "a" },
  edit: { icon: FilePenLine, key: "e" },
  split: { icon: Scissors, key: "x" },
  merge: { icon: Combine, key: "m" },
  remove: { icon: Trash2, key: "Delete" },
};

interface Props {
  label: string;
  tools: ToolName[];
  open: ToolName | null;
  onOpen: (tool: ToolName | null) => void;
}

/** The card's tools as labelled icon buttons with their keys; the open one is pressed. */
export function ToolBar({ label, tools, open, onOpen }: Props) {
  const t = useTranslations("review");
  return (
    <div className="tool-bar" role="group" aria-label={t("toolsOf", { label })}>
      {tools.map((tool) => {
        const { icon: Icon, key } = TOOLS[tool];
        return (
          <button
            key={tool}
            type="button"
            className={`tool-button${tool === "remove" ? " tool-button--danger" : ""}`}
            aria-pressed={open === tool}
            aria-keyshortcuts={key}
            onClick={() => onOpen(open === tool ? null : tool)}
          >
            <Icon aria-hidden="true" size={15} strokeWidth={2} />
            <span>{t(`tool.${tool}`)}</span>
            <kbd aria-hidden="true">{key === "Delete" ? "Del" : key}</kbd>
          </button>
        );
      })}
    </div>
  );
}

"use client";

import { createContext, useCallback, useContext, useState } from "react";
import type { ReviewState } from "@/actions/claims/run-review-verb";
import type { ClaimView } from "@/lib/articles/get-article";
import type { ToolName } from "../review-desk";

/** The next claim in the text, for "merge with the next claim". */
export type NextClaim = Pick<ClaimView, "id" | "version" | "label" | "text" | "status">;

/** What a version of the claim said, kept when the user starts editing it: "the base" of a later compare. */
export interface EditBase {
  version: number;
  text: string;
  label: string;
}

/** Everything a card's tools share: the claim as shown, the drafts typed into them, and a way back to the card. */
export interface CardTools {
  articleId: string;
  claim: ClaimView;
  next: NextClaim | null;
  /** The newest version this browser knows: the page's, or a newer one an own change returned. */
  knownVersion: number;
  noteVersion: (version: number | undefined) => void;
  draft: (key: string) => string | undefined;
  setDraft: (key: string, value: string) => void;
  clearDrafts: (prefix: string) => void;
  hasDrafts: boolean;
  editBase: EditBase | null;
  setEditBase: (base: EditBase | null) => void;
  /** Sets the status (with a reason) through the card's one status control, so re-apply knows what was wanted. */
  setStatus: (status: ClaimView["status"], reason?: string) => Promise<ReviewState>;
  statusPending: boolean;
  /** Closes the open tool and gives the focus back to the card. */
  close: () => void;
  openTool: (tool: ToolName) => void;
}

const CardContext = createContext<CardTools | null>(null);
export const CardToolsProvider = CardContext.Provider;

export function useCardTools(): CardTools {
  const tools = useContext(CardContext);
  if (!tools) throw new Error("useCardTools outside a claim card");
  return tools;
}

/**
 * Text typed into a card's tools, kept in the card's own state: it survives the tool closing, the card losing the
 * selection and every refresh of the page (the card is keyed by the claim's id, never by its version). Only a
 * successful save of that tool clears it.
 */
export function useCardDrafts() {
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const [editBase, setEditBase] = useState<EditBase | null>(null);
  const draft = useCallback((key: string) => drafts[key], [drafts]);
  const setDraft = useCallback((key: string, value: string) => setDrafts((all) => ({ ...all, [key]: value })), []);
  const clearDrafts = useCallback((prefix: string) => {
    setDrafts((all) => Object.fromEntries(Object.entries(all).filter(([key]) => !key.startsWith(prefix))));
    if (prefix === "edit.") setEditBase(null);
  }, []);
  // A draft counts when it holds text; chosen options alone (a stance, a role) are not worth a warning.
  const hasDrafts = Object.entries(drafts).some(([key, value]) => !key.endsWith("-choice") && value.trim() !== "");
  return { draft, setDraft, clearDrafts, hasDrafts, editBase, setEditBase };
}

/** The highest version this card has seen: own changes answer with theirs before the page refresh arrives. */
export function useKnownVersion(pageVersion: number) {
  const [own, setOwn] = useState(0);
  const noteVersion = useCallback((version: number | undefined) => {
    if (version) setOwn((known) => Math.max(known, version));
  }, []);
  return { knownVersion: Math.max(pageVersion, own), noteVersion };
}

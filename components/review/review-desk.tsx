"use client";

import { createContext, useContext, useState, useSyncExternalStore, type ReactNode } from "react";
import type { ClaimStatus } from "@/lib/claims/claim-status";

/** The tools of a claim card; one is open at a time. */
export const TOOL_NAMES = [
  "reason",
  "note",
  "evidence",
  "source",
  "assign",
  "edit",
  "split",
  "merge",
  "remove",
] as const;
export type ToolName = (typeof TOOL_NAMES)[number];

/** What the keyboard may ask of a card. Cards register the latest version of it on every render. */
export interface CardHandle {
  setStatus(status: ClaimStatus): void;
  openTool(tool: ToolName): void;
}

/** Whether a key press belongs to a field being typed in (then no shortcut may act on it). */
export const isTypingIn = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));

/** Which side to bring into view: the claim's card, its words in the article, or both. */
export type Reveal = "card" | "text" | "both";

interface SelectOptions {
  reveal?: Reveal;
}

/**
 * The review page's one piece of shared client state: which claim is selected, by its id. Never a position in a
 * (filtered) list — a filter, a merge or a refresh between two key presses must not move a verdict to another claim.
 * Cards register handles here, so a shortcut calls the card's current code, never an element that was replaced.
 */
export class ReviewDesk {
  private selectedId: string | null = null;
  private readonly listeners = new Set<() => void>();
  private readonly handles = new Map<string, { current: CardHandle }>();
  private readonly revealListeners = new Set<(side: Reveal) => void>();

  selected = (): string | null => this.selectedId;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  select(id: string | null, { reveal }: SelectOptions = {}): void {
    if (id !== this.selectedId) {
      this.selectedId = id;
      for (const listener of this.listeners) listener();
    }
    if (!id || !reveal) return;
    // The layout listens first: on a phone it shows the side asked for, so there is something to scroll to.
    for (const listener of this.revealListeners) listener(reveal);
    revealClaim(id, reveal);
  }

  onReveal = (listener: (side: Reveal) => void): (() => void) => {
    this.revealListeners.add(listener);
    return () => this.revealListeners.delete(listener);
  };

  register(id: string, handle: { current: CardHandle }): () => void {
    this.handles.set(id, handle);
    return () => {
      if (this.handles.get(id) === handle) this.handles.delete(id);
    };
  }

  handle(id: string): CardHandle | undefined {
    return this.handles.get(id)?.current;
  }
}

/**
 * Scrolls a claim's card and/or its words into view, each within its own column; scroll-margin in the CSS keeps
 * them clear of the sticky filter and selection bars.
 */
function revealClaim(id: string, side: Reveal): void {
  const scroll = () => {
    if (side !== "text") document.getElementById(`claim-${id}`)?.scrollIntoView({ block: "nearest" });
    if (side !== "card") {
      document.querySelector(`mark[data-claim="${CSS.escape(id)}"]`)?.scrollIntoView({ block: "nearest" });
    }
  };
  scroll();
  // Cards off screen are laid out at an estimated height (content-visibility): the ones the first scroll brought
  // into view take their real height in the next frame and push the target away. Once more, after that frame.
  requestAnimationFrame(() => requestAnimationFrame(scroll));
}

const DeskContext = createContext<ReviewDesk | null>(null);

export function ReviewDeskProvider({ children }: { children: ReactNode }) {
  const [desk] = useState(() => new ReviewDesk());
  return <DeskContext.Provider value={desk}>{children}</DeskContext.Provider>;
}

export function useDesk(): ReviewDesk {
  const desk = useContext(DeskContext);
  if (!desk) throw new Error("useDesk outside ReviewDeskProvider");
  return desk;
}

/** The selected claim's id; re-renders only when it changes. */
export function useSelectedClaim(): string | null {
  const desk = useDesk();
  return useSyncExternalStore(desk.subscribe, desk.selected, () => null);
}

/** Whether this claim is the selected one: a card re-renders only when it gains or loses the selection. */
export function useIsSelected(id: string): boolean {
  const desk = useDesk();
  return useSyncExternalStore(
    desk.subscribe,
    () => desk.selected() === id,
    () => false,
  );
}

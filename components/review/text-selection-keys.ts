/**
 * Selecting words with the keyboard in text that is not editable: the browser's own word and sentence steps
 * (Selection.modify) on a selection that always spans at least one word, so it is visible without a caret.
 */

type Direction = "forward" | "backward";

/** Starts a one-word selection at the selected claim's words, or at the top of the article. */
export function startTextSelection(claimId: string | null): boolean {
  const root = document.querySelector<HTMLElement>("[data-article-text]");
  const selection = document.getSelection();
  if (!root || !selection) return false;
  const from = (claimId && root.querySelector(`mark[data-claim="${CSS.escape(claimId)}"]`)) || root;
  const first = document.createTreeWalker(from, NodeFilter.SHOW_TEXT).nextNode();
  if (!first) return false;
  selection.setBaseAndExtent(first, 0, first, 0);
  selection.modify("extend", "forward", "word");
  reveal(selection);
  return true;
}

/** Moves or extends the selection for one key press; false when the key is not a text-mode key. */
export function textModeKey(event: KeyboardEvent): boolean {
  const selection = document.getSelection();
  if (!selection) return false;
  const steps: Record<string, [Direction, "word" | "sentence"]> = {
    ArrowRight: ["forward", "word"],
    ArrowLeft: ["backward", "word"],
    ArrowDown: ["forward", "sentence"],
    ArrowUp: ["backward", "sentence"],
  };
  const step = steps[event.key];
  if (!step) return false;
  const [direction, unit] = step;
  if (event.shiftKey) {
    selection.modify("extend", direction, unit);
  } else {
    // Move: the next (or previous) word or sentence becomes the whole selection.
    if (direction === "forward") selection.collapseToEnd();
    else selection.collapseToStart();
    selection.modify("move", direction, unit);
    selection.modify("extend", direction === "forward" ? "backward" : "forward", unit);
  }
  reveal(selection);
  return true;
}

function reveal(selection: Selection) {
  const node = selection.focusNode;
  (node instanceof Element ? node : node?.parentElement)?.scrollIntoView({ block: "nearest" });
}

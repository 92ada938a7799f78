import { alignTexts } from "./align-texts";

/** A stretch of two versions side by side: the same in both, only in the old one, or only in the new one. */
export type Stretch = { kind: "same" | "removed" | "added"; text: string };

/**
 * Two versions of a text as stretches, in order, for a compare view: each change is its old words (removed) then its
 * new ones (added). Null when the versions differ beyond the alignment's bound (align-texts.ts): then there is no
 * word-by-word comparison to show, and the views show each text whole.
 */
export function compareTexts(oldText: string, newText: string): Stretch[] | null {
  const alignment = alignTexts(oldText, newText);
  if (alignment === null) return null;
  const stretches: Stretch[] = [];
  const push = (kind: Stretch["kind"], text: string) => {
    if (text) stretches.push({ kind, text });
  };
  let changeAt = 0;
  for (const run of alignment.kept) {
    // The changes before this run (they lie between the previous run's end and this one's start).
    while (changeAt < alignment.changes.length && alignment.changes[changeAt]!.oldStart <= run.oldStart) {
      const change = alignment.changes[changeAt++]!;
      push("removed", oldText.slice(change.oldStart, change.oldEnd));
      push("added", newText.slice(change.newStart, change.newEnd));
    }
    push("same", oldText.slice(run.oldStart, run.oldStart + run.length));
  }
  for (const change of alignment.changes.slice(changeAt)) {
    push("removed", oldText.slice(change.oldStart, change.oldEnd));
    push("added", newText.slice(change.newStart, change.newEnd));
  }
  return stretches;
}

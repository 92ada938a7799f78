/**
 * A point of a DOM selection inside the rendered article → its offset in the article body. Every run (span or mark)
 * carries its body offset in data-start; line breaks between paragraphs are not rendered, so offsets are counted
 * within a run, never across the whole text. A point that falls between runs (on a paragraph or the text box
 * itself, as a drag past the end of a line gives) snaps to the nearest run boundary.
 */
export function bodyOffsetOf(node: Node, offset: number): number | null {
  const element = node instanceof Element ? node : node.parentElement;
  if (!element?.closest("[data-article-text]")) return null;
  const run = element.closest<HTMLElement>("[data-start]");
  if (run) {
    const range = document.createRange();
    range.setStart(run, 0);
    range.setEnd(node, offset);
    return Number(run.dataset.start) + range.toString().length;
  }
  // Between runs: the start of the run at the point, else the end of the run just before it.
  const after = node.childNodes[offset];
  const first = after && (isRun(after) ? after : (after as Element).querySelector?.<HTMLElement>("[data-start]"));
  if (first) return Number(first.dataset.start);
  const before = node.childNodes[offset - 1];
  const runs = before instanceof Element ? [...before.querySelectorAll<HTMLElement>("[data-start]")] : [];
  const last = before && isRun(before) ? before : runs.at(-1);
  return last ? Number(last.dataset.start) + (last.textContent ?? "").length : null;
}

function isRun(node: Node): node is HTMLElement {
  return node instanceof HTMLElement && node.dataset.start !== undefined;
}

import { Parser } from "htmlparser2";

/** One line of a pasted page: where it lies in the text, and whether it is the page's headline (inside <h1>). */
export interface PastedLine {
  start: number;
  end: number;
  inH1: boolean;
}

// Never rendered, or rendered as something other than text a selection copies.
const SKIPPED = new Set(
  "head script style noscript template svg math iframe object embed canvas select datalist textarea audio video".split(
    " ",
  ),
);
// Blocks start and end a line; a paragraph or heading also leaves a blank line, as a browser's copy does.
const BLOCKS = new Set(
  `address article aside blockquote body center details dialog dd div dl dt fieldset figcaption figure footer form
  header hgroup hr html li main menu nav ol pre section summary table tbody thead tfoot tr caption ul legend`.split(
    /\s+/,
  ),
);
const PARAGRAPHS = new Set("p h1 h2 h3 h4 h5 h6".split(" "));
const HIDDEN_STYLE = /(display\s*:\s*none|visibility\s*:\s*hidden)/i;

/**
 * The text a browser's "select all, copy" of a whole page gives, approximated without a layout engine: every
 * visible text block on its own line. Hidden means hidden in the markup (the `hidden` attribute, an inline
 * `display: none` or `visibility: hidden`); what a style sheet hides cannot be seen here and is copied.
 */
export function pastedPageText(html: string): { text: string; lines: PastedLine[] } {
  const raw: { text: string; inH1: boolean }[] = [];
  let current = "";
  let currentInH1 = false;
  let breaks = 0;
  const stack: { name: string; skip: boolean }[] = [];
  let skipDepth = 0;
  let h1Depth = 0;
  let preDepth = 0;

  const flush = () => {
    if (current.trim()) raw.push({ text: current, inH1: currentInH1 });
    current = "";
    currentInH1 = false;
  };
  const lineBreak = (count: number) => {
    breaks = Math.max(breaks, count);
  };
  const write = (text: string) => {
    if (breaks > 0 && current.trim()) flush();
    if (breaks > 1 && raw.length > 0 && raw[raw.length - 1]!.text !== "") raw.push({ text: "", inH1: false });
    breaks = 0;
    current += text;
    if (h1Depth > 0 && text.trim()) currentInH1 = true;
  };

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const hidden = "hidden" in attributes || HIDDEN_STYLE.test(attributes.style ?? "");
        const skip = SKIPPED.has(name) || hidden;
        stack.push({ name, skip });
        if (skip) skipDepth++;
        if (skipDepth > 0) return;
        if (name === "h1") h1Depth++;
        if (name === "pre") preDepth++;
        if (name === "br") lineBreak(1);
        else if (PARAGRAPHS.has(name)) lineBreak(2);
        else if (BLOCKS.has(name)) lineBreak(1);
        else if ((name === "td" || name === "th") && current.trim()) current += "\t";
      },
      ontext(text) {
        if (skipDepth > 0) return;
        if (preDepth === 0) return write(text);
        text.split("\n").forEach((part, i) => {
          if (i > 0) lineBreak(1);
          write(part);
        });
      },
      onclosetag(name) {
        const open = stack.pop();
        if (open?.skip) skipDepth--;
        if (skipDepth > 0) return;
        if (name === "h1") h1Depth--;
        if (name === "pre") preDepth--;
        if (PARAGRAPHS.has(name)) lineBreak(2);
        else if (BLOCKS.has(name)) lineBreak(1);
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  flush();

  // White space inside a line collapses as a browser renders it; blank lines stay single.
  const lines: PastedLine[] = [];
  let text = "";
  for (const line of raw) {
    const clean = line.text.replace(/\s+/g, " ").trim();
    if (text) text += "\n";
    if (clean) lines.push({ start: text.length, end: text.length + clean.length, inH1: line.inH1 });
    text += clean;
  }
  return { text, lines };
}

import { tableToText } from "./html-to-article-text";

/**
 * The plain text of an element's children, laid out exactly as htmlToPlainText (html-to-text with our options)
 * lays out the same markup, but read straight from the DOM Readability leaves: serialising a 1 MB article to HTML
 * only for html-to-text to parse it again was a third of reducing the page. Blocks, headings, lists, quotes and
 * line breaks follow html-to-text's rules (its BlockTextBuilder without word wrap: a block's leading and trailing
 * line breaks are the larger of its own and its neighbour's, never added up); tables are handed to html-to-text
 * itself. element-to-text.test.ts checks both give the same text.
 */
export function elementToText(root: Element): string {
  const writer = new TextWriter();
  writer.children(root);
  return writer.done();
}

/** Elements dropped with their text: what htmlToPlainText skips. */
const SKIPPED = new Set("script style noscript nav form button iframe svg img figure template".split(" "));
/** [leading, trailing] line breaks of the block elements; every other element is inline. */
const BLOCKS: Record<string, readonly [number, number]> = {
  article: [1, 1],
  aside: [1, 1],
  div: [1, 1],
  footer: [1, 1],
  header: [1, 1],
  main: [1, 1],
  section: [1, 1],
  p: [2, 2],
  h1: [3, 2],
  h2: [3, 2],
  h3: [3, 2],
  h4: [2, 2],
  h5: [2, 2],
  h6: [2, 2],
};
// HTML's white space (with the zero-width space html-to-text adds): it separates words; no-break space does not.
const SPACE_RUN = /[ \t\r\n\f\u200b]+/g;
const ONLY_SPACE = /^[ \t\r\n\f\u200b]*$/;

/** A block being written: its finished text, then its lines of words (each line a string, words one space apart). */
class Block {
  private parts: string[] = [];
  private empty = true;
  private lines: string[] = [];
  private line = "";
  private spacePending = false;
  pendingBreaks = 0;
  constructor(
    public leadingBreaks: number,
    public readonly pre: boolean,
    public readonly prefix = "",
  ) {}

  text(): string {
    const raw = this.parts.join("");
    if (this.lines.length === 0 && !this.line) return raw;
    return raw + [...this.lines, this.line].join("\n");
  }

  newLine(n = 1) {
    this.lines.push(this.line);
    for (let i = 1; i < n; i++) this.lines.push("");
    this.line = "";
  }

  /** Appends a finished child block (or list, or table) after the larger of the breaks either side asks for. */
  append(text: string, leadingBreaks: number, trailingBreaks: number) {
    const breaks = Math.max(this.pendingBreaks, leadingBreaks);
    if (this.lines.length > 0 || this.line) {
      this.parts.push([...this.lines, this.line].join("\n"));
      this.empty = false;
      this.lines = [];
      this.line = "";
    }
    if (!this.empty) this.parts.push("\n".repeat(breaks), text);
    else {
      this.parts = [text];
      this.leadingBreaks = breaks;
    }
    this.empty &&= !text;
    this.pendingBreaks = trailingBreaks;
  }

  addInline(text: string) {
    if (this.pre) {
      this.parts.push(text);
      this.empty &&= !text;
      return;
    }
    if (!text || (this.pendingBreaks && ONLY_SPACE.test(text))) return;
    if (this.pendingBreaks) this.newLine(this.pendingBreaks);
    const collapsed = text.replace(SPACE_RUN, " ");
    const spaceFirst = collapsed.startsWith(" ");
    const spaceLast = collapsed.endsWith(" ");
    const words = collapsed.slice(spaceFirst ? 1 : 0, spaceLast ? -1 : undefined);
    if (words) {
      // Text running on from the element before it without a space joins its last word ("<b>Ber</b>lin").
      const joins = !this.spacePending && !spaceFirst;
      this.line = joins || !this.line ? this.line + words : `${this.line} ${words}`;
    }
    this.spacePending = (this.spacePending && !words) || spaceLast;
    this.pendingBreaks = 0;
  }
}

class TextWriter {
  private stack: Block[] = [new Block(1, false)];

  private get current(): Block {
    return this.stack[this.stack.length - 1]!;
  }

  children(element: ParentNode) {
    for (let node = element.firstChild; node; node = node.nextSibling) this.node(node);
  }

  done(): string {
    return this.stack[0]!.text();
  }

  private node(node: ChildNode) {
    if (node.nodeType === 3) return this.current.addInline((node as Text).data);
    if (node.nodeType !== 1) return;
    const element = node as Element;
    const name = element.localName.toLowerCase();
    if (SKIPPED.has(name)) return;
    const block = BLOCKS[name];
    if (block) return this.block(element, block[0], block[1]);
    if (name === "br") return this.current.pre ? this.current.addInline("\n") : this.current.newLine();
    if (name === "ul" || name === "ol") return this.list(element, name === "ol");
    if (name === "blockquote") return this.block(element, 2, 2, quote);
    if (name === "pre") return this.block(element, 2, 2, undefined, true);
    if (name === "hr") return this.rule();
    if (name === "table") {
      const text = tableToText(element.outerHTML);
      if (text) this.current.append(text, 2, 2);
      return;
    }
    this.children(element);
  }

  private open(leadingBreaks: number, pre = false, prefix = ""): Block {
    const block = new Block(leadingBreaks, pre || this.current.pre, prefix);
    this.stack.push(block);
    return block;
  }

  private close(trailingBreaks: number, transform?: (text: string) => string) {
    const block = this.stack.pop()!;
    const text = transform ? transform(block.text()) : block.text();
    this.current.append(text, block.leadingBreaks, Math.max(block.pendingBreaks, trailingBreaks));
  }

  private block(element: Element, leading: number, trailing: number, transform?: (s: string) => string, pre = false) {
    this.open(leading, pre);
    this.children(element);
    this.close(trailing, transform);
  }

  private rule() {
    this.open(2);
    this.current.addInline("-".repeat(40));
    this.close(2);
  }

  private list(element: Element, ordered: boolean) {
    const nested = element.parentElement?.localName.toLowerCase() === "li";
    const type = element.getAttribute("type") ?? "1";
    let index = Number(element.getAttribute("start") || "1");
    const items: { node: ChildNode; prefix: string }[] = [];
    for (let node = element.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === 3 && /^\s*$/.test((node as Text).data)) continue;
      const isItem = node.nodeType === 1 && (node as Element).localName.toLowerCase() === "li";
      const prefix = !isItem ? "" : ordered ? ` ${listIndex(index++, type)}. ` : "• ";
      items.push({ node, prefix: nested ? prefix.trimStart() : prefix });
    }
    if (!items.length) return;
    const width = Math.max(0, ...items.map((item) => item.prefix.length));
    const list = this.open(nested ? 1 : 2);
    for (const { node, prefix } of items) {
      const item = this.open(1, false, prefix);
      this.node(node);
      this.stack.pop();
      const text = item.prefix.padEnd(width) + item.text().replace(/\n/g, "\n" + " ".repeat(width));
      list.append(text, item.leadingBreaks, Math.max(item.pendingBreaks, 1));
    }
    this.stack.pop();
    const text = list.text();
    if (text) this.current.append(text, list.leadingBreaks, nested ? 1 : 2);
  }
}

/** A quotation's lines each start with "> ", its blank lines at either end dropped. */
const quote = (text: string) =>
  text
    .replace(/^\n+|\n+$/g, "")
    .split("\n")
    .map((line) => "> " + line)
    .join("\n");

function listIndex(n: number, type: string): string {
  if (type === "a" || type === "A") {
    let letters = "";
    for (let rest = n; rest > 0; rest = Math.floor((rest - 1) / 26))
      letters = String.fromCharCode(97 + ((rest - 1) % 26)) + letters;
    return type === "A" ? letters.toUpperCase() : letters;
  }
  if (type === "i" || type === "I") return type === "I" ? roman(n) : roman(n).toLowerCase();
  return String(n);
}

function roman(n: number): string {
  const digits: [number, string][] = [
    [1000, "M"],
    [900, "CM"],
    [500, "D"],
    [400, "CD"],
    [100, "C"],
    [90, "XC"],
    [50, "L"],
    [40, "XL"],
    [10, "X"],
    [9, "IX"],
    [5, "V"],
    [4, "IV"],
    [1, "I"],
  ];
  let out = "";
  for (const [value, letters] of digits) for (; n >= value; n -= value) out += letters;
  return out;
}

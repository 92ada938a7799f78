import { Readability } from "@mozilla/readability";

/**
 * Mozilla's Readability on a linkedom document, with some of its helpers done the way linkedom is fast at and with
 * the same results (compared on the 181 pages of the Article Extraction Benchmark and the bench's 1 MB page: the same
 * text and metadata on every page). Readability is written for a browser's DOM, where finding elements by tag,
 * reading an element's style and reading a subtree's text are native. In linkedom, querySelectorAll compiles its
 * selector anew on every call (Readability asks once per paragraph), `style` builds a CSS declaration object, and
 * textContent walks the whole subtree each time.
 */
export function readWithReadability(document: Document) {
  try {
    // keepClasses: the clean-up after it recognises clutter by its class names too.
    const reader = new Readability(document, { keepClasses: true, serializer: (node) => node as Element });
    Object.assign(reader, {
      _getAllNodesWithTag: allWithTags,
      _isValidByline: isValidByline,
      _isElementWithoutContent: isElementWithoutContent,
    });
    const { _isProbablyVisible: isProbablyVisible, _getInnerText: innerText } = reader as unknown as Helpers;
    // The text of a node, read once until the page changes: Readability asks for the same node's text many times
    // while nothing changes (each candidate's link density, up to six times per node while deciding what to remove),
    // and for each of the five ancestors of a long article's paragraphs it read the whole article again. Here a
    // node's text is its children's texts put together, each read once; any change to the tree (not to attributes,
    // which hold no text) forgets every text read so far.
    const texts = new TextCache(document);
    Object.assign(reader, {
      _getInnerText(node: Element, normalizeSpaces?: boolean) {
        if (!texts.active) return innerText.call(this, node, normalizeSpaces);
        return texts.innerText(node, normalizeSpaces !== false);
      },
      // Without a style attribute, style.display and style.visibility are empty: only the attributes are read.
      _isProbablyVisible(node: Element) {
        if (node.hasAttribute("style")) return isProbablyVisible.call(this, node);
        return (
          !node.hasAttribute("hidden") &&
          (node.getAttribute("aria-hidden") !== "true" || node.className?.includes?.("fallback-image"))
        );
      },
    });
    try {
      return reader.parse();
    } finally {
      texts.stop();
    }
  } catch {
    // A page Readability cannot walk is read by the fallback; its errors say nothing the person can act on.
    return null;
  }
}

interface Helpers {
  _isProbablyVisible(node: Element): boolean;
  _getInnerText(node: Element, normalizeSpaces?: boolean): string;
}

// Readability's REGEXPS.normalize.
const NORMALIZE = /\s{2,}/g;

/**
 * The texts (textContent) of a document's nodes, read once until the tree changes. linkedom records every change to
 * a tree it is asked to watch and hands the records over when asked: each read asks first.
 */
export class TextCache {
  private texts = new Map<Node, string>();
  private normalized = new Map<Node, string>();
  private changes: MutationObserver | null;

  constructor(document: Document) {
    const Observer = (document.defaultView as { MutationObserver?: typeof MutationObserver } | null)?.MutationObserver;
    this.changes = Observer ? new Observer(() => {}) : null;
    this.changes?.observe(document, { childList: true, subtree: true, characterData: true });
  }

  get active(): boolean {
    return this.changes !== null;
  }

  /** What Readability's _getInnerText returns: the text trimmed, runs of white space made one space if asked. */
  innerText(node: Node, normalizeSpaces: boolean): string {
    if (this.changes!.takeRecords().some((change) => change.type !== "attributes")) {
      this.texts.clear();
      this.normalized.clear();
    }
    if (!normalizeSpaces) return this.read(node).trim();
    let text = this.normalized.get(node);
    if (text === undefined) this.normalized.set(node, (text = this.read(node).trim().replace(NORMALIZE, " ")));
    return text;
  }

  stop() {
    this.changes?.disconnect();
    this.texts.clear();
    this.normalized.clear();
  }

  private read(node: Node): string {
    if (node.nodeType === 3 || node.nodeType === 4) return (node as CharacterData).data;
    // A <template>'s content is not among its children: linkedom's own textContent says what it holds.
    if ((node as Element).localName === "template") return node.textContent ?? "";
    let text = this.texts.get(node);
    if (text !== undefined) return text;
    text = "";
    for (let child = node.firstChild; child; child = child.nextSibling)
      if (child.nodeType === 1 || child.nodeType === 3 || child.nodeType === 4) text += this.read(child);
    this.texts.set(node, text);
    return text;
  }
}

/**
 * The elements under `root` with one of the tag names, in document order, as querySelectorAll("a,b") gives them
 * (template contents left out, names matched whatever their case: Readability creates "DIV" and "h2").
 */
export function allWithTags(root: ParentNode, tagNames: string[]): Element[] {
  const wanted = new Set(tagNames.map((name) => name.toLowerCase()));
  const found: Element[] = [];
  const walk = (parent: ParentNode) => {
    for (let child = parent.firstElementChild; child; child = child.nextElementSibling) {
      const name = child.localName.toLowerCase();
      if (wanted.has(name)) found.push(child);
      if (name !== "template") walk(child);
    }
  };
  walk(root);
  return found;
}

const BYLINE = /byline|author|dateline|writtenby|p-author/i;

/**
 * Readability 0.6 reads the text of every element's whole subtree before asking whether it could be a byline at
 * all; on a 1 MB page that was 60 % of the time. The same test, with the text read only for the few elements that
 * could be a byline.
 */
function isValidByline(node: Element, matchString: string) {
  const itemprop = node.getAttribute("itemprop");
  if (node.getAttribute("rel") !== "author" && !itemprop?.includes("author") && !BYLINE.test(matchString)) return false;
  const length = node.textContent?.trim().length ?? 0;
  return length > 0 && length < 100;
}

/**
 * Readability 0.6 asks of every <div> and <section> of the article whether it is empty by reading its whole text
 * (for the <div> around a long article, all of it). The same test, stopping at the first text that is not white
 * space (\S is exactly what trim() keeps).
 */
function isElementWithoutContent(node: Element): boolean {
  if (node.nodeType !== 1 || holdsText(node)) return false;
  const children = node.children.length;
  return !children || children === node.getElementsByTagName("br").length + node.getElementsByTagName("hr").length;
}

function holdsText(parent: Node): boolean {
  for (let child = parent.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3 || child.nodeType === 4) {
      if (/\S/.test((child as CharacterData).data)) return true;
    } else if (child.nodeType === 1 && holdsText(child)) return true;
  }
  return false;
}

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
    Object.assign(reader, { _getAllNodesWithTag: allWithTags, _isValidByline: isValidByline });
    const {
      _isProbablyVisible: isProbablyVisible,
      _getInnerText: innerText,
      _removeNodes: removeNodes,
    } = reader as unknown as Helpers;
    // The text of a node, read once per question Readability asks about it: whether to remove a node is decided
    // without changing the page (its removal comes after), yet _cleanConditionally reads the same node's text up to
    // six times; for the <div> around a long article, six walks of the whole article.
    let texts: Map<Node, string> | null = null;
    Object.assign(reader, {
      _removeNodes(nodes: ArrayLike<Element>, filter?: (node: Element, i: number, list: unknown) => boolean) {
        if (!filter) return removeNodes.call(this, nodes);
        return removeNodes.call(this, nodes, function (this: unknown, node: Element, i: number, list: unknown) {
          texts = new Map();
          try {
            return filter.call(this, node, i, list);
          } finally {
            texts = null;
          }
        });
      },
      _getInnerText(node: Element, normalizeSpaces?: boolean) {
        if (!texts || normalizeSpaces === false) return innerText.call(this, node, normalizeSpaces);
        let text = texts.get(node);
        if (text === undefined) texts.set(node, (text = innerText.call(this, node)));
        return text;
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
    return reader.parse();
  } catch {
    // A page Readability cannot walk is read by the fallback; its errors say nothing the person can act on.
    return null;
  }
}

interface Helpers {
  _isProbablyVisible(node: Element): boolean;
  _getInnerText(node: Element, normalizeSpaces?: boolean): string;
  _removeNodes(nodes: ArrayLike<Element>, filter?: (node: Element, i: number, list: unknown) => boolean): void;
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

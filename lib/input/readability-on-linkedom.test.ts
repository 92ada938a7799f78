import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { allWithTags, readWithReadability, TextCache } from "./readability-on-linkedom";

const PAGE = `<html><body><main>
<div class="a"><p>One</p><figure><img src="x.jpg"><iframe src="v"></iframe></figure></div>
<template><p>Inside a template</p></template>
<section><h2>Two</h2><p>Three <embed src="e"></p></section>
</main></body></html>`;

describe("allWithTags", () => {
  it("finds the elements querySelectorAll finds, in the same document order, template contents left out", () => {
    const { document } = parseHTML(PAGE);
    const main = document.querySelector("main")!;
    for (const tags of [["p"], ["img", "embed", "object", "iframe"], ["h2", "p", "div"], ["main"], ["table"]])
      expect(allWithTags(main, tags)).toEqual([...main.querySelectorAll(tags.join(","))]);
    expect(allWithTags(document as unknown as ParentNode, ["main", "p"])).toEqual([
      ...document.querySelectorAll("main,p"),
    ]);
  });

  it("finds elements Readability created under an upper-case name, as querySelectorAll does", () => {
    const { document } = parseHTML(PAGE);
    const div = document.createElement("DIV");
    document.querySelector("section")!.appendChild(div);
    expect(allWithTags(document.body, ["div"])).toEqual([...document.body.querySelectorAll("div")]);
    expect(allWithTags(document.body, ["div"])).toContain(div);
  });
});

describe("TextCache", () => {
  it("reads a node's text as Readability does, and again after any change to the tree below it", () => {
    const { document } = parseHTML(
      "<html><body><div id='a'><p>One  two</p> <p>three</p><template>(template)</template></div></body></html>",
    );
    const div = document.getElementById("a")!;
    const texts = new TextCache(document);
    // Readability's own _getInnerText, on linkedom's textContent.
    const stock = () => div.textContent!.trim().replace(/\s{2,}/g, " ");
    const read = () => {
      expect(texts.innerText(div, false)).toBe(div.textContent!.trim());
      return texts.innerText(div, true);
    };
    expect(read()).toBe(stock());
    expect(read()).toMatch(/^One two three/);
    div.querySelector("p")!.remove();
    expect(read()).toBe(stock());
    expect(read()).toMatch(/^three/);
    div.appendChild(document.createElement("p")).textContent = "four";
    expect(read()).toBe(stock());
    expect(read()).toMatch(/four$/);
    (div.querySelector("p")!.firstChild as Text).data = "3";
    expect(read()).toBe(stock());
    expect(read()).toMatch(/^3/);
    div.setAttribute("class", "x");
    expect(read()).toBe(stock());
    texts.stop();
  });
});

describe("readWithReadability", () => {
  it("finds the article of a page with a hidden and a styled block as Readability does", () => {
    const paragraph = (n: number) =>
      `<p>Paragraph ${n} of the article says something long enough to be prose, with commas, clauses, and a point.</p>`;
    const html = `<html><body><article>${[1, 2, 3, 4, 5].map(paragraph).join("")}
      <div style="display: none"><p>Hidden text that a reader never sees on the page, however long it is.</p></div>
      <div style="color: red"><p>Styled text that is shown on the page, and that the reader sees in red.</p></div>
      <div aria-hidden="true"><p>Text hidden from assistive technology and from readers of this page too.</p></div>
      </article></body></html>`;
    const text = readWithReadability(parseHTML(html).document)?.content?.textContent ?? "";
    expect(text).toContain("Paragraph 5 of the article");
    expect(text).toContain("Styled text");
    expect(text).not.toContain("Hidden text");
    expect(text).not.toContain("hidden from assistive technology");
  });

  it.each([
    ["an article among link lists, empty wrappers and a comment box", linkHeavyPage()],
    ["a short page Readability reads again with its filters relaxed", shortPage()],
    ["paragraphs written as <div>s inside nested wrappers", divParagraphPage()],
  ])("finds the same article as Readability with its own helpers: %s", (_, html) => {
    const ours = readWithReadability(parseHTML(html).document);
    const stock = new Readability(parseHTML(html).document, { keepClasses: true }).parse();
    expect(ours?.content?.innerHTML).toBe(stock?.content);
    expect(ours?.title).toBe(stock?.title);
    expect(ours?.textContent?.length).toBeGreaterThan(0);
  });
});

const prose = (n: number) =>
  `Sentence ${n} of the report says the council, after a long debate, voted to repair the old bridge by spring.`;

function linkHeavyPage() {
  const links = (n: number) =>
    `<ul>${Array.from({ length: n }, (_, i) => `<li><a href="/r${i}">Story ${i}</a></li>`).join("")}</ul>`;
  const body = Array.from(
    { length: 12 },
    (_, i) => `<p>${prose(i)} <a href="/x">More</a></p>${i % 4 === 3 ? links(6) : ""}`,
  );
  return `<html><head><title>Bridge | Paper</title></head><body><div class="wrap"><div></div><div class="content">
    <div><div>${body.join("")}</div></div><div class="comments"><p>${links(20)}</p></div></div>
    <div class="sidebar">${links(30)}</div></div></body></html>`;
}

function shortPage() {
  return `<html><body><div class="hidden-ish"><div class="sidebar"><p>${prose(1)}</p><p>${prose(2)}</p></div></div>
    <div><span>Short note.</span></div></body></html>`;
}

function divParagraphPage() {
  const block = (i: number) => `<div><div>${prose(i)}</div></div>`;
  return `<html><body><section><div><div>${Array.from({ length: 8 }, (_, i) => block(i)).join("")}</div></div>
    <section><div> </div><div><br><hr></div></section></section></body></html>`;
}

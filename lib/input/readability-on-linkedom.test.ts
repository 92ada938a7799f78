import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { allWithTags, readWithReadability } from "./readability-on-linkedom";

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
});

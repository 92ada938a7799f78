import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

type Tree = { [key: string]: string | Tree };
const load = (locale: string): Tree =>
  JSON.parse(readFileSync(new URL(`../../messages/${locale}.json`, import.meta.url), "utf8")) as Tree;

/** Every message key as a dotted path, with its text. */
function entries(tree: Tree, prefix = ""): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "string" ? [[`${prefix}${key}`, value] as [string, string]] : entries(value, `${prefix}${key}.`),
  );
}

describe("the interface texts", () => {
  const en = new Map(entries(load("en")));
  const de = new Map(entries(load("de")));

  it("has every English text in German and no German text without an English one", () => {
    expect([...en.keys()].filter((key) => !de.has(key))).toEqual([]);
    expect([...de.keys()].filter((key) => !en.has(key))).toEqual([]);
  });

  it("uses the same placeholders in both languages", () => {
    // Arguments, not plural branches: "{count, plural, one {# claim} …}" names count only.
    const argument = /(?<!(?:zero|one|two|few|many|other|=\d+) )\{(\w+)(?=\s*[},])/g;
    const names = (text: string) => [...new Set([...text.matchAll(argument)].map((m) => m[1]))].sort();
    const differing = [...en].filter(
      ([key, text]) => JSON.stringify(names(text)) !== JSON.stringify(names(de.get(key)!)),
    );
    expect(differing.map(([key]) => key)).toEqual([]);
  });

  it("calls a claim “Behauptung” and coverage “Quellenlage” throughout the German interface", () => {
    const mixed = [...de].filter(([, text]) => /\bAussagen?\b|Quellenabdeckung/.test(text));
    expect(mixed).toEqual([]);
  });

  it("says “unter Vorbehalt” wherever English says hedged", () => {
    // "Eingeschränkt" read as a limited claim (or a restricted account), not as one the article states with reserve.
    const hedged = [...en].filter(([, text]) => /\bhedged\b/i.test(text)).map(([key]) => [key, de.get(key)]);
    expect(hedged.length).toBeGreaterThan(0);
    expect(hedged.filter(([, text]) => !/unter Vorbehalt/i.test(text!))).toEqual([]);
  });
});

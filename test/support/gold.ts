import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The reference annotation format of test/fixtures/articles/*.gold.json. */
export interface GoldSentence {
  text: string;
  kind: "heading" | "claim" | "opinion" | "boilerplate" | "question";
  sources: string[];
  atomic?: string[];
  /** Per atomic part, where the parts name different sources. */
  atomic_sources?: string[][];
  relay?: Record<string, string>;
  quantities?: { text: string; value: number; comparator: string; unit?: string }[];
  notes?: string;
}
export interface GoldArticle {
  language: "de" | "en";
  sources: { name: string; type: string; mentions: string[] }[];
  sentences: GoldSentence[];
}

const FIXTURES = fileURLToPath(new URL("../fixtures/articles/", import.meta.url));

export function loadArticle(name: string): { text: string; gold: GoldArticle } {
  return {
    text: readFileSync(`${FIXTURES}${name}.txt`, "utf8"),
    gold: JSON.parse(readFileSync(`${FIXTURES}${name}.gold.json`, "utf8")) as GoldArticle,
  };
}

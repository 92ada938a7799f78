import { readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = dirname(fileURLToPath(import.meta.url));
const sourceFiles = (readdirSync(ROOT, { recursive: true }) as string[])
  .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))
  .map((f) => join(ROOT, f));
const read = (file: string) => readFileSync(file, "utf8");

/** Local imports of a file, as absolute paths (type-only imports count: they tie the modules' shapes together). */
function importsOf(file: string): string[] {
  const found: string[] = [];
  for (const m of read(file).matchAll(/^(?:import|export)\s[^;]*?from\s+"(\.[^"]+)"/gms)) {
    const target = resolve(dirname(file), m[1]!);
    const candidates = [`${target}.ts`, join(target, "index.ts")];
    const hit = candidates.find((c) => sourceFiles.includes(c));
    if (hit) found.push(hit);
  }
  return found;
}

function findCycle(): string[] | null {
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const visit = (file: string): string[] | null => {
    if (state.get(file) === "done") return null;
    if (state.get(file) === "open") return [...stack.slice(stack.indexOf(file)), file];
    state.set(file, "open");
    stack.push(file);
    for (const next of importsOf(file)) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    stack.pop();
    state.set(file, "done");
    return null;
  };
  for (const file of sourceFiles) {
    const cycle = visit(file);
    if (cycle) return cycle.map((f) => relative(ROOT, f));
  }
  return null;
}

describe("the extractor's shape", () => {
  it("has no import cycles", () => {
    expect(findCycle()).toBeNull();
  });

  it("keeps language knowledge in lang/: no stage outside it branches on a language code", () => {
    const branching = sourceFiles
      .filter((f) => !relative(ROOT, f).startsWith("lang/") && !/boilerplate/.test(f))
      .filter((f) => /(lang|language|code)\s*[!=]==\s*"(de|en)"|Record<Language,/.test(read(f)))
      .map((f) => relative(ROOT, f));
    expect(branching).toEqual([]);
  });

  describe.each(["de", "en"])("the %s word lists", (code) => {
    const collator = new Intl.Collator(code);
    const lists = readdirSync(join(ROOT, "lang", code))
      .filter((f) => f.endsWith(".ts"))
      .flatMap((f) =>
        [...read(join(ROOT, "lang", code, f)).matchAll(/(\w+) = words\(\s*[`"]([^`"]*)[`"]/g)].map(
          (m) => [`${f} ${m[1]}`, m[2]!.trim().split(/\s+/)] as const,
        ),
      );

    it("are found", () => {
      expect(lists.length).toBeGreaterThan(20);
    });

    it.each(lists)("%s is sorted and free of duplicates", (_name, list) => {
      const sorted = [...new Set(list)].sort(collator.compare);
      expect(list).toEqual(sorted);
    });
  });
});

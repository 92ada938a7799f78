import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, normalize, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const IMPORT = /^\s*(?:import|export)\s[^;]*?from\s+["']([^"']+)["']/gm;

/** Every source file under a folder (tests and generated code left out), relative to the project root. */
function sourceFiles(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { recursive: true, encoding: "utf8" })
    .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f) && !f.startsWith("generated"))
    .map((f) => join(folder, f));
}

/** The project files a file imports (types too: a type import is a dependency of the design if not of the code). */
function importsOf(file: string): string[] {
  const text = readFileSync(join(ROOT, file), "utf8");
  return [...text.matchAll(IMPORT)].flatMap(([, spec]) => {
    if (spec!.startsWith("@/")) return [spec!.slice(2)];
    if (spec!.startsWith(".")) return [relative(ROOT, normalize(join(ROOT, dirname(file), spec!)))];
    return [];
  });
}

/** lib/claims/add-note.ts → lib/claims; lib/env.ts → lib/env. */
const folderOf = (path: string) =>
  path
    .split("/")
    .slice(0, 2)
    .join("/")
    .replace(/\.tsx?$/, "");

describe("the shape of lib/ (docs/ARCHITECTURE.md)", () => {
  it("has no folders that import each other in a circle", () => {
    const edges = new Map<string, Map<string, string>>();
    for (const file of sourceFiles("lib"))
      for (const target of importsOf(file).filter((t) => t.startsWith("lib/"))) {
        const [from, to] = [folderOf(file), folderOf(target)];
        if (from === to || to === "lib/generated") continue;
        if (!edges.has(from)) edges.set(from, new Map());
        if (!edges.get(from)!.has(to)) edges.get(from)!.set(to, `${file} imports ${target}`);
      }
    // Depth-first search; a folder met again on the current path closes a circle.
    const circles: string[] = [];
    const done = new Set<string>();
    const visit = (folder: string, path: string[]) => {
      if (path.includes(folder)) {
        const circle = [...path.slice(path.indexOf(folder)), folder];
        circles.push(
          circle
            .slice(1)
            .map((to, i) => edges.get(circle[i]!)!.get(to)!)
            .join("; "),
        );
        return;
      }
      if (done.has(folder)) return;
      for (const next of edges.get(folder)?.keys() ?? []) visit(next, [...path, folder]);
      done.add(folder);
    };
    for (const folder of edges.keys()) visit(folder, []);
    expect(circles).toEqual([]);
  });

  it("keeps the layers: nothing below app/ imports from it, and actions and lib never import components", () => {
    const wrong = ["components", "actions", "lib"].flatMap((folder) =>
      sourceFiles(folder).flatMap((file) =>
        importsOf(file)
          .filter((t) => t.startsWith("app/") || (folder !== "components" && t.startsWith("components/")))
          .map((t) => `${file} imports ${t}`),
      ),
    );
    expect(wrong).toEqual([]);
  });

  it("answers every API request through apiHandler, but public liveness and Better Auth's own routes", () => {
    const routes = readdirSync(join(ROOT, "app/api"), { recursive: true, encoding: "utf8" })
      .filter((f) => /(^|\/)route\.ts$/.test(f))
      .map((f) => `app/api/${f}`);
    const exempt = new Set(["app/api/health/route.ts", "app/api/auth/[...all]/route.ts"]);
    const bypassing = routes.filter(
      (file) => !exempt.has(file) && !/\bapiHandler\s*[<(]/.test(readFileSync(join(ROOT, file), "utf8")),
    );
    expect(routes.length).toBeGreaterThan(20);
    expect(bypassing).toEqual([]);
  });

  it("keeps the extraction engine pure TypeScript: nothing from Next.js, React, Prisma or the rest of lib/", () => {
    const outside = sourceFiles("lib/extract").flatMap((file) => {
      const text = readFileSync(join(ROOT, file), "utf8");
      const packages = [...text.matchAll(IMPORT)]
        .map(([, spec]) => spec!)
        .filter((s) => /^(next|react|@prisma|prisma)\b/.test(s));
      const project = importsOf(file).filter((t) => !t.startsWith("lib/extract"));
      return [...packages, ...project].map((t) => `${file} imports ${t}`);
    });
    expect(outside).toEqual([]);
  });
});

import { existsSync, readdirSync, readFileSync } from "node:fs";
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
    // Each method on its own: a file whose DELETE goes through apiHandler may not answer its GET by hand.
    const METHOD =
      /export\s+(?:async\s+function\s+(GET|POST|PUT|PATCH|DELETE)\b|const\s+(GET|POST|PUT|PATCH|DELETE)\s*=\s*(\w+))/g;
    const bypassing = routes
      .filter((file) => !exempt.has(file))
      .flatMap((file) =>
        [...readFileSync(join(ROOT, file), "utf8").matchAll(METHOD)]
          .filter(([, byHand, , via]) => byHand || via !== "apiHandler")
          .map(([, byHand, method]) => `${file} ${byHand ?? method}`),
      );
    expect(routes.length).toBeGreaterThan(20);
    expect(bypassing).toEqual([]);
  });

  it("keeps the extraction, matching and anchoring engines pure TypeScript: nothing from Next.js, React, Prisma or the rest of lib/", () => {
    // The matcher reads what the extractor gives (its quantities), so it may import the extractor, and nothing else.
    const allowed: Record<string, string[]> = {
      "lib/extract": ["lib/extract"],
      "lib/matching": ["lib/matching", "lib/extract"],
      "lib/anchoring": ["lib/anchoring"],
    };
    const outside = Object.keys(allowed).flatMap((engine) =>
      sourceFiles(engine).flatMap((file) => {
        const text = readFileSync(join(ROOT, file), "utf8");
        const packages = [...text.matchAll(IMPORT)]
          .map(([, spec]) => spec!)
          .filter((s) => /^(next|react|@prisma|prisma)\b/.test(s));
        const project = importsOf(file).filter((t) => !allowed[engine]!.some((folder) => t.startsWith(folder)));
        return [...packages, ...project].map((t) => `${file} imports ${t}`);
      }),
    );
    expect(outside).toEqual([]);
  });

  it("has every read of lib/ that a page or route calls take the actor and check it itself", () => {
    // get-, list-, read- and search- files: what pages, routes and the CLI read. The helpers named here are read by
    // those reads (which check the actor) or inside a verb's own transaction, never by an edge.
    const internal = new Set(["getArticle", "readClaimSnapshot"]);
    const READ = /export\s+async\s+function\*?\s+(\w+)\(\s*db:\s*\w+(?:,\s*(\w+))?/g;
    const blind = sourceFiles("lib")
      .filter((file) => /\/(get|list|read|search)-[^/]+\.ts$/.test(file))
      .flatMap((file) =>
        [...readFileSync(join(ROOT, file), "utf8").matchAll(READ)]
          .filter(([, name, second]) => !internal.has(name!) && second !== "actor")
          .map(([, name]) => `${file}: ${name}`),
      );
    expect(blind).toEqual([]);
  });

  it("keeps zod out of the browser: nothing a client component loads imports it", () => {
    // zod is 108 KB of script that every page holding the component parses. Walked: the value imports of each
    // "use client" file and of what they import, down to a server action (the browser gets a reference to it only).
    const VALUE_IMPORT = /^\s*(?:import|export)\s+(?!type\s)[^;]*?from\s+["']([^"']+)["']/gm;
    const fileOf = (path: string) =>
      [`${path}.ts`, `${path}.tsx`, `${path}/index.ts`].find((f) => existsSync(join(ROOT, f)));
    const textOf = (file: string) => readFileSync(join(ROOT, file), "utf8");
    const clientFiles = ["app", "components"]
      .flatMap((folder) => sourceFiles(folder))
      .filter((file) => /^["']use client["']/m.test(textOf(file)));
    const carrying: string[] = [];
    for (const client of clientFiles) {
      const cameFrom = new Map<string, string | null>([[client, null]]);
      const queue = [client];
      for (let file = queue.shift(); file; file = queue.shift()) {
        if (file !== client && /^["']use server["']/m.test(textOf(file))) continue;
        for (const [, spec] of textOf(file).matchAll(VALUE_IMPORT)) {
          if (spec === "zod" || spec!.startsWith("zod/")) {
            const chain = [file];
            for (let f = cameFrom.get(file); f; f = cameFrom.get(f)) chain.unshift(f);
            carrying.push(chain.join(" → "));
          }
          const project = spec!.startsWith("@/")
            ? spec!.slice(2)
            : spec!.startsWith(".")
              ? relative(ROOT, normalize(join(ROOT, dirname(file), spec!)))
              : null;
          const target = project && fileOf(project);
          if (target && !cameFrom.has(target)) {
            cameFrom.set(target, file);
            queue.push(target);
          }
        }
      }
    }
    expect(clientFiles.length).toBeGreaterThan(20);
    expect([...new Set(carrying)]).toEqual([]);
  });
});

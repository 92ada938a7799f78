import { describe, expect, it } from "vitest";
import { compareTexts } from "./compare-texts";

const joined = (stretches: { kind: string; text: string }[], without: string) =>
  stretches
    .filter((s) => s.kind !== without)
    .map((s) => s.text)
    .join("");

describe("two versions side by side", () => {
  it("marks a corrected figure and an added paragraph, and each side reads back as its own version", () => {
    const before = "Der Pegel stieg auf 7 Meter.\n\nDie Feuerwehr rückte aus.";
    const after = "Der Pegel stieg auf 8 Meter.\n\nDie Feuerwehr rückte aus.\n\nDie Schulen bleiben geschlossen.";
    const stretches = compareTexts(before, after)!;
    expect(stretches.filter((s) => s.kind === "removed").map((s) => s.text)).toEqual(["7"]);
    expect(stretches.filter((s) => s.kind === "added").map((s) => s.text)).toEqual([
      "8",
      "\n\nDie Schulen bleiben geschlossen.",
    ]);
    expect(joined(stretches, "added")).toBe(before);
    expect(joined(stretches, "removed")).toBe(after);
  });

  it("the same text is one stretch; a text rewritten beyond the bound is no comparison at all", () => {
    expect(compareTexts("Alles bleibt.", "Alles bleibt.")).toEqual([{ kind: "same", text: "Alles bleibt." }]);
    const words = (prefix: string) => Array.from({ length: 1500 }, (_, i) => `${prefix}${i}`).join(" ");
    expect(compareTexts(words("alt"), words("neu"))).toBeNull();
  });
});

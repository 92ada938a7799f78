import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CLAIM_STATUSES } from "./claim-status";
import { paletteCss, STATUS_PALETTE } from "./status-palette";

const luminance = (hex: string) => {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
};
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

describe("the status palette", () => {
  it("gives every status a mark that stands out on white and a fill dark text reads on", () => {
    for (const status of CLAIM_STATUSES) {
      const { mark, background } = STATUS_PALETTE[status];
      expect(contrast(mark, "#ffffff"), `${status} mark`).toBeGreaterThanOrEqual(3);
      expect(contrast("#1d232a", background), `${status} fill`).toBeGreaterThanOrEqual(4.5);
    }
  });

  it("defines every status colour the stylesheets use", () => {
    const css = ["app/globals.css", "components/review/review-desk.css"]
      .map((f) => readFileSync(new URL(`../../${f}`, import.meta.url), "utf8"))
      .join("\n");
    const used = new Set([...css.matchAll(/var\((--(?:st|st-bar|chart)-[a-z_]+)\)/g)].map((m) => m[1]!));
    const defined = paletteCss();
    expect(used.size).toBeGreaterThan(CLAIM_STATUSES.length);
    for (const property of used) expect(defined, property).toContain(`${property}:`);
  });
});

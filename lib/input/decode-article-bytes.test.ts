import { describe, expect, it } from "vitest";
import { decodeArticleBytes } from "./decode-article-bytes";

const bytes = (s: string) => new TextEncoder().encode(s);

describe("decodeArticleBytes", () => {
  it("returns UTF-8 text unchanged, without a byte-order mark", () => {
    expect(decodeArticleBytes(bytes("\ufeffÜber 1.000 Soldaten"))).toEqual({ ok: true, text: "Über 1.000 Soldaten" });
  });

  it.each([
    ["empty input", bytes(""), "empty"],
    ["white space only", bytes(" \n\t "), "empty"],
    ["a binary file", new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]), "binary"],
    ["Latin-1 bytes", new Uint8Array([0x47, 0x72, 0xfc, 0xdf, 0x65]), "not_utf8"],
  ])("refuses %s with a sentence a person understands", (_, input, code) => {
    const result = decodeArticleBytes(input);
    expect(result).toMatchObject({ ok: false, code });
    if (!result.ok) expect(result.message).toMatch(/^The input .+\.$/);
  });

  it("refuses input over the size limit and names both sizes", () => {
    const result = decodeArticleBytes(bytes("x".repeat(2048)), 1024);
    expect(result).toMatchObject({ ok: false, code: "too_large" });
    if (!result.ok) expect(result.message).toBe("The input is 2 KB, over the limit of 1 KB.");
  });
});

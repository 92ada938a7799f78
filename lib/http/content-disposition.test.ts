import { describe, expect, it } from "vitest";
import { attachment } from "./content-disposition";

describe("attachment", () => {
  it("gives a plain ASCII name as it is", () => {
    expect(attachment("claims-suedkorea-truppen-2026-12-01.csv")).toBe(
      'attachment; filename="claims-suedkorea-truppen-2026-12-01.csv"',
    );
  });

  it("gives any other name in UTF-8 too, with an ASCII stand-in for older clients", () => {
    expect(attachment("Prüfbericht (Köln)*.md")).toBe(
      `attachment; filename="Pr_fbericht (K_ln)*.md"; filename*=UTF-8''Pr%C3%BCfbericht%20%28K%C3%B6ln%29%2A.md`,
    );
  });

  it("never lets a quote or backslash end the quoted name", () => {
    const header = attachment('a"b\\c.csv');
    expect(header).toMatch(/^attachment; filename="a_b_c\.csv"; filename\*=UTF-8''a%22b%5Cc\.csv$/);
  });

  it("makes a header that can be sent whatever the name (Headers refuses characters beyond Latin-1)", () => {
    expect(() => new Headers({ "content-disposition": "Ärger 🚨.pdf" })).toThrow();
    expect(() => new Headers({ "content-disposition": attachment("Ärger 🚨.pdf") })).not.toThrow();
  });
});

import { describe, expect, it } from "vitest";
import { detectLanguage } from "./language";

describe("detectLanguage", () => {
  it("recognises German and English news sentences", () => {
    expect(detectLanguage("Die Regierung hat den Botschafter einbestellt, wie die Agentur berichtete.")).toBe("de");
    expect(detectLanguage("The government summoned the ambassador, the agency reported.")).toBe("en");
  });

  it("falls back to English when the text gives no evidence", () => {
    expect(detectLanguage("1234 5678 !!!")).toBe("en");
  });
});

import { describe, expect, it } from "vitest";
import { detectLanguage } from "./language";

describe("detectLanguage", () => {
  it("recognises German and English news sentences", () => {
    expect(detectLanguage("Die Regierung hat den Botschafter einbestellt, wie die Agentur berichtete.")).toBe("de");
    expect(detectLanguage("The government summoned the ambassador, the agency reported.")).toBe("en");
  });

  it("reads short German sentences with few function words as German", () => {
    // "in" and "an" are German as much as English.
    expect(detectLanguage("Laut Polizei wurden in Bebra 40 Autos beschädigt.")).toBe("de");
    expect(detectLanguage("Seit Montag gelten in Kassel neue Regeln.")).toBe("de");
    expect(detectLanguage("Rund 2.000 Menschen mussten am Sonntag ihre Häuser verlassen.")).toBe("de");
    expect(detectLanguage("Zwischen Berlin und Hamburg fallen bis Freitag Züge aus.")).toBe("de");
  });

  it("reads short English sentences with few function words as English", () => {
    expect(detectLanguage("Police in Bebra say 40 cars were damaged.")).toBe("en");
    expect(detectLanguage("New rules in Kassel since Monday.")).toBe("en");
    expect(detectLanguage("Trains between Berlin and Hamburg cancelled until Friday.")).toBe("en");
    expect(detectLanguage("Strikes could hit airports in Germany.")).toBe("en");
  });

  it("falls back to English when the text gives no evidence", () => {
    expect(detectLanguage("1234 5678 !!!")).toBe("en");
  });
});

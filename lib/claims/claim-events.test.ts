import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CLAIM_EVENT_TYPES } from "./claim-events";

const eventNames = (locale: string): Record<string, string> =>
  JSON.parse(readFileSync(new URL(`../../messages/${locale}.json`, import.meta.url), "utf8")).review.event;

describe("the kinds of change a claim's history records", () => {
  it.each(["en", "de"])(
    "each has a name people read in the history (%s), and none is named that is not one",
    (locale) => {
      const names = eventNames(locale);
      for (const type of CLAIM_EVENT_TYPES) expect(names[type], `${locale}: review.event.${type}`).toMatch(/\p{L}{3}/u);
      expect(Object.keys(names).sort()).toEqual([...CLAIM_EVENT_TYPES].sort());
    },
  );

  it("are each listed once", () => {
    expect(new Set(CLAIM_EVENT_TYPES).size).toBe(CLAIM_EVENT_TYPES.length);
  });
});

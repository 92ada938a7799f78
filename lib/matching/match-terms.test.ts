import { describe, expect, it } from "vitest";
import { keyOfSentence } from "@/test/support/sentence-keys";
import { articleContextOf } from "./article-context";
import type { MatchLanguage } from "./match-key";
import { closestLookupsOf, matchTermsOf, matchTermsText, type MatchTerms, type TermLookup } from "./match-terms";

// Claims of a few stories as outlets write them, German and English: cities with their countries, several events,
// figures of several kinds, and claims that name their place only in their article's lead.
const FLOODS_LEAD = articleContextOf("Floods in Slovenia forced thousands of people from their homes on Sunday.");
// A lead naming a body: claims below it name their own city, and take the body from the lead.
const UN_LEAD = articleContextOf("The United Nations said on Monday that Russia had sent more troops to Ukraine.");
const CLAIMS: [string, MatchLanguage, string[]?][] = [
  ["Russia has sent 1,000 troops to Kursk, Ukraine's army said.", "en"],
  ["North Korea has sent more than 10,000 soldiers to Russia.", "en"],
  ["Nordkorea hat über 1.000 Soldaten nach Russland entsandt.", "de"],
  ["North Korea has sent 3,000 soldiers to Belarus.", "en"],
  ["Police in Berlin arrested 12 people after the protest.", "en"],
  ["Die Polizei in Berlin nahm nach der Demonstration zwölf Menschen fest.", "de"],
  ["Germany has sent 50 tanks and 2,000 soldiers to Lithuania.", "en"],
  ["Germany sent 14 tanks to Ukraine last year.", "en"],
  ["The United States sent 300 missiles and 40 drones to Ukraine.", "en"],
  ["Russia arrested two journalists in Moscow on Friday.", "en"],
  ["In Moskau wurden zwei Journalisten festgenommen.", "de"],
  ["Seoul summoned the Russian ambassador over the troop deployment.", "en"],
  ["About 4,000 people were evacuated, the civil protection agency said.", "en", FLOODS_LEAD],
  ["Rund 4.000 Menschen mussten ihre Häuser verlassen.", "de", FLOODS_LEAD],
  ["Slovenia evacuated 4,000 people from the flooded region of Carinthia.", "en"],
  ["Kyiv said Russia had launched 120 drones and 10 missiles overnight.", "en"],
  ["About 5,000 soldiers arrived in Kyiv on Monday.", "en", UN_LEAD],
  ["Moscow sent 2,000 soldiers to Kursk.", "en", UN_LEAD],
  ["Russia sent 2,000 soldiers to Kursk, the United Nations said.", "en"],
];

const holds = (lookup: TermLookup, terms: Set<string>) =>
  (lookup.anyOf ?? []).every((list) => list.some((term) => terms.has(term))) &&
  (lookup.all ?? []).every((term) => terms.has(term)) &&
  (!lookup.groups || lookup.groups.some((group) => group.every((term) => terms.has(term))));

/** The closest lookup's rule said plainly: one of the claim's pairs, and everything else it names itself. */
function asTheRuleSays(t: MatchTerms, terms: Set<string>): boolean {
  const skip = new Set([...t.heldByEveryPair, ...t.inherited, ...t.implied]);
  return t.pairs.some((pair) => terms.has(pair)) && t.things.every((thing) => skip.has(thing) || terms.has(thing));
}

describe("the closest lookup", () => {
  const keys = CLAIMS.map(([text, language, context]) => keyOfSentence(text, language, context));
  const stored = keys.map((key) => new Set(matchTermsText(key).split(" ")));

  it("finds exactly the stored claims the rule describes, from the short lists of a pair with a thing", () => {
    let found = 0;
    let lookups = 0;
    for (const key of keys) {
      const t = matchTermsOf(key);
      const closest = closestLookupsOf(t)?.closest;
      if (!closest) continue;
      lookups++;
      for (const terms of stored) {
        expect(holds(closest, terms)).toBe(asTheRuleSays(t, terms));
        if (holds(closest, terms)) found++;
      }
    }
    // Not vacuous: most claims have a pair, each finds itself, and some find another claim of their story.
    expect(lookups).toBeGreaterThan(CLAIMS.length / 2);
    expect(found).toBeGreaterThan(lookups);
    expect(found).toBeLessThan(lookups * CLAIMS.length);
  });

  it("asks for a pair and a figure's kind as one term, from the city rather than its country", () => {
    const t = matchTermsOf(keyOfSentence("Police in Berlin arrested 12 people after the protest.", "en"));
    const closest = closestLookupsOf(t)!.closest;
    const asked = [...(closest.anyOf ?? []).flat(), ...(closest.all ?? [])];
    expect(asked.some((term) => term.startsWith("tberlinx"))).toBe(true);
    expect(asked).not.toContain("egermany");
    expect(asked).not.toContain("eberlin");
  });
});

import { describe, expect, it } from "vitest";
import { loadArticle, type GoldSentence } from "@/test/support/gold";
import { extractClaims } from "./extract-claims";
import { ExtractionSchema, type Extraction } from "./schema";

const ARTICLES = ["de-suedkorea-truppen", "en-seoul-drones"] as const;

function sentenceFor(text: string, result: Extraction, gold: GoldSentence, from: number) {
  const index = result.sentences.findIndex((s, i) => i >= from && text.slice(s.start, s.end).trim() === gold.text);
  return { index, sentence: result.sentences[index], claims: result.claims.filter((c) => c.sentence === index) };
}

/** Walks the reference annotation in order, pairing each annotated sentence with ours. */
function eachGoldSentence(
  name: string,
  check: (g: GoldSentence, found: ReturnType<typeof sentenceFor>, text: string, result: Extraction) => void,
) {
  const { text, gold } = loadArticle(name);
  const result = extractClaims(text);
  let from = 0;
  for (const g of gold.sentences) {
    const found = sentenceFor(text, result, g, from);
    expect(found.index, `sentence not segmented as annotated: ${g.text}`).toBeGreaterThanOrEqual(0);
    from = found.index + 1;
    check(g, found, text, result);
  }
}

describe.each(ARTICLES)("the reference article %s", (name) => {
  const { text, gold } = loadArticle(name);
  const result = extractClaims(text);

  it("returns output that satisfies the extraction contract", () => {
    expect(() => ExtractionSchema.parse(result)).not.toThrow();
    expect(result.language).toBe(gold.language);
  });

  it("anchors every claim and source mention at its exact place in the text", () => {
    for (const c of result.claims) {
      expect(text.slice(c.start, c.end)).toBe(c.quote);
      for (const s of c.sources) expect(text.slice(s.start, s.end)).toBe(s.mention);
      for (const q of c.quantities) expect(text.slice(q.start, q.end)).toBe(q.text);
    }
  });

  it("finds every cited source under its canonical name and type", () => {
    const found = new Map(result.sources.map((s) => [s.name, s]));
    for (const g of gold.sources) {
      expect(found.get(g.name)?.type, `source ${g.name}`).toBe(g.type);
      for (const m of g.mentions) {
        const mentions = found.get(g.name)!.mentions.join(" | ").toLowerCase();
        expect(mentions, `mention "${m}" of ${g.name}`).toContain(
          m.toLowerCase().replace(/^(der|die|das|dem|the) /, ""),
        );
      }
    }
    expect(result.sources.map((s) => s.name).sort()).toEqual(gold.sources.map((s) => s.name).sort());
  });

  it("classifies each sentence as annotated (heading, claim, opinion, boilerplate)", () => {
    eachGoldSentence(name, (g, found) => expect(found.sentence!.kind, g.text).toBe(g.kind));
  });

  it("attributes each annotated sentence to exactly the annotated sources", () => {
    eachGoldSentence(name, (g, found) => {
      const names = [...new Set(found.claims.flatMap((c) => c.sources.map((s) => s.name)))].sort();
      // The reference allows carrying AP back to the opening sentence; we do not, which it accepts.
      expect(names, g.text).toEqual([...g.sources].sort());
    });
  });

  it("yields no claims from boilerplate: promo lines, datelines and the trailing teaser", () => {
    eachGoldSentence(name, (g, found) => {
      if (g.kind === "boilerplate") expect(found.claims, g.text).toEqual([]);
    });
  });

  it("splits compound sentences into the annotated atomic claims", () => {
    eachGoldSentence(name, (g, found) => {
      if (!g.atomic) return;
      expect(found.claims.map((c) => c.text)).toHaveLength(g.atomic.length);
      expect(found.claims[0]!.text).toBe(g.atomic[0]);
      // Each part inherits the sentence's attribution unless it names its own source.
      found.claims.forEach((c, i) => {
        const expected = g.atomic_sources?.[i] ?? g.sources;
        expect(c.sources.map((s) => s.name).sort()).toEqual([...expected].sort());
      });
    });
  });

  it("parses the annotated quantities with comparator and unit", () => {
    eachGoldSentence(name, (g, found) => {
      for (const q of g.quantities ?? []) {
        const ours = found.claims.flatMap((c) => c.quantities).find((x) => x.value === q.value);
        expect(ours, `${q.text} in ${g.text}`).toMatchObject({ value: q.value, comparator: q.comparator });
        if (q.unit) expect(ours!.unit).toBe(q.unit);
      }
    });
  });

  it("marks which source relays which origin", () => {
    eachGoldSentence(name, (g, found) => {
      for (const [relay, origin] of Object.entries(g.relay ?? {})) {
        const sources = found.claims[0]!.sources;
        expect(sources.find((s) => s.name === relay)).toMatchObject({ role: "relay", relayOf: origin });
        expect(sources.find((s) => s.name === origin)).toMatchObject({ role: "origin" });
      }
    });
  });
});

describe("the German seed article in detail", () => {
  const { text } = loadArticle("de-suedkorea-truppen");
  const result = extractClaims(text);
  const claimAt = (phrase: string) => result.claims.find((c) => c.quote.includes(phrase))!;

  it("resolves 'der Nachrichtenagentur' to Associated Press by coreference, not to The Guardian", () => {
    const source = claimAt("Nach Angaben der Nachrichtenagentur").sources[0]!;
    expect(source).toMatchObject({
      name: "Associated Press",
      resolution: "coreference",
      mention: "der Nachrichtenagentur",
    });
  });

  it("carries AP forward to 'Das Land forderte zudem …' as a continuation", () => {
    expect(claimAt("Das Land forderte zudem").sources[0]).toMatchObject({
      name: "Associated Press",
      resolution: "continuation",
    });
  });

  it("parses 'über 1.000 Soldaten' as more than 1000 soldiers and labels the claim with it", () => {
    const claim = claimAt("über 1.000 Soldaten");
    expect(claim.quantities[0]).toMatchObject({
      text: "über 1.000 Soldaten",
      value: 1000,
      comparator: ">",
      unit: "Soldaten",
    });
    expect(claim.label).toBe("über 1.000 Soldaten entsandt");
    // The intelligence service confirmed it: reported in Konjunktiv I, not hedged.
    expect(claim.hedged).toBe(false);
  });

  it("labels the opening claim 'Botschafter einbestellt'", () => {
    expect(claimAt("Botschafter einbestellt").label).toBe("Botschafter einbestellt");
  });

  it("marks both conditional sentences as opinions", () => {
    expect(claimAt("Sollten diese Informationen").kind).toBe("opinion");
    expect(claimAt("Dies würde die Spannungen").kind).toBe("opinion");
  });

  it("keeps every label at eight words or fewer", () => {
    for (const c of result.claims) expect(c.label.split(/\s+/).length).toBeLessThanOrEqual(8);
  });
});

describe("a page copied from a browser (select all, copy)", () => {
  const page = [
    "Skip to main content",
    "World",
    "Business",
    "Seoul summons Russian envoy over troops",
    "By Jane Doe",
    "Nov 18",
    "South Korea summoned the Russian ambassador on Tuesday.",
    "Officials meet in Seoul on Tuesday. (AP Photo/Ahn Young-joon)",
    "The ministry did not comment.",
    "(Reporting by Hyonhee Shin; Editing by Tom Brown)",
    "Most Popular",
    "China urges restraint on Korean peninsula",
    "Privacy Policy",
  ].join("\n");
  const result = extractClaims(page, { language: "en" });

  it("yields claims from the article only, not from its menus, byline, credits or teasers", () => {
    expect(result.claims.map((c) => c.text)).toEqual([
      "Seoul summons Russian envoy over troops",
      "South Korea summoned the Russian ambassador on Tuesday",
      "Officials meet in Seoul on Tuesday",
      "The ministry did not comment",
    ]);
  });

  it("marks a caption's photo credit as boilerplate and keeps the caption", () => {
    const credit = result.sentences.find((s) => page.slice(s.start, s.end) === "(AP Photo/Ahn Young-joon)");
    expect(credit?.kind).toBe("boilerplate");
  });
});

import { describe, expect, it } from "vitest";
import { extractClaims } from "@/lib/extract";
import { syntheticArticle } from "./synthetic-corpus";

describe("synthetic benchmark corpus", () => {
  const articles = Array.from({ length: 60 }, (_, i) => syntheticArticle(7, i));

  it("is the same for the same seed, and different article by article and seed by seed", () => {
    expect(syntheticArticle(7, 5)).toEqual(articles[5]);
    expect(new Set(articles.map((a) => a.body)).size).toBe(60);
    expect(syntheticArticle(8, 5).body).not.toBe(articles[5]!.body);
  });

  it("mixes German and English, outlets and dates, and gives the extractor attributed claims to find", () => {
    expect(new Set(articles.map((a) => a.language))).toEqual(new Set(["de", "en"]));
    expect(new Set(articles.map((a) => a.outlet)).size).toBeGreaterThan(3);
    let claims = 0;
    let cited = 0;
    for (const a of articles) {
      const x = extractClaims(a.body, { language: a.language });
      claims += x.claims.length;
      cited += x.claims.filter((c) => c.sources.length > 0).length;
    }
    expect(claims / articles.length).toBeGreaterThan(8);
    expect(cited / claims).toBeGreaterThan(0.4);
  });
});

import { describe, expect, it } from "vitest";
import { evaluateMatchingArticles } from "./matching-articles";
import { MATCHING_ARTICLES_DEV } from "./matching-articles-dev";

describe("two outlets' articles on one story, stored as the app stores them", () => {
  it("links the claims both state across German and English, flags the death toll, and keeps other facts apart", async () => {
    const score = await evaluateMatchingArticles(MATCHING_ARTICLES_DEV);
    const pair = (quote: string) => score.pairs.find((p) => p.kind === "same" && p.a.startsWith(quote))!;
    expect(score.unextracted).toBe(0);
    // "mindestens sechs" dead (police) against 16 dead (government): one claim whose figures cannot both be true.
    expect(pair("mindestens sechs Menschen")).toMatchObject({ linked: true, flagged: true });
    expect(pair("Österreich schickte 40 Soldaten")).toMatchObject({ linked: true, flagged: false });
    // Reuters' evacuation names no country: its lead's Slovenia stands for it.
    expect(pair("Rund 4.000 Menschen")).toMatchObject({ linked: true, flagged: false });
    // May's storms, in both articles, with the month named: one claim.
    expect(pair("Bereits im Mai")).toMatchObject({ linked: true });
    // The damage estimate is not the EU's aid, nor May's damage this flood's.
    expect(score.pairs.filter((p) => p.kind === "different").map((p) => p.linked)).toEqual([false, false]);
    expect(score.links.acrossStories).toBe(0);
  });
});

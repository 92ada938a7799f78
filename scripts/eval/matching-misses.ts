/**
 * Why annotated pairs of whole articles are not linked, and what claims of different stories that would be linked
 * share, as counts only (no sentence printed), so a held-out set can say which class of miss dominates without
 * anyone reading it. Pure: the extractor and the keys, no database (the
 * candidates the database would give are assumed found). `tsx scripts/eval/matching-misses.ts [dev|9|10|11|12|13|14|15|16]`.
 */
import { extractClaims } from "@/lib/extract";
import { articleContextOf } from "@/lib/matching/article-context";
import { scoreClaims } from "@/lib/matching/compare-claims";
import { ENTITIES, CONCEPTS } from "@/lib/matching/lexicon";
import { matchKeyOf, type MatchKey } from "@/lib/matching/match-key";
import type { EvalStory, Passage } from "./matching-articles";
import { MATCHING_ARTICLES_10 } from "./matching-articles-10";
import { MATCHING_ARTICLES_11 } from "./matching-articles-11";
import { MATCHING_ARTICLES_12 } from "./matching-articles-12";
import { MATCHING_ARTICLES_13 } from "./matching-articles-13";
import { MATCHING_ARTICLES_14 } from "./matching-articles-14";
import { MATCHING_ARTICLES_15 } from "./matching-articles-15";
import { MATCHING_ARTICLES_16 } from "./matching-articles-16";
import { MATCHING_ARTICLES_9 } from "./matching-articles-9";
import { MATCHING_ARTICLES_DEV } from "./matching-articles-dev";

const SETS: Record<string, EvalStory[]> = {
  dev: MATCHING_ARTICLES_DEV,
  "9": MATCHING_ARTICLES_9,
  "10": MATCHING_ARTICLES_10,
  "11": MATCHING_ARTICLES_11,
  "12": MATCHING_ARTICLES_12,
  "13": MATCHING_ARTICLES_13,
  "14": MATCHING_ARTICLES_14,
  "15": MATCHING_ARTICLES_15,
  "16": MATCHING_ARTICLES_16,
};
const BODIES = new Set(ENTITIES.filter((e) => e.body).map((e) => e.id));
const EVENTS = new Set(CONCEPTS.filter((c) => c.event).map((c) => c.id));

function keysOf(stories: EvalStory[]) {
  const claims = new Map<string, { start: number; end: number; key: MatchKey }[]>();
  for (const story of stories)
    for (const a of story.articles) {
      const context = articleContextOf(a.text);
      claims.set(
        a.id,
        extractClaims(a.text, { language: a.language }).claims.map((c) => ({
          start: c.start,
          end: c.end,
          key: matchKeyOf({
            text: a.text.slice(c.start, c.end),
            language: a.language,
            quantities: c.quantities,
            context,
          }),
        })),
      );
    }
  return claims;
}

const inter = (a: string[], b: string[]) => a.filter((x) => b.includes(x));
const count = new Map<string, number>();
const add = (k: string) => count.set(k, (count.get(k) ?? 0) + 1);

const which = process.argv[2] ?? "9";
const stories = SETS[which]!;
const claims = keysOf(stories);
const language = new Map(stories.flatMap((s) => s.articles.map((a) => [a.id, a.language] as const)));
const text = new Map(stories.flatMap((s) => s.articles.map((a) => [a.id, a.text] as const)));
const keyAt = (p: Passage) => {
  const at = text.get(p.article)!.indexOf(p.quote);
  return claims.get(p.article)!.find((c) => c.start <= at && at < c.end)?.key;
};
for (const story of stories)
  for (const kind of ["same", "different"] as const)
    for (const pair of story[kind]) {
      const cross = language.get(pair.a.article) !== language.get(pair.b.article);
      const tag = `${kind} ${cross ? "cross" : "same-lang"}`;
      const [a, b] = [keyAt(pair.a), keyAt(pair.b)];
      if (!a || !b) {
        add(`${tag}: no claim`);
        continue;
      }
      if (scoreClaims(a, b)) {
        add(`${tag}: scored (linked unless the lookup missed it)`);
        continue;
      }
      const ents = inter(a.entities, b.entities);
      const events = inter(a.concepts, b.concepts).filter((c) => EVENTS.has(c));
      const words = inter(a.words, b.words).length;
      const reasons = [
        ents.length === 0
          ? "no shared entity"
          : ents.every((e) => BODIES.has(e))
            ? "only bodies shared"
            : "place shared",
        events.length === 0
          ? a.concepts.some((c) => EVENTS.has(c)) && b.concepts.some((c) => EVENTS.has(c))
            ? "two different events"
            : a.concepts.some((c) => EVENTS.has(c)) || b.concepts.some((c) => EVENTS.has(c))
              ? "event on one side only"
              : "no event either side"
          : "event shared",
        `words shared ${Math.min(words, 3)}${words >= 3 ? "+" : ""}`,
      ];
      add(`${tag}: not scored — ${reasons.join(", ")}`);
    }
// Claims of different stories the ranking alone would link (the links a set must never have), by what they share.
const LOCAL = new Set(ENTITIES.filter((e) => e.local).map((e) => e.id));
const kindOf = (entity: string) => (BODIES.has(entity) ? "body" : LOCAL.has(entity) ? "city or region" : "country");
const storyOf = new Map(stories.flatMap((s) => s.articles.map((a) => [a.id, s.id] as const)));
const keyed = [...claims].flatMap(([article, list]) => list.map((c) => ({ article, key: c.key })));
for (let i = 0; i < keyed.length; i++)
  for (let j = i + 1; j < keyed.length; j++) {
    const [x, y] = [keyed[i]!, keyed[j]!];
    if (storyOf.get(x.article) === storyOf.get(y.article)) continue;
    const scored = scoreClaims(x.key, y.key);
    if (!scored) continue;
    const cross = language.get(x.article) !== language.get(y.article);
    const words = inter(x.key.words, y.key.words).length;
    const events = scored.shared.concepts.filter((c) => EVENTS.has(c)).length;
    add(
      `across stories ${cross ? "cross" : "same-lang"}: ${scored.shared.entities.map(kindOf).sort().join(" + ") || "no entity"}, ` +
        `${events} event(s), ${scored.shared.concepts.length - events} other thing(s), ` +
        `${scored.shared.units.length} figure kind(s), words shared ${Math.min(words, 3)}${words >= 3 ? "+" : ""}`,
    );
  }
for (const [k, n] of [...count].sort()) console.log(`${String(n).padStart(3)}  ${k}`);

import { ingestArticle } from "@/lib/articles/ingest-article";
import { OPERATOR } from "@/lib/auth/permissions";
import { seedBuiltinSources } from "@/lib/sources/seed-builtin-sources";
import { createTestDb } from "@/test/support/test-db";
import { linksAmong } from "./matching-archive";

/** One article as an outlet published it. */
export interface EvalArticle {
  id: string;
  outlet: string;
  language: "de" | "en";
  title: string;
  text: string;
}

/** A passage of one article: `quote` is an exact substring of that article's text, inside one sentence. */
export interface Passage {
  article: string;
  quote: string;
}

/** Several outlets' articles on one story, with the passages that state one claim and those that must stay apart. */
export interface EvalStory {
  id: string;
  articles: EvalArticle[];
  same: { a: Passage; b: Passage; figuresDisagree: boolean }[];
  different: { a: Passage; b: Passage }[];
}

interface PairCount {
  pairs: number;
  linked: number;
}

export interface ArticleMatchingScore {
  articles: number;
  claims: number;
  /** Passages the extractor made no claim of (their pairs count as not linked). */
  unextracted: number;
  /** Pairs that state one claim, and how many of them the API links: across the languages and within one. */
  same: { crossLanguage: PairCount; sameLanguage: PairCount };
  /** Pairs on one story that share a name but state different facts: every link is a false one. */
  different: PairCount;
  /** The figures flag over the annotated pairs: flags, right ones, pairs that should be flagged. */
  figures: { flagged: number; right: number; expected: number; flaggedElsewhere: number };
  /**
   * Stored links between claims of different stories, of all stored links between the set's claims; how many of all
   * were made by aligning two reports of one story (ClaimLink.inStory), and how many of the linked annotated pairs.
   */
  links: { total: number; acrossStories: number; inStory: number; annotatedInStory: number };
  /** Each annotated pair as the API answered it (for tests and for reading a development set's misses). */
  pairs: { kind: "same" | "different"; a: string; b: string; linked: boolean; flagged: boolean }[];
  /** The links flagged where no pair is annotated (their claims' texts), to be judged by reading. */
  flaggedElsewhere: { a: string; b: string; inStory: boolean }[];
}

/**
 * Whole articles on one story from several outlets, in German and English, ingested into a fresh database the way
 * the app stores them (extraction, keys, then the article matched against what came before it, links stored both
 * ways); a pair of passages is linked when the claims holding them are linked (what `GET /api/claims/:id/matches`
 * reads). Scored: how many pairs that state one claim are linked, how many pairs that only share a name are, the
 * figures flag over the annotated pairs, and links between claims of different stories.
 */
export async function evaluateMatchingArticles(stories: EvalStory[]): Promise<ArticleMatchingScore> {
  const t = await createTestDb();
  try {
    await seedBuiltinSources(t.db);
    const claimsOf = new Map<string, { id: string; start: number; end: number }[]>();
    const bodyOf = new Map<string, string>();
    const storyOfClaim = new Map<string, string>();
    const textOf = new Map<string, string>();
    for (const story of stories)
      for (const article of story.articles) {
        const { text, title, language, outlet } = article;
        const result = await ingestArticle(
          t.db,
          OPERATOR,
          { title, body: text, language, outlet },
          {
            maxBytes: 1 << 20,
          },
        );
        const stored = await t.db.article.findUniqueOrThrow({
          where: { id: result.articleId },
          select: { body: true },
        });
        const claims = await t.db.claim.findMany({
          where: { articleId: result.articleId },
          select: { id: true, start: true, end: true, text: true },
        });
        claimsOf.set(article.id, claims);
        bodyOf.set(article.id, stored.body);
        for (const c of claims) {
          storyOfClaim.set(c.id, story.id);
          textOf.set(c.id, c.text);
        }
      }

    const unextracted = new Set<string>();
    const claimAt = (passage: Passage): string | null => {
      const at = bodyOf.get(passage.article)?.indexOf(passage.quote) ?? -1;
      const claim = at < 0 ? undefined : claimsOf.get(passage.article)!.find((c) => c.start <= at && at < c.end);
      if (!claim) unextracted.add(`${passage.article} ${passage.quote}`);
      return claim?.id ?? null;
    };
    const links = new Map(
      (await linksAmong(t.db, [...storyOfClaim.keys()])).map((r) => [`${r.claimId} ${r.otherId}`, r] as const),
    );
    const linkOf = (a: string | null, b: string | null) => (a && b ? links.get(`${a} ${b}`) : undefined);
    const languageOf = new Map(stories.flatMap((s) => s.articles.map((a) => [a.id, a.language] as const)));

    const same = { crossLanguage: { pairs: 0, linked: 0 }, sameLanguage: { pairs: 0, linked: 0 } };
    const different = { pairs: 0, linked: 0 };
    const figures = { flagged: 0, right: 0, expected: 0, flaggedElsewhere: 0 };
    const annotated = new Set<string>();
    const pairs: ArticleMatchingScore["pairs"] = [];
    for (const story of stories) {
      for (const pair of story.same) {
        const [a, b] = [claimAt(pair.a), claimAt(pair.b)];
        const count =
          languageOf.get(pair.a.article) === languageOf.get(pair.b.article) ? same.sameLanguage : same.crossLanguage;
        const link = linkOf(a, b);
        count.pairs++;
        if (link) count.linked++;
        if (pair.figuresDisagree) figures.expected++;
        if (link?.figuresDisagree) figures.flagged++;
        if (link?.figuresDisagree && pair.figuresDisagree) figures.right++;
        annotated.add(`${a} ${b}`).add(`${b} ${a}`);
        pairs.push({
          kind: "same",
          a: pair.a.quote,
          b: pair.b.quote,
          linked: !!link,
          flagged: !!link?.figuresDisagree,
        });
      }
      for (const pair of story.different) {
        const [a, b] = [claimAt(pair.a), claimAt(pair.b)];
        const link = linkOf(a, b);
        different.pairs++;
        if (link) different.linked++;
        if (link?.figuresDisagree) figures.flagged++;
        annotated.add(`${a} ${b}`).add(`${b} ${a}`);
        pairs.push({
          kind: "different",
          a: pair.a.quote,
          b: pair.b.quote,
          linked: !!link,
          flagged: !!link?.figuresDisagree,
        });
      }
    }
    let [total, acrossStories, inStory, annotatedInStory] = [0, 0, 0, 0];
    const flaggedElsewhere: ArticleMatchingScore["flaggedElsewhere"] = [];
    for (const [pair, link] of links) {
      const [a, b] = pair.split(" ") as [string, string];
      if (a > b) continue;
      total++;
      if (link.inStory) inStory++;
      if (link.inStory && annotated.has(pair)) annotatedInStory++;
      if (storyOfClaim.get(a) !== storyOfClaim.get(b)) acrossStories++;
      if (link.figuresDisagree && !annotated.has(pair)) {
        figures.flaggedElsewhere++;
        flaggedElsewhere.push({ a: textOf.get(a)!, b: textOf.get(b)!, inStory: link.inStory });
      }
    }
    return {
      articles: bodyOf.size,
      claims: storyOfClaim.size,
      unextracted: unextracted.size,
      same,
      different,
      figures,
      links: { total, acrossStories, inStory, annotatedInStory },
      pairs,
      flaggedElsewhere,
    };
  } finally {
    await t.drop();
  }
}

const rate = ({ pairs, linked }: PairCount) =>
  `${linked} of ${pairs}${pairs ? ` (${(linked / pairs).toFixed(3)})` : ""}`;

/** The article-level rows of EVALUATION.md's matching section, one per set. */
export function articleMatchingSection(sets: [name: string, score: ArticleMatchingScore][]): string {
  const row = (name: string, s: ArticleMatchingScore) => {
    const f = s.figures;
    const precision = f.flagged ? (f.right / f.flagged).toFixed(3) : "–";
    return (
      `| ${name} | ${s.articles} | ${s.claims} | ${s.unextracted} | **${rate(s.same.crossLanguage)}** | ` +
      `${rate(s.same.sameLanguage)} | **${rate(s.different)}** | ${f.flagged} / ${f.right} / ${f.expected} ` +
      `(precision ${precision}) | ${f.flaggedElsewhere} | ${s.links.acrossStories} of ${s.links.total} | ` +
      `${s.links.inStory} (${s.links.annotatedInStory} on annotated pairs) |`
    );
  };
  return [
    "### Whole articles: several outlets on one story, ingested into a fresh database",
    "",
    "Each story's articles (two or three outlets, German and English, written independently from the same facts) " +
      "ingested one after another into an empty database (SQLite) as the app stores them: extraction, keys, the " +
      "article matched against what came before it, links stored both ways — what `GET /api/claims/:id/matches` " +
      "reads. Pairs of passages are annotated as stating one claim (with whether their figures disagree) or as " +
      "sharing a name but stating different facts; a passage counts as linked when the claims holding it are. " +
      "Links made by reading two reports of one story side by side (`lib/matching/align-story.ts`: each claim with the " +
      "other report's closest, where each is the other's closest) are counted with the rest, and in the last column " +
      "on their own. `scripts/eval/matching-articles.ts`.",
    "",
    "| set | articles | claims | passages without a claim | one claim, German↔English: linked | one claim, same language: linked | different facts: linked (goal 0) | figures flag: flagged / right / expected | flags on pairs not annotated | links across stories | links made by story alignment |",
    "|---|---|---|---|---|---|---|---|---|---|---|",
    ...sets.map(([name, score]) => row(name, score)),
  ].join("\n");
}

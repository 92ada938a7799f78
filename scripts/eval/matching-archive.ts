import { ingestArticle } from "@/lib/articles/ingest-article";
import { OPERATOR } from "@/lib/auth/permissions";
import { listClaimMatches } from "@/lib/claims/list-claim-matches";
import { seedBuiltinSources } from "@/lib/sources/seed-builtin-sources";
import { syntheticArticle } from "@/scripts/bench/synthetic-corpus";
import type { Db } from "@/lib/db/client";
import { createTestDb } from "@/test/support/test-db";
import { figureScore, type RankingScore } from "./matching";
import { MATCHING_HELD_OUT, MATCHING_SET, MATCHING_UNREAD, type MatchingGroup, type SetLanguage } from "./matching-set";

/** Synthetic articles of the bench's archive ingested first: thousands of claims on the same stories as distractors. */
export const DISTRACTOR_ARTICLES = 200;

interface Stored {
  set: "unread" | "held-out" | "development";
  group: string;
  kind: "same" | "figureChanged" | "unrelated";
  language: SetLanguage;
  claimId: string | null;
}

export interface ArchiveMatchingScore {
  distractorArticles: number;
  distractorClaims: number;
  /** Set sentences the extractor made no claim of: their queries count as misses. */
  unextracted: number;
  sets: Record<Stored["set"], { sameLanguage: RankingScore; crossLanguage: RankingScore }>;
  /** Over the links stored between one set's claims: flags, right ones, and pairs that should have been flagged. */
  figures: Record<"unread" | "held-out", ReturnType<typeof figureScore>>;
}

/**
 * The matching set scored the way the app matches: each sentence ingested as an article of its own into a database
 * that already holds DISTRACTOR_ARTICLES synthetic articles on the same stories; each claim's matches are what
 * GET /api/claims/:id/matches answers (candidates from the database's text search, then the ranking, then the stored
 * links). MAP@5 and precision@1 per set and language pairing; the figures flag over the stored links.
 */
export async function evaluateMatchingInArchive(): Promise<ArchiveMatchingScore> {
  const t = await createTestDb();
  try {
    await seedBuiltinSources(t.db);
    for (let i = 0; i < DISTRACTOR_ARTICLES; i++)
      await ingestArticle(t.db, OPERATOR, syntheticArticle(3, i), { maxBytes: 1 << 20 });
    const distractorClaims = await t.db.claim.count();
    const stored: Stored[] = [];
    const sets: [Stored["set"], MatchingGroup[]][] = [
      ["development", MATCHING_SET],
      ["held-out", MATCHING_HELD_OUT],
      ["unread", MATCHING_UNREAD],
    ];
    for (const [set, groups] of sets)
      for (const group of groups)
        for (const kind of ["same", "figureChanged", "unrelated"] as const)
          for (const [index, [text, language]] of group[kind].entries()) {
            const result = await ingestArticle(
              t.db,
              OPERATOR,
              { title: `${set} ${group.id} ${kind} ${index}`, body: text, language },
              { maxBytes: 1 << 20 },
            );
            const claim = await t.db.claim.findFirst({
              where: { articleId: result.articleId },
              orderBy: { position: "asc" },
              select: { id: true },
            });
            stored.push({ set, group: group.id, kind, language, claimId: claim?.id ?? null });
          }
    const byClaim = new Map(stored.filter((s) => s.claimId).map((s) => [s.claimId!, s]));
    const score = async (set: Stored["set"], cross: boolean): Promise<RankingScore> => {
      let queries = 0;
      let apSum = 0;
      let p1Sum = 0;
      for (const query of stored.filter((s) => s.set === set && s.kind !== "unrelated")) {
        const relevant = stored.filter(
          (s) =>
            s !== query &&
            s.set === set &&
            s.group === query.group &&
            s.kind !== "unrelated" &&
            (s.language !== query.language) === cross,
        );
        if (relevant.length === 0) continue;
        queries++;
        if (!query.claimId) continue;
        const { matches } = await listClaimMatches(t.db, OPERATOR, { claimId: query.claimId, limit: 50 });
        // The ranking within the pairing asked about: the other language's matches, or this one's.
        const ranked = matches
          .filter((m) => (m.article.language !== query.language) === cross)
          .slice(0, 5)
          .map((m) => byClaim.get(m.claimId));
        let hits = 0;
        let ap = 0;
        ranked.forEach((r, i) => {
          if (!r || r.set !== set || r.group !== query.group || r.kind === "unrelated") return;
          hits++;
          ap += hits / (i + 1);
        });
        apSum += ap / Math.min(5, relevant.length);
        const top = ranked[0];
        p1Sum += top && top.set === set && top.group === query.group && top.kind !== "unrelated" ? 1 : 0;
      }
      return { queries, map5: queries ? apSum / queries : 0, p1: queries ? p1Sum / queries : 0 };
    };
    const setIds = [...byClaim.keys()];
    const links = await linksAmong(t.db, setIds);
    const disagreeing = (a: Stored, b: Stored) =>
      a.set === b.set && a.group === b.group && a.kind !== b.kind && a.kind !== "unrelated" && b.kind !== "unrelated";
    // Within one set, as the ranking is scored: its links to another set's claims are distractors in the ranking,
    // but a flag between two sets' claims has no right answer written down.
    const figuresOf = (set: Stored["set"]) => {
      const inSet = (id: string) => byClaim.get(id)!.set === set;
      let [flagged, right, expected] = [0, 0, 0];
      for (const link of links.filter((l) => l.claimId < l.otherId && l.figuresDisagree)) {
        if (!inSet(link.claimId) || !inSet(link.otherId)) continue;
        flagged++;
        if (disagreeing(byClaim.get(link.claimId)!, byClaim.get(link.otherId)!)) right++;
      }
      const claims = stored.filter((s) => s.set === set);
      for (let i = 0; i < claims.length; i++)
        for (let j = i + 1; j < claims.length; j++) if (disagreeing(claims[i]!, claims[j]!)) expected++;
      return figureScore(flagged, right, expected);
    };
    return {
      distractorArticles: DISTRACTOR_ARTICLES,
      distractorClaims,
      unextracted: stored.filter((s) => !s.claimId).length,
      sets: {
        development: {
          sameLanguage: await score("development", false),
          crossLanguage: await score("development", true),
        },
        "held-out": { sameLanguage: await score("held-out", false), crossLanguage: await score("held-out", true) },
        unread: { sameLanguage: await score("unread", false), crossLanguage: await score("unread", true) },
      },
      figures: { unread: figuresOf("unread"), "held-out": figuresOf("held-out") },
    };
  } finally {
    await t.drop();
  }
}

/** The stored links between the given claims (each link is stored both ways), with whether their figures disagree. */
export const linksAmong = (db: Db, claimIds: string[]) =>
  db.claimLink.findMany({
    where: { claimId: { in: claimIds }, otherId: { in: claimIds } },
    select: { claimId: true, otherId: true, figuresDisagree: true, inStory: true },
  });

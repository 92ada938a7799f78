import { requireActing, type Acting } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/client";
import { LIVE_CLAIM } from "@/lib/db/live-article";
import { describeLink } from "@/lib/matching/align-story";
import type { MatchLanguage } from "@/lib/matching/match-key";
import { parseKey } from "./match-against-archive";
import type { CoverageScope } from "./claims-in-scope";
import { flaggedLinksInScope, NEWEST_LINKS_FIRST } from "./flagged-links-in-scope";

const CLAIM_FIELDS = {
  id: true,
  label: true,
  matchKey: true,
  article: { select: { id: true, title: true, outlet: true, language: true } },
} as const;

export interface FigureDisagreement {
  claims: [DisagreeingClaim, DisagreeingClaim];
  /** "> 1,000 troops vs > 10,000 troops" ("> 1.000 Soldaten gegen > 10.000 Soldaten"): each kind they give differently. */
  figures: string;
}
interface DisagreeingClaim {
  id: string;
  label: string;
  article: { id: string; title: string; outlet: string | null; language: string };
}

const VERSUS: Record<MatchLanguage, string> = { en: "vs", de: "gegen" };

const PAIR_FIELDS = { score: true, inStory: true, claim: { select: CLAIM_FIELDS }, other: { select: CLAIM_FIELDS } };

/**
 * The newest pairs of claims that state the same thing with figures that cannot both be true, across the archive or
 * with a claim of one article: what the coverage pages list for an editor to settle. Read through the links' index
 * on the flag, newest first, each pair once; for one article, its own claim first.
 */
export async function listFigureDisagreements(
  db: Db,
  actor: Acting,
  { articleId, limit = 20, language = "en" }: { articleId?: string; limit?: number; language?: MatchLanguage } = {},
): Promise<FigureDisagreement[]> {
  requireActing(actor, "article.read");
  const links = await db.claimLink.findMany({
    where: { figuresDisagree: true, claim: { ...LIVE_CLAIM, ...(articleId ? { articleId } : {}) }, other: LIVE_CLAIM },
    orderBy: [...NEWEST_LINKS_FIRST],
    // Each pair is kept both ways: twice the rows, for `limit` pairs.
    take: limit * 2,
    select: PAIR_FIELDS,
  });
  return pairsOf(links, { bothWays: articleId !== undefined, limit, language });
}

/**
 * The same with a claim the newsroom page's filter chooses (its outlet, dates, status), that claim first; and
 * whether every flagged link was looked at (a large filter with few disagreements is answered from the newest
 * WALK_PAIRS: flagged-links-in-scope.ts).
 */
export async function listFigureDisagreementsInScope(
  db: Db,
  actor: Acting,
  { scope, limit = 20, language = "en" }: { scope: CoverageScope; limit?: number; language?: MatchLanguage },
): Promise<{ pairs: FigureDisagreement[]; walkedAll: boolean }> {
  requireActing(actor, "article.read");
  const { links: keys, walkedAll } = await flaggedLinksInScope(db, scope, limit * 2);
  const rows = await db.claimLink.findMany({
    where: { OR: keys.map(({ claimId, otherId }) => ({ claimId, otherId })) },
    select: { claimId: true, otherId: true, ...PAIR_FIELDS },
  });
  const byKey = new Map(rows.map((r) => [`${r.claimId} ${r.otherId}`, r]));
  const links = keys.flatMap(({ claimId, otherId }) => byKey.get(`${claimId} ${otherId}`) ?? []);
  return { pairs: pairsOf(links, { bothWays: false, limit, language }), walkedAll };
}

type StoredPair = { score: number; inStory: boolean; claim: StoredClaim; other: StoredClaim };
type StoredClaim = DisagreeingClaim & { matchKey: string };

/** Each link as a pair with its figures side by side; a pair listed both ways once, unless `bothWays`. */
function pairsOf(
  links: StoredPair[],
  { bothWays, limit, language }: { bothWays: boolean; limit: number; language: MatchLanguage },
): FigureDisagreement[] {
  const seen = new Set<string>();
  const pairs: FigureDisagreement[] = [];
  for (const { claim, other, score, inStory } of links) {
    if (!bothWays && seen.has(`${other.id} ${claim.id}`)) continue;
    seen.add(`${claim.id} ${other.id}`);
    const [a, b] = [parseKey(claim.matchKey), parseKey(other.matchKey)];
    // A pair aligned in its story is described as one, as the match list describes it.
    const match = a && b ? describeLink(a, b, { inStory, score }, language) : null;
    const figures = (match?.figures ?? []).filter((f) => f.disagree).map((f) => `${f.a} ${VERSUS[language]} ${f.b}`);
    if (figures.length === 0) continue;
    const strip = ({ matchKey: _k, ...c }: StoredClaim): DisagreeingClaim => c;
    pairs.push({ claims: [strip(claim), strip(other)], figures: figures.join("; ") });
    if (pairs.length === limit) break;
  }
  return pairs;
}

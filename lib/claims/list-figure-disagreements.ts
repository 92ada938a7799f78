import { requireActing, type Acting } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/client";
import { LIVE_CLAIM } from "@/lib/db/live-article";
import { describeLink } from "@/lib/matching/align-story";
import type { MatchLanguage } from "@/lib/matching/match-key";
import { parseKey } from "./match-against-archive";
import { claimsInScope, scopeChooses, type CoverageScope } from "./claims-in-scope";

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

/**
 * The newest pairs of claims that state the same thing with figures that cannot both be true, across the archive, with
 * a claim of one article, or with a claim the newsroom page's filter chooses (its outlet, dates, status): what the
 * coverage pages list for an editor to settle. Read through the links' index on the flag, newest first, each pair
 * once; the claim of the article or the filter first.
 */
export async function listFigureDisagreements(
  db: Db,
  actor: Acting,
  {
    articleId,
    scope,
    limit = 20,
    language = "en",
  }: { articleId?: string; scope?: CoverageScope; limit?: number; language?: MatchLanguage } = {},
): Promise<FigureDisagreement[]> {
  requireActing(actor, "article.read");
  const claim = scopeChooses(scope) ? claimsInScope(scope) : LIVE_CLAIM;
  const links = await db.claimLink.findMany({
    where: { figuresDisagree: true, claim: { ...claim, ...(articleId ? { articleId } : {}) }, other: LIVE_CLAIM },
    orderBy: [{ createdAt: "desc" }, { claimId: "asc" }, { otherId: "asc" }],
    // Each pair is kept both ways: twice the rows, for `limit` pairs.
    take: limit * 2,
    select: { score: true, inStory: true, claim: { select: CLAIM_FIELDS }, other: { select: CLAIM_FIELDS } },
  });
  const seen = new Set<string>();
  const pairs: FigureDisagreement[] = [];
  for (const { claim, other, score, inStory } of links) {
    // For one article, its own claim first; across the archive, each pair once.
    if (!articleId && seen.has(`${other.id} ${claim.id}`)) continue;
    seen.add(`${claim.id} ${other.id}`);
    const [a, b] = [parseKey(claim.matchKey), parseKey(other.matchKey)];
    // A pair aligned in its story is described as one, as the match list describes it.
    const match = a && b ? describeLink(a, b, { inStory, score }, language) : null;
    const figures = (match?.figures ?? []).filter((f) => f.disagree).map((f) => `${f.a} ${VERSUS[language]} ${f.b}`);
    if (figures.length === 0) continue;
    const strip = ({ matchKey: _k, ...c }: typeof claim) => c;
    pairs.push({ claims: [strip(claim), strip(other)], figures: figures.join("; ") });
    if (pairs.length === limit) break;
  }
  return pairs;
}

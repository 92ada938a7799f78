import { requirePermission, type Actor } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/client";
import { LIVE_CLAIM } from "@/lib/db/live-article";
import { toClaimStatus, type ClaimStatus } from "./claim-status";
import { dismissedPairs, pairKey } from "./dismissed-pairs";

/** A claim of another article that states the same thing as claims of a group (a stored match). */
export interface MatchedElsewhere {
  id: string;
  label: string;
  status: ClaimStatus;
  article: { id: string; title: string; outlet: string | null };
  figuresDisagree: boolean;
}

/** Claims of one list that state the same thing, in the list's order, and where else it was seen. */
export interface MatchGroup<Row> {
  claims: Row[];
  /** Matching claims not in the list, best first (MatchedElsewhere); at most ELSEWHERE_SHOWN. */
  elsewhere: MatchedElsewhere[];
  /** How many matching claims the list does not hold, however many are shown. */
  elsewhereTotal: number;
  /** In how many articles those claims are (an article may state the group's claim twice). */
  elsewhereArticles: number;
  /** Some pair of the group, or of it and a claim elsewhere, gives figures that disagree. */
  figuresDisagree: boolean;
}

const ELSEWHERE_SHOWN = 5;

/**
 * One page of a claims list grouped by what the claims state: claims linked by a stored match (ClaimLink) fall into
 * one group, placed where its first claim stood, and each group lists the matching claims of other articles the page
 * does not show. A claim with no match is a group of its own. Reads the page's links once (bounded by the page).
 */
export async function groupClaimsByMatch<Row extends { id: string }>(
  db: Db,
  actor: Actor,
  rows: Row[],
): Promise<MatchGroup<Row>[]> {
  requirePermission(actor, "article.read");
  const ids = rows.map((r) => r.id);
  const links = await db.claimLink.findMany({
    where: { claimId: { in: ids }, other: LIVE_CLAIM },
    orderBy: [{ score: "desc" }, { otherId: "asc" }],
    select: {
      claimId: true,
      figuresDisagree: true,
      other: {
        select: {
          id: true,
          label: true,
          status: true,
          article: { select: { id: true, title: true, outlet: true } },
        },
      },
    },
  });
  const onPage = new Set(ids);
  // Pairs a desk unlinked are never one group, not even through a third claim linked to both.
  const apart = await dismissedPairs(db, [...ids, ...links.map((l) => l.other.id)]);
  const root = unionFind(ids, (a, b) => apart.has(pairKey(a, b)));
  for (const link of links) if (onPage.has(link.other.id)) root.join(link.claimId, link.other.id);

  const groups = new Map<string, MatchGroup<Row>>();
  for (const row of rows) {
    const key = root.find(row.id);
    const group = groups.get(key) ?? {
      claims: [],
      elsewhere: [],
      elsewhereTotal: 0,
      elsewhereArticles: 0,
      figuresDisagree: false,
    };
    group.claims.push(row);
    groups.set(key, group);
  }
  const listed = new Map<MatchGroup<Row>, Set<string>>();
  const articlesOf = new Map<MatchGroup<Row>, Set<string>>();
  for (const link of links) {
    const group = groups.get(root.find(link.claimId))!;
    if (link.figuresDisagree) group.figuresDisagree = true;
    if (onPage.has(link.other.id)) continue;
    if (group.claims.some((c) => apart.has(pairKey(c.id, link.other.id)))) continue;
    const seen = listed.get(group) ?? new Set<string>();
    listed.set(group, seen);
    if (seen.has(link.other.id)) continue;
    seen.add(link.other.id);
    group.elsewhereTotal++;
    const articles = articlesOf.get(group) ?? new Set<string>();
    articlesOf.set(group, articles.add(link.other.article.id));
    group.elsewhereArticles = articles.size;
    if (group.elsewhere.length < ELSEWHERE_SHOWN)
      group.elsewhere.push({
        ...link.other,
        status: toClaimStatus(link.other.status),
        figuresDisagree: link.figuresDisagree,
      });
  }
  return [...groups.values()];
}

/**
 * Disjoint sets over the page's claim ids, joined by their links, unless the two sets hold a pair `apart` names (a
 * page is at most a few dozen claims: comparing two sets' members is cheap).
 */
function unionFind(ids: string[], apart: (a: string, b: string) => boolean) {
  const parent = new Map(ids.map((id) => [id, id]));
  const members = new Map(ids.map((id) => [id, [id]]));
  const find = (id: string): string => {
    let r = id;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(id, r);
    return r;
  };
  const join = (a: string, b: string) => {
    const [ra, rb] = [find(a), find(b)];
    if (ra === rb) return;
    const [ma, mb] = [members.get(ra)!, members.get(rb)!];
    if (ma.some((x) => mb.some((y) => apart(x, y)))) return;
    parent.set(rb, ra);
    members.set(ra, [...ma, ...mb]);
    members.delete(rb);
  };
  return { find, join };
}

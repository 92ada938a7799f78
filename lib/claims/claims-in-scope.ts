import type { z } from "zod";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma-sqlite/client";
import { LIVE_ARTICLE, LIVE_CLAIM } from "@/lib/db/live-article";
import { articleWhere, type ClaimFilterSchema } from "./search-claims";

/** What the newsroom coverage page filters by: its articles' outlet and dates, its claims' status. */
export type CoverageScope = Pick<z.output<typeof ClaimFilterSchema>, "outlet" | "from" | "to" | "status">;

/** Whether a scope chooses anything: without one, lists and counts are over the whole archive. */
export const scopeChooses = (s: CoverageScope | undefined): s is CoverageScope =>
  Boolean(s && (s.outlet || s.from || s.to || s.status));

/** The live claims a scope chooses, as a relation filter (of a link's or a dismissal's claim). */
export function claimsInScope(s: CoverageScope): Prisma.ClaimWhereInput {
  return {
    ...LIVE_CLAIM,
    ...(s.status ? { status: s.status } : {}),
    ...(s.outlet || s.from || s.to ? { article: articleWhere(s) } : {}),
  };
}

/**
 * The live articles a scope's outlet and dates choose, by id, or undefined when it chooses by neither. The articles'
 * own: Prisma reads their dates (time zones, date storage), and the counts and lists take the ids.
 */
export async function articleIdsInScope(db: Db, s: CoverageScope): Promise<string[] | undefined> {
  if (!s.outlet && !s.from && !s.to) return undefined;
  const articles = await db.article.findMany({ where: { ...articleWhere(s), ...LIVE_ARTICLE }, select: { id: true } });
  return articles.map((a) => a.id);
}

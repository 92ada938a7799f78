import type { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma-sqlite/client";
import { LIVE_CLAIM } from "@/lib/db/live-article";
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

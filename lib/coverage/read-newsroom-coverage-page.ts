import { listOutlets } from "@/lib/articles/list-outlets";
import { can, requirePermission, type Actor } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/client";
import { getNewsroomCoverage, NewsroomFilterSchema } from "./get-newsroom-coverage";
import { mostOftenRatedFalse } from "./sum-coverage";

/**
 * Everything the newsroom coverage page (/coverage) renders, for one reader: the filter as understood (one it cannot
 * read is said in words, and the page shows the whole newsroom), the figures, the sources most often rated false, the
 * outlets to filter by, and whether this reader may take the report away.
 */
export async function readNewsroomCoveragePage(db: Db, actor: Actor, query: Record<string, string | undefined>) {
  requirePermission(actor, "article.read");
  const parsed = NewsroomFilterSchema.safeParse(query);
  const filter = parsed.success ? parsed.data : NewsroomFilterSchema.parse({});
  const [coverage, outlets] = await Promise.all([getNewsroomCoverage(db, actor, filter), listOutlets(db, actor)]);
  const filterError = parsed.success ? null : (parsed.error.issues[0]?.message ?? null);
  return {
    filter,
    filterError,
    coverage,
    outlets,
    flagged: mostOftenRatedFalse(coverage.sources),
    allowed: { export: can(actor, "claims.export") },
  };
}
